// What the attendance screen keeps on the phone, in IndexedDB (through idb): the marks not yet accepted by the
// server, and the last day lists read, so that the screen works without a connection. Cleared at sign-out.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { components } from '../../shared/api/schema';

export type AttendanceDay = components['schemas']['AttendanceDay'];
export type AttendanceMark = components['schemas']['AttendanceMark'];

/** A mark made on this phone: `pending` until the server answers; `refused` with its reason when it says no. */
export type QueuedMark = {
  markId: string;
  periodId: number;
  day: string;
  clientName: string;
  body: AttendanceMark;
  state: 'pending' | 'refused';
  reason?: string;
  madeAt: string;
};

interface AttendanceDb extends DBSchema {
  marks: { key: string; value: QueuedMark; indexes: { byDay: [number, string] } };
  dayLists: { key: string; value: { key: string; items: AttendanceDay[]; readAt: string } };
}

const NAME = 'polku-attendance';
let db: Promise<IDBPDatabase<AttendanceDb>> | null = null;

function open(): Promise<IDBPDatabase<AttendanceDb>> {
  db ??= openDB<AttendanceDb>(NAME, 1, {
    upgrade(d) {
      d.createObjectStore('marks', { keyPath: 'markId' }).createIndex('byDay', ['periodId', 'day']);
      d.createObjectStore('dayLists', { keyPath: 'key' });
    },
  });
  return db;
}

export async function allMarks(): Promise<QueuedMark[]> {
  return (await open()).getAll('marks');
}

/** A new mark of a day replaces one of the same day not yet sent: the latest tap is what the supervisor meant. */
export async function queueMark(mark: QueuedMark): Promise<void> {
  const d = await open();
  const tx = d.transaction('marks', 'readwrite');
  for (const old of await tx.store.index('byDay').getAll([mark.periodId, mark.day])) {
    if (old.state === 'pending') await tx.store.delete(old.markId);
  }
  await tx.store.put(mark);
  await tx.done;
}

export async function removeMark(markId: string): Promise<void> {
  await (await open()).delete('marks', markId);
}

export async function refuseMark(markId: string, reason: string): Promise<void> {
  const d = await open();
  const mark = await d.get('marks', markId);
  if (mark) await d.put('marks', { ...mark, state: 'refused', reason });
}

export async function saveDayList(key: string, items: AttendanceDay[]): Promise<void> {
  await (await open()).put('dayLists', { key, items, readAt: new Date().toISOString() });
}

export async function savedDayList(key: string): Promise<AttendanceDay[] | null> {
  return (await (await open()).get('dayLists', key))?.items ?? null;
}

/** At sign-out: nothing of the clients stays on the phone. */
export async function clearOfflineAttendance(): Promise<void> {
  const d = await open();
  await Promise.all([d.clear('marks'), d.clear('dayLists')]);
}
