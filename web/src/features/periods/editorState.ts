// The period editor's state as typed, the draft the server checks, and where each of the server's errors shows.
import { dateForServer } from '../../shared/format';
import type { PeriodDraft } from './api';
import { badHours, daysOf, emptyWeek, type StepState } from './schedule';

export interface EditorState {
  bookingId: string;
  coachUserId: string;
  startDate: string;
  endDate: string;
  /** The first step runs from the period's start (the server's rule); its own `from` is not used. */
  steps: StepState[];
}

export const emptyEditor = (bookingId: string): EditorState => ({
  bookingId,
  coachUserId: '',
  startDate: '',
  endDate: '',
  steps: [{ from: '', days: emptyWeek() }],
});

/** The draft for the server, and for each step the weekday of each day sent (errors name days by index). */
export function toDraft(s: EditorState): { draft: PeriodDraft; weekdays: number[][] } {
  const startDate = dateForServer(s.startDate);
  const weekdays: number[][] = [];
  const steps = s.steps.map((step, i) => {
    const d = daysOf(step.days);
    weekdays.push(d.weekdays);
    return { from: i === 0 ? startDate : dateForServer(step.from), days: d.days };
  });
  return {
    draft: {
      bookingId: Number(s.bookingId) || 0,
      startDate,
      endDate: dateForServer(s.endDate),
      coachUserId: s.coachUserId ? Number(s.coachUserId) : null,
      steps,
    },
    weekdays,
  };
}

/** Where an error shows: a field of the form, a step's week or hours, or the form as a whole. */
export type Spot =
  | { kind: 'booking' | 'coach' | 'startDate' | 'endDate' | 'general' }
  | { kind: 'from' | 'days'; step: number }
  | { kind: 'hours'; step: number; weekday: number };

const STEP = /^steps\[(\d+)\](?:\.(from|days)(?:\[(\d+)\]\.(hours|weekday))?)?$/;

/** The spot of a server field ("steps[1].days[0].hours" → the hours of the first day sent in step 1). */
export function spotOf(field: string, weekdays: number[][]): Spot {
  if (field === 'bookingId' || field === 'placeId') return { kind: 'booking' };
  if (field === 'coachUserId') return { kind: 'coach' };
  if (field === 'startDate' || field === 'endDate') return { kind: field };
  if (field === 'steps') return { kind: 'days', step: 0 };
  const m = STEP.exec(field);
  if (!m) return { kind: 'general' };
  const step = Number(m[1]);
  if (m[2] === 'from') return step === 0 ? { kind: 'startDate' } : { kind: 'from', step };
  if (m[4] === 'hours') {
    const weekday = weekdays[step]?.[Number(m[3])];
    if (weekday) return { kind: 'hours', step, weekday };
  }
  return { kind: 'days', step };
}

export const spotKey = (s: Spot): string =>
  s.kind === 'hours' ? `hours:${s.step}:${s.weekday}` : 'step' in s ? `${s.kind}:${s.step}` : s.kind;

/** The server's field name of a weekday's hours in a step, as the form sends it (for errors found here). */
export function hoursField(step: number, weekday: number, weekdays: number[][]): string {
  return `steps[${step}].days[${weekdays[step]?.indexOf(weekday) ?? 0}].hours`;
}

/** Errors found before sending: dates that are no dates, hours that are no whole number. */
export function localErrors(s: EditorState, weekdays: number[][], t: (k: string) => string, isDate: (x: string) => boolean) {
  const out: Record<string, string> = {};
  if (s.startDate.trim() && !isDate(s.startDate)) out.startDate = t('translation:validation.date');
  if (s.endDate.trim() && !isDate(s.endDate)) out.endDate = t('translation:validation.date');
  s.steps.forEach((step, i) => {
    if (i > 0 && step.from.trim() && !isDate(step.from)) out[`steps[${i}].from`] = t('translation:validation.date');
    step.days.forEach((d, k) => {
      if (badHours(d)) out[hoursField(i, k + 1, weekdays)] = t('editor.hoursWhole');
    });
  });
  return out;
}
