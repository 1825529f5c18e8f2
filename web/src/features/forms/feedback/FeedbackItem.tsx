// One period on the placement feedback page: the client, the place and the dates, the feedback's state, and the one
// action it waits for (begin it, go on with it, read it), opening the form under the period.
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Button, Heading } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import { ErrorNotice } from '../../../shared/common';
import { formatDate } from '../../../shared/format';
import { formsApi, type FormEntry, type PlacementFeedbackPeriod } from '../api';
import { OpenEntry } from '../OpenEntry';

/** The kind of form the place's staff fill (forms/shipped/placement_feedback.json, or the purchaser's own version). */
export const PLACEMENT_FEEDBACK = 'placement_feedback';

/** The period's element id, which a task's link names (tasks/links.ts); its parts' ids begin with it. */
export const feedbackId = (p: PlacementFeedbackPeriod) => `feedback-period-${p.periodId}`;

type State = 'none' | 'draft' | 'completed';

export function FeedbackItem({
  period: p,
  open,
  onToggle,
  onBegun,
  onSaved,
}: {
  period: PlacementFeedbackPeriod;
  open: boolean;
  onToggle: () => void;
  onBegun: (e: FormEntry) => void;
  onSaved: (e: FormEntry) => void;
}) {
  const { t } = useTranslation('forms');
  const idp = feedbackId(p);
  const state: State = p.feedback?.state ?? 'none';
  const begin = useMutation({ mutationFn: () => formsApi.begin(p.caseId, PLACEMENT_FEEDBACK), onSuccess: onBegun });
  return (
    <li className="fo-item pf-item" id={idp} data-state={state}>
      <Heading variant="h3" mb="xs" id={`${idp}-title`} tabIndex={-1}>
        {p.clientName}
      </Heading>
      <ul className="pl-plain-list fo-meta pf-facts">
        <li id={`${idp}-place`}>{p.placeName}</li>
        <li id={`${idp}-dates`}>{t('feedback.dates', { start: formatDate(p.startDate), end: formatDate(p.endDate) })}</li>
        <li>
          <span className={`badge ${state === 'completed' ? 'badge--ok' : state === 'none' ? 'badge--warn' : ''}`} id={`${idp}-state`}>
            {t(`feedback.state.${state}`)}
          </span>
        </li>
      </ul>
      {begin.isError ? <ErrorNotice error={begin.error} heading={t('feedback.beginFailed')} /> : null}
      {p.feedback ? (
        <Button variant="secondary" id={`${idp}-open`} aria-expanded={open} aria-describedby={`${idp}-title`} onClick={onToggle}>
          {open ? t('list.close') : t(state === 'draft' ? 'feedback.continue' : 'feedback.read')}
        </Button>
      ) : (
        <Button
          id={`${idp}-begin`}
          icon={<IconPlus />}
          aria-describedby={`${idp}-title`}
          disabled={begin.isPending}
          onClick={() => begin.mutate()}
        >
          {begin.isPending ? t('translation:common.saving') : t('feedback.begin')}
        </Button>
      )}
      {open && p.feedback ? (
        <OpenEntry entryId={p.feedback.id} idp={idp} mayCorrect={false} onSaved={onSaved} onCorrected={() => {}} />
      ) : null}
    </li>
  );
}
