/** Dates as d.M.yyyy and times as H.mm, Europe/Helsinki (CONVENTIONS.md, Web UI). */

/** "1952-10-13" → "13.10.1952"; anything else is returned unchanged. */
export function formatDate(isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return isoDate;
  return `${Number(m[3])}.${Number(m[2])}.${m[1]}`;
}

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Helsinki',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An ISO instant → "13.10.2026 9.05" in Helsinki time. */
export function formatDateTime(instant: string | null | undefined): string {
  if (!instant) return '';
  const d = new Date(instant);
  if (Number.isNaN(d.getTime())) return instant;
  const p: Record<string, string> = {};
  for (const x of parts.formatToParts(d)) p[x.type] = x.value;
  return `${Number(p.day)}.${Number(p.month)}.${p.year} ${Number(p.hour)}.${p.minute}`;
}

/** An ISO instant → its date "13.10.2026" in Helsinki time. */
export function formatInstantDate(instant: string | null | undefined): string {
  const s = formatDateTime(instant);
  return s.includes(' ') ? s.slice(0, s.indexOf(' ')) : s;
}
