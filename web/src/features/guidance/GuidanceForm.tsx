import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, RadioButton, RadioButtonGroup, Textarea, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../shared/DateField';
import { ErrorNotice } from '../../shared/common';
import { dateForServer, dayText, parseDate } from '../../shared/format';
import { useServerErrors } from '../../shared/forms';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { GUIDANCE_KINDS, guidanceApi, guidanceKeys, type GuidanceKind } from './api';

interface SessionState {
  day: string;
  minutes: string;
  kind: GuidanceKind | '';
  note: string;
}

const FIELDS = ['day', 'minutes', 'kind', 'note'] as const;
const blank = (): SessionState => ({ day: dayText(), minutes: '', kind: '', note: '' });

/**
 * A guidance session the user gave: the day, how long, its kind and a short note. Checked by the server (social
 * guidance only by a social welfare professional); what was typed stays in the form when it is refused.
 */
export function GuidanceForm({ periodId, idp, onSaved }: { periodId: number; idp: string; onSaved: () => void }) {
  const { t } = useTranslation('guidance');
  const qc = useQueryClient();
  const errors = useServerErrors();
  const [s, setS] = useState<SessionState>(blank);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<SessionState>) => setS((old) => ({ ...old, ...patch }));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (s.day.trim() && !parseDate(s.day)) found.day = t('translation:validation.date');
    if (s.minutes.trim() && !/^\s*\d{1,3}\s*$/.test(s.minutes)) found.minutes = t('form.minutesNumber');
    if (Object.keys(found).length) return errors.refuse(found);
    setSaving(true);
    try {
      await guidanceApi.record(periodId, {
        day: dateForServer(s.day),
        minutes: s.minutes.trim() ? Number(s.minutes) : 0,
        // An empty choice goes as is, so that the server's message shows at the choice.
        kind: s.kind as GuidanceKind,
        note: s.note.trim(),
      });
      errors.clear();
      setS(blank());
      await qc.invalidateQueries({ queryKey: guidanceKeys.log(periodId) });
      void qc.invalidateQueries({ queryKey: guidanceKeys.followed });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      onSaved();
    } catch (err) {
      errors.take(err);
    } finally {
      setSaving(false);
    }
  };

  const inputOf = (f: string) => (f === 'kind' ? `${idp}-kind-${GUIDANCE_KINDS[0]}` : `${idp}-${(FIELDS as readonly string[]).includes(f) ? f : 'day'}`);
  const summary = summaryItems(errors.fieldErrors, (f) => ((FIELDS as readonly string[]).includes(f) ? t(`form.${f}`) : null), inputOf);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate id={`${idp}-form`} className="pe-subform stack" aria-label={t('form.heading')}>
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id={`${idp}-errors`}
        heading={t('translation:validation.summaryHeading', { count: summary.length })}
        headingVariant="h5"
        headingRef={errors.summaryRef}
        items={summary}
      />
      <div className="pe-dates">
        <DateField
          id={`${idp}-day`}
          labelText={t('form.day')}
          hintText={t('translation:common.dateHint')}
          value={s.day}
          onChange={({ value }) => set({ day: value })}
          {...errors.statusOf('day')}
        />
        <TextInput
          id={`${idp}-minutes`}
          labelText={t('form.minutes')}
          hintText={t('form.minutesHint')}
          inputMode="numeric"
          value={s.minutes}
          onChange={(v) => set({ minutes: String(v ?? '') })}
          {...errors.statusOf('minutes')}
        />
      </div>
      <RadioButtonGroup
        id={`${idp}-kind`}
        name={`${idp}-kind`}
        labelText={t('form.kind')}
        value={s.kind}
        onChange={(v) => set({ kind: v as GuidanceKind })}
        groupStatus={errors.fieldErrors.kind ? 'error' : 'default'}
        groupStatusText={errors.fieldErrors.kind}
      >
        {GUIDANCE_KINDS.map((k) => (
          <RadioButton key={k} value={k} id={`${idp}-kind-${k}`} hintText={t(`kindHint.${k}`)}>
            {t(`kind.${k}`)}
          </RadioButton>
        ))}
      </RadioButtonGroup>
      <Textarea
        id={`${idp}-note`}
        labelText={t('form.note')}
        optionalText={t('translation:common.optional')}
        value={s.note}
        onChange={(e) => set({ note: e.target.value })}
        maxLength={1000}
        {...errors.statusOf('note')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={saving}>
          {t('form.save')}
        </Button>
      </div>
    </form>
  );
}
