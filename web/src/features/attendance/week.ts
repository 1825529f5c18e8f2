// Calendar weeks (Monday to Sunday) of ISO dates, computed in UTC so that no time zone moves a day.
import type { TFunction } from 'i18next';

export { addDays, mondayOf } from '../../shared/calendar';

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "ma", "ti", ... in the UI's language. */
export function weekdayShort(iso: string, t: TFunction<'attendance'>): string {
  return t(`weekday.${(asDate(iso).getUTCDay() + 6) % 7}`);
}
