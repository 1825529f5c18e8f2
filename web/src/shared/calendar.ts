// Calendar arithmetic on ISO dates (weeks from Monday, ISO week numbers, months), in UTC so that no time zone
// moves a day.

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function addDays(day: string, n: number): string {
  const d = asDate(day);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
}

/** 1 = Monday ... 7 = Sunday, as the API numbers weekdays. */
export const isoWeekday = (day: string): number => ((asDate(day).getUTCDay() + 6) % 7) + 1;

export const mondayOf = (day: string): string => addDays(day, 1 - isoWeekday(day));

/** The ISO week number (Finnish calendars number weeks so). */
export function weekNumber(day: string): number {
  const thursday = asDate(addDays(day, 4 - isoWeekday(day)));
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

/** The first day of each month from `first`'s month to `last`'s, as "YYYY-MM-01". */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  let y = Number(first.slice(0, 4));
  let m = Number(first.slice(5, 7));
  const endKey = last.slice(0, 7);
  for (let guard = 0; guard < 60; guard++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    out.push(`${key}-01`);
    if (key >= endKey) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** The weeks (Monday first, seven ISO dates each) that hold a day of the month starting at `firstOfMonth`. */
export function monthWeeks(firstOfMonth: string): string[][] {
  const month = firstOfMonth.slice(0, 7);
  const weeks: string[][] = [];
  for (let monday = mondayOf(firstOfMonth); monday.slice(0, 7) <= month; monday = addDays(monday, 7)) {
    weeks.push(Array.from({ length: 7 }, (_, k) => addDays(monday, k)));
  }
  return weeks;
}

/** The years a range touches (for the public holidays to read). */
export function yearsBetween(first: string, last: string): number[] {
  const out: number[] = [];
  for (let y = Number(first.slice(0, 4)); y <= Number(last.slice(0, 4)); y++) out.push(y);
  return out;
}
