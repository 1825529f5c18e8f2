// Cases: their stage records, transitions, timeline and notices, and the regions' process models.
import { queryString, request } from '../../shared/api/client';
import type {
  AssessmentInput,
  Case,
  CaseInput,
  CaseList,
  EndInput,
  FollowUpInput,
  Notice,
  NoticeInput,
  NoticeList,
  PlanInput,
  ProcessModel,
  ProcessModelInput,
  ProcessModelList,
  ReferralInput,
  Stage,
  Timeline,
} from '../../shared/api/types';

export const casesApi = {
  listCases: (filter: { clientId?: number; stage?: Stage } = {}) =>
    request<CaseList>('GET', `/api/v1/cases${queryString(filter)}`),
  createCase: (input: CaseInput) => request<Case>('POST', '/api/v1/cases', input),
  getCase: (id: number) => request<Case>('GET', `/api/v1/cases/${id}`),
  putReferral: (id: number, input: ReferralInput) => request<Case>('PUT', `/api/v1/cases/${id}/referral`, input),
  putAssessment: (id: number, input: AssessmentInput) => request<Case>('PUT', `/api/v1/cases/${id}/assessment`, input),
  putPlan: (id: number, input: PlanInput) => request<Case>('PUT', `/api/v1/cases/${id}/plan`, input),
  putEnd: (id: number, input: EndInput) => request<Case>('PUT', `/api/v1/cases/${id}/end`, input),
  putFollowUp: (id: number, input: FollowUpInput) => request<Case>('PUT', `/api/v1/cases/${id}/follow-up`, input),
  transition: (id: number, to: Stage, version: number) =>
    request<Case>('POST', `/api/v1/cases/${id}/transitions`, { to, version }),
  interrupt: (id: number, reason: string, version: number) =>
    request<Case>('POST', `/api/v1/cases/${id}/interrupt`, { reason, version }),
  resume: (id: number, version: number) => request<Case>('POST', `/api/v1/cases/${id}/resume`, { version }),
  timeline: (id: number) => request<Timeline>('GET', `/api/v1/cases/${id}/timeline`),
  listNotices: (caseId: number) => request<NoticeList>('GET', `/api/v1/cases/${caseId}/notices`),
  createNotice: (caseId: number, input: NoticeInput) => request<Notice>('POST', `/api/v1/cases/${caseId}/notices`, input),
  listProcessModels: () => request<ProcessModelList>('GET', '/api/v1/process-models'),
  getProcessModel: (regionId: number) => request<ProcessModel>('GET', `/api/v1/regions/${regionId}/process-model`),
  putProcessModel: (regionId: number, input: ProcessModelInput) =>
    request<ProcessModel>('PUT', `/api/v1/regions/${regionId}/process-model`, input),
};
