// The fields of the form of a new rate (shared/fieldForm) and its body for the API. The field names are the API's, so
// that the server's field errors land next to their inputs; the daily amount is typed in euros and sent in cents.
import type { FieldSpec, FormValues } from '../../shared/fieldForm';
import type { CompensationKind, CompensationRateInput, RatePayer } from './api';
import { RATE_BENEFITS, RATE_KINDS, RATE_PAYERS } from './api';
import { checkEuros } from './clientForms';
import { parseEuros } from './money';

const L = 'compensation:rates.form';

/** The fields, the service types offered by their codes (in the order the server lists them) and names. */
export function rateFields(serviceTypes: readonly string[], serviceTypeName: (code: string) => string): FieldSpec[] {
  return [
    { name: 'serviceType', kind: 'select', label: `${L}.serviceType`, options: serviceTypes, optionText: serviceTypeName, required: true },
    { name: 'kind', kind: 'select', label: `${L}.kind`, options: RATE_KINDS, optionPrefix: 'compensation:kind', required: true },
    { name: 'benefit', kind: 'select', label: `${L}.benefit`, options: RATE_BENEFITS, optionPrefix: 'compensation:rates.benefit', required: true },
    { name: 'payer', kind: 'select', label: `${L}.payer`, options: RATE_PAYERS, optionPrefix: 'compensation:rates.payer', required: true },
    { name: 'amountCents', kind: 'text', label: `${L}.amount`, hint: `${L}.amountHint`, required: true },
    { name: 'maxDaysPerWeek', kind: 'text', label: `${L}.maxDays`, hint: `${L}.maxDaysHint` },
    { name: 'validFrom', kind: 'date', label: `${L}.validFrom`, required: true },
    { name: 'validTo', kind: 'date', label: `${L}.validTo` },
  ];
}

/** The days of a week, 1–7, as typed (empty is the field's own: no limit). */
const isWeekDays = (text: string) => /^[1-7]$/.test(text);

/** The form's own checks: the amount in euros, the weekly limit a whole number of days. */
export function checkRate(messages: { euros: string; days: string }) {
  const euros = checkEuros(['amountCents'], messages.euros);
  return (values: FormValues): Record<string, string> => {
    const found = euros(values);
    const days = String(values.maxDaysPerWeek ?? '').trim();
    if (days !== '' && !isWeekDays(days)) found.maxDaysPerWeek = messages.days;
    return found;
  };
}

// FieldForm's toBody gives dates as ISO (or the text typed, for the server to explain) and empty optional ones as null.
const text = (v: unknown) => (typeof v === 'string' ? v : '');

export const rateInput = (b: Record<string, unknown>): CompensationRateInput => ({
  serviceType: text(b.serviceType),
  kind: text(b.kind) as CompensationKind,
  benefit: text(b.benefit),
  payer: text(b.payer) as RatePayer,
  amountCents: parseEuros(text(b.amountCents)) ?? 0,
  maxDaysPerWeek: text(b.maxDaysPerWeek) === '' ? null : Number(text(b.maxDaysPerWeek)),
  validFrom: text(b.validFrom),
  validTo: b.validTo === null || b.validTo === undefined ? null : text(b.validTo),
});
