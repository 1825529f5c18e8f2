// A case's decisions (päätökset): drafts, saving and signing.
import { request } from '../../shared/api/client';
import type { Decision, DecisionInput, DecisionList } from '../../shared/api/types';

export const decisionsApi = {
  listDecisions: (caseId: number) => request<DecisionList>('GET', `/api/v1/cases/${caseId}/decisions`),
  createDecision: (caseId: number, input: DecisionInput) =>
    request<Decision>('POST', `/api/v1/cases/${caseId}/decisions`, input),
  getDecision: (id: number) => request<Decision>('GET', `/api/v1/decisions/${id}`),
  updateDecision: (id: number, input: DecisionInput) => request<Decision>('PUT', `/api/v1/decisions/${id}`, input),
  signDecision: (id: number, version: number) => request<Decision>('POST', `/api/v1/decisions/${id}/sign`, { version }),
};
