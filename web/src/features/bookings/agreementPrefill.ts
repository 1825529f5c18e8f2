// A new client agreement starts from what is known (the booking at the place, the case's plan and its signed
// decision), and says before saving where it differs from the booking or the decision. Pure: tested in the
// browser tests through the form, and kept free of React so the rules read in one place.
import type { Case, Decision } from '../../shared/api/types';
import { formatDate, parseDate } from '../../shared/format';
import type { Booking } from './api';

export interface AgreementValues {
  placeId: string;
  startDate: string; // as typed (d.m.yyyy)
  endDate: string;
  daysPerWeek: string;
  hoursPerDay: string;
  tasks: string;
  responsiblePersons: string;
}

export interface Known {
  placeId: string;
  booking: Booking | null; // the client's booking at the place, the newest not ended
  plan: Case['plan'] | null;
  decision: Decision | null; // the newest signed one in force
  placeTasks: string;
  people: string[]; // the client's own worker, the place's supervisor, the coach: named people
}

/** A date `months` after an ISO date, the day before (a period of whole months), as an ISO date. */
function monthsAfter(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1 + months, d) - 86_400_000);
  return date.toISOString().slice(0, 10);
}

export function prefill(k: Known, fallback: AgreementValues): AgreementValues {
  const start = k.booking?.startDate ?? k.plan?.startDate ?? null;
  let end =
    k.booking?.endDate ??
    (start && k.plan?.lengthMonths ? monthsAfter(start, k.plan.lengthMonths) : null) ??
    k.decision?.endDate ??
    null;
  // Not past what the decision allows: a longer period needs a new decision first.
  if (end && k.decision && end > k.decision.endDate) end = k.decision.endDate;
  return {
    placeId: k.placeId || fallback.placeId,
    startDate: start ? formatDate(start) : fallback.startDate,
    endDate: end ? formatDate(end) : fallback.endDate,
    daysPerWeek: k.plan?.daysPerWeek ? String(k.plan.daysPerWeek) : fallback.daysPerWeek,
    hoursPerDay: k.plan?.hoursPerDay ? String(k.plan.hoursPerDay) : fallback.hoursPerDay,
    tasks: k.plan?.tasksAndPlace || k.placeTasks || fallback.tasks,
    responsiblePersons: k.people.filter(Boolean).join(', ') || fallback.responsiblePersons,
  };
}

export interface Difference {
  field: keyof AgreementValues;
  key: string; // the i18n key under clientAgreement.differs
  params: Record<string, string | number>;
}

/** Where the values leave the booking or the decision (the server refuses what the decision does not allow). */
export function differences(v: AgreementValues, k: Known): Difference[] {
  const out: Difference[] = [];
  const start = parseDate(v.startDate);
  const end = parseDate(v.endDate);
  const b = k.booking;
  if (b && start && start !== b.startDate) out.push({ field: 'startDate', key: 'startBooking', params: { date: formatDate(b.startDate) } });
  if (b?.endDate && end && end !== b.endDate) out.push({ field: 'endDate', key: 'endBooking', params: { date: formatDate(b.endDate) } });
  const d = k.decision;
  if (d) {
    if (start && start < d.startDate) out.push({ field: 'startDate', key: 'startDecision', params: { date: formatDate(d.startDate) } });
    if (end && end > d.endDate) out.push({ field: 'endDate', key: 'endDecision', params: { date: formatDate(d.endDate) } });
    if (Number(v.daysPerWeek) > d.daysPerWeekMax) out.push({ field: 'daysPerWeek', key: 'daysDecision', params: { max: d.daysPerWeekMax } });
    if (Number(v.hoursPerDay) > d.hoursPerDayMax) out.push({ field: 'hoursPerDay', key: 'hoursDecision', params: { max: d.hoursPerDayMax } });
  }
  return out;
}
