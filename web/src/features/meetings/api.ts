// Meetings of a case (välipalaverit): the list with who may be invited, scheduling, changing, cancelling, recording.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { request } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type CaseMeetings = S['CaseMeetings'];
export type Meeting = S['Meeting'];
export type MeetingRole = S['MeetingRole'];
export type MeetingParticipant = S['MeetingParticipant'];
export type MeetingCandidate = S['MeetingCandidate'];
export type MeetingInput = S['MeetingInput'];
export type MeetingParticipantInput = S['MeetingParticipantInput'];
export type MeetingChange = S['MeetingChange'];
export type MeetingCancellation = S['MeetingCancellation'];
export type MeetingRecord = S['MeetingRecord'];

export const meetingKeys = {
  ofCase: (caseId: number) => ['meetings', caseId] as const,
};

export const meetingsApi = {
  ofCase: (caseId: number) => request<CaseMeetings>('GET', `/api/v1/cases/${caseId}/meetings`),
  schedule: (caseId: number, input: MeetingInput) => request<Meeting>('POST', `/api/v1/cases/${caseId}/meetings`, input),
  change: (id: number, input: MeetingChange) => request<Meeting>('PUT', `/api/v1/meetings/${id}`, input),
  cancel: (id: number, input: MeetingCancellation) => request<Meeting>('POST', `/api/v1/meetings/${id}/cancellation`, input),
  record: (id: number, input: MeetingRecord) => request<Meeting>('PUT', `/api/v1/meetings/${id}/record`, input),
};

export const useCaseMeetings = (caseId: number) =>
  useQuery({ queryKey: meetingKeys.ofCase(caseId), queryFn: () => meetingsApi.ofCase(caseId) });

/**
 * After a save: the meeting in the list at once, then the list read again (the next meeting due changes with it), and
 * the task lists (meeting_due), the notifications (an invitation to oneself) and the case's timeline.
 */
function useSaved(caseId: number) {
  const qc = useQueryClient();
  return (m: Meeting) => {
    qc.setQueryData<CaseMeetings>(meetingKeys.ofCase(caseId), (old) =>
      old
        ? { ...old, meetings: old.meetings.some((x) => x.id === m.id) ? old.meetings.map((x) => (x.id === m.id ? m : x)) : [m, ...old.meetings] }
        : old,
    );
    void qc.invalidateQueries({ queryKey: meetingKeys.ofCase(caseId) });
    void qc.invalidateQueries({ queryKey: ['tasks'] });
    void qc.invalidateQueries({ queryKey: ['notifications'] });
    void qc.invalidateQueries({ queryKey: ['timeline', caseId] });
  };
}

/** Reads the list again, e.g. after a stale version: the forms keep what was typed and save on the version read. */
export function useReloadMeetings(caseId: number) {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ queryKey: meetingKeys.ofCase(caseId) });
}

export function useScheduleMeeting(caseId: number) {
  const saved = useSaved(caseId);
  return useMutation({ mutationFn: (input: MeetingInput) => meetingsApi.schedule(caseId, input), onSuccess: saved });
}

export function useChangeMeeting(caseId: number) {
  const saved = useSaved(caseId);
  return useMutation({ mutationFn: ({ id, input }: { id: number; input: MeetingChange }) => meetingsApi.change(id, input), onSuccess: saved });
}

export function useCancelMeeting(caseId: number) {
  const saved = useSaved(caseId);
  return useMutation({ mutationFn: ({ id, input }: { id: number; input: MeetingCancellation }) => meetingsApi.cancel(id, input), onSuccess: saved });
}

export function useRecordMeeting(caseId: number) {
  const saved = useSaved(caseId);
  return useMutation({ mutationFn: ({ id, input }: { id: number; input: MeetingRecord }) => meetingsApi.record(id, input), onSuccess: saved });
}
