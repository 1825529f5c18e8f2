import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Notification, Paragraph } from 'suomifi-ui-components';
import { ErrorNotice, Loading } from '../../shared/common';
import { formatDate, formatDateTime, formatHours, todayIso } from '../../shared/format';
import { periodKeys, periodsApi, type AttendanceRecord, type Period, type PeriodAttendance as Days } from './api';
import { addDays, mondayOf, weekNumber } from '../../shared/calendar';
import { DayMarkForm } from './DayMarkForm';
import { dayInWords, markInWords } from './words';

const WEEKS_SHOWN = 6;

interface Row {
  day: string;
  minutes: number;
  movedFrom: string | null;
  record: AttendanceRecord | null;
}

/** The expected days (and any other day with a record) by week, the latest week first. */
function weeksOf(d: Days): { monday: string; rows: Row[] }[] {
  const rows = new Map<string, Row>();
  for (const e of d.expected) rows.set(e.date, { day: e.date, minutes: e.minutes, movedFrom: e.movedFrom, record: null });
  for (const r of d.records) {
    const row = rows.get(r.day) ?? { day: r.day, minutes: 0, movedFrom: null, record: null };
    rows.set(r.day, { ...row, record: r });
  }
  const weeks = new Map<string, Row[]>();
  for (const row of [...rows.values()].sort((a, b) => a.day.localeCompare(b.day))) {
    const m = mondayOf(row.day);
    weeks.set(m, [...(weeks.get(m) ?? []), row]);
  }
  return [...weeks.entries()].map(([monday, r]) => ({ monday, rows: r })).reverse();
}

/**
 * A period's attendance up to today, week by week: each expected day with its mark (in words, hours, who marked),
 * its history of changes on demand, and, for who may mark, marking or correcting it here.
 */
