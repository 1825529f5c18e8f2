// A case's goals (tavoitteet): set in its plans, rated by its evaluations, revised with a reason.
import { request } from '../../../shared/api/client';
import type { components } from '../../../shared/api/schema';

type S = components['schemas'];
export type Goal = S['Goal'];
export type GoalRating = S['GoalRating'];
export type CaseGoals = S['CaseGoals'];
type GoalRevisionInput = S['GoalRevisionInput'];
type GoalRatingInput = S['GoalRatingInput'];

export const goalKeys = {
  ofCase: (caseId: number) => ['case-goals', caseId] as const,
};

export const goalsApi = {
  ofCase: (caseId: number) => request<CaseGoals>('GET', `/api/v1/cases/${caseId}/goals`),
  // `version` is the goal's as read: a revision made meanwhile answers 409 stale_version.
  revise: (id: number, input: GoalRevisionInput) => request<Goal>('POST', `/api/v1/goals/${id}/revisions`, input),
  // An evaluation's rating of the goal while the evaluation is a draft; given again, it replaces the one before.
  rate: (id: number, entryId: number, input: GoalRatingInput) => request<Goal>('PUT', `/api/v1/goals/${id}/ratings/${entryId}`, input),
};
