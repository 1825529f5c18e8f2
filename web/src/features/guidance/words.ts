// Guidance in words: a window's span and state, a duration.
import { formatDate, formatHours } from '../../shared/format';
import type { GuidanceWindow } from './api';

type T = (key: string, options?: Record<string, unknown>) => string;

/** "2.2.2026–1.5.2026" */
export const spanOf = (w: Pick<GuidanceWindow, 'from' | 'to'>) => `${formatDate(w.from)}–${formatDate(w.to)}`;

/** The window's state as its badge says it, with the hours or the social guidance still missing. */
export function stateText(t: T, w: GuidanceWindow): string {
  if (w.state === 'falling_behind' || w.state === 'missed' || w.state === 'open') {
    if (w.missingMinutes > 0) return t(`state.${w.state}`, { missing: formatHours(w.missingMinutes) });
    return t(`state.${w.state}_social`);
  }
  return t(`state.${w.state}`);
}

export const badgeOf = (w: GuidanceWindow) =>
  w.state === 'met' ? 'badge--ok' : w.state === 'falling_behind' || w.state === 'missed' ? 'badge--alert' : '';
