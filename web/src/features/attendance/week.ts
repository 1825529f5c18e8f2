// Calendar weeks (Monday to Sunday) of ISO dates, computed in UTC so that no time zone moves a day.
import type { TFunction } from 'i18next';

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function addDays(iso: string, days: number): string {
  const d = asDate(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function mondayOf(iso: string): string {
  return addDays(iso, -((asDate(iso).getUTCDay() + 6) % 7));
}

/** "ma", "ti", ... in the UI's language. */
export function weekdayShort(iso: string, t: TFunction<'attendance'>): string {
  return t(`weekday.${(asDate(iso).getUTCDay() + 6) % 7}`);
}
