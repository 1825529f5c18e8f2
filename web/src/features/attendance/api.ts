// The day lists of the attendance screen (GET /api/v1/attendance), read from the server when there is a
// connection and from the phone's last copy when there is none.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useSyncExternalStore } from 'react';
import { ApiError, request, type Items } from '../../shared/api/client';
import { saveDayList, savedDayList, type AttendanceDay } from './offlineStore';
import { markQueue, syncMarks } from './markSync';

export type DayList = { items: AttendanceDay[]; savedCopy: boolean };

async function readDays(from: string, to: string): Promise<DayList> {
  const key = `${from}/${to}`;
  try {
    const res = await request<Items<AttendanceDay>>('GET', `/api/v1/attendance?from=${from}&to=${to}`);
    await saveDayList(key, res.items);
    return { items: res.items, savedCopy: false };
  } catch (e) {
    const saved = e instanceof ApiError && e.status === 0 ? await savedDayList(key) : null;
    if (saved) return { items: saved, savedCopy: true };
    throw e;
  }
}

export const attendanceKeys = { days: (from: string, to: string) => ['attendance', from, to] as const };

export const useDayList = (from: string, to: string) =>
  useQuery({ queryKey: attendanceKeys.days(from, to), queryFn: () => readDays(from, to), networkMode: 'always' });

/** The marks on the phone, and sending them whenever the connection returns (and every half minute). */
export function useMarkQueue() {
  const marks = useSyncExternalStore(markQueue.subscribe, markQueue.snapshot);
  const qc = useQueryClient();
  useEffect(() => {
    const again = () => void syncMarks().then(() => qc.invalidateQueries({ queryKey: ['attendance'] }));
    window.addEventListener('online', again);
    const timer = window.setInterval(again, 30_000);
    again();
    return () => {
      window.removeEventListener('online', again);
      window.clearInterval(timer);
    };
  }, [qc]);
  return marks;
}
