import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DateInput, Heading, Paragraph, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { VISIT_OUTCOMES, type Booking, type ClientAgreement, type IntroductoryVisit, type Outcome, bookingsApi } from './api';

import { hasRole, useAuth } from '../../shared/auth';
import { formatDate, dateForServer, dayText, showTime, todayIso } from '../../shared/format';
import { AppLink, ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
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

function Visits({ clientId, nameOf }: { clientId: number; nameOf: NameOf }) {
  const { t } = useTranslation('placements');
  const visits = useQuery({ queryKey: ['visits', clientId], queryFn: () => bookingsApi.listVisits(clientId) });
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
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | ''>(visit.outcome === 'pending' ? '' : visit.outcome);
  const [notes, setNotes] = useState(visit.outcomeNotes);
  const [saved, setSaved] = useState(false);
  const errors = useServerErrors();
  const save = useMutation({
    // An empty choice goes to the server as is, so that its message shows next to the choice.
    mutationFn: () =>
      bookingsApi.setVisitOutcome(visit.id, {
        outcome: outcome as Outcome,
        outcomeNotes: notes.trim(),
        version: visit.version,
      }),
    onSuccess: () => {
      setOpen(false);
      setSaved(true);
      void qc.invalidateQueries({ queryKey: ['visits', visit.clientId] });
    },
    onError: (e) => errors.take(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setSaved(false);
    save.mutate();
  }
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
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {open ? (
        <form className="stack" onSubmit={submit} noValidate id={`outcome-form-${id}`}>
          <RadioButtonGroup
            id={`outcome-${id}`}
            name={`outcome-${id}`}
            labelText={t('clientPlacement.outcome')}
            value={outcome}
            onChange={(v) => setOutcome(v as Outcome)}
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
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
            fullWidth
            {...errors.statusOf('outcomeNotes')}
          />
          <div className="form-actions">
            <Button type="submit" id={`save-outcome-${id}`} disabled={save.isPending}>
              {t('clientPlacement.saveOutcome')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} id={`cancel-outcome-${id}`}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)} id={`record-outcome-${id}`}>
          {t('clientPlacement.recordOutcome')}
        </Button>
      )}
    </li>
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
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(dayText(0));
  const [ended, setEnded] = useState<string | null>(null);
  const errors = useServerErrors();
  const end = useMutation({
    mutationFn: () => bookingsApi.endBooking(booking.id, dateForServer(endDate), booking.version),
    onSuccess: (b) => {
      setOpen(false);
      setEnded(b.endDate);
      void qc.invalidateQueries({ queryKey: ['bookings', booking.clientId] });
      void qc.invalidateQueries({ queryKey: ['places'] });
      void qc.invalidateQueries({ queryKey: ['place', booking.placeId] });
    },
    onError: (e) => errors.take(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    end.mutate();
  }
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
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {endable && open ? (
        <form className="stack" onSubmit={submit} noValidate id={`end-form-${id}`}>
          <DateInput
            id={`booking-end-date-${id}`}
            labelText={t('clientPlacement.lastDay')}
            hintText={t('common.dateHint')}
            value={endDate}
            onChange={({ value }) => setEndDate(value)}
            datePickerEnabled
            {...errors.statusOf('endDate')}
          />
          <div className="form-actions">
            <Button type="submit" id={`save-end-${id}`} disabled={end.isPending}>
              {t('clientPlacement.saveEnd')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} id={`cancel-end-${id}`}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
      {endable && !open ? (
        <Button variant="secondary" onClick={() => setOpen(true)} id={`end-booking-${id}`}>
          {t('clientPlacement.endBooking')}
        </Button>
      ) : null}
    </li>
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
