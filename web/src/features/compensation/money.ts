// Money in integer cents and months as "YYYY-MM", in words of the UI's language.

const locale = (lang: string) => (lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI');

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** 900 → "9,00 €" (fi, sv) or "€9.00" (en); a negative amount with its minus sign. */
export function formatMoney(cents: number, lang: string): string {
  const l = locale(lang);
  let f = moneyFormats.get(l);
  if (!f) {
    f = new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });
    moneyFormats.set(l, f);
  }
  return f.format(cents / 100);
}

/**
 * Euros as typed → cents, in integers only (no floating point): "4,60", "4.60", "4.6", "4", "1 200,50" and
 * "4,60 €" are fine; null for anything else ("4,605", "-1", "4,6,0", "", "abc"). Zero is returned as 0 (the server
 * says it is required).
 */
export function parseEuros(text: string): number | null {
  const s = text.replace(/[\s\u00a0\u202f]/g, '').replace(/€$/, '');
  const m = /^(\d{1,7})(?:[.,](\d{1,2}))?$/.exec(s);
  if (!m) return null;
  const fraction = (m[2] ?? '').padEnd(2, '0');
  return Number(m[1]) * 100 + Number(fraction);
}

// --- Months ---------------------------------------------------------------------------------------------------

export const isMonth = (s: string | null | undefined): s is string => !!s && /^\d{4}-(0[1-9]|1[0-2])$/.test(s);

/** "2026-03" plus n months: "2026-03", -1 → "2026-02"; 10 → "2027-01". */
export function addMonths(month: string, n: number): string {
  const total = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** The month of an ISO date ("2026-03-31" → "2026-03"). */
export const monthOf = (isoDate: string) => isoDate.slice(0, 7);

/** The last day of a month as an ISO date. */
export function lastDayOf(month: string): string {
  const d = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0));
  return d.toISOString().slice(0, 10);
}

/** Whether the month has ended by `today` (ISO date): only then can it be approved. */
export const monthEnded = (month: string, today: string) => lastDayOf(month) < today;

const monthFormats = new Map<string, Intl.DateTimeFormat>();

/** "2026-03" → "maaliskuu 2026" (fi), "mars 2026" (sv), "March 2026" (en). */
export function monthName(month: string, lang: string): string {
  const l = locale(lang);
  let f = monthFormats.get(l);
  if (!f) {
    f = new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(l, f);
  }
  return f.format(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1)));
}
