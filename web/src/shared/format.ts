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

/**
 * The one date parser of the UI: "1.12.2026" (as typed) or "2026-12-01" → "2026-12-01"; null when the text is no
 * date of the calendar (e.g. "31.2.2026", or empty).
 */
export function parseDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (!m) return null;
    d = Number(m[1]);
    mo = Number(m[2]);
    y = Number(m[3]);
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The value the server gets for a date field: ISO when it parses, otherwise the text (the server explains). */
export const dateForServer = (text: string): string => parseDate(text) ?? text.trim();

/** Today in Helsinki as d.M.yyyy plus n days. */
export function dayText(plusDays = 0): string {
  const d = new Date(Date.now() + plusDays * 86_400_000);
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(d)
    .reduce<Record<string, string>>((a, x) => ({ ...a, [x.type]: x.value }), {});
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`;
}

/** Today in Helsinki as an ISO date. */
export function todayIso(): string {
  return parseDate(dayText(0))!;
}

/** "8.00", "8:00", "08:00" → "08:00"; anything else unchanged (the server explains). */
export function toHhMm(text: string): string {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : text.trim();
}

/** "08:00" → "8.00" (Finnish style, CONVENTIONS.md). */
export function showTime(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? `${Number(m[1])}.${m[2]}` : hhmm;
}

/** Minutes as hours the Finnish way: 240 → "4 h", 270 → "4,5 h". */
export function formatHours(minutes: number): string {
  const h = Math.round((minutes / 60) * 100) / 100;
  return `${String(h).replace('.', ',')} h`;
}
