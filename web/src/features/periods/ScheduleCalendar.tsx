import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDate } from '../../shared/format';
import { periodKeys, periodsApi, type ScheduleStep } from './api';
import { isoWeekday, monthWeeks, monthsBetween, weekNumber, yearsBetween } from '../../shared/calendar';
import { WEEKDAYS, hoursOn, hoursText } from './schedule';

/** The public holidays of the years a range touches, by date (their i18n keys). */
export function useHolidays(first: string, last: string): Map<string, string> {
  const years = first && last && first <= last ? yearsBetween(first, last) : [];
  const qs = useQueries({
    queries: years.map((y) => ({ queryKey: periodKeys.holidays(y), queryFn: () => periodsApi.holidays(y), staleTime: Infinity })),
  });
  const out = new Map<string, string>();
  for (const q of qs) for (const h of q.data?.items ?? []) out.set(h.date, h.key);
  return out;
}

/**
 * The scheduled days of a period, a table per month: a column per weekday, a row per week. Each day says in words
 * whether it is scheduled (and its hours), a public holiday or outside the period, so that nothing rests on colour.
 */
export function ScheduleCalendar({
  id,
  startDate,
  endDate,
  scheduledDays,
  steps,
}: {
  id: string;
  startDate: string;
  endDate: string;
  scheduledDays: readonly string[];
  steps: readonly ScheduleStep[];
}) {
  const { t, i18n } = useTranslation('periods');
  const holidays = useHolidays(startDate, endDate);
  const scheduled = new Set(scheduledDays);
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const months = monthsBetween(startDate, endDate);
  return (
    <div className="pe-calendar" id={id}>
      <Heading variant="h4" mb="xs" id={`${id}-heading`}>
        {t('calendar.heading')}
      </Heading>
      <p className="muted" id={`${id}-count`}>
        {t('calendar.count', { count: scheduled.size })}
      </p>
      <p className="pe-legend-line" aria-hidden="true">
        <span className="pe-cal-day pe-cal-day--on">✓</span> {t('calendar.scheduled')}{' '}
        <span className="pe-cal-day pe-cal-day--holiday">★</span> {t('calendar.holiday')}{' '}
        <span className="pe-cal-day pe-cal-day--out">·</span> {t('calendar.outside')}
      </p>
      <div className="pe-months">
        {months.map((m) => (
          <div className="table-wrap" key={m}>
            <table className="pe-month" id={`${id}-${m.slice(0, 7)}`}>
              <caption>{monthName.format(new Date(`${m}T00:00:00Z`))}</caption>
              <thead>
                <tr>
                  <th scope="col">
                    <abbr title={t('calendar.week')}>{t('calendar.weekShort')}</abbr>
                  </th>
                  {WEEKDAYS.map((w) => (
                    <th scope="col" key={w}>
                      <abbr title={t(`weekday.${w}`)}>{t(`weekdayShort.${w}`)}</abbr>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(m).map((week) => (
                  <tr key={week[0]}>
                    <th scope="row">{weekNumber(week[0])}</th>
                    {week.map((day) => (
                      <DayCell
                        key={day}
                        day={day}
                        inMonth={day.slice(0, 7) === m.slice(0, 7)}
                        inPeriod={day >= startDate && day <= endDate}
                        scheduledHours={scheduled.has(day) ? hoursOn(steps, day) : null}
                        holiday={holidays.get(day)}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <HolidayList startDate={startDate} endDate={endDate} holidays={holidays} />
    </div>
  );
}

/** The public holidays within the period in a list too: no work is scheduled on them. */
function HolidayList({ startDate, endDate, holidays }: { startDate: string; endDate: string; holidays: Map<string, string> }) {
  const { t } = useTranslation('periods');
  const within = [...holidays.entries()].filter(([d]) => d >= startDate && d <= endDate).sort(([a], [b]) => a.localeCompare(b));
  if (!within.length) return null;
  return (
    <>
      <Heading variant="h5" mb="xs" mt="s">
        {t('calendar.holidays')}
      </Heading>
      <ul className="pl-plain-list">
        {within.map(([d, key]) => (
          <li key={d}>
            {formatDate(d)} {t(`holiday.${key}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

function DayCell({
  day,
  inMonth,
  inPeriod,
  scheduledHours,
  holiday,
}: {
  day: string;
  inMonth: boolean;
  inPeriod: boolean;
  scheduledHours: number | null;
  holiday: string | undefined;
}) {
  const { t } = useTranslation('periods');
  // A day of the neighbouring month belongs to that month's table.
  if (!inMonth) return <td className="pe-cal-empty" />;
  const n = Number(day.slice(8, 10));
  const kind = !inPeriod ? 'out' : holiday ? 'holiday' : scheduledHours !== null ? 'on' : 'off';
  const words =
    kind === 'out'
      ? t('calendar.outside')
      : kind === 'holiday'
        ? t(`holiday.${holiday}`)
        : kind === 'on'
          ? `${t('calendar.scheduled')} ${hoursText(scheduledHours ?? 0)}`
          : '';
  return (
    <td className={`pe-cal-day pe-cal-day--${kind}${isoWeekday(day) > 5 ? ' pe-cal-day--weekend' : ''}`} data-day={day} data-kind={kind}>
      <span className="pe-cal-n">{n}</span>
      {kind === 'on' ? <span className="pe-cal-mark" aria-hidden="true">✓ {hoursText(scheduledHours ?? 0)}</span> : null}
      {/* A holiday's name is too long for a cell: a star here, the name to screen readers and in the list below. */}
      {kind === 'holiday' ? <span className="pe-cal-mark" aria-hidden="true">★</span> : null}
      {words ? <span className="visually-hidden">{words}</span> : null}
    </td>
  );
}
