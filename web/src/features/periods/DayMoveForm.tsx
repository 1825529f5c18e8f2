import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { DateField } from '../../shared/DateField';
import { dateForServer, parseDate } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { periodsApi, type Period } from './api';
import { reloadPeriod } from './StepForm';

interface MoveState {
  fromDay: string;
  toDay: string;
  reason: string;
}

const FIELDS = ['fromDay', 'toDay', 'reason'] as const;

/** Moving one scheduled day to another day of the same calendar week (e.g. a day off agreed with the place). */
export function DayMoveForm({ period, onDone, onCancel }: { period: Period; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const idp = `move-${period.id}`;
  const form = useVersionedForm<Period, MoveState>({
    original: period,
    cacheKey: 'period',
    listKey: 'periods',
    load: () => reloadPeriod(qc, period),
    toState: () => ({ fromDay: '', toDay: '', reason: '' }),
    save: (version): Promise<Period> =>
      periodsApi.moveDay(period.id, {
        fromDay: dateForServer(form.state.fromDay),
        toDay: dateForServer(form.state.toDay),
        reason: form.state.reason.trim(),
        version: version ?? period.version,
      }),
    check: (): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const f of ['fromDay', 'toDay'] as const)
        if (form.state[f].trim() && !parseDate(form.state[f])) out[f] = t('translation:validation.date');
      return out;
    },
    onSaved: () => {
      void qc.invalidateQueries({ queryKey: ['period-attendance', period.id] });
      onDone();
    },
  });
  const { state: s, setState, errors } = form;
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => ((FIELDS as readonly string[]).includes(f) ? t(`move.${f}`) : null),
    (f) => `${idp}-${(FIELDS as readonly string[]).includes(f) ? f : 'fromDay'}`,
  );
  const set = (k: keyof MoveState, v: string) => setState((old) => ({ ...old, [k]: v }));
  return (
    <form onSubmit={form.submit} noValidate id={`${idp}-form`} className="pe-subform" aria-label={t('move.heading')}>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <div className="pe-dates">
        <DateField
          id={`${idp}-fromDay`}
          labelText={t('move.fromDay')}
          value={s.fromDay}
          onChange={({ value }) => set('fromDay', value)}
          {...errors.statusOf('fromDay')}
        />
        <DateField
          id={`${idp}-toDay`}
          labelText={t('move.toDay')}
          hintText={`${t('move.toDayHint')} ${t('translation:common.dateHint')}`}
          value={s.toDay}
          onChange={({ value }) => set('toDay', value)}
          {...errors.statusOf('toDay')}
        />
      </div>
      <Textarea
        id={`${idp}-reason`}
        labelText={t('move.reason')}
        value={s.reason}
        onChange={(e) => set('reason', e.target.value)}
        fullWidth
        {...errors.statusOf('reason')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : t('move.save')}
        </Button>
        <Button variant="secondary" id={`${idp}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
