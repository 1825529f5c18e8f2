// The limit a broken rule refers to, in numbers: the server's message says which limit ("exceeds the decision's
// limits"), the preview's limits say how much it allows.
import type { TFunction } from 'i18next';
import { formatDate } from '../../shared/format';
import type { PeriodLimits, PeriodPreview } from './api';
import type { Spot } from './editorState';

function note(t: TFunction<'periods'>, spot: Spot, code: string, limits: PeriodPreview['limits']): string | null {
  const ranged = (l: PeriodLimits | null) => {
    if (!l) return null;
    if (spot.kind === 'days') return t('limits.noteDays', { range: `${l.daysPerWeekMin}–${l.daysPerWeekMax}` });
    if (spot.kind === 'hours') return t('limits.noteHours', { range: `${l.hoursPerDayMin}–${l.hoursPerDayMax}` });
    if (spot.kind === 'endDate') return t('limits.noteMonths', { range: `${l.periodMonthsMin}–${l.periodMonthsMax}` });
    return null;
  };
  if (code === 'outside_service_type_limits') return ranged(limits.serviceType);
  if (code === 'outside_product_limits') return ranged(limits.product);
  const d = limits.decision;
  if (code !== 'outside_decision_limits' || !d) return null;
  if (spot.kind === 'days') return t('limits.noteDaysMax', { n: d.daysPerWeekMax });
  if (spot.kind === 'hours') return t('limits.noteHoursMax', { n: d.hoursPerDayMax });
  if (spot.kind === 'startDate' || spot.kind === 'endDate')
    return t('limits.noteDecision', { start: formatDate(d.startDate), end: formatDate(d.endDate) });
  return null;
}

/** "Arvo ylittää päätöksen rajat: enintään 3 päivää viikossa." — the message as it was when no number applies. */
export function withLimit(
  t: TFunction<'periods'>,
  spot: Spot,
  e: { code: string; message: string },
  limits: PeriodPreview['limits'] | undefined,
): string {
  const n = limits ? note(t, spot, e.code, limits) : null;
  return n ? `${e.message.replace(/[.。]\s*$/, '')}: ${n}.` : e.message;
}
