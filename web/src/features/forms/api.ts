// Forms (lomakkeet) of a case: the forms the purchaser uses, a version's definition, the case's filled forms and
// their calls, the periods whose placement feedback a place's staff give, with the query keys.
import { request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type FormDefinition = S['FormDefinition'];
export type FormField = S['FormField'];
export type FormSection = S['FormSection'];
export type FormOption = S['FormOption'];
export type FormTexts = S['FormTexts'];
export type FormVersion = S['FormVersion'];
export type FormEntry = S['FormEntry'];
/** A period at a place of the caller's whose placement feedback they give, with the feedback begun (or null). */
export type PlacementFeedbackPeriod = S['PlacementFeedbackPeriod'];
type FormEntryInput = S['FormEntryInput'];
type FormEntrySave = S['FormEntrySave'];
type FormEntryCompletion = S['FormEntryCompletion'];
type FormEntryCorrection = S['FormEntryCorrection'];

/**
 * A filled form's answers by field key, as the server keeps them: a string, a list of choices, a number, a boolean,
 * or a repeating group's entries as objects (the schema leaves the object's values open).
 */
export type Answers = Record<string, unknown>;

/** The answers of an entry read alone (an entry of the list has none). */
export const answersOf = (e: FormEntry | null | undefined): Answers => (e?.answers ?? {}) as Answers;

export const formKeys = {
  inUse: (organisationId: number) => ['forms-in-use', organisationId] as const,
  history: (organisationId: number, kind: string) => ['form-history', organisationId, kind] as const,
  version: (id: number) => ['form-version', id] as const,
  ofCase: (caseId: number) => ['case-forms', caseId] as const,
  /** [cacheKey, id] of the shared versioned form (useVersionedForm's cacheKey 'form-entry'). */
  entry: (id: number) => ['form-entry', id] as const,
  placementFeedback: ['placement-feedback'] as const,
};

export const formsApi = {
  inUse: (organisationId: number) => request<Items<FormVersion>>('GET', `/api/v1/organisations/${organisationId}/forms`),
  version: (id: number) => request<FormVersion>('GET', `/api/v1/form-versions/${id}`),
  /** A kind's versions, the organisation's own newest first, then the shipped. */
  history: (organisationId: number, kind: string) =>
    request<Items<FormVersion>>('GET', `/api/v1/organisations/${organisationId}/forms/${encodeURIComponent(kind)}/versions`),
  /** A new version of the organisation's form (its manager's); the server names each refused path. */
  // basedOnVersionId: the version the editor began from; the server refuses it as stale when another came since.
  publish: (organisationId: number, definition: FormDefinition, basedOnVersionId: number) =>
    request<FormVersion>('POST', `/api/v1/organisations/${organisationId}/forms`, {
      definition,
      basedOnVersionId,
    } satisfies S['FormPublication']),
  ofCase: (caseId: number) => request<Items<FormEntry>>('GET', `/api/v1/cases/${caseId}/forms`),
  /** For a place's staff: its periods under way or ended in the last 60 days, by their end, with their feedback. */
  placementFeedback: () => request<Items<PlacementFeedbackPeriod>>('GET', '/api/v1/placement-feedback'),
  begin: (caseId: number, kind: string) =>
    request<FormEntry>('POST', `/api/v1/cases/${caseId}/forms`, { kind } satisfies FormEntryInput),
  entry: (id: number) => request<FormEntry>('GET', `/api/v1/form-entries/${id}`),
  // `version` is the entry's as read: a save made meanwhile answers 409 stale_version.
  save: (id: number, answers: Answers, version: number) =>
    request<FormEntry>('PUT', `/api/v1/form-entries/${id}`, {
      answers: answers as FormEntrySave['answers'],
      version,
    } satisfies FormEntrySave),
  complete: (id: number, version: number) =>
    request<FormEntry>('POST', `/api/v1/form-entries/${id}/completion`, { version } satisfies FormEntryCompletion),
  correct: (id: number, reason: string) =>
    request<FormEntry>('POST', `/api/v1/form-entries/${id}/corrections`, { reason } satisfies FormEntryCorrection),
  acknowledge: (id: number, version: number) =>
    request<FormEntry>('POST', `/api/v1/form-entries/${id}/acknowledgement`, { version }),
  /** The form as a PDF to print, in the UI's language: a plain link, so the browser downloads it. */
  pdfUrl: (id: number, lang: string) => `/api/v1/form-entries/${id}/pdf?lang=${lang === 'sv' || lang === 'en' ? lang : 'fi'}`,
};
