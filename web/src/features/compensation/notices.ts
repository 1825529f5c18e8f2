// The absence notices page's order (pure): what is to send first, the late ones before the rest, then what was sent,
// then the two weeks still running or with nothing to report.
import type { AbsenceNotice, NoticeState } from './api';

export type NoticeGroups = { toSend: AbsenceNotice[]; sent: AbsenceNotice[]; others: AbsenceNotice[] };

// Within "to send": late first, then those due, then the corrections of notices already sent.
const TO_SEND_ORDER: Partial<Record<NoticeState, number>> = { late: 0, to_send: 1, changed_after_sending: 2 };

const byClientAndWindow = (a: AbsenceNotice, b: AbsenceNotice) =>
  a.clientName.localeCompare(b.clientName, 'fi') || a.windowFrom.localeCompare(b.windowFrom);

export function groupNotices(notices: readonly AbsenceNotice[]): NoticeGroups {
  const toSend: AbsenceNotice[] = [];
  const sent: AbsenceNotice[] = [];
  const others: AbsenceNotice[] = [];
  for (const n of notices) {
    if (n.state in TO_SEND_ORDER) toSend.push(n);
    else if (n.state === 'sent') sent.push(n);
    else others.push(n);
  }
  const rank = (n: AbsenceNotice) => TO_SEND_ORDER[n.state] ?? 9;
  toSend.sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due) || byClientAndWindow(a, b));
  // The latest sending first.
  sent.sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? '') || byClientAndWindow(a, b));
  // The running two weeks first, then the newest windows.
  const running = (n: AbsenceNotice) => Number(n.state === 'running');
  others.sort((a, b) => running(b) - running(a) || b.windowFrom.localeCompare(a.windowFrom) || byClientAndWindow(a, b));
  return { toSend, sent, others };
}

/** The same notice: one period's two weeks. */
export const sameNotice = (a: AbsenceNotice, b: { periodId: number; windowFrom: string }) =>
  a.periodId === b.periodId && a.windowFrom === b.windowFrom;

/** The list with one notice replaced by its new state (e.g. as the server answered the sending). */
export const replaceNotice = (list: readonly AbsenceNotice[], next: AbsenceNotice) =>
  list.map((n) => (sameNotice(n, next) ? next : n));

/** The element of a notice on the page: `notice-{periodId}-{windowFrom}`. */
export const noticeElementId = (n: { periodId: number; windowFrom: string }) => `notice-${n.periodId}-${n.windowFrom}`;

/**
 * The notice's heading, by the last day of its two weeks: `notice-{periodId}-until-{windowTo}`. A task names the
 * period and (as `since`) the day after the two weeks, not their first day, so the start page's link lands here
 * (tasks/links.ts writes the same form; a feature does not import another).
 */
export const noticeHeadingId = (n: { periodId: number; windowTo: string }) => `notice-${n.periodId}-until-${n.windowTo}`;
