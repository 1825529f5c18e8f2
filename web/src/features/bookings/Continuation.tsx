import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DateInput, Heading, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';
import { ApiError } from '../../shared/api/client';
import { type ClientAgreement, bookingsApi } from './api';
import { hasRole, useAuth } from '../../shared/auth';
import { formatDate, dateForServer } from '../../shared/format';
import { ErrorNotice } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';

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
  const [endDate, setEndDate] = useState(formatDate(addDaysIso(start, daysBetween(a.startDate, a.endDate))));
  const [days, setDays] = useState(String(a.daysPerWeek));
  const [hours, setHours] = useState(String(a.hoursPerDay));
  const [tasks, setTasks] = useState(a.tasks);
  const errors = useServerErrors();
  const [conflict, setConflict] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () =>
      bookingsApi.continueClientAgreement(a.id, {
        endDate: dateForServer(endDate),
        daysPerWeek: Number(days.trim()) || 0,
        hoursPerDay: Number(hours.trim()) || 0,
        tasks: tasks.trim(),
      }),
    onSuccess: (next) => {
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
      {open ? (
        <form className="stack" onSubmit={submit} noValidate id="continuation-form">
          <dl className="details-list">
            <dt>{t('clientAgreement.continueStart')}</dt>
            <dd id="continuation-start">{formatDate(start)}</dd>
          </dl>
          <DateInput
            id="continuation-endDate"
            labelText={t('clientAgreement.endDate')}
            hintText={t('common.dateHint')}
            value={endDate}
            onChange={({ value }) => setEndDate(value)}
            datePickerEnabled
            {...errors.statusOf('endDate')}
          />
          <div className="row-inline">
            <TextInput
              id="continuation-daysPerWeek"
              type="number"
              labelText={t('clientAgreement.daysPerWeek')}
              hintText="1–7"
              value={days}
              onChange={(v) => setDays(String(v ?? ''))}
              {...errors.statusOf('daysPerWeek')}
            />
            <TextInput
              id="continuation-hoursPerDay"
              type="number"
              labelText={t('clientAgreement.hoursPerDay')}
              hintText="1–12"
              value={hours}
              onChange={(v) => setHours(String(v ?? ''))}
              {...errors.statusOf('hoursPerDay')}
            />
          </div>
          <Textarea
            id="continuation-tasks"
            labelText={t('clientAgreement.tasks')}
            value={tasks}
            onChange={(e) => setTasks(e.target.value)}
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
