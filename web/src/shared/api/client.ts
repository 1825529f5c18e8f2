import i18n from '../../i18n';
import type {
  AssessmentInput,
  AuditList,
  Case,
  CaseInput,
  CaseList,
  Decision,
  DecisionInput,
  DecisionList,
  EndInput,
  FollowUpInput,
  MyWork,
  Notice,
  NoticeInput,
  NoticeList,
  PlanInput,
  ProcessModel,
  ProcessModelInput,
  ProcessModelList,
  ReferralInput,
  ServiceTypeList,
  Stage,
  Timeline,
  Client,
  ClientInput,
  ClientList,
  LoginInput,
  Me,
  Organisation,
  OrganisationInput,
  OrganisationList,
  PasswordChange,
  Problem,
  User,
  UserInput,
  UserList,
  WorkerList,
} from './types';

/** An HTTP answer other than 2xx, with the RFC 9457 problem body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** Per-field messages keyed by field name (already in the request's language). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (!(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }
}

let csrfToken = '';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Called when a request other than sign-in or /auth/me answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One API call: Accept-Language, the CSRF header, problems as ApiError, 401 to the sign-in page. */
export async function request<T>(method: Method, url: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'fi',
  };
  // A Blob (a file) goes as it is, with its own type; anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null, null);
  }

  if (!res.ok) {
    let problem: Problem | null = null;
    const type = res.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = null;
      }
    }
    const ra = res.headers.get('Retry-After');
    const retryAfter = ra !== null && /^\d+$/.test(ra.trim()) ? Number(ra.trim()) : null;
    if (res.status === 401 && !opts.quiet401 && onUnauthorized) onUnauthorized();
    throw new ApiError(res.status, problem, retryAfter);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

const enc = encodeURIComponent;

export const api = {
  login: (input: LoginInput) => request<Me>('POST', '/api/v1/auth/login', input, { quiet401: true }),
  logout: () => request<void>('POST', '/api/v1/auth/logout', undefined, { quiet401: true }),
  me: () => request<Me>('GET', '/api/v1/auth/me', undefined, { quiet401: true }),
  changePassword: (input: PasswordChange) => request<void>('POST', '/api/v1/auth/password', input),

  listOrganisations: () => request<OrganisationList>('GET', '/api/v1/organisations'),
  getOrganisation: (id: number) => request<Organisation>('GET', `/api/v1/organisations/${id}`),
  createOrganisation: (input: OrganisationInput) => request<Organisation>('POST', '/api/v1/organisations', input),
  updateOrganisation: (id: number, input: OrganisationInput) =>
    request<Organisation>('PUT', `/api/v1/organisations/${id}`, input),

  listUsers: () => request<UserList>('GET', '/api/v1/users'),
  getUser: (id: number) => request<User>('GET', `/api/v1/users/${id}`),
  createUser: (input: UserInput) => request<User>('POST', '/api/v1/users', input),
  updateUser: (id: number, input: UserInput) => request<User>('PUT', `/api/v1/users/${id}`, input),

  listWorkers: () => request<WorkerList>('GET', '/api/v1/workers'),
  listClients: (q: string) => request<ClientList>('GET', `/api/v1/clients?q=${enc(q)}`),
  getClient: (id: number) => request<Client>('GET', `/api/v1/clients/${id}`),
  createClient: (input: ClientInput) => request<Client>('POST', '/api/v1/clients', input),
  updateClient: (id: number, input: ClientInput) => request<Client>('PUT', `/api/v1/clients/${id}`, input),
  clientAccessLog: (id: number) => request<AuditList>('GET', `/api/v1/clients/${id}/access-log`),

  serviceTypes: () => request<ServiceTypeList>('GET', '/api/v1/service-types'),
  listCases: (filter: { clientId?: number; stage?: Stage } = {}) => {
    const qs = new URLSearchParams();
    if (filter.clientId !== undefined) qs.set('clientId', String(filter.clientId));
    if (filter.stage) qs.set('stage', filter.stage);
    const s = qs.toString();
    return request<CaseList>('GET', `/api/v1/cases${s ? `?${s}` : ''}`);
  },
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
  listDecisions: (caseId: number) => request<DecisionList>('GET', `/api/v1/cases/${caseId}/decisions`),
  createDecision: (caseId: number, input: DecisionInput) =>
    request<Decision>('POST', `/api/v1/cases/${caseId}/decisions`, input),
  getDecision: (id: number) => request<Decision>('GET', `/api/v1/decisions/${id}`),
  updateDecision: (id: number, input: DecisionInput) => request<Decision>('PUT', `/api/v1/decisions/${id}`, input),
  signDecision: (id: number, version: number) => request<Decision>('POST', `/api/v1/decisions/${id}/sign`, { version }),
  listNotices: (caseId: number) => request<NoticeList>('GET', `/api/v1/cases/${caseId}/notices`),
  createNotice: (caseId: number, input: NoticeInput) => request<Notice>('POST', `/api/v1/cases/${caseId}/notices`, input),
  listProcessModels: () => request<ProcessModelList>('GET', '/api/v1/process-models'),
  getProcessModel: (regionId: number) => request<ProcessModel>('GET', `/api/v1/regions/${regionId}/process-model`),
  putProcessModel: (regionId: number, input: ProcessModelInput) =>
    request<ProcessModel>('PUT', `/api/v1/regions/${regionId}/process-model`, input),
  myWork: () => request<MyWork>('GET', '/api/v1/my-work'),
};
