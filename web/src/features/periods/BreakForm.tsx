import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Textarea } from 'suomifi-ui-components';
import { DateField } from '../../shared/DateField';
import { dateForServer, parseDate } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { periodsApi, type Period, type PeriodBreak } from './api';
import { reloadPeriod } from './StepForm';
import { guidanceKeys } from '../guidance/api';

interface BreakState {
  from: string;
  to: string;
  reason: string;
}

const FIELDS = ['from', 'to', 'reason'] as const;

/** The options both break forms share: the period reloaded on a stale version, its attendance read again after. */
function useBreakForm<S>(
  period: Period,
  toState: () => S,
  save: (state: S, version: number) => Promise<Period>,
  dates: (keyof S & string)[],
  onDone: () => void,
) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const form = useVersionedForm<Period, S>({
    original: period,
    cacheKey: 'period',
    listKey: 'periods',
    load: () => reloadPeriod(qc, period),
    toState,
    save: (version): Promise<Period> => save(form.state, version ?? period.version),
    check: (): Record<string, string> => {
      const out: Record<string, string> = {};
      for (const f of dates) {
        const v = String(form.state[f] ?? '');
        if (v.trim() && !parseDate(v)) out[f] = t('translation:validation.date');
      }
      return out;
    },
    onSaved: () => {
      void qc.invalidateQueries({ queryKey: ['period-attendance', period.id] });
      // The guidance windows grow by a break's days.
      void qc.invalidateQueries({ queryKey: guidanceKeys.log(period.id) });
      onDone();
    },
  });
  return form;
}

/** An agreed break (e.g. a rehabilitation course or the client's own holiday): no day in it is expected. */
export function BreakForm({ period, onDone, onCancel }: { period: Period; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('periods');
  const idp = `break-${period.id}`;
  const form = useBreakForm<BreakState>(
    period,
    () => ({ from: '', to: '', reason: '' }),
    (s, version) =>
      periodsApi.addBreak(period.id, {
        from: dateForServer(s.from),
        to: dateForServer(s.to),
        reason: s.reason.trim(),
        version,
      }),
    ['from', 'to'],
    onDone,
  );
  const { state: s, setState, errors } = form;
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => ((FIELDS as readonly string[]).includes(f) ? t(`break.${f}`) : null),
    (f) => `${idp}-${(FIELDS as readonly string[]).includes(f) ? f : 'from'}`,
  );
  const set = (k: keyof BreakState, v: string) => setState((old) => ({ ...old, [k]: v }));
  return (
    <form onSubmit={form.submit} noValidate id={`${idp}-form`} className="pe-subform" aria-label={t('break.heading')}>
      <p>{t('break.intro')}</p>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <div className="pe-dates">
        <DateField
          id={`${idp}-from`}
          labelText={t('break.from')}
          value={s.from}
          onChange={({ value }) => set('from', value)}
          {...errors.statusOf('from')}
        />
        <DateField
          id={`${idp}-to`}
          labelText={t('break.to')}
          hintText={t('translation:common.dateHint')}
          value={s.to}
          onChange={({ value }) => set('to', value)}
          {...errors.statusOf('to')}
        />
      </div>
      <Textarea
        id={`${idp}-reason`}
        labelText={t('break.reason')}
        hintText={t('break.reasonHint')}
        value={s.reason}
        onChange={(e) => set('reason', e.target.value)}
        fullWidth
        {...errors.statusOf('reason')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : t('break.save')}
        </Button>
        <Button variant="secondary" id={`${idp}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A break ended early: its new last day (yesterday or later); the day before its first day cancels it. */
export function BreakEndForm({
  period,
  pause,
  onDone,
  onCancel,
}: {
  period: Period;
  pause: PeriodBreak;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation('periods');
  const idp = `break-end-${pause.id}`;
  const form = useBreakForm<{ lastDay: string }>(
    period,
    () => ({ lastDay: '' }),
    (s, version) => periodsApi.endBreak(period.id, pause.id, { lastDay: dateForServer(s.lastDay), version }),
    ['lastDay'],
    onDone,
  );
  const { state: s, setState, errors } = form;
  const summary = summaryItems(
    errors.fieldErrors,
    () => t('break.lastDay'),
    () => `${idp}-lastDay`,
  );
  return (
    <form onSubmit={form.submit} noValidate id={`${idp}-form`} className="pe-subform" aria-label={t('break.endHeading')}>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      <DateField
        id={`${idp}-lastDay`}
        labelText={t('break.lastDay')}
        hintText={`${t('break.lastDayHint')} ${t('translation:common.dateHint')}`}
        value={s.lastDay}
        onChange={({ value }) => setState({ lastDay: value })}
        {...errors.statusOf('lastDay')}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : t('break.end')}
        </Button>
        <Button variant="secondary" id={`${idp}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
