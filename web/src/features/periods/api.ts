// Periods (jaksot) of a case, their attendance and the absence alerts: the API calls and their query keys.
import { queryString as query, request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Period = S['Period'];
type Booking = S['Booking'];
export type PeriodDraft = S['PeriodDraft'];
export type PeriodPreview = S['PeriodPreview'];
export type PeriodLimits = S['PeriodLimits'];
export type ScheduleStep = S['ScheduleStep'];
export type ScheduleDay = S['ScheduleDay'];
export type ScheduleStepInput = S['ScheduleStepInput'];
export type DayMoveInput = S['DayMoveInput'];
export type PeriodBreak = S['PeriodBreak'];
export type PeriodBreakInput = S['PeriodBreakInput'];
export type PeriodBreakEnd = S['PeriodBreakEnd'];
export type PeriodAttendance = S['PeriodAttendance'];
export type AttendanceRecord = S['AttendanceWithChanges'];
export type AttendanceChange = AttendanceRecord['changes'][number];
export type AttendanceMark = S['AttendanceMark'];
export type Attendance = S['Attendance'];
export type AbsenceAlert = S['AbsenceAlert'];
export type AbsenceAlertHandling = S['AbsenceAlertHandling'];
export type CertificateInput = S['CertificateInput'];
export type IssuedDocument = S['IssuedDocument'];
export type Holiday = { date: string; key: string };

export const periodKeys = {
  ofCase: (caseId: number) => ['periods', caseId] as const,
  preview: (caseId: number, draft: PeriodDraft) => ['period-preview', caseId, draft] as const,
  attendance: (periodId: number, from: string, to: string) => ['period-attendance', periodId, from, to] as const,
  holidays: (year: number) => ['public-holidays', year] as const,
  alerts: ['absence-alerts'] as const,
};

export const periodsApi = {
  listOfCase: (caseId: number) => request<Items<Period>>('GET', `/api/v1/cases/${caseId}/periods`),
  // The bookings a new period may stand on: the case's, or the client's without a case (the coach reads these too).
  bookingsFor: (caseId: number) => request<Items<Booking>>('GET', `/api/v1/cases/${caseId}/period-bookings`),
  preview: (caseId: number, draft: PeriodDraft) =>
    request<PeriodPreview>('POST', `/api/v1/cases/${caseId}/periods/preview`, draft),
  create: (caseId: number, draft: PeriodDraft) => request<Period>('POST', `/api/v1/cases/${caseId}/periods`, draft),
  // `version` is the period's as read: a change made meanwhile answers 409 stale_version.
  addStep: (periodId: number, input: ScheduleStepInput) =>
    request<Period>('POST', `/api/v1/periods/${periodId}/steps`, input),
  moveDay: (periodId: number, input: DayMoveInput) =>
    request<Period>('POST', `/api/v1/periods/${periodId}/day-moves`, input),
  addBreak: (periodId: number, input: PeriodBreakInput) =>
    request<Period>('POST', `/api/v1/periods/${periodId}/breaks`, input),
  endBreak: (periodId: number, breakId: number, input: PeriodBreakEnd) =>
    request<Period>('POST', `/api/v1/periods/${periodId}/breaks/${breakId}/end`, input),
  attendance: (periodId: number, from: string, to: string) =>
    request<PeriodAttendance>('GET', `/api/v1/periods/${periodId}/attendance${query({ from, to })}`),
  mark: (periodId: number, day: string, mark: AttendanceMark) =>
    request<Attendance>('PUT', `/api/v1/periods/${periodId}/attendance/${day}`, mark),
  holidays: (year: number) => request<Items<Holiday>>('GET', `/api/v1/public-holidays${query({ year })}`),
  // Issued anew each time and kept on the case's documents; the bytes from GET /api/v1/documents/{id}.
  issueCertificate: (periodId: number, input: CertificateInput) =>
    request<IssuedDocument>('POST', `/api/v1/periods/${periodId}/certificates`, input),
  documentUrl: (documentId: number) => `/api/v1/documents/${documentId}`,
  alerts: () => request<Items<AbsenceAlert>>('GET', '/api/v1/absence-alerts'),
  handleAlert: (id: number, handling: AbsenceAlertHandling) =>
    request<AbsenceAlert>('POST', `/api/v1/absence-alerts/${id}/handled`, handling),
};
