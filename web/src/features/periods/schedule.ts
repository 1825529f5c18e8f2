// The weekly schedule as the forms hold it (a checkbox and hours per weekday) and in plain words.
import type { TFunction } from 'i18next';
import { formatDate, formatHours } from '../../shared/format';
import type { ScheduleDay, ScheduleStep } from './api';
import { isoWeekday } from '../../shared/calendar';

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface DayState {
  on: boolean;
  hours: string;
}
/** One step as typed: a date as text (d.M.yyyy) and the seven weekdays, Monday first. */
export interface StepState {
  from: string;
  days: DayState[];
}

export const emptyWeek = (): DayState[] => WEEKDAYS.map(() => ({ on: false, hours: '' }));

/** The typed hours as the API's whole hours; 0 for text that is none (the server then names the limit broken). */
export const hoursOf = (text: string): number => (/^\s*\d{1,2}\s*$/.test(text) ? Number(text) : 0);

/** Whether the typed hours are no whole number (checked here: the API's hours are integers). */
export const badHours = (d: DayState): boolean => d.on && d.hours.trim() !== '' && !/^\s*\d{1,2}\s*$/.test(d.hours);

/** The days sent for a step, and for each the weekday (the server's errors name days by their index here). */
export function daysOf(days: DayState[]): { days: ScheduleDay[]; weekdays: number[] } {
  const out: ScheduleDay[] = [];
  const weekdays: number[] = [];
  days.forEach((d, i) => {
    if (!d.on) return;
    out.push({ weekday: i + 1, hours: hoursOf(d.hours) });
    weekdays.push(i + 1);
  });
  return { days: out, weekdays };
}

/** The step in force on a day: the latest `from` on or before it (the server's rule). */
export function stepOn(steps: readonly ScheduleStep[], day: string): ScheduleStep | null {
  let best: ScheduleStep | null = null;
  for (const s of steps) if (s.from <= day && (!best || s.from >= best.from)) best = s;
  return best;
}

/** The hours scheduled on a day, 0 when none. */
export function hoursOn(steps: readonly ScheduleStep[], day: string): number {
  const s = stepOn(steps, day);
  return s?.days.find((d) => d.weekday === isoWeekday(day))?.hours ?? 0;
}

/** Whole hours of a schedule as "4 h". */
export const hoursText = (hours: number): string => formatHours(hours * 60);

/** "ma, ti, ke 4 h" or "ma, ti 4 h; ke 5 h": the days grouped by their hours, in weekday order. */
export function daysInWords(days: readonly ScheduleDay[], t: TFunction<'periods'>): string {
  const sorted = [...days].sort((a, b) => a.weekday - b.weekday);
  const groups: { hours: number; names: string[] }[] = [];
  for (const d of sorted) {
    const g = groups.find((x) => x.hours === d.hours);
    const name = t(`weekdayShort.${d.weekday}`);
    if (g) g.names.push(name);
    else groups.push({ hours: d.hours, names: [name] });
  }
  return groups.map((g) => `${g.names.join(', ')} ${hoursText(g.hours)}`).join('; ');
}

/** "ma, ti, ke 4 h 1.3.2027 alkaen". */
export const stepInWords = (s: ScheduleStep, t: TFunction<'periods'>): string =>
  t('list.stepWords', { days: daysInWords(s.days, t), from: formatDate(s.from) });
