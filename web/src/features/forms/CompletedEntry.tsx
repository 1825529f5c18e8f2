// A filled form to read: a completed one is locked, and "Correct" asks why and begins a new draft with its answers;
// a draft the user may not fill is only read.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { useServerErrors } from '../../shared/forms';
import { ErrorNotice } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import { answersOf, formKeys, formsApi, type FormEntry, type FormVersion } from './api';
import { AnswersView } from './AnswersView';

export function CompletedEntry({
  entry,
  form,
  idp,
  mayCorrect,
  onCorrected,
}: {
  entry: FormEntry;
  form: FormVersion & { definition: NonNullable<FormVersion['definition']> };
  idp: string;
  mayCorrect: boolean;
  onCorrected: (draft: FormEntry) => void;
}) {
  const { t, i18n } = useTranslation('forms');
  const qc = useQueryClient();
  const [asking, setAsking] = useState(false);
  // The client's own worker acknowledges a delivered implementation plan (seed 003).
  const acknowledge = useMutation({
    mutationFn: () => formsApi.acknowledge(entry.id, entry.version),
    onSuccess: (saved) => {
      qc.setQueryData(formKeys.entry(saved.id), saved);
      void qc.invalidateQueries({ queryKey: formKeys.ofCase(saved.caseId) });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
    },
  });
  const [reason, setReason] = useState('');
  const errors = useServerErrors();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const correct = useMutation({
    mutationFn: () => formsApi.correct(entry.id, reason.trim()),
    onSuccess: (draft) => {
      setAsking(false);
      setReason('');
      onCorrected(draft);
    },
    onError: (e) => {
      if (errors.take(e)) reasonRef.current?.focus();
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    errors.clear();
    if (!reason.trim()) {
      errors.setFieldErrors({ reason: t('translation:validation.required') });
      reasonRef.current?.focus();
      return;
    }
    correct.mutate();
  };
  return (
    <div className="stack">
      <p className="muted">{t(entry.state === 'completed' ? 'entry.locked' : 'entry.readOnly')}</p>
      <AnswersView definition={form.definition} answers={answersOf(entry)} idp={idp} />
      {entry.acknowledgedAt ? (
        <p id={`${idp}-acknowledged`}>{t('acknowledge.done', { who: entry.acknowledgedBy ?? '', at: formatDateTime(entry.acknowledgedAt) })}</p>
      ) : null}
      {acknowledge.isError ? <ErrorNotice error={acknowledge.error} /> : null}
      <div className="form-actions">
        {entry.mayAcknowledge ? (
          <Button id={`${idp}-acknowledge`} disabled={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
            {acknowledge.isPending ? t('translation:common.saving') : t('acknowledge.button')}
          </Button>
        ) : null}
        {entry.state === 'completed' ? (
          <a className="fo-pdf" id={`${idp}-pdf`} href={formsApi.pdfUrl(entry.id, i18n.language)}>
            {t('entry.pdf')}
          </a>
        ) : null}
      </div>
      {mayCorrect && entry.mayCorrect && !asking ? (
        <div className="form-actions">
          <Button variant="secondary" id={`${idp}-correct`} onClick={() => setAsking(true)}>
            {t('correct.open')}
          </Button>
        </div>
      ) : null}
      {asking ? (
        <form onSubmit={submit} noValidate id={`${idp}-correct-form`} className="stack fo-subform" aria-label={t('correct.heading')}>
          {errors.other ? <ErrorNotice error={errors.other} /> : null}
          <Textarea
            id={`${idp}-correct-reason`}
            ref={reasonRef}
            labelText={t('correct.reason')}
            hintText={t('correct.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            fullWidth
            {...errors.statusOf('reason')}
          />
          <div className="form-actions">
            <Button type="submit" id={`${idp}-correct-submit`} disabled={correct.isPending}>
              {correct.isPending ? t('translation:common.saving') : t('correct.start')}
            </Button>
            <Button variant="secondary" id={`${idp}-correct-cancel`} onClick={() => setAsking(false)}>
              {t('translation:common.cancel')}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
