// Where each task leads and what its link says to do (pure, so that every kind has exactly one of each).
import { addDays } from '../../shared/calendar';
import type { Task } from './api';

/** The page where the task is done; null when the item lacks the id its kind needs. */
export function taskPath(task: Task): string | null {
  const { caseId, clientId } = task;
  switch (task.kind) {
    case 'decision_to_make':
      return caseId ? `/cases/${caseId}/decisions/new` : null;
    case 'service_order_to_answer':
      // The service orders page gives each order the id `order-{id}` and scrolls to the one in the hash.
      return task.serviceOrderId ? `/service-orders#order-${task.serviceOrderId}` : '/service-orders';
    case 'client_agreement_to_acknowledge':
      if (!task.clientAgreementId) return null;
      return `/client-agreements/${task.clientAgreementId}${task.party ? `#ack-${task.party}` : ''}`;
    case 'visit_outcome_to_record':
      // The outcome is recorded in the visit list of the client's page (the case page has no visits).
      return `/clients/${clientId}${task.visitId ? `#visit-${task.visitId}` : ''}`;
    case 'client_starting_at_place':
      return task.placeId ? `/places/${task.placeId}` : null;
    case 'case_without_own_worker':
      return `/clients/${clientId}#own-worker`;
    case 'case_start_date_reached':
      return caseId ? `/cases/${caseId}` : null;
    case 'absence_alert_to_handle':
      return caseId ? `/cases/${caseId}#attendance` : null;
    case 'guidance_falling_behind':
      return caseId && task.periodId ? `/cases/${caseId}#period-${task.periodId}-guidance` : null;
    case 'plan_update_due':
    case 'evaluation_due':
      return caseId ? `/cases/${caseId}#case-forms` : null;
    case 'placement_feedback_due':
      // The supervisor's feedback page lists each period with the id `feedback-period-{periodId}`.
      return task.periodId ? `/placement-feedback#feedback-period-${task.periodId}` : '/placement-feedback';
    case 'meeting_due':
      return caseId ? `/cases/${caseId}#meetings` : null;
    case 'implementation_plan_to_acknowledge':
      // The case's forms give each filled form the id `form-entry-{id}`.
      return caseId && task.formEntryId ? `/cases/${caseId}#form-entry-${task.formEntryId}` : null;
    case 'absence_notice_to_send':
      // The notices page gives each notice's heading the id `notice-{periodId}-until-{windowTo}`; the task names the
      // period, its purchaser and, as `since`, the day after its two weeks.
      return task.periodId
        ? `/compensation/notices${task.organisationId ? `?org=${task.organisationId}` : ''}#notice-${task.periodId}-until-${addDays(task.since, -1)}`
        : '/compensation/notices';
  }
}

/** A stable React key: one kind per record (and per party of a client agreement). */
export function taskKey(task: Task): string {
  const id =
    task.serviceOrderId ?? task.clientAgreementId ?? task.visitId ?? task.periodId ?? task.formEntryId ?? task.caseId ?? task.clientId;
  // `since` too: a period may have two notices to send, one for each two weeks.
  return [task.kind, id, task.party ?? '', task.placeId ?? '', task.since].join('-');
}
