// What the supervisor's page shows of the API's lists, as pure functions of the data and today's date (ISO, Helsinki).
import type { Booking, IntroductoryVisit, Place } from './api';

/** How far ahead a booking counts as "starting" (the same 14 days as the task client_starting_at_place). */
export const STARTING_WITHIN_DAYS = 14;

/** "2026-12-02" + n days, as an ISO date (calendar arithmetic in UTC, so no time zone shifts the day). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (both ISO dates). */
export function daysBetween(from: string, to: string): number {
  const ms = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
/** The weekday of an ISO date as the API's Weekday code ("mon"). */
export const weekdayOf = (isoDate: string) => WEEKDAYS[new Date(`${isoDate}T12:00:00Z`).getUTCDay()];

const byName = (a: Place, b: Place) => a.name.localeCompare(b.name, 'fi');

/**
 * The places where the user is the named supervisor first; then the host's other places (closed ones left out: nobody
 * works there). When no place names the user, `named` is empty and `others` holds every place.
 */
export function splitPlaces(places: readonly Place[], userId: number): { named: Place[]; others: Place[] } {
  const named = places.filter((p) => p.supervisorUserId === userId).sort(byName);
  const others = places.filter((p) => p.supervisorUserId !== userId && p.status !== 'closed').sort(byName);
  return { named, others };
}

export type ClientAtPlace = { booking: Booking; state: 'working' | 'starting' };

/**
 * The clients working at the place (started and not ended) and starting within 14 days, by start date (then name).
 * Bookings that have ended or start later are left out.
 */
export function clientsAtPlace(bookings: readonly Booking[], today: string): ClientAtPlace[] {
  const horizon = addDays(today, STARTING_WITHIN_DAYS);
  const out: ClientAtPlace[] = [];
  for (const b of bookings) {
    if (b.endDate !== null && b.endDate < today) continue;
    if (b.startDate <= today) out.push({ booking: b, state: 'working' });
    else if (b.startDate <= horizon) out.push({ booking: b, state: 'starting' });
  }
  return out.sort(
    (a, b) =>
      a.booking.startDate.localeCompare(b.booking.startDate) || a.booking.clientName.localeCompare(b.booking.clientName, 'fi'),
  );
}

/** The introductory visits of today and later, soonest first (a cancelled one stays, marked, so nobody waits for it). */
export function comingVisits(visits: readonly IntroductoryVisit[], today: string): IntroductoryVisit[] {
  return visits
    .filter((v) => v.visitDate >= today)
    .sort((a, b) => a.visitDate.localeCompare(b.visitDate) || a.visitTime.localeCompare(b.visitTime));
}
