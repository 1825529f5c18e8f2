import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { VISIT_OUTCOMES, type Booking, type ClientAgreement, type IntroductoryVisit, type Outcome, bookingsApi } from './api';

import type { Items } from '../../shared/api/client';
import { hasRole, useAuth } from '../../shared/auth';
import { formatDate, dateForServer, dayText, showTime, todayIso } from '../../shared/format';
import { AppLink, ErrorNotice } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { useHashTarget } from '../../shared/hashTarget';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { casesApi } from '../cases/api';
import { registryApi } from '../registry/api';

/**
 * The client page's "Työtoimintapaikka" section: introductory visits with their outcome,
 * bookings that can be ended, and client agreements. Only the client's own purchaser
 * workers see it (the lists are client data and each is written to the access log).
 */
export function ClientPlacement({ clientId, organisationId }: { clientId: number; organisationId: number }) {
  const { t } = useTranslation('placements');
  const { me } = useAuth();
  const mine = hasRole(me, ['social_worker', 'social_instructor'], organisationId);
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces(), enabled: mine });
  if (!mine) return null;
  const nameOf = (id: number) => places.data?.items.find((p) => p.id === id)?.name ?? t('agreement.placeN', { id });
  return (
    <section className="panel" aria-labelledby="client-placement" id="client-placement-section">
      <Heading variant="h2" id="client-placement" mb="m">
        {t('clientPlacement.heading')}
      </Heading>
      <Visits clientId={clientId} nameOf={nameOf} />
      <Bookings clientId={clientId} nameOf={nameOf} />
      <Agreements clientId={clientId} nameOf={nameOf} />
    </section>
  );
}

type NameOf = (placeId: number) => string;

/** A cached list with one saved record in place of the one it replaces. */
function withSaved<R extends { id: number }>(list: Items<R> | undefined, saved: R): Items<R> | undefined {
  return list && { ...list, items: list.items.map((x) => (x.id === saved.id ? saved : x)) };
}

