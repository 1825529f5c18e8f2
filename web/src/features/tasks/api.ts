// What waits for the signed-in user (GET /api/v1/tasks): type aliases, the call, its query key and the count.
import { useQuery } from '@tanstack/react-query';
import { request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Task = S['Task'];
export type TaskKind = S['TaskKind'];
export type TaskParty = S['TaskParty'];

/** Invalidate this key wherever a change can add or settle a task (other features write it as `['tasks']`). */
export const TASKS_KEY = ['tasks'] as const;

export const tasksApi = {
  // Already sorted by the server: overdue first, then by due date, then by since.
  list: () => request<Items<Task>>('GET', '/api/v1/tasks'),
};

export function useTasks(enabled = true) {
  return useQuery({ queryKey: TASKS_KEY, queryFn: tasksApi.list, enabled });
}

/** How many tasks wait (for the navigation); undefined until known or when `enabled` is false. */
export function useTaskCount(enabled = true): number | undefined {
  const q = useQuery({ queryKey: TASKS_KEY, queryFn: tasksApi.list, enabled, select: (d) => d.items.length });
  return enabled ? q.data : undefined;
}
