import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DateInput, Heading, Notification, Paragraph, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import type { Booking, IntroductoryVisit } from '../bookings/api';
import type { ClientNeeds, RankedPlace } from './api';
import { AppLink, ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
import { formatDate } from '../../shared/format';
import { daysAndHours, PlaceStatusTag, ReasonList } from './PlaceBits';
import { dateForServer, dayText, showTime, toHhMm } from '../../shared/format';
import { bookingsApi } from '../bookings/api';

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
            {t('booking.savedText', { start: formatDate(booking.startDate), place: p.name })}{' '}
            <AppLink to={`/client-agreements/new?clientId=${clientId}&placeId=${p.id}`} id={`draft-agreement-${p.id}`}>
              {t('booking.draftAgreement')}
            </AppLink>
            {booking.caseId ? (
              <>
                {' '}
                <AppLink to={`/cases/${booking.caseId}`} id={`booked-case-${p.id}`}>
                  {t('booking.toCase')}
                </AppLink>
              </>
            ) : null}
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

function errorProps(fieldErrors: Record<string, string>, k: string) {
  const m = fieldErrors[k];
  return m ? ({ status: 'error', statusText: m } as const) : ({ status: 'default' } as const);
}

function VisitForm({ placeId, clientId, onDone }: { placeId: number; clientId: number; onDone: (v: IntroductoryVisit) => void }) {
  const { t } = useTranslation('placements');
  const qc = useQueryClient();
  const [date, setDate] = useState(dayText(7));
  const [time, setTime] = useState('10.00');
  const [who, setWho] = useState('');
  const errors = useServerErrors();
  const save = useMutation({
    mutationFn: () =>
      bookingsApi.createVisit({ placeId, clientId, visitDate: dateForServer(date), visitTime: toHhMm(time), accompaniedBy: who.trim() }),
    onSuccess: (v) => {
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
  const fe = errors.fieldErrors;
  const unplaced = Object.entries(fe).filter(([k]) => !['visitDate', 'visitTime', 'accompaniedBy'].includes(k));
  return (
    <form onSubmit={submit} noValidate className="pl-inline-form stack" id={`visit-form-${placeId}`} aria-labelledby={`visit-h-${placeId}`}>
      <Heading variant="h4" id={`visit-h-${placeId}`} ref={errors.summaryRef} tabIndex={-1}>
        {t('visit.heading')}
      </Heading>
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {unplaced.map(([k, m]) => (
        <Paragraph key={k} className="error-text">
          {m}
        </Paragraph>
      ))}
      <div className="form-grid">
        <DateInput id={`visit-date-${placeId}`} labelText={t('visit.date')} hintText={t('common.dateHint')} value={date} onChange={({ value }) => setDate(value)} datePickerEnabled {...errorProps(fe, 'visitDate')} />
        <TextInput id={`visit-time-${placeId}`} labelText={t('visit.time')} hintText={t('common.timeHint')} value={time} onChange={(v) => setTime(String(v ?? ''))} {...errorProps(fe, 'visitTime')} />
        <TextInput id={`visit-who-${placeId}`} labelText={t('visit.accompaniedBy')} hintText={t('visit.accompaniedByHint')} optionalText={t('common.optional')} value={who} onChange={(v) => setWho(String(v ?? ''))} fullWidth {...errorProps(fe, 'accompaniedBy')} />
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
  const fe = errors.fieldErrors;
  const unplaced = Object.entries(fe).filter(([k]) => !['startDate', 'endDate'].includes(k));
  return (
    <form onSubmit={submit} noValidate className="pl-inline-form stack" id={`book-form-${placeId}`} aria-labelledby={`book-h-${placeId}`}>
      <Heading variant="h4" id={`book-h-${placeId}`} ref={errors.summaryRef} tabIndex={-1}>
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
      {unplaced.map(([k, m]) => (
        <Paragraph key={k} className="error-text">
          {m}
        </Paragraph>
      ))}
      <div className="form-grid">
        <DateInput id={`book-start-${placeId}`} labelText={t('booking.startDate')} hintText={t('common.dateHint')} value={startDate} onChange={({ value }) => setStartDate(value)} datePickerEnabled {...errorProps(fe, 'startDate')} />
        <DateInput id={`book-end-${placeId}`} labelText={t('booking.endDate')} hintText={t('common.dateHint')} optionalText={t('common.optional')} value={endDate} onChange={({ value }) => setEndDate(value)} datePickerEnabled {...errorProps(fe, 'endDate')} />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={save.isPending} id={`save-book-${placeId}`}>
          {save.isPending ? t('common.saving') : t('booking.save')}
        </Button>
      </div>
    </form>
  );
}
