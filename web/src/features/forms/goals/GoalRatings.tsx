// An evaluation's ratings of the case's goals (seed 003: which goals were reached): while the evaluation is a draft,
// each goal is rated on the goal scale with a note and saved on its own; once completed, its ratings are read.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { ErrorNotice, Loading } from '../../../shared/common';
import { useServerErrors } from '../../../shared/forms';
import { useLeaveGuard } from '../../../shared/leaveGuard';
import { goalKeys, goalsApi, type CaseGoals, type Goal } from './api';
import { usePendingRating } from './pendingRatings';

const MAX_NOTE = 500;

export function GoalRatings({ caseId, entryId, editable, idp }: { caseId: number; entryId: number; editable: boolean; idp: string }) {
  const { t } = useTranslation('forms');
  const q = useQuery({ queryKey: goalKeys.ofCase(caseId), queryFn: () => goalsApi.ofCase(caseId) });
  if (q.isError) return <ErrorNotice error={q.error} />;
  if (!q.data) return <Loading text={t('translation:common.loading')} />;
  const { items, scaleSteps, mayWrite } = q.data;
  return (
    <section className="stack go-rate" id={`${idp}-goals`} aria-labelledby={`${idp}-goals-title`}>
      <Heading variant="h4" id={`${idp}-goals-title`}>
        {t('goals.rateHeading')}
      </Heading>
      {items.length === 0 ? (
        <p id={`${idp}-goals-none`}>{t('goals.none')}</p>
      ) : (
        <>
          <p className="muted">{t('goals.scale', { steps: scaleSteps })}</p>
          <ol className="go-list">
            {items.map((g, i) => (
              <li key={g.id}>
                {editable && mayWrite ? (
                  <RateGoal goal={g} n={i + 1} entryId={entryId} steps={scaleSteps} idp={`${idp}-goal-${g.id}`} />
                ) : (
                  <RatedGoal goal={g} n={i + 1} entryId={entryId} steps={scaleSteps} idp={`${idp}-goal-${g.id}`} />
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function GoalFacts({ goal, n }: { goal: Goal; n: number }) {
  const { t } = useTranslation('forms');
  return (
    <dl className="go-facts">
      <dt>{t('goals.goalN', { n })}</dt>
      <dd>{goal.goal}</dd>
      <dt>{t('goals.measure')}</dt>
      <dd>{goal.measure}</dd>
    </dl>
  );
}

function RatedGoal({ goal, n, entryId, steps, idp }: { goal: Goal; n: number; entryId: number; steps: number; idp: string }) {
  const { t } = useTranslation('forms');
  const r = goal.ratings.find((x) => x.entryId === entryId);
  return (
    <div id={idp}>
      <GoalFacts goal={goal} n={n} />
      <p id={`${idp}-rating`}>
        {r ? `${t('goals.rating')}: ${t('goals.ratingOf', { rating: r.rating, steps })} – ${stepLabel(t, r.rating, steps)}` : t('goals.notRatedHere')}
      </p>
      {r?.note ? <p id={`${idp}-note`}>{`${t('goals.note')}: ${r.note}`}</p> : null}
    </div>
  );
}

function stepLabel(t: TFunction<'forms'>, step: number, steps: number): string {
  return steps === 5 ? t(`goals.step.${step}`) : String(step);
}

function RateGoal({ goal, n, entryId, steps, idp }: { goal: Goal; n: number; entryId: number; steps: number; idp: string }) {
  const { t } = useTranslation('forms');
  const qc = useQueryClient();
  const given = goal.ratings.find((x) => x.entryId === entryId);
  const [rating, setRating] = useState<string>(given ? String(given.rating) : '');
  const [note, setNote] = useState(given?.note ?? '');
  const [saved, setSaved] = useState(false);
  const errors = useServerErrors();
  const dirty = rating !== (given ? String(given.rating) : '') || note !== (given?.note ?? '');
  const leave = useLeaveGuard(dirty);
  // What is typed is checked here first, each message at its input (the first one focused).
  const checked = (): boolean => {
    errors.clear();
    setSaved(false);
    const found: Record<string, string> = {};
    if (!rating) found.rating = t('goals.ratingRequired');
    if (note.length > MAX_NOTE) found.note = t('goals.noteTooLong', { max: MAX_NOTE });
    if (!Object.keys(found).length) return true;
    errors.refuse(found);
    document.getElementById(found.rating ? `${idp}-rating-1` : `${idp}-note`)?.focus();
    return false;
  };
  const save = useMutation({
    mutationFn: () => goalsApi.rate(goal.id, entryId, { rating: Number(rating), note: note.trim() }),
    onSuccess: (g) => {
      leave.release();
      setSaved(true);
      qc.setQueryData<CaseGoals>(goalKeys.ofCase(g.caseId), (old) => (old ? { ...old, items: old.items.map((x) => (x.id === g.id ? g : x)) } : old));
    },
    onError: (e) => errors.take(e),
  });
  // Unsaved, it is saved with the evaluation's own save or completion.
  usePendingRating(
    goal.id,
    dirty
      ? async () => {
          if (!checked()) return false;
          try {
            await save.mutateAsync();
            return true;
          } catch {
            return false;
          }
        }
      : null,
  );
  return (
    <form
      noValidate
      id={idp}
      className="stack"
      aria-label={t('goals.rateGoal', { n })}
      onSubmit={(e) => {
        e.preventDefault();
        if (checked()) save.mutate();
      }}
    >
      <GoalFacts goal={goal} n={n} />
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <RadioButtonGroup
        id={`${idp}-rating`}
        name={`${idp}-rating`}
        labelText={t('goals.rateGoal', { n })}
        value={rating}
        onChange={(v) => {
          setRating(v);
          setSaved(false);
        }}
        groupStatus={errors.fieldErrors.rating ? 'error' : 'default'}
        groupStatusText={errors.fieldErrors.rating}
      >
        {Array.from({ length: steps }, (_, i) => i + 1).map((s) => (
          <RadioButton key={s} value={String(s)} id={`${idp}-rating-${s}`}>
            {`${s} – ${stepLabel(t, s, steps)}`}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Textarea
        id={`${idp}-note`}
        labelText={t('goals.note')}
        optionalText={t('translation:common.optional')}
        value={note}
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
        }}
        fullWidth
        {...errors.statusOf('note')}
      />
      <div className="form-actions">
        <Button type="submit" variant="secondary" id={`${idp}-save`} disabled={save.isPending}>
          {save.isPending ? t('translation:common.saving') : t('goals.rateSave')}
        </Button>
        <span role="status" aria-live="polite" className="saved-text" id={`${idp}-saved`}>
          {saved && !dirty ? t('goals.rateSaved') : ''}
        </span>
      </div>
    </form>
  );
}
