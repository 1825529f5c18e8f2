// Meetings in words: the time (d.M.yyyy, H.mm, Helsinki wall clock as the server keeps it), the duration, the order.
import { formatDate, showTime, todayIso } from '../../shared/format';
import type { Meeting } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

export const dayOf = (startsAt: string) => startsAt.slice(0, 10);
export const timeOf = (startsAt: string) => startsAt.slice(11, 16);

/** Now in Helsinki as the server's "YYYY-MM-DDTHH:MM". */
export function nowLocal(): string {
  const p = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(new Date())
    .reduce<Record<string, string>>((a, x) => ({ ...a, [x.type]: x.value }), {});
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

/** "13:00" plus 90 minutes → "14:30" (a meeting ends on its day; past midnight the clock goes round). */
export function endTimeOf(startsAt: string, minutes: number): string {
  const [h, m] = timeOf(startsAt).split(':').map(Number);
  const end = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(end / 60)).padStart(2, '0')}:${String(end % 60).padStart(2, '0')}`;
}

/** 45 → "45 min", 60 → "1 h", 90 → "1 h 30 min". */
export function durationText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (!h) return `${m} min`;
  return m ? `${h} h ${m} min` : `${h} h`;
}

/** "10.12.2026 klo 13.00–14.00" in the user's language. */
export function whenText(t: T, m: Pick<Meeting, 'startsAt' | 'minutes'>): string {
  return t('when', { date: formatDate(dayOf(m.startsAt)), start: showTime(timeOf(m.startsAt)), end: showTime(endTimeOf(m.startsAt, m.minutes)) });
}

/** Recording is open from the meeting's day on (the server answers meeting_not_yet before it). */
export const mayRecordYet = (m: Pick<Meeting, 'startsAt'>) => dayOf(m.startsAt) <= todayIso();

/** The scheduled meetings first, soonest first; then those held or cancelled, newest first. */
export function ordered(meetings: readonly Meeting[]): { scheduled: Meeting[]; closed: Meeting[] } {
  const scheduled = meetings.filter((m) => m.state === 'scheduled').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const closed = meetings.filter((m) => m.state !== 'scheduled').sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { scheduled, closed };
}

export const DURATIONS = [15, 30, 45, 60, 75, 90, 120, 150, 180, 240, 300, 360, 420, 480] as const;
