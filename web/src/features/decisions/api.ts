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

export type DecisionLanguage = 'fi' | 'sv' | 'en';
/** The UI's language as a printable one (fi, sv, en), Finnish for any other. */
export const decisionLanguage = (lang: string | undefined): DecisionLanguage => (lang === 'sv' || lang === 'en' ? lang : 'fi');
/** The decision printed with its appeal instructions: a plain link, so the browser opens the PDF itself. */
export const decisionPdfUrl = (id: number, lang: DecisionLanguage) => `/api/v1/decisions/${id}/pdf?lang=${lang}`;
