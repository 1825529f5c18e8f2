import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import { Button } from 'suomifi-ui-components';
import { DateField } from '../../shared/DateField';
import { dateForServer, formatDate, parseDate, todayIso } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { periodKeys, periodsApi, type Period } from './api';
import { spotKey, type Spot } from './editorState';
import { badHours, daysOf, stepOn, WEEKDAYS, type DayState } from './schedule';
import { WeekFields } from './WeekFields';

interface StepState {
  from: string;
  days: DayState[];
}

/** The schedule in force today, for the user to change from a date on. */
function current(p: Period): StepState {
  const s = stepOn(p.steps, todayIso()) ?? p.steps[0];
  return {
    from: '',
    days: WEEKDAYS.map((w) => {
      const d = s?.days.find((x) => x.weekday === w);
      return { on: Boolean(d), hours: d ? String(d.hours) : '' };
    }),
  };
}

/** Where an error of the step shows; the server names the new step by its index among the period's steps. */
function stepSpot(field: string, weekdays: number[]): Spot {
  if (field === 'from' || /^steps\[\d+\]\.from$/.test(field)) return { kind: 'from', step: 0 };
  const m = /^steps\[\d+\]\.days(?:\[(\d+)\]\.hours)?$/.exec(field);
  if (field === 'days' || m) {
    const weekday = m?.[1] !== undefined ? weekdays[Number(m[1])] : undefined;
    return weekday ? { kind: 'hours', step: 0, weekday } : { kind: 'days', step: 0 };
  }
  return { kind: 'general' };
}

/** Loads a period afresh (after a stale version): the case's list is read again and holds it. */
export async function reloadPeriod(qc: ReturnType<typeof useQueryClient>, p: Period): Promise<Period> {
  const list = await periodsApi.listOfCase(p.caseId);
  qc.setQueryData(periodKeys.ofCase(p.caseId), list);
  const fresh = list.items.find((x) => x.id === p.id);
  if (!fresh) throw new Error('period gone');
  return fresh;
}

/**
 * A change of a running period's weekly schedule from a date on (today or later, after the last marked day). The
 * server holds the new step to the same limits as a new period; its errors name the new step as the last.
 */
export function StepForm({ period, onDone, onCancel }: { period: Period; onDone: () => void; onCancel: () => void }) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const idp = `step-${period.id}`;
  const form = useVersionedForm<Period, StepState>({
    original: period,
    cacheKey: 'period',
    listKey: 'periods',
    load: () => reloadPeriod(qc, period),
    toState: (p) => current(p ?? period),
    save: (version): Promise<Period> =>
      periodsApi.addStep(period.id, {
        from: dateForServer(form.state.from),
        days: daysOf(form.state.days).days,
        version: version ?? period.version,
      }),
    check: (): Record<string, string> => {
      const out: Record<string, string> = {};
      if (form.state.from.trim() && !parseDate(form.state.from)) out.from = t('translation:validation.date');
      if (form.state.days.some(badHours)) out.days = t('editor.hoursWhole');
      return out;
    },
    onSaved: onDone,
  });
  const { state: s, setState, errors } = form;
  const { weekdays } = daysOf(s.days);
  const messages = new Map<string, string[]>();
  for (const [f, m] of Object.entries(errors.fieldErrors)) {
    const k = spotKey(stepSpot(f, weekdays));
    messages.set(k, [...(messages.get(k) ?? []), m]);
  }
  const at = (spot: Spot) => messages.get(spotKey(spot)) ?? [];
  const from = at({ kind: 'from', step: 0 });
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => (f === 'from' ? t('step.from') : stepSpot(f, weekdays).kind === 'general' ? null : t('step.days')),
    (f) => {
      const spot = stepSpot(f, weekdays);
      if (spot.kind === 'from') return `${idp}-from`;
      if (spot.kind === 'hours') return `${idp}-hours-${spot.weekday}`;
      return spot.kind === 'days' ? `${idp}-day-1` : `${idp}-submit`;
    },
  );
  return (
    <form onSubmit={form.submit} noValidate id={`${idp}-form`} className="pe-subform" aria-label={t('step.heading')}>
      <VersionedFormMessages
        form={form}
        summaryId={`${idp}-errors`}
        summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
        summaryLevel="h5"
        items={summary}
      />
      {at({ kind: 'general' }).length ? (
        <ul className="error-text" id={`${idp}-general`}>
          {at({ kind: 'general' }).map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      <DateField
        id={`${idp}-from`}
        labelText={t('step.from')}
        hintText={`${t('step.fromHint', { end: formatDate(period.endDate) })} ${t('translation:common.dateHint')}`}
        value={s.from}
        onChange={({ value }) => setState((old) => ({ ...old, from: value }))}
        status={from.length ? 'error' : 'default'}
        statusText={from.join(' ')}
      />
      <WeekFields
        idPrefix={idp}
        legend={t('step.days')}
        days={s.days}
        onChange={(days) => setState((old) => ({ ...old, days }))}
        groupErrors={at({ kind: 'days', step: 0 })}
        hoursErrors={(w) => at({ kind: 'hours', step: 0, weekday: w })}
        disabled={form.saving}
      />
      <div className="form-actions">
        <Button type="submit" id={`${idp}-submit`} disabled={form.saving}>
          {form.saving ? t('translation:common.saving') : t('step.save')}
        </Button>
        <Button variant="secondary" id={`${idp}-cancel`} onClick={onCancel}>
          {t('translation:common.cancel')}
        </Button>
      </div>
    </form>
  );
}
