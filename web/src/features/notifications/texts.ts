import type { TFunction } from 'i18next';
import { formatDate, formatHours } from '../../shared/format';

const KINDS = [
  'absence_without_notice',
  'guidance_falling_behind',
  'implementation_plan_completed',
  'meeting_invitation',
  'meeting_changed',
  'meeting_cancelled',
  'task_due',
] as const;

/**
 * i18next's context of a kind's text: a guidance window may lack hours (no context), only social guidance
 * (`social`) or both (`hours_social`); a due date's reminder names its task's kind.
 */
function contextOf(kind: string, params: Record<string, string>): string | undefined {
  // A due date's reminder says which task came due.
  if (kind === 'task_due') return params.taskKind;
  if (kind !== 'guidance_falling_behind' || params.socialMissing !== 'true') return undefined;
  return Number(params.missingMinutes ?? '0') > 0 ? 'hours_social' : 'social';
}

/** A notification's text by its kind; a kind this UI does not know yet gets a general text. */
export function notificationText(t: TFunction<'notifications'>, kind: string, params: Record<string, string>): string {
  if (!(KINDS as readonly string[]).includes(kind)) return t('kinds.other');
  return t(`kinds.${kind}`, {
    ...params,
    date: formatDate(params.date),
    windowEnd: formatDate(params.windowEnd),
    // 13.00 in Finnish and Swedish, 13:00 in English (its text uses `clock`).
    time: (params.time ?? '').replace(':', '.'),
    clock: params.time ?? '',
    missing: formatHours(Number(params.missingMinutes ?? '0')),
    context: contextOf(kind, params),
  });
}
