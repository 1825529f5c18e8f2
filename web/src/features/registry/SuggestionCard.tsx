import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { type Booking, type IntroductoryVisit, bookingsApi } from '../bookings/api';
import type { ClientNeeds, RankedPlace } from './api';
import { AppLink, ErrorNotice } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { sameValue } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { formatDate, dateForServer, dayText, showTime, toHhMm } from '../../shared/format';
import { daysAndHours, PlaceStatusTag, ReasonList } from './PlaceBits';

type Open = 'none' | 'visit' | 'book';

export function SuggestionCard({
  ranked,
  rank,
  clientId,
  caseId,
  needs,
}: {
  ranked: RankedPlace;
  rank: number;
  clientId: number;
  /** The case the booking is tied to, when the matching is for one. */
  caseId: number | null;
  needs: ClientNeeds;
}) {
  const { t } = useTranslation('placements');
  const p = ranked.place;
  const [open, setOpen] = useState<Open>('none');
  const [visit, setVisit] = useState<IntroductoryVisit | null>(null);
  const [booking, setBooking] = useState<Booking | null>(null);
  const met = ranked.reasons.filter((r) => r.met).length;
  const hid = `suggestion-${p.id}-name`;
  return (
    <article className="panel pl-suggestion" aria-labelledby={hid} id={`suggestion-${p.id}`}>
      <Heading variant="h3" id={hid} mb="xs">
        <span className="pl-rank">{t('match.rank', { n: rank })} </span>
        <AppLink to={`/places/${p.id}`}>{p.name}</AppLink>
      </Heading>
      <Paragraph mb="s">
        {p.hostName} · {p.municipality} · {daysAndHours(p, t)} · <PlaceStatusTag status={p.status} />
      </Paragraph>
      <Paragraph mb="xs" className="pl-score">
        {t('match.score', { met, total: ranked.reasons.length, score: ranked.score })}
      </Paragraph>
      <ReasonList reasons={ranked.reasons} id={`reasons-${p.id}`} />
      {visit ? (
        <div role="status">
          <Notification id={`visit-saved-${p.id}`} headingText={t('visit.saved')} headingVariant="h4" showCloseButton={false} mb="s">
            {t('visit.savedText', {
              date: formatDate(visit.visitDate),
              time: showTime(visit.visitTime),
              who: visit.accompaniedBy || t('visit.nobody'),
            })}
          </Notification>
        </div>
      ) : null}
      {booking ? (
        <div role="status">
          <Notification id={`booking-saved-${p.id}`} headingText={t('booking.saved')} headingVariant="h4" showCloseButton={false} mb="s">
            <p>{t('booking.savedText', { start: formatDate(booking.startDate), place: p.name })}</p>
            {/* Two links, each an item of its own, so that they are never read as one. */}
            <ul className="pl-link-list">
              <li>
                <AppLink to={`/client-agreements/new?clientId=${clientId}&placeId=${p.id}`} id={`draft-agreement-${p.id}`}>
                  {t('booking.draftAgreement')}
                </AppLink>
              </li>
              {booking.caseId ? (
                <li>
                  <AppLink to={`/cases/${booking.caseId}`} id={`booked-case-${p.id}`}>
                    {t('booking.toCase')}
                  </AppLink>
                </li>
              ) : null}
            </ul>
          </Notification>
        </div>
      ) : null}
      <div className="row-inline" style={{ marginTop: 10 }}>
        <Button
          variant="secondary"
          id={`open-visit-${p.id}`}
          aria-expanded={open === 'visit'}
          aria-controls={`visit-form-${p.id}`}
          onClick={() => setOpen(open === 'visit' ? 'none' : 'visit')}
        >
          {t('visit.open')}
        </Button>
        <Button
          variant="secondary"
          id={`open-book-${p.id}`}
          aria-expanded={open === 'book'}
          aria-controls={`book-form-${p.id}`}
          onClick={() => setOpen(open === 'book' ? 'none' : 'book')}
          disabled={booking !== null}
        >
          {t('booking.open')}
        </Button>
      </div>
      {open === 'visit' ? (
        <VisitForm
          placeId={p.id}
          clientId={clientId}
          onDone={(v) => {
            setVisit(v);
            setOpen('none');
          }}
        />
      ) : null}
      {open === 'book' ? (
        <BookingForm
          placeId={p.id}
          clientId={clientId}
          caseId={caseId}
          start={formatDate(needs.startDate)}
          onDone={(b) => {
            setBooking(b);
            setOpen('none');
          }}
        />
      ) : null}
    </article>
  );
}

/** The summary of a small form's field errors: the label of a known field, the first input for any other. */
function summaryOf(fieldErrors: Record<string, string>, ids: Record<string, string>, label: (f: string) => string) {
  const first = Object.values(ids)[0];
  return summaryItems(fieldErrors, (f) => (f in ids ? label(f) : null), (f) => ids[f] ?? first);
}

