import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { type ClientAgreement, bookingsApi } from './api';
import { hasRole, useAuth } from '../../shared/auth';
import { formatDate, dateForServer } from '../../shared/format';
import { ErrorNotice } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { sameValue } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';

/** An ISO date plus n days (calendar arithmetic in UTC, so no daylight-saving shifts). */
export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * The continuation agreement (jatkosopimus) form on a client agreement: prefilled with a new
 * period as long as this one, starting the day after it ends, and the same extent and tasks.
 * Only the purchaser's workers make one; the new agreement links back to this one.
 */
export function Continuation({ agreement: a }: { agreement: ClientAgreement }) {
  const { t } = useTranslation('placements');
  const { me } = useAuth();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const start = addDaysIso(a.endDate, 1);
  const [open, setOpen] = useState(false);
  const [initial] = useState(() => ({
    endDate: formatDate(addDaysIso(start, daysBetween(a.startDate, a.endDate))),
    days: String(a.daysPerWeek),
    hours: String(a.hoursPerDay),
    tasks: a.tasks,
  }));
  const [v, setValues] = useState(initial);
  const set = (k: keyof typeof initial, x: string) => setValues((old) => ({ ...old, [k]: x }));
  const errors = useServerErrors();
  const [conflict, setConflict] = useState<string | null>(null);
  const leave = useLeaveGuard(open && !sameValue(v, initial));
  const save = useMutation({
    mutationFn: () =>
      bookingsApi.continueClientAgreement(a.id, {
        endDate: dateForServer(v.endDate),
        daysPerWeek: Number(v.days.trim()) || 0,
        hoursPerDay: Number(v.hours.trim()) || 0,
        tasks: v.tasks.trim(),
      }),
    onSuccess: (next) => {
      leave.release();
      qc.setQueryData(['client-agreement', next.id], next);
      void qc.invalidateQueries({ queryKey: ['client-agreement', a.id] });
      void qc.invalidateQueries({ queryKey: ['client-agreements', a.clientId] });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      navigate(`/client-agreements/${next.id}`, { state: { saved: true } });
    },
    onError: (e) => {
      // Continued already (by someone else meanwhile): the server's message, and the agreement reloads.
      if (e instanceof ApiError && e.status === 409) {
        errors.clear();
        setConflict(e.problem?.detail || e.problem?.title || t('clientAgreement.alreadyContinued'));
        void qc.invalidateQueries({ queryKey: ['client-agreement', a.id] });
      } else errors.take(e);
    },
  });
  if (!hasRole(me, ['social_worker', 'social_instructor'], a.purchaserOrganisationId)) return null;

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setConflict(null);
    save.mutate();
  }

  const ids: Record<string, string> = { endDate: 'continuation-endDate', daysPerWeek: 'continuation-daysPerWeek', hoursPerDay: 'continuation-hoursPerDay', tasks: 'continuation-tasks' };
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => t(`clientAgreement.${f}`, { defaultValue: f }),
    (f) => ids[f] ?? ids.endDate,
  );

  return (
    <section className="panel" aria-labelledby="ca-continuation">
      <Heading variant="h2" id="ca-continuation" mb="s">
        {t('clientAgreement.continueHeading')}
      </Heading>
      <Paragraph mb="m">{t('clientAgreement.continueIntro')}</Paragraph>
      {conflict ? (
        <Paragraph className="error-text" id="continuation-conflict">
          {conflict}
        </Paragraph>
      ) : null}
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id="continuation-error-summary"
        heading={t('common.summaryHeading', { count: summary.length })}
        headingVariant="h3"
        headingRef={errors.summaryRef}
        items={summary}
      />
      {open ? (
        <form className="stack" onSubmit={submit} noValidate id="continuation-form">
          <dl className="details-list">
            <dt>{t('clientAgreement.continueStart')}</dt>
            <dd id="continuation-start">{formatDate(start)}</dd>
          </dl>
          <DateField
            id="continuation-endDate"
            labelText={t('clientAgreement.endDate')}
            value={v.endDate}
            onChange={({ value }) => set('endDate', value)}
            {...errors.statusOf('endDate')}
          />
          <div className="row-inline">
            <TextInput
              id="continuation-daysPerWeek"
              type="number"
              labelText={t('clientAgreement.daysPerWeek')}
              hintText="1–7"
              value={v.days}
              onChange={(x) => set('days', String(x ?? ''))}
              {...errors.statusOf('daysPerWeek')}
            />
            <TextInput
              id="continuation-hoursPerDay"
              type="number"
              labelText={t('clientAgreement.hoursPerDay')}
              hintText="1–12"
              value={v.hours}
              onChange={(x) => set('hours', String(x ?? ''))}
              {...errors.statusOf('hoursPerDay')}
            />
          </div>
          <Textarea
            id="continuation-tasks"
            labelText={t('clientAgreement.tasks')}
            value={v.tasks}
            onChange={(e) => set('tasks', e.target.value)}
            fullWidth
            {...errors.statusOf('tasks')}
          />
          <div className="form-actions">
            <Button type="submit" id="save-continuation" disabled={save.isPending}>
              {save.isPending ? t('common.saving') : t('clientAgreement.continueSave')}
            </Button>
            <Button variant="secondary" onClick={() => setOpen(false)} id="cancel-continuation">
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button variant="secondary" onClick={() => setOpen(true)} id="open-continuation">
          {t('clientAgreement.continueOpen')}
        </Button>
      )}
    </section>
  );
}
