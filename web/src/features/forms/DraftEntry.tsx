// A draft to fill: the renderer under the shared versioned form (a draft kept locally, 409 keep mine / use saved,
// the server's messages at their fields), saved as it is or completed.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from 'suomifi-ui-components';
import { useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { answersOf, formsApi, type FormEntry, type FormVersion } from './api';
import { fieldsOf, localErrors, toAnswers, toValues, type Values } from './answers';
import { FormRenderer, formSummary } from './FormRenderer';

type Intent = 'save' | 'complete';

export function DraftEntry({
  entry,
  form: version,
  idp,
  mayCorrect,
  beforeSave,
  onSaved,
}: {
  entry: FormEntry;
  form: FormVersion & { definition: NonNullable<FormVersion['definition']> };
  idp: string;
  /** Whether the user may correct it once completed (place staff may not): the hint says so or not. */
  mayCorrect: boolean;
  /** Saves what goes with the form first (an evaluation's ratings); false stops the save, its messages shown there. */
  beforeSave?: () => Promise<boolean>;
  /** After a save (the entry still a draft) or a completion. */
  onSaved: (entry: FormEntry) => void;
}) {
  const { t, i18n } = useTranslation('forms');
  const fields = fieldsOf(version.definition);
  const intent = useRef<Intent>('save');
  // Whether a completion's save of the answers went through before the completion was refused.
  const savedFirst = useRef(false);
  const [saved, setSaved] = useState<Intent | null>(null);
  const form = useVersionedForm<FormEntry, Values>({
    original: entry,
    cacheKey: 'form-entry',
    listKey: 'case-forms',
    draft: 'form-entry',
    load: formsApi.entry,
    toState: (e: FormEntry | null): Values => toValues(fields, answersOf(e)),
    save: async (v): Promise<FormEntry> => {
      savedFirst.current = false;
      const at = v ?? entry.version;
      const answers = toAnswers(fields, form.state);
      if (intent.current === 'save') return formsApi.save(entry.id, answers, at);
      // The server completes the answers saved: what is typed goes first.
      const kept = form.dirty ? await formsApi.save(entry.id, answers, at) : null;
      savedFirst.current = kept !== null;
      return formsApi.complete(entry.id, kept?.version ?? at);
    },
    check: (): Record<string, string> =>
      localErrors(fields, form.state, {
        date: t('translation:validation.date'),
        number: t('field.number'),
      }),
    afterError: (): void => {
      // A refused completion after the save: the saved version is the one to go on from (nothing typed is lost).
      if (savedFirst.current) form.reload().catch(() => {});
      savedFirst.current = false;
    },
    onSaved: (e: FormEntry): void => {
      setSaved(e.state === 'completed' ? 'complete' : 'save');
      onSaved(e);
    },
  });
  const summary = formSummary(version.definition, form.errors.fieldErrors, idp, `${idp}-save`, t, i18n.language);
  const go = (what: Intent) => {
    intent.current = what;
    setSaved(null);
  };
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void (async () => {
          if (beforeSave && !(await beforeSave())) return;
          form.submit(e);
        })();
      }}
      noValidate id={`${idp}-form`} className="stack fo-form" aria-labelledby={`${idp}-title`}>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h4"
        items={summary}
      />
      <FormRenderer
        definition={version.definition}
        values={form.state}
        onChange={form.setState}
        idp={idp}
        fieldErrors={form.errors.fieldErrors}
      />
      <Paragraph className="muted">{t(mayCorrect ? 'entry.completeHint' : 'entry.completeHintFinal')}</Paragraph>
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-saved`}>
        {saved === 'save' ? t('entry.saved') : ''}
      </p>
      <div className="form-actions">
        <Button type="submit" variant="secondary" id={`${idp}-save`} disabled={form.saving} onClick={() => go('save')}>
          {form.saving && intent.current === 'save' ? t('translation:common.saving') : t('entry.save')}
        </Button>
        <Button type="submit" id={`${idp}-complete`} disabled={form.saving} onClick={() => go('complete')}>
          {form.saving && intent.current === 'complete' ? t('translation:common.saving') : t('entry.complete')}
        </Button>
      </div>
    </form>
  );
}
