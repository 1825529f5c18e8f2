// Groups at a place and their sessions (GET/POST /api/v1/places/{id}/groups, /api/v1/groups/{id}...).
import { useQuery } from '@tanstack/react-query';
import { request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';
import type { AttendanceDay } from './offlineStore';

export type Group = components['schemas']['Group'];
export type GroupInput = components['schemas']['GroupInput'];

export const groupsApi = {
  atPlace: (placeId: number) => request<Items<Group>>('GET', `/api/v1/places/${placeId}/groups`),
  create: (placeId: number, body: GroupInput) => request<Group>('POST', `/api/v1/places/${placeId}/groups`, body),
  read: (id: number) => request<Group>('GET', `/api/v1/groups/${id}`),
  addMember: (id: number, periodId: number) => request<Group>('POST', `/api/v1/groups/${id}/members`, { periodId }),
  removeMember: (id: number, periodId: number) => request<Group>('DELETE', `/api/v1/groups/${id}/members/${periodId}`),
  session: (id: number, date: string) => request<Items<AttendanceDay>>('GET', `/api/v1/groups/${id}/session?date=${date}`),
};

// Under ['attendance'], so that a mark's refresh reads the session again too.
export const groupKeys = {
  atPlace: (placeId: number) => ['attendance', 'groups', 'place', placeId] as const,
  one: (id: number) => ['attendance', 'groups', id] as const,
  session: (id: number, date: string) => ['attendance', 'groups', id, 'session', date] as const,
};

export const usePlaceGroups = (placeId: number) =>
  useQuery({ queryKey: groupKeys.atPlace(placeId), queryFn: () => groupsApi.atPlace(placeId) });
