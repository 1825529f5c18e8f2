// Guidance (ohjaus): a period's log and its 3-month windows, a session recorded, the user's followed windows.
import { request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type GuidanceLog = S['GuidanceLog'];
export type GuidanceSession = S['GuidanceSession'];
export type GuidanceWindow = S['GuidanceWindow'];
export type GuidanceKind = S['GuidanceKind'];
export type GuidanceSessionInput = S['GuidanceSessionInput'];
export type FollowedWindow = S['FollowedGuidanceWindow'];

export const GUIDANCE_KINDS: readonly GuidanceKind[] = ['individual', 'social', 'group'];

export const guidanceKeys = {
  log: (periodId: number) => ['guidance', periodId] as const,
  followed: ['guidance', 'followed'] as const,
};

export const guidanceApi = {
  log: (periodId: number) => request<GuidanceLog>('GET', `/api/v1/periods/${periodId}/guidance`),
  record: (periodId: number, input: GuidanceSessionInput) =>
    request<GuidanceSession>('POST', `/api/v1/periods/${periodId}/guidance`, input),
  followed: () => request<Items<FollowedWindow>>('GET', '/api/v1/guidance'),
};
