import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import { ErrorNotice, Loading, PageTitle } from '../../../shared/common';
import { todayIso } from '../../../shared/format';
import { useHashTarget } from '../../../shared/hashTarget';
import { formKeys, formsApi, type FormEntry, type PlacementFeedbackPeriod } from '../api';
import { FeedbackItem, feedbackId } from './FeedbackItem';
import '../forms.css';
import '../texts';
import './feedback.css';

type Periods = { items: PlacementFeedbackPeriod[] };

/**
 * "Palaute asiakkaiden työskentelystä": for the staff of a host's places (its managers and placement supervisors), the
 * periods at their places under way or ended in the last 60 days, each with its placement feedback to begin, go on
 * with or read and print. The form is the purchaser's placement feedback, filled by the case's forms' own renderer
 * (OpenEntry); a task's link lands on its period (`#feedback-period-{periodId}`).
 */
export default function PlacementFeedbackPage() {
  const { t } = useTranslation('forms');
  const qc = useQueryClient();
  const list = useQuery({ queryKey: formKeys.placementFeedback, queryFn: formsApi.placementFeedback });
  useHashTarget(list.isSuccess);
  const [openId, setOpenId] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  useEffect(() => {
    const el = focusId ? document.getElementById(focusId) : null;
    if (!el) return;
    el.focus();
    setFocusId(null);
  }, [focusId, list.data]);

  /** The period's feedback as the server now has it, in the list at once (the list is read again behind it). */
  const keep = (p: PlacementFeedbackPeriod, e: FormEntry) => {
    qc.setQueryData<Periods>(formKeys.placementFeedback, (old) =>
      old
        ? {
            ...old,
            items: old.items.map((x) =>
              x.periodId === p.periodId ? { ...x, feedback: { id: e.id, state: e.state, version: e.version } } : x,
            ),
          }
        : old,
    );
    void qc.invalidateQueries({ queryKey: formKeys.placementFeedback });
    void qc.invalidateQueries({ queryKey: ['tasks'] });
  };
  const begun = (p: PlacementFeedbackPeriod, e: FormEntry) => {
    qc.setQueryData(formKeys.entry(e.id), e);
    keep(p, e);
    setOpenId(p.periodId);
    setStatus(t('feedback.begun', { client: p.clientName }));
    setFocusId(`${feedbackId(p)}-title`);
  };
  const saved = (p: PlacementFeedbackPeriod, e: FormEntry) => {
    keep(p, e);
    if (e.state !== 'completed') return;
    // The form's buttons are gone with the draft: the focus goes to the period, the status says what happened.
    setStatus(t('feedback.completed', { client: p.clientName }));
    setFocusId(`${feedbackId(p)}-title`);
  };

  const today = todayIso();
  const items = list.data?.items ?? [];
  const running = items.filter((p) => p.endDate >= today);
  const ended = items.filter((p) => p.endDate < today);
  const group = (key: 'running' | 'ended', periods: PlacementFeedbackPeriod[]) =>
    periods.length ? (
      <section className="panel" id={`feedback-${key}`} aria-labelledby={`feedback-${key}-heading`}>
        <Heading variant="h2" id={`feedback-${key}-heading`} mb="s">
          {t(`feedback.${key}`)}
        </Heading>
        <ul className="pl-plain-list fo-list" id={`feedback-${key}-list`}>
          {periods.map((p) => (
            <FeedbackItem
              key={p.periodId}
              period={p}
              open={openId === p.periodId}
              onToggle={() => {
                setStatus('');
                setOpenId((o) => (o === p.periodId ? null : p.periodId));
              }}
              onBegun={(e) => begun(p, e)}
              onSaved={(e) => saved(p, e)}
            />
          ))}
        </ul>
      </section>
    ) : null;

  return (
    <div className="pf-page">
      <PageTitle title={t('feedback.title')}>{t('feedback.title')}</PageTitle>
      <Paragraph mb="m">{t('feedback.intro')}</Paragraph>
      {/* Always there, so that a message put in it is read out. */}
      <p role="status" aria-live="polite" className="saved-text" id="feedback-status">
        {status}
      </p>
      {list.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess && items.length === 0 ? <Paragraph id="no-feedback-periods">{t('feedback.none')}</Paragraph> : null}
      {group('running', running)}
      {group('ended', ended)}
    </div>
  );
}
