// A filled form to read: a completed one is locked, and "Correct" asks why and begins a new draft with its answers;
// a draft the user may not fill is only read.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { useServerErrors } from '../../shared/forms';
import { ErrorNotice } from '../../shared/common';
import { answersOf, formsApi, type FormEntry, type FormVersion } from './api';
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
  const { t } = useTranslation('forms');
  const [asking, setAsking] = useState(false);
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
      {mayCorrect && !asking ? (
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