export function PeriodAttendance({ period }: { period: Period }) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const today = todayIso();
  const to = period.endDate < today ? period.endDate : today;
  const started = period.startDate <= today;
  const q = useQuery({
    queryKey: periodKeys.attendance(period.id, period.startDate, to),
    queryFn: () => periodsApi.attendance(period.id, period.startDate, to),
    enabled: started,
  });
  const [all, setAll] = useState(false);
  const [open, setOpen] = useState<{ day: string; what: 'mark' | 'history' } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const idp = `attendance-${period.id}`;
  const heading = (
    <Heading variant="h4" mb="xs" id={`${idp}-heading`}>
      {t('attendance.heading')}
    </Heading>
  );
  if (!started)
    return (
      <div className="pe-attendance" id={idp}>
        {heading}
        <Paragraph>{t('attendance.notStarted', { date: formatDate(period.startDate) })}</Paragraph>
      </div>
    );
  if (q.isPending) return <Loading text={t('translation:common.loading')} />;
  if (q.isError) return <ErrorNotice error={q.error} />;
  const d = q.data;
  const weeks = weeksOf(d);
  const shown = all ? weeks : weeks.slice(0, WEEKS_SHOWN);
  const reload = async (day: string): Promise<AttendanceRecord> => {
    const fresh = await periodsApi.attendance(period.id, period.startDate, to);
    qc.setQueryData(periodKeys.attendance(period.id, period.startDate, to), fresh);
    const r = fresh.records.find((x) => x.day === day);
    if (!r) throw new Error('record gone');
    return r;
  };
  const toggle = (day: string, what: 'mark' | 'history') =>
    setOpen((o) => (o?.day === day && o.what === what ? null : { day, what }));
  return (
    <div className="pe-attendance" id={idp}>
      {heading}
      {d.repeatedAbsences > 0 ? (
        <Notification status="error" headingText={t('attendance.repeatedHeading')} headingVariant="h5" showCloseButton={false} mb="s" id={`${idp}-repeated`}>
          {t('attendance.repeated', { count: d.repeatedAbsences })}
          {d.interruptionAdvised ? (
            <>
              {' '}
              {t('attendance.interruptionAdvised')}{' '}
              <a href="#notices" id={`${idp}-interruption-notice`}>
                {t('attendance.interruptionNotice')}
              </a>
            </>
          ) : null}
        </Notification>
      ) : null}
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-saved`}>
        {saved ? t('attendance.saved', { day: dayInWords(t, saved) }) : ''}
      </p>
      {weeks.length === 0 ? (
        <Paragraph>{t('attendance.noDays')}</Paragraph>
      ) : (
        // Scrolls sideways on a phone: a named region keyboard users can reach even with no button inside.
        <div className="table-wrap" tabIndex={0} role="region" aria-labelledby={`${idp}-heading`}>
          <table className="data-table pe-att-table" id={`${idp}-table`}>
            <caption className="visually-hidden">{t('attendance.caption', { start: formatDate(period.startDate), end: formatDate(to) })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('attendance.day')}</th>
                <th scope="col">{t('attendance.expected')}</th>
                <th scope="col">{t('attendance.mark')}</th>
                <th scope="col">{t('attendance.recordedBy')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('attendance.actions')}</span>
                </th>
              </tr>
            </thead>
            {shown.map((w) => (
              <tbody key={w.monday}>
                <tr className="pe-week-row">
                  <th scope="colgroup" colSpan={5}>
                    {t('attendance.week', { n: weekNumber(w.monday), start: formatDate(w.monday), end: formatDate(addDays(w.monday, 6)) })}
                  </th>
                </tr>
                {w.rows.map((r) => (
                  <Fragment key={r.day}>
                    <tr id={`${idp}-${r.day}`} data-day={r.day} data-status={r.record?.status ?? 'none'}>
                      <th scope="row">
                        {dayInWords(t, r.day)}
                        {r.movedFrom ? <span className="pe-moved"> {t('attendance.movedFrom', { day: dayInWords(t, r.movedFrom) })}</span> : null}
                      </th>
                      <td>{r.minutes ? formatHours(r.minutes) : '–'}</td>
                      <td>
                        {r.record ? (
                          markInWords(t, r.record)
                        ) : (
                          <span className="badge badge--warn">{t('attendance.notMarked')}</span>
                        )}
                        {r.record?.note ? <div className="muted">{r.record.note}</div> : null}
                      </td>
                      <td>{r.record ? `${r.record.recordedBy}, ${formatDateTime(r.record.recordedAt)}` : ''}</td>
                      <td>
                        <div className="pe-actions">
                        {d.mayMark ? (
                          <Button
                            variant="secondary"
                            id={`${idp}-${r.day}-mark`}
                            aria-expanded={open?.day === r.day && open.what === 'mark'}
                            onClick={() => {
                              setSaved(null);
                              toggle(r.day, 'mark');
                            }}
                          >
                            {r.record ? t('attendance.correct') : t('attendance.markDay')}
                            <span className="visually-hidden"> {dayInWords(t, r.day)}</span>
                          </Button>
                        ) : null}
                        {r.record && r.record.changes.length > 0 ? (
                          <Button
                            variant="secondaryNoBorder"
                            id={`${idp}-${r.day}-history`}
                            aria-expanded={open?.day === r.day && open.what === 'history'}
                            aria-controls={`${idp}-${r.day}-changes`}
                            onClick={() => toggle(r.day, 'history')}
                          >
                            {t('attendance.history', { count: r.record.changes.length })}
                            <span className="visually-hidden"> {dayInWords(t, r.day)}</span>
                          </Button>
                        ) : null}
                        </div>
                      </td>
                    </tr>
                    {open?.day === r.day ? (
                      <tr className="pe-open-row">
                        <td colSpan={5}>
                          {open.what === 'mark' ? (
                            <DayMarkForm
                              periodId={period.id}
                              day={r.day}
                              expectedMinutes={r.minutes}
                              record={r.record}
                              reload={() => reload(r.day)}
                              onDone={() => {
                                setOpen(null);
                                setSaved(r.day);
                              }}
                              onCancel={() => setOpen(null)}
                            />
                          ) : r.record ? (
                            <DayHistory id={`${idp}-${r.day}-changes`} record={r.record} />
                          ) : null}
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            ))}
          </table>
        </div>
      )}
      {weeks.length > WEEKS_SHOWN ? (
        <Button variant="secondaryNoBorder" id={`${idp}-all`} onClick={() => setAll((x) => !x)} aria-expanded={all}>
          {all ? t('attendance.fewerWeeks') : t('attendance.allWeeks', { count: weeks.length })}
        </Button>
      ) : null}
    </div>
  );
}

/** Who marked the day and who changed it, when, from what to what and why; the first entry is the mark made. */
function DayHistory({ id, record }: { id: string; record: AttendanceRecord }) {
  const { t } = useTranslation('periods');
  return (
    <div id={id} className="pe-history">
      <Heading variant="h5" mb="xs">
        {t('history.heading', { day: dayInWords(t, record.day) })}
      </Heading>
      <ol className="pe-history-list">
        {record.changes.map((c, i) => (
          <li key={`${c.changedAt}-${i}`}>
            <strong>{formatDateTime(c.changedAt)}</strong>{' '}
            {c.statusBefore
              ? t('history.changed', {
                  who: c.changedBy,
                  before: markInWords(t, { status: c.statusBefore, absenceReason: c.absenceReasonBefore, minutes: c.minutesBefore }),
                  after: markInWords(t, c),
                })
              : t('history.marked', { who: c.changedBy, after: markInWords(t, c) })}
            {c.why ? <div>{t('history.why', { why: c.why })}</div> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
