// Sending the marks kept on the phone: each goes with its own id, so one sent again after a lost answer is made
// once on the server. No connection (or the server down) keeps it for later; a refusal keeps it with its reason
// for the supervisor to see, so that nothing is dropped silently.
import { ApiError, hasCsrfToken, request, setCsrfToken } from '../../shared/api/client';
import { sessionApi } from '../../shared/api/session';
import { allMarks, clearOfflineAttendance, queueMark, refuseMark, removeMark, type AttendanceMark, type QueuedMark } from './offlineStore';

type Listener = () => void;
const listeners = new Set<Listener>();
let marks: QueuedMark[] = [];
let syncing: Promise<void> | null = null;

/** For useSyncExternalStore: the marks on the phone, refreshed after every change. */
export const markQueue = {
  subscribe(l: Listener) {
    listeners.add(l);
    return () => listeners.delete(l);
  },
  snapshot: () => marks,
};

async function reload(): Promise<void> {
  marks = await allMarks();
  listeners.forEach((l) => l());
}

/** Whether the answer means "try again later" rather than "no" (a CSRF refusal: the session's token is to be read). */
function retryable(e: unknown): boolean {
  if (!(e instanceof ApiError)) return true;
  if (e.status === 403 && e.problemKey === 'csrf_failed') {
    setCsrfToken('');
    return true;
  }
  return e.status === 0 || e.status === 401 || e.status === 429 || e.status >= 500;
}

/** After a reload without a connection the page has no CSRF token: it is read again before anything is sent. */
async function ready(): Promise<boolean> {
  if (hasCsrfToken()) return true;
  try {
    setCsrfToken((await sessionApi.me()).csrfToken);
    return true;
  } catch {
    return false;
  }
}

function reasonOf(e: ApiError): string {
  const fields = Object.values(e.fieldErrors());
  return fields.length > 0 ? fields.join(' ') : e.message;
}

async function send(mark: QueuedMark): Promise<boolean> {
  try {
    await request('PUT', `/api/v1/periods/${mark.periodId}/attendance/${mark.day}`, mark.body);
    await removeMark(mark.markId);
    return true;
  } catch (e) {
    if (retryable(e)) return false;
    await refuseMark(mark.markId, reasonOf(e as ApiError));
    return true;
  }
}

/** Sends every pending mark in the order made; one at a time, and never two runs at once. */
export function syncMarks(): Promise<void> {
  syncing ??= (async () => {
    try {
      const pending = (await allMarks()).filter((m) => m.state === 'pending').sort((a, b) => a.madeAt.localeCompare(b.madeAt));
      if (pending.length > 0 && !(await ready())) return;
      for (const m of pending) {
        if (!(await send(m))) break;  // offline: the rest wait too
      }
    } finally {
      syncing = null;
      await reload();
    }
  })();
  return syncing;
}

/** A tap: kept on the phone first, then sent at once if there is a connection. */
export async function mark(periodId: number, day: string, clientName: string, body: AttendanceMark): Promise<void> {
  const markId = crypto.randomUUID();
  await queueMark({
    markId,
    periodId,
    day,
    clientName,
    body: { ...body, markId },
    state: 'pending',
    madeAt: new Date().toISOString(),
  });
  await reload();
  await syncMarks();
}

/** The supervisor has seen a refusal. */
export async function dismiss(markId: string): Promise<void> {
  await removeMark(markId);
  await reload();
}

void reload();

/**
 * Before signing out: the marks still on the phone are sent if they can be; those that cannot would be lost with
 * the session, so the supervisor is asked first. True when signing out may go on (the phone's copy is then cleared).
 */
export async function releaseOfflineMarks(ask: (count: number) => boolean): Promise<boolean> {
  await syncMarks();
  const left = marks.filter((m) => m.state === 'pending').length;
  if (left > 0 && !ask(left)) return false;
  await clearOfflineAttendance();
  await reload();
  return true;
}
