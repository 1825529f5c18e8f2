import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Heading, Textarea } from 'suomifi-ui-components';
import type { Items } from '../../shared/api/client';
import { ErrorNotice } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { dateForServer, formatDateTime } from '../../shared/format';
import { summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { periodKeys, periodsApi, type AbsenceAlert } from './api';
import { dayInWords } from './words';

/** The case's absences without notice that no one has seen to yet, each to mark handled with a note. */
export function AbsenceAlerts({ caseId }: { caseId: number }) {
  const { t } = useTranslation('periods');
  const q = useQuery({ queryKey: periodKeys.alerts, queryFn: periodsApi.alerts });
  const [handled, setHandled] = useState<string | null>(null);
  if (q.isError) return <ErrorNotice error={q.error} />;
  const open = (q.data?.items ?? []).filter((a) => a.caseId === caseId && !a.handledAt);
  if (!open.length && !handled) return null;
  return (
    <div className="pe-alerts" id="absence-alerts">
      <Heading variant="h3" mb="xs">
        {t('alerts.heading')}
      </Heading>
      <p role="status" aria-live="polite" className="saved-text" id="absence-alert-status">
        {handled ? t('alerts.handled', { day: handled }) : ''}
      </p>
      <ul className="pl-plain-list">
        {open.map((a) => (
          <AlertItem key={a.id} alert={a} onHandled={() => setHandled(dayInWords(t, a.day))} />
        ))}
      </ul>
    </div>
  );
}

interface HandlingState {
  note: string;
  noAcceptableReason: boolean;
  toldOn: string;
}

function AlertItem({ alert: a, onHandled }: { alert: AbsenceAlert; onHandled: () => void }) {
  const { t } = useTranslation('periods');
  const qc = useQueryClient();
  const idp = `absence-alert-${a.id}`;
  // KTT only: whether the absence had no acceptable reason, and when the employment authority was told of it.
  const ktt = a.serviceType === 'ktt';
  const form = useVersionedForm<AbsenceAlert, HandlingState>({
    original: a,
    cacheKey: 'absence-alert',
    listKey: 'absence-alerts',
    load: async (id) => {
      const list = await qc.fetchQuery({ queryKey: periodKeys.alerts, queryFn: periodsApi.alerts, staleTime: 0 });
      const fresh = list.items.find((x) => x.id === id);
      if (!fresh) throw new Error('alert gone');
      return fresh;
    },
    toState: () => ({ note: '', noAcceptableReason: false, toldOn: '' }),
    save: (version): Promise<AbsenceAlert> =>
      periodsApi.handleAlert(a.id, {
        note: form.state.note.trim(),
        version: version ?? a.version,
        ...(ktt
          ? {
              noAcceptableReason: form.state.noAcceptableReason,
              employmentAuthorityToldOn: form.state.toldOn.trim() ? dateForServer(form.state.toldOn) : null,
            }
          : {}),
      }),
    onSaved: (saved) => {
      qc.setQueryData<Items<AbsenceAlert>>(periodKeys.alerts, (old) => old && { items: old.items.map((x) => (x.id === saved.id ? saved : x)) });
      onHandled();
    },
  });
  const fields: Record<string, [string, string]> = {
    note: [t('alerts.note'), `${idp}-note`],
    noAcceptableReason: [t('alerts.noAcceptableReason'), `${idp}-no-reason`],
    employmentAuthorityToldOn: [t('alerts.toldOn'), `${idp}-told-on`],
  };
  const summary = summaryItems(
    form.errors.fieldErrors,
    (f) => fields[f]?.[0] ?? null,
    (f) => fields[f]?.[1] ?? `${idp}-handle`,
  );
  const set = (patch: Partial<HandlingState>) => form.setState((old) => ({ ...old, ...patch }));
  return (
    <li className="pl-ack" id={idp}>
      <p className="pe-alert-text">
        <strong>{t('alerts.text', { day: dayInWords(t, a.day), place: a.placeName })}</strong>
        {a.status !== 'absent_without_notice' ? <> {t('alerts.nowMarked', { status: t(`status.${a.status}`) })}</> : null}
        <span className="muted"> {t('alerts.created', { at: formatDateTime(a.createdAt) })}</span>
      </p>
      <form onSubmit={form.submit} noValidate className="stack" aria-label={t('alerts.formLabel', { day: dayInWords(t, a.day) })}>
        <VersionedFormMessages
          form={form}
          summaryId={`${idp}-errors`}
          summaryHeading={t('translation:validation.summaryHeading', { count: summary.length })}
          summaryLevel="h4"
          items={summary}
        />
        <Textarea
          id={`${idp}-note`}
          labelText={t('alerts.note')}
          optionalText={t('translation:common.optional')}
          hintText={t('alerts.noteHint')}
          value={form.state.note}
          onChange={(e) => set({ note: e.target.value })}
          fullWidth
          {...form.errors.statusOf('note')}
        />
        {ktt ? (
          <Checkbox
            id={`${idp}-no-reason`}
            checked={form.state.noAcceptableReason}
            hintText={t('alerts.noAcceptableReasonHint')}
            onClick={({ checkboxState }) => set({ noAcceptableReason: checkboxState })}
            {...form.errors.statusOf('noAcceptableReason')}
          >
            {t('alerts.noAcceptableReason')}
          </Checkbox>
        ) : null}
        {ktt && form.state.noAcceptableReason ? (
          <DateField
            id={`${idp}-told-on`}
            labelText={t('alerts.toldOn')}
            optionalText={t('translation:common.optional')}
            value={form.state.toldOn}
            onChange={({ value }) => set({ toldOn: value })}
            {...form.errors.statusOf('employmentAuthorityToldOn')}
          />
        ) : null}
        <div className="form-actions">
          <Button type="submit" id={`${idp}-handle`} disabled={form.saving}>
            {form.saving ? t('translation:common.saving') : t('alerts.markHandled')}
          </Button>
        </div>
      </form>
    </li>
  );
}