function VisitForm({ placeId, clientId, onDone }: { placeId: number; clientId: number; onDone: (v: IntroductoryVisit) => void }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const [initial] = useState(() => ({ date: dayText(7), time: '10.00', who: '' }));
  const [{ date, time, who }, setValues] = useState(initial);
  const errors = useServerErrors();
  const leave = useLeaveGuard(!sameValue({ date, time, who }, initial));
  const save = useMutation({
    mutationFn: () =>
      bookingsApi.createVisit({ placeId, clientId, visitDate: dateForServer(date), visitTime: toHhMm(time), accompaniedBy: who.trim() }),
    onSuccess: (v) => {
      leave.release();
      void qc.invalidateQueries({ queryKey: ['visits', clientId] });
      onDone(v);
    },
    onError: (e) => errors.take(e),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  const st = errors.statusOf;
  const set = (k: 'date' | 'time' | 'who', x: string) => setValues((old) => ({ ...old, [k]: x }));
  const labels: Record<string, string> = { visitDate: 'visit.date', visitTime: 'visit.time', accompaniedBy: 'visit.accompaniedBy' };
  const summary = summaryOf(
    errors.fieldErrors,
    { visitDate: `visit-date-${placeId}`, visitTime: `visit-time-${placeId}`, accompaniedBy: `visit-who-${placeId}` },
    (f) => t(labels[f]),
  );
  return (
    <form onSubmit={submit} noValidate className="pl-inline-form stack" id={`visit-form-${placeId}`} aria-labelledby={`visit-h-${placeId}`}>
      <Heading variant="h4" id={`visit-h-${placeId}`}>
        {t('visit.heading')}
      </Heading>
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary heading={t('common.summaryHeading', { count: summary.length })} headingVariant="h5" headingRef={errors.summaryRef} items={summary} />
      <div className="form-grid">
        <DateField id={`visit-date-${placeId}`} labelText={t('visit.date')} value={date} onChange={({ value }) => set('date', value)} {...st('visitDate')} />
        <TextInput id={`visit-time-${placeId}`} labelText={t('visit.time')} hintText={t('common.timeHint')} value={time} onChange={(v) => set('time', String(v ?? ''))} {...st('visitTime')} />
        <TextInput id={`visit-who-${placeId}`} labelText={t('visit.accompaniedBy')} hintText={t('visit.accompaniedByHint')} optionalText={t('common.optional')} value={who} onChange={(v) => set('who', String(v ?? ''))} fullWidth {...st('accompaniedBy')} />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending} id={`save-visit-${placeId}`}>
          {save.isPending ? t('common.saving') : t('visit.save')}
        </Button>
      </div>
    </form>
  );
}

function BookingForm({
  placeId,
  clientId,
  caseId,
  start,
  onDone,
}: {
  placeId: number;
  clientId: number;
  caseId: number | null;
  start: string;
  onDone: (b: Booking) => void;
}) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const [startDate, setStartDate] = useState(start);
  const [endDate, setEndDate] = useState('');
  const [full, setFull] = useState<string | null>(null);
  const errors = useServerErrors();
  const leave = useLeaveGuard(startDate !== start || endDate !== '');
  const save = useMutation({
    mutationFn: () =>
      bookingsApi.createBooking({
        placeId,
        clientId,
        ...(caseId !== null ? { caseId } : {}),
        startDate: dateForServer(startDate),
        endDate: endDate.trim() ? dateForServer(endDate) : null,
      }),
    onSuccess: (b) => {
      leave.release();
      void qc.invalidateQueries({ queryKey: ['place', placeId] });
      void qc.invalidateQueries({ queryKey: ['bookings', clientId] });
      onDone(b);
    },
    onError: (e) => {
      // A full place has its own notice; another refusal (not open, try again) is the server's message.
      if (e instanceof ApiError && e.problemKey === 'place_full') {
        errors.clear();
        setFull(e.problem?.detail || e.problem?.title || '');
        return;
      }
      errors.take(e);
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setFull(null);
    save.mutate();
  }
  const st = errors.statusOf;
  const summary = summaryOf(
    errors.fieldErrors,
    { startDate: `book-start-${placeId}`, endDate: `book-end-${placeId}` },
    (f) => t(`booking.${f}`),
  );
  return (
    <form onSubmit={submit} noValidate className="pl-inline-form stack" id={`book-form-${placeId}`} aria-labelledby={`book-h-${placeId}`}>
      <Heading variant="h4" id={`book-h-${placeId}`}>
        {t('booking.heading')}
      </Heading>
      {full !== null ? (
        <div role="alert">
          <Notification id={`place-full-${placeId}`} status="error" headingText={t('booking.fullHeading')} headingVariant="h5" showCloseButton={false}>
            {t('booking.fullText')}
            {full ? ` (${full})` : ''}
          </Notification>
        </div>
      ) : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary heading={t('common.summaryHeading', { count: summary.length })} headingVariant="h5" headingRef={errors.summaryRef} items={summary} />
      <div className="form-grid">
        <DateField id={`book-start-${placeId}`} labelText={t('booking.startDate')} value={startDate} onChange={({ value }) => setStartDate(value)} {...st('startDate')} />
        <DateField id={`book-end-${placeId}`} labelText={t('booking.endDate')} optionalText={t('common.optional')} value={endDate} onChange={({ value }) => setEndDate(value)} {...st('endDate')} />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending} id={`save-book-${placeId}`}>
          {save.isPending ? t('common.saving') : t('booking.save')}
        </Button>
      </div>
    </form>
  );
}
