// The fields of the client's compensation forms (shared/fieldForm) and their bodies for the API. The field names are
// the API's, so that the server's field errors land next to their inputs; amounts are typed in euros and sent in cents.
import type { FieldSpec, FormValues } from '../../shared/fieldForm';
import type { AdjustmentInput, BenefitInput, BenefitPayer, TravelClaimInput, TravelFareInput } from './api';
import { BENEFIT_PAYERS } from './api';
import { parseEuros } from './money';

const L = 'compensation:client';

export const BENEFIT_FIELDS: readonly FieldSpec[] = [
  { name: 'payer', kind: 'select', label: `${L}.benefits.payer`, options: BENEFIT_PAYERS, optionPrefix: 'compensation:payer', required: true },
  { name: 'fundName', kind: 'text', label: `${L}.benefits.fundName`, required: true, when: (v) => v.payer === 'unemployment_fund' },
  { name: 'validFrom', kind: 'date', label: `${L}.benefits.validFrom`, required: true },
  { name: 'validTo', kind: 'date', label: `${L}.benefits.validTo` },
];

export const BENEFIT_END_FIELDS: readonly FieldSpec[] = [
  { name: 'validTo', kind: 'date', label: `${L}.benefits.lastDay`, required: true },
];

export const FARE_FIELDS: readonly FieldSpec[] = [
  { name: 'centsPerDay', kind: 'text', label: `${L}.fares.centsPerDay`, hint: `${L}.fares.amountHint`, required: true },
  { name: 'means', kind: 'text', label: `${L}.fares.means`, hint: `${L}.fares.meansHint`, required: true },
  { name: 'validFrom', kind: 'date', label: `${L}.fares.validFrom`, required: true },
];

export const CLAIM_FIELDS: readonly FieldSpec[] = [
  { name: 'day', kind: 'date', label: `${L}.claims.day`, required: true },
  { name: 'cents', kind: 'text', label: `${L}.claims.cents`, hint: `${L}.fares.amountHint`, required: true },
  { name: 'description', kind: 'textarea', label: `${L}.claims.description`, required: true },
];

export const ADJUSTMENT_FIELDS: readonly FieldSpec[] = [
  { name: 'day', kind: 'date', label: `${L}.adjustments.day`, required: true },
  {
    name: 'attended',
    kind: 'select',
    label: `${L}.adjustments.attended`,
    options: ['true', 'false'],
    optionPrefix: `${L}.adjustments.attendedOption`,
    required: true,
  },
  { name: 'reason', kind: 'textarea', label: `${L}.adjustments.reason`, required: true },
];

/** Empty values of a form's fields (selects unchosen, texts and dates blank). */
export const blankValues = (fields: readonly FieldSpec[]): FormValues =>
  Object.fromEntries(fields.map((f) => [f.name, f.kind === 'checkbox' ? false : '']));

/** The amount fields that do not read as euros (empty ones are the required check's). */
export function checkEuros(fields: readonly string[], message: string) {
  return (values: FormValues): Record<string, string> => {
    const found: Record<string, string> = {};
    for (const f of fields) {
      const text = String(values[f] ?? '').trim();
      if (text !== '' && parseEuros(text) === null) found[f] = message;
    }
    return found;
  };
}

// FieldForm's toBody gives dates as ISO (or the text typed, for the server to explain) and empty optional ones as null.
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const cents = (v: unknown) => parseEuros(text(v)) ?? 0;

export const benefitInput = (b: Record<string, unknown>): BenefitInput => ({
  payer: text(b.payer) as BenefitPayer,
  fundName: b.fundName === undefined ? '' : text(b.fundName),
  validFrom: text(b.validFrom),
  validTo: b.validTo === null || b.validTo === undefined ? null : text(b.validTo),
});

export const fareInput = (b: Record<string, unknown>): TravelFareInput => ({
  centsPerDay: cents(b.centsPerDay),
  means: text(b.means),
  validFrom: text(b.validFrom),
});

export const claimInput = (b: Record<string, unknown>): TravelClaimInput => ({
  day: text(b.day),
  cents: cents(b.cents),
  description: text(b.description),
});

export const adjustmentInput = (b: Record<string, unknown>): AdjustmentInput => ({
  day: text(b.day),
  attended: b.attended === 'true',
  reason: text(b.reason),
});