function Visits({ clientId, nameOf }: { clientId: number; nameOf: NameOf }) {
  const { t } = useTranslation('placements');
  const visits = useQuery({ queryKey: ['visits', clientId], queryFn: () => bookingsApi.listVisits(clientId) });
  // A task's link lands on the visit whose outcome waits (#visit-7).
  useHashTarget(visits.isSuccess);
  return (
    <>
      <Heading variant="h3" mb="xs">
        {t('clientPlacement.visits')}
      </Heading>
      {visits.isError ? <ErrorNotice error={visits.error} /> : null}
      {visits.isSuccess && visits.data.items.length === 0 ? <Paragraph mb="m">{t('clientPlacement.noVisits')}</Paragraph> : null}
      {visits.isSuccess && visits.data.items.length > 0 ? (
        <ul className="pl-plain-list" id="client-visit-list">
          {visits.data.items.map((v) => (
            <VisitItem key={v.id} visit={v} place={nameOf(v.placeId)} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function VisitItem({ visit, place }: { visit: IntroductoryVisit; place: string }) {
  const { t } = useTranslation('placements');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = visit.id;
  return (
    <li className="pl-ack" id={`visit-${id}`}>
      <Heading variant="h4" mb="xs">
        {t('clientPlacement.visitTitle', { place, date: formatDate(visit.visitDate), time: showTime(visit.visitTime) })}
      </Heading>
      <dl className="details-list">
        <dt>{t('clientPlacement.accompaniedBy')}</dt>
        <dd>{visit.accompaniedBy || t('clientPlacement.nobody')}</dd>
        <dt>{t('clientPlacement.outcome')}</dt>
        <dd id={`visit-outcome-${id}`}>{t(`outcome.${visit.outcome}`)}</dd>
        {visit.outcomeNotes ? (
          <>
            <dt>{t('clientPlacement.outcomeNotes')}</dt>
            <dd id={`visit-notes-${id}`}>{visit.outcomeNotes}</dd>
          </>
        ) : null}
      </dl>
      {saved ? (
        <p role="status" className="pl-ok" id={`outcome-saved-${id}`}>
          {t('clientPlacement.outcomeSaved')}
        </p>
      ) : null}
      {open ? (
        <OutcomeForm
          visit={visit}
          onSaved={() => {
            setOpen(false);
            setSaved(true);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : (
        <Button
          variant="secondary"
          onClick={() => {
            setSaved(false);
            setOpen(true);
          }}
          id={`record-outcome-${id}`}
        >
          {t('clientPlacement.recordOutcome')}
        </Button>
      )}
    </li>
  );
}

interface OutcomeState {
  outcome: Outcome | '';
  notes: string;
}

const outcomeState = (v: IntroductoryVisit | null): OutcomeState => ({
  outcome: !v || v.outcome === 'pending' ? '' : v.outcome,
  notes: v?.outcomeNotes ?? '',
});

/**
 * The outcome of one visit, with the version read when the form was opened (it is mounted only while open): a visit
 * changed meanwhile by someone else answers 409 stale_version and the form offers "keep mine / use saved".
 */
function OutcomeForm({ visit, onSaved, onCancel }: { visit: IntroductoryVisit; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const form = useVersionedForm({
    original: visit,
    cacheKey: 'visit',
    listKey: 'visits',
    load: async (id) => {
      const fresh = await bookingsApi.getVisit(id);
      // The list above the form shows the saved outcome too.
      void qc.invalidateQueries({ queryKey: ['visits', visit.clientId] });
      return fresh;
    },
    toState: outcomeState,
    // An empty choice goes to the server as is, so that its message shows next to the choice.
    save: (version): Promise<IntroductoryVisit> =>
      bookingsApi.setVisitOutcome(visit.id, {
        outcome: s.outcome as Outcome,
        outcomeNotes: s.notes.trim(),
        version: version ?? visit.version,
      }),
    onSaved: (v) => {
      // The list shows the saved outcome (and its version, should the form be opened again) before it is read again.
      qc.setQueryData<Items<IntroductoryVisit>>(['visits', visit.clientId], (old) => withSaved(old, v));
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      onSaved();
    },
  });
  const { state: s, setState, errors } = form;
  const id = visit.id;
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (f === 'outcome' || f === 'outcomeNotes' ? t(`clientPlacement.${f}`) : null),
    (f) => (f === 'outcomeNotes' ? `outcome-notes-${id}` : `outcome-${id}-${VISIT_OUTCOMES[0]}`),
  );
  return (
    <>
      <VersionedFormMessages
        form={form}
        summaryId={`outcome-errors-${id}`}
        summaryHeading={t('common.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <form className="stack" onSubmit={form.submit} noValidate id={`outcome-form-${id}`}>
        <RadioButtonGroup
          id={`outcome-${id}`}
          name={`outcome-${id}`}
          labelText={t('clientPlacement.outcome')}
          value={s.outcome}
          onChange={(v) => setState((old) => ({ ...old, outcome: v as Outcome }))}
          groupStatus={errors.fieldErrors.outcome ? 'error' : 'default'}
          groupStatusText={errors.fieldErrors.outcome}
        >
          {VISIT_OUTCOMES.map((o) => (
            <RadioButton key={o} value={o} id={`outcome-${id}-${o}`}>
              {t(`outcome.${o}`)}
            </RadioButton>
          ))}
        </RadioButtonGroup>
        <Textarea
          id={`outcome-notes-${id}`}
          labelText={t('clientPlacement.outcomeNotes')}
          optionalText={t('common.optional')}
          value={s.notes}
          onChange={(e) => {
            const notes = e.target.value;
            setState((old) => ({ ...old, notes }));
          }}
          fullWidth
          {...errors.statusOf('outcomeNotes')}
        />
        <div className="form-actions">
          <Button type="submit" id={`save-outcome-${id}`} disabled={form.saving}>
            {t('clientPlacement.saveOutcome')}
          </Button>
          <Button variant="secondary" onClick={onCancel} id={`cancel-outcome-${id}`}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function Bookings({ clientId, nameOf }: { clientId: number; nameOf: NameOf }) {
  const { t } = useTranslation('placements');
  const bookings = useQuery({ queryKey: ['bookings', clientId], queryFn: () => bookingsApi.listClientBookings(clientId) });
  // The client's cases (the same list as the client page's cases section) name the case a booking is tied to.
  const cases = useQuery({ queryKey: ['cases', { clientId }], queryFn: () => casesApi.listCases({ clientId }) });
  const caseName = (id: number) => {
    const c = cases.data?.items.find((x) => x.id === id);
    return c ? t(`serviceType.${c.serviceType}`) : `#${id}`;
  };
  return (
    <>
      <Heading variant="h3" mb="xs" mt="m">
        {t('clientPlacement.bookings')}
      </Heading>
      {bookings.isError ? <ErrorNotice error={bookings.error} /> : null}
      {bookings.isSuccess && bookings.data.items.length === 0 ? (
        <Paragraph mb="m">{t('clientPlacement.noBookings')}</Paragraph>
      ) : null}
      {bookings.isSuccess && bookings.data.items.length > 0 ? (
        <ul className="pl-plain-list" id="client-booking-list">
          {bookings.data.items.map((b) => (
            <BookingItem key={b.id} booking={b} place={nameOf(b.placeId)} caseName={b.caseId ? caseName(b.caseId) : null} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

function BookingItem({ booking, place, caseName }: { booking: Booking; place: string; caseName: string | null }) {
  const { t } = useTranslation('placements');
  const [open, setOpen] = useState(false);
  const [ended, setEnded] = useState<string | null>(null);
  const id = booking.id;
  // A booking that still holds the place today or later may be ended (or given its end).
  const endable = booking.endDate === null || booking.endDate >= todayIso();
  return (
    <li className="pl-ack" id={`booking-${id}`}>
      <Heading variant="h4" mb="xs">
        {t('clientPlacement.bookingTitle', {
          place,
          start: formatDate(booking.startDate),
          end: booking.endDate ? formatDate(booking.endDate) : t('clientPlacement.openEnded'),
        })}
      </Heading>
      {booking.caseId && caseName ? (
        <dl className="details-list">
          <dt>{t('clientPlacement.bookingCase')}</dt>
          <dd id={`booking-case-${id}`}>
            <AppLink to={`/cases/${booking.caseId}`}>{caseName}</AppLink>
          </dd>
        </dl>
      ) : null}
      {ended ? (
        <p role="status" className="pl-ok" id={`booking-ended-${id}`}>
          {t('clientPlacement.bookingEnded', { date: formatDate(ended) })}
        </p>
      ) : null}
      {endable && open ? (
        <EndBookingForm
          booking={booking}
          onSaved={(b) => {
            setOpen(false);
            setEnded(b.endDate);
          }}
          onCancel={() => setOpen(false)}
        />
      ) : null}
      {endable && !open ? (
        <Button
          variant="secondary"
          onClick={() => {
            setEnded(null);
            setOpen(true);
          }}
          id={`end-booking-${id}`}
        >
          {t('clientPlacement.endBooking')}
        </Button>
      ) : null}
    </li>
  );
}

/** The end date to offer: the booking's own end when it has one, else today. */
const endDateState = (b: Booking | null) => (b?.endDate ? formatDate(b.endDate) : dayText(0));

/**
 * Ending one booking, with the version read when the form was opened (it is mounted only while open): a booking
 * changed meanwhile by someone else answers 409 stale_version and the form offers "keep mine / use saved".
 */
function EndBookingForm({ booking, onSaved, onCancel }: { booking: Booking; onSaved: (b: Booking) => void; onCancel: () => void }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const form = useVersionedForm({
    original: booking,
    cacheKey: 'booking',
    listKey: 'bookings',
    // There is no read of one booking: the client's list is read again (which also refreshes the list shown).
    load: async (id) => {
      const list = await qc.fetchQuery({
        queryKey: ['bookings', booking.clientId],
        queryFn: () => bookingsApi.listClientBookings(booking.clientId),
        staleTime: 0,
      });
      const fresh = list.items.find((b) => b.id === id);
      if (!fresh) throw new Error(`booking ${id} is no longer listed`);
      return fresh;
    },
    toState: endDateState,
    save: (version): Promise<Booking> => bookingsApi.endBooking(booking.id, dateForServer(endDate), version ?? booking.version),
    onSaved: (b) => {
      // The list shows the saved booking (and its version, should the form be opened again) before it is read again.
      qc.setQueryData<Items<Booking>>(['bookings', booking.clientId], (old) => withSaved(old, b));
      void qc.invalidateQueries({ queryKey: ['places'] });
      void qc.invalidateQueries({ queryKey: ['place', booking.placeId] });
      onSaved(b);
    },
  });
  const { state: endDate, setState: setEndDate, errors } = form;
  const id = booking.id;
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (f === 'endDate' ? t('clientPlacement.lastDay') : null),
    () => `booking-end-date-${id}`,
  );
  return (
    <>
      <VersionedFormMessages
        form={form}
        summaryId={`end-errors-${id}`}
        summaryHeading={t('common.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <form className="stack" onSubmit={form.submit} noValidate id={`end-form-${id}`}>
        <DateField
          id={`booking-end-date-${id}`}
          labelText={t('clientPlacement.lastDay')}
          value={endDate}
          onChange={({ value }) => setEndDate(value)}
          {...errors.statusOf('endDate')}
        />
        <div className="form-actions">
          <Button type="submit" id={`save-end-${id}`} disabled={form.saving}>
            {t('clientPlacement.saveEnd')}
          </Button>
          <Button variant="secondary" onClick={onCancel} id={`cancel-end-${id}`}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

function Agreements({ clientId, nameOf }: { clientId: number; nameOf: NameOf }) {
  const { t } = useTranslation('placements');
  const agreements = useQuery({
    queryKey: ['client-agreements', clientId],
    queryFn: () => bookingsApi.listClientAgreements(clientId),
  });
  const line = (a: ClientAgreement) =>
    t('clientPlacement.agreementTitle', { place: nameOf(a.placeId), start: formatDate(a.startDate), end: formatDate(a.endDate) }) +
    (a.previousId ? ` (${t('clientPlacement.continuationOf')})` : '');
  return (
    <>
      <Heading variant="h3" mb="xs" mt="m">
        {t('clientPlacement.agreements')}
      </Heading>
      {agreements.isError ? <ErrorNotice error={agreements.error} /> : null}
      {agreements.isSuccess && agreements.data.items.length === 0 ? (
        <Paragraph mb="s">{t('clientPlacement.noAgreements')}</Paragraph>
      ) : null}
      {agreements.isSuccess && agreements.data.items.length > 0 ? (
        <ul id="client-agreement-list">
          {agreements.data.items.map((a) => (
            <li key={a.id}>
              <AppLink to={`/client-agreements/${a.id}`} id={`client-agreement-link-${a.id}`}>
                {line(a)}
              </AppLink>
            </li>
          ))}
        </ul>
      ) : null}
      <AppLink to={`/client-agreements/new?clientId=${clientId}`} id="client-placement-new-agreement">
        {t('clientPlacement.newAgreement')}
      </AppLink>
    </>
  );
}
