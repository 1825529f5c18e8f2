import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { IconEdit } from 'suomifi-icons';
import { ApiError } from '../../../shared/api/client';
import type { Case } from '../../../shared/api/types';
import { ErrorNotice, Loading } from '../../../shared/common';
import { formatDateTime, formatInstantDate } from '../../../shared/format';
import { goalKeys, goalsApi, type Goal } from './api';
import { GoalChart } from './GoalChart';
import { ReviseGoal } from './ReviseGoal';
import '../texts';
import './goals.css';

/** Goals the user may not read (404 or 403) hide the section, as the forms' own section does. */
const hidden = (e: unknown) => e instanceof ApiError && (e.status === 404 || e.status === 403);

/**
 * The case page's "Tavoitteet ja niiden eteneminen": each goal of the case with how it will be seen to be reached,
 * its revisions (the reason and the text before) and its ratings by the evaluations over time, as a chart and a
 * table; those who fill the plans (the server's mayWrite) revise a goal with a reason.
 */
export default function CaseGoalsSection({ c }: { c: Case }) {
  const { t } = useTranslation('forms');
  const q = useQuery({ queryKey: goalKeys.ofCase(c.id), queryFn: () => goalsApi.ofCase(c.id) });
  const [revising, setRevising] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [focus, setFocus] = useState<string | null>(null);
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus)?.focus();
    setFocus(null);
  }, [focus, q.data]);
  if (q.isError && hidden(q.error)) return null;
  const goals = q.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="case-goals-heading" id="case-goals">
      <Heading variant="h2" id="case-goals-heading" mb="s">
        {t('goals.heading')}
      </Heading>
      {q.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {q.isError ? <ErrorNotice error={q.error} /> : null}
      {q.isSuccess && goals.length === 0 ? <Paragraph id="no-case-goals">{t('goals.none')}</Paragraph> : null}
      {goals.length ? (
        <ol className="pl-plain-list go-list" id="case-goal-list">
          {goals.map((g, i) => (
            <GoalItem
              key={g.id}
              g={g}
              n={i + 1}
              steps={q.data?.scaleSteps ?? 5}
              mayRevise={q.data?.mayWrite === true}
              revising={revising === g.id}
              onRevise={() => {
                setStatus('');
                setRevising(g.id);
              }}
              onDone={(revised) => {
                setRevising(null);
                setStatus(revised ? t('goals.revised') : '');
                setFocus(revised ? `goal-${g.id}-heading` : `goal-${g.id}-revise`);
              }}
            />
          ))}
        </ol>
      ) : null}
      <p role="status" aria-live="polite" className="saved-text" id="case-goals-status">
        {status}
      </p>
    </section>
  );
}

function GoalItem({
  g,
  n,
  steps,
  mayRevise,
  revising,
  onRevise,
  onDone,
}: {
  g: Goal;
  n: number;
  steps: number;
  mayRevise: boolean;
  revising: boolean;
  onRevise: () => void;
  onDone: (revised: Goal | null) => void;
}) {
  const { t } = useTranslation('forms');
  const idp = `goal-${g.id}`;
  return (
    <li className="go-item" id={idp}>
      <Heading variant="h3" id={`${idp}-heading`} tabIndex={-1} mb="xs">
        {t('goals.goalN', { n })}
      </Heading>
      <dl className="go-facts">
        <dt>{t('goals.goal')}</dt>
        <dd id={`${idp}-text`}>{g.goal}</dd>
        <dt>{t('goals.measure')}</dt>
        <dd id={`${idp}-measure`}>{g.measure}</dd>
        <dt>{t('goals.set')}</dt>
        <dd>{t('goals.setBy', { who: g.createdBy, at: formatInstantDate(g.createdAt) })}</dd>
      </dl>
      <Heading variant="h4" mb="xs" id={`${idp}-progress-heading`}>
        {t('goals.progress')}
      </Heading>
      {g.ratings.length ? (
        <div className="go-progress">
          <GoalChart ratings={g.ratings} steps={steps} id={`${idp}-chart`} />
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('goals.ratingsCaption', { n })}>
            <table className="data-table" id={`${idp}-ratings`}>
              <caption className="visually-hidden">{t('goals.ratingsCaption', { n })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('goals.date')}</th>
                  <th scope="col">{t('goals.rating')}</th>
                  <th scope="col">{t('goals.evaluation')}</th>
                  <th scope="col">{t('goals.note')}</th>
                </tr>
              </thead>
              <tbody>
                {g.ratings.map((r) => (
                  <tr key={r.entryId}>
                    <th scope="row">{formatInstantDate(r.ratedAt)}</th>
                    <td>{t('goals.ratingOf', { rating: r.rating, steps })}</td>
                    <td>{t(`goals.kind.${r.entryKind}`)}</td>
                    <td className="go-note">{r.note || '–'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Paragraph className="muted">{t('goals.scale', { steps })}</Paragraph>
        </div>
      ) : (
        <Paragraph id={`${idp}-no-ratings`}>{t('goals.noRatings')}</Paragraph>
      )}
      {g.revisions.length ? (
        <>
          <Heading variant="h4" mb="xs">
            {t('goals.revisions')}
          </Heading>
          <ol className="pl-plain-list go-revisions" id={`${idp}-revisions`}>
            {g.revisions.map((r, i) => (
              <li key={i}>
                <p className="go-rev-meta">{t('goals.revisedBy', { who: r.revisedBy, at: formatDateTime(r.revisedAt) })}</p>
                <dl className="go-facts">
                  <dt>{t('goals.reason')}</dt>
                  <dd>{r.reason}</dd>
                  <dt>{t('goals.goalBefore')}</dt>
                  <dd>{r.goalBefore}</dd>
                  <dt>{t('goals.measureBefore')}</dt>
                  <dd>{r.measureBefore}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {mayRevise && !revising ? (
        <Button variant="secondary" icon={<IconEdit />} id={`${idp}-revise`} aria-describedby={`${idp}-heading`} onClick={onRevise}>
          {t('goals.revise')}
        </Button>
      ) : null}
      {revising ? <ReviseGoal goal={g} idp={`${idp}-revision`} onDone={onDone} /> : null}
    </li>
  );
}
