// Revising a goal: its new text and how it will be seen to be reached, with the reason; the text before is kept
// by the server. What is typed stays when the server refuses it, with its message at each field.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { isStaleVersion } from '../../../shared/api/client';
import { ErrorNotice } from '../../../shared/common';
import { useServerErrors } from '../../../shared/forms';
import { useLeaveGuard } from '../../../shared/leaveGuard';
import { FieldErrorSummary } from '../../../shared/versionedForm';
import { goalKeys, goalsApi, type CaseGoals, type Goal } from './api';

export function ReviseGoal({ goal, idp, onDone }: { goal: Goal; idp: string; onDone: (revised: Goal | null) => void }) {
  const { t } = useTranslation('forms');
  const qc = useQueryClient();
  const [text, setText] = useState(goal.goal);
  const [measure, setMeasure] = useState(goal.measure);
  const [reason, setReason] = useState('');
  const errors = useServerErrors();
  const leave = useLeaveGuard(text !== goal.goal || measure !== goal.measure || reason !== '');
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const revise = useMutation({
    mutationFn: () => goalsApi.revise(goal.id, { goal: text.trim(), measure: measure.trim(), reason: reason.trim(), version: goal.version }),
    onSuccess: (g) => {
      leave.release();
      qc.setQueryData<CaseGoals>(goalKeys.ofCase(g.caseId), (old) => (old ? { ...old, items: old.items.map((x) => (x.id === g.id ? g : x)) } : old));
      void qc.invalidateQueries({ queryKey: goalKeys.ofCase(g.caseId) });
      onDone(g);
    },
    onError: (e) => {
      errors.take(e);
      // Revised meanwhile: the list shows the goal as it now is; what was typed here stays.
      if (isStaleVersion(e)) void qc.invalidateQueries({ queryKey: goalKeys.ofCase(goal.caseId) });
    },
  });
  const label = { goal: t('goals.goal'), measure: t('goals.measure'), reason: t('goals.reason') } as Record<string, string>;
  const items = Object.entries(errors.fieldErrors).map(([f, m]) => ({ text: `${label[f] ?? f}: ${m}`, inputId: `${idp}-${f in label ? f : 'submit'}` }));
  return (
    <form
      noValidate
      className="stack go-revise"
      id={`${idp}-form`}
      aria-label={t('goals.reviseHeading')}
      onSubmit={(e) => {
        e.preventDefault();
        errors.clear();
        if (!reason.trim()) {
          errors.refuse({ reason: t('translation:validation.required') });
          return;
        }
        revise.mutate();
      }}
    >
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id={`${idp}-errors`}
        heading={t('translation:validation.summaryHeading', { count: items.length })}
        headingRef={errors.summaryRef}
        headingVariant="h5"
        items={items}
      />
      <Textarea id={`${idp}-goal`} ref={first} labelText={t('goals.goal')} value={text} onChange={(e) => setText(e.target.value)} fullWidth {...errors.statusOf('goal')} />
      <Textarea id={`${idp}-measure`} labelText={t('goals.measure')} value={measure} onChange={(e) => setMeasure(e.target.value)} fullWidth {...errors.statusOf('measure')} />
      <Textarea
        id={`${idp}-reason`}
        labelText={t('goals.reason')}
        hintText={t('goals.reasonHint')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        fullWidth
        {...errors.statusOf('reason')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={revise.isPending}>
          {revise.isPending ? t('translation:common.saving') : t('goals.reviseSave')}
        </Button>
        <Button
          variant="secondaryNoBorder"
          id={`${idp}-cancel`}
          onClick={() => {
            leave.release();
            onDone(null);
          }}
        >
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
