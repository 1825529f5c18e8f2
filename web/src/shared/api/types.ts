// Aliases of the generated OpenAPI types (src/shared/api/schema.d.ts, from api/openapi.json).
import type { components, paths } from './schema';

type S = components['schemas'];
export type Me = S['Me'];
export type User = S['User'];
export type UserInput = S['UserInput'];
export type Role = S['Role'];
export type RoleAssignment = S['RoleAssignment'];
export type Language = S['Language'];
export type Organisation = S['Organisation'];
export type OrganisationInput = S['OrganisationInput'];
export type OrganisationKind = S['OrganisationKind'];
export type Worker = S['Worker'];
export type Client = S['Client'];
export type ClientInput = S['ClientInput'];
export type ClientSummary = S['ClientSummary'];
export type RepresentativeKind = S['RepresentativeKind'];
export type AuditEntry = S['AuditEntry'];
export type Problem = S['Problem'];
export type FieldError = S['FieldError'];
export type LoginInput = S['LoginInput'];
export type PasswordChange = S['PasswordChange'];

// The service process (issue #4).
export type Stage = S['Stage'];
export type CaseStatus = S['CaseStatus'];
export type ServiceTypeCode = S['ServiceTypeCode'];
export type ServiceType = S['ServiceType'];
export type PlanKind = S['PlanKind'];
export type LocalisedText = S['LocalisedText'];
export type Case = S['Case'];
export type CaseSummary = S['CaseSummary'];
export type CaseInput = S['CaseInput'];
export type ReferralInput = S['ReferralInput'];
export type AssessmentInput = S['AssessmentInput'];
export type PlanInput = S['PlanInput'];
export type EndInput = S['EndInput'];
export type FollowUpInput = S['FollowUpInput'];
export type ReferralSource = S['ReferralSource'];
export type AssessmentOutcome = S['AssessmentOutcome'];
export type EndReason = S['EndReason'];
export type FollowUpCategory = S['FollowUpCategory'];
export type MissingItem = S['MissingItem'];
export type TimelineEntry = S['TimelineEntry'];
export type Decision = S['Decision'];
export type DecisionInput = S['DecisionInput'];
export type DecisionStatus = S['DecisionStatus'];
export type DecisionSummary = S['DecisionSummary'];
export type Notice = S['Notice'];
export type NoticeInput = S['NoticeInput'];
export type NoticeKind = S['NoticeKind'];
export type ProcessModel = S['ProcessModel'];
export type ProcessModelInput = S['ProcessModelInput'];
export type ProcessStep = S['ProcessStep'];
export type MyWork = S['MyWork'];
export type DueItem = S['DueItem'];
export type DueKind = S['DueKind'];

type JsonOk<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : never
  : never;

export type OrganisationList = JsonOk<'/api/v1/organisations', 'get'>;
export type UserList = JsonOk<'/api/v1/users', 'get'>;
export type WorkerList = JsonOk<'/api/v1/workers', 'get'>;
export type ClientList = JsonOk<'/api/v1/clients', 'get'>;
export type AuditList = JsonOk<'/api/v1/clients/{id}/access-log', 'get'>;
export type ServiceTypeList = JsonOk<'/api/v1/service-types', 'get'>;
export type CaseList = JsonOk<'/api/v1/cases', 'get'>;
export type Timeline = JsonOk<'/api/v1/cases/{id}/timeline', 'get'>;
export type DecisionList = JsonOk<'/api/v1/cases/{id}/decisions', 'get'>;
export type NoticeList = JsonOk<'/api/v1/cases/{id}/notices', 'get'>;
export type ProcessModelList = JsonOk<'/api/v1/process-models', 'get'>;

export const ROLES: readonly Role[] = [
  'social_worker',
  'social_instructor',
  'coach',
  'placement_supervisor',
  'manager',
  'client',
  'admin',
];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['purchaser', 'provider', 'host'];
export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const REPRESENTATIVE_KINDS: readonly RepresentativeKind[] = ['', 'legal_representative', 'close_person'];

/** The stages in process order (the Stage enum of the API document). */
export const STAGES: readonly Stage[] = [
  'referral',
  'assessment',
  'plan',
  'start',
  'implementation',
  'end',
  'follow_up',
  'closed',
] satisfies readonly Stage[];
export const REFERRAL_SOURCES: readonly ReferralSource[] = [
  'employment_services',
  'social_services',
  'health_care',
  'multisectoral_service_typ',
  'client_self',
  'other',
];
export const ASSESSMENT_OUTCOMES: readonly AssessmentOutcome[] = ['service_needed', 'not_needed'];
export const PLAN_KINDS: readonly PlanKind[] = ['activation_plan', 'multisectoral_employment_plan', 'client_plan'];
export const END_REASONS: readonly EndReason[] = ['period_ended', 'purchaser_decision', 'client_request', 'interrupted'];
export const FOLLOW_UP_CATEGORIES: readonly FollowUpCategory[] = [
  'open_labour_market',
  'subsidised_work',
  'education',
  'employment_services',
  'rehabilitation',
  'new_period',
  'work_or_day_activity',
  'pension',
  'other',
  'none',
];
export const NOTICE_KINDS: readonly NoticeKind[] = ['shop_steward', 'employment_authority_start', 'employment_authority_interruption'];
/** Why a KTT period was interrupted, coded for the employment authority's notice and the reports. */
export type InterruptionCode = S['InterruptionCode'];
export const INTERRUPTION_CODES = [
  'employment',
  'education',
  'illness',
  'moved',
  'other_services',
  'did_not_come',
  'period_ended',
  'other',
] as const satisfies readonly InterruptionCode[];

/** The attendance statuses and the reasons of an absence with notice (the API's enums), in the order forms offer them. */
export type AttendanceStatus = S['Attendance']['status'];
export type AbsenceReason = NonNullable<S['Attendance']['absenceReason']>;
export const ATTENDANCE_STATUSES = ['present', 'absent_with_notice', 'absent_without_notice', 'place_closed'] as const satisfies readonly AttendanceStatus[];
export const ABSENCE_REASONS = ['illness', 'child_illness', 'employment', 'public_office', 'other'] as const satisfies readonly AbsenceReason[];
