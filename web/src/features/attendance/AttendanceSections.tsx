import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { ErrorNotice, Loading } from '../../shared/common';
import { formatDate, todayIso } from '../../shared/format';
import { useDayList, useMarkQueue } from './api';
import { DayCard } from './DayCard';
import { dismiss, mark } from './markSync';
import type { AttendanceDay, QueuedMark } from './offlineStore';
import { addDays, mondayOf, weekdayShort } from './week';
import './attendance.css';

const queuedFor = (marks: QueuedMark[], d: AttendanceDay) =>
  marks.find((m) => m.periodId === d.periodId && m.day === d.date && m.state === 'pending');

/** Today's expected clients by place, one tap each; "the place is closed today" marks the rest of a place at once. */
export function TodayAttendance() {
  const { t } = useTranslation('attendance');
  const today = todayIso();
  const q = useDayList(today, today);
  const marks = useMarkQueue();
  return (
    <section aria-labelledby="today-heading" id="today">
      <Heading variant="h2" id="today-heading" mb="s">
        {t('today.heading', { date: formatDate(today) })}
      </Heading>
      <SyncStatus marks={marks} savedCopy={q.data?.savedCopy ?? false} />
      {q.isPending ? <Loading text={t('common.loading', { ns: 'translation' })} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.data && q.data.items.length === 0 ? <p id="today-none">{t('today.none')}</p> : null}
      {q.data ? <ByPlace items={q.data.items} marks={marks} closable /> : null}
    </section>
  );
}

/** The days of a week up to today, to catch up on a day missed; earlier weeks one step at a time. */
export function WeekAttendance() {
  const { t } = useTranslation('attendance');
  const today = todayIso();
  const [monday, setMonday] = useState(mondayOf(today));
  const sunday = addDays(monday, 6);
  const q = useDayList(monday, sunday < today ? sunday : today);
  const marks = useMarkQueue();
  const days = [...new Set((q.data?.items ?? []).map((d) => d.date))].sort();
  const open = (q.data?.items ?? []).filter((d) => !d.record && !queuedFor(marks, d)).length;
  return (
    <section aria-labelledby="week-heading" id="week">
      <Heading variant="h2" id="week-heading" mb="s">
        {t('week.heading', { from: formatDate(monday), to: formatDate(sunday) })}
      </Heading>
      <div className="at-actions">
        <button type="button" className="at-button" onClick={() => setMonday(addDays(monday, -7))}>
          {t('week.previous')}
        </button>
        {monday < mondayOf(today) ? (
          <button type="button" className="at-button" onClick={() => setMonday(addDays(monday, 7))}>
            {t('week.next')}
          </button>
        ) : null}
      </div>
      {q.isPending ? <Loading text={t('common.loading', { ns: 'translation' })} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.data ? <p aria-live="polite">{open > 0 ? t('week.open', { count: open }) : t('week.allMarked')}</p> : null}
      {days.map((date) => (
        <div key={date} className="at-day">
          <Heading variant="h3" id={`week-${date}`}>
            {weekdayShort(date, t)} {formatDate(date)}
          </Heading>
          <ByPlace items={(q.data?.items ?? []).filter((d) => d.date === date)} marks={marks} />
        </div>
      ))}
    </section>
  );
}

function ByPlace({ items, marks, closable = false }: { items: AttendanceDay[]; marks: QueuedMark[]; closable?: boolean }) {
  const { t } = useTranslation('attendance');
  const places = [...new Map(items.map((d) => [d.placeId, d.placeName])).entries()];
  return (
    <>
      {places.map(([placeId, placeName]) => {
        const here = items.filter((d) => d.placeId === placeId);
        const unmarked = here.filter((d) => !d.record && !queuedFor(marks, d));
        return (
          <div key={placeId} className="at-place">
            <p className="at-place-name">{placeName}</p>
            <ul className="at-list">
              {here.map((d) => (
                <DayCard key={`${d.periodId}-${d.date}`} item={d} queued={queuedFor(marks, d)} />
              ))}
            </ul>
            {closable && unmarked.length > 0 ? (
              <button
                type="button"
                className="at-button"
                onClick={() => {
                  if (!window.confirm(t('today.closeConfirm', { place: placeName, count: unmarked.length }))) return;
                  for (const d of unmarked) void mark(d.periodId, d.date, d.clientName, { status: 'place_closed' });
                }}
              >
                {t('today.closed', { place: placeName })}
              </button>
            ) : null}
          </div>
        );
      })}
    </>
  );
}

/** Whether the marks have reached the server, and every refusal with its reason until the supervisor has seen it. */
function SyncStatus({ marks, savedCopy }: { marks: QueuedMark[]; savedCopy: boolean }) {
  const { t } = useTranslation('attendance');
  const pending = marks.filter((m) => m.state === 'pending').length;
  const refused = marks.filter((m) => m.state === 'refused');
  return (
    <>
      <p className="at-sync" aria-live="polite" id="sync-status">
        {savedCopy ? `${t('sync.offline')} ` : ''}
        {pending > 0 ? t('sync.pending', { count: pending }) : t('sync.allSent')}
      </p>
      {refused.length > 0 ? (
        <div role="alert" className="at-refused" id="refused-marks">
          <p>{t('sync.refused')}</p>
          <ul>
            {refused.map((m) => (
              <li key={m.markId}>
                {m.clientName} {formatDate(m.day)}: {t(`status.${m.body.status}`)}. {m.reason}{' '}
                <button type="button" className="at-button at-link" onClick={() => void dismiss(m.markId)}>
                  {t('sync.seen')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
