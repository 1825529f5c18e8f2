import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { DraftNotice, sameValue, useDraft } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { dateForServer, dayText } from '../../shared/format';
import { bookingsApi } from './api';
import { clientsApi } from '../clients/api';
import { registryApi } from '../registry/api';

export default function ClientAgreementFormPage() {
  const { t } = useTranslation('placements');
  const [params] = useSearchParams();
  const clientId = Number(params.get('clientId') ?? '0');
  const client = useQuery({ queryKey: ['client', clientId], queryFn: () => clientsApi.getClient(clientId), enabled: clientId > 0 });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  const title = t('clientAgreement.createTitle');
  if (clientId <= 0)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <Paragraph>{t('clientAgreement.noClient')}</Paragraph>
        <AppLink to="/places/match">{t('match.title')}</AppLink>
      </>
    );
  if (client.isPending || places.isPending) return <Loading text={t('common.loading')} />;
  if (client.isError || places.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={client.error ?? places.error} />
      </>
    );
  return (
    <ClientAgreementForm
      title={title}
      clientId={clientId}
      clientName={`${client.data.firstNames} ${client.data.lastName}`}
      places={places.data.items.map((p) => ({ id: p.id, name: `${p.name} (${p.hostName})`, workTasks: p.workTasks }))}
      initialPlaceId={params.get('placeId') ?? ''}
    />
  );
}

interface Values {
  placeId: string;
  startDate: string;
  endDate: string;
  daysPerWeek: string;
  hoursPerDay: string;
  tasks: string;
  responsiblePersons: string;
}

const INPUT_IDS: Record<keyof Values, string> = {
  placeId: 'ca-placeId_button',
  startDate: 'ca-startDate',
  endDate: 'ca-endDate',
  daysPerWeek: 'ca-daysPerWeek',
  hoursPerDay: 'ca-hoursPerDay',
  tasks: 'ca-tasks',
  responsiblePersons: 'ca-responsiblePersons',
};

function ClientAgreementForm({
  title,
  clientId,
  clientName,
  places,
  initialPlaceId,
}: {
  title: string;
  clientId: number;
  clientName: string;
  places: { id: number; name: string; workTasks: string }[];
  initialPlaceId: string;
}) {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [initial] = useState<Values>(() => ({
    placeId: initialPlaceId,
    startDate: dayText(14),
    endDate: dayText(14 + 182),
    daysPerWeek: '3',
    hoursPerDay: '4',
    tasks: places.find((p) => String(p.id) === initialPlaceId)?.workTasks ?? '',
    responsiblePersons: '',
  }));
  const [v, setValues] = useState<Values>(initial);
  const set = <K extends keyof Values>(k: K, x: Values[K]) => setValues((old) => ({ ...old, [k]: x }));
  const errors = useServerErrors();
  const dirty = !sameValue(v, initial);
  // A long form: its draft is kept per client until the agreement is saved.
  const draft = useDraft({ form: 'client-agreement', id: `new-client-${clientId}`, state: v, dirty, baseline: initial, restore: setValues });
  const leave = useLeaveGuard(dirty, draft.remove);

  const save = useMutation({
    mutationFn: () =>
      bookingsApi.createClientAgreement({
        clientId,
        placeId: Number(v.placeId || 0),
        startDate: dateForServer(v.startDate),
        endDate: dateForServer(v.endDate),
        daysPerWeek: Number(v.daysPerWeek.trim() || 0),
        hoursPerDay: Number(v.hoursPerDay.trim() || 0),
        tasks: v.tasks.trim(),
        responsiblePersons: v.responsiblePersons.trim(),
      }),
    onSuccess: (a) => {
      leave.release();
      draft.remove();
      qc.setQueryData(['client-agreement', a.id], a);
      void qc.invalidateQueries({ queryKey: ['client-agreements', clientId] });
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      navigate(`/client-agreements/${a.id}`, { state: { saved: true } });
    },
    onError: (e) => errors.take(e),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }

  const summary = summaryItems(
    errors.fieldErrors,
    (f) => t(`clientAgreement.${f}`, { defaultValue: f }),
    (f) => INPUT_IDS[f as keyof Values] ?? INPUT_IDS.placeId,
  );
  const st = errors.statusOf;

  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/clients/${clientId}`}>{t('match.backToClient')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m">{t('match.forClient', { name: clientName })}</Paragraph>
      <DraftNotice draft={draft} />
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <FieldErrorSummary
        id="client-agreement-error-summary"
        heading={t('common.summaryHeading', { count: summary.length })}
        headingRef={errors.summaryRef}
        items={summary}
      />
      <form onSubmit={submit} noValidate className="panel stack" id="client-agreement-form">
        <Dropdown
          id="ca-placeId"
          labelText={t('clientAgreement.placeId')}
          visualPlaceholder={t('clientAgreement.choosePlace')}
          value={v.placeId || null}
          onChange={(x) =>
            setValues((old) => ({
              ...old,
              placeId: x,
              tasks: old.tasks.trim() ? old.tasks : (places.find((p) => String(p.id) === x)?.workTasks ?? ''),
            }))
          }
          fullWidth
          {...st('placeId')}
        >
          {places.map((p) => (
            <DropdownItem key={p.id} value={String(p.id)}>
              {p.name}
            </DropdownItem>
          ))}
        </Dropdown>
        <div className="form-grid">
          <DateField id="ca-startDate" labelText={t('clientAgreement.startDate')} value={v.startDate} onChange={({ value }) => set('startDate', value)} {...st('startDate')} />
          <DateField id="ca-endDate" labelText={t('clientAgreement.endDate')} value={v.endDate} onChange={({ value }) => set('endDate', value)} {...st('endDate')} />
          <TextInput id="ca-daysPerWeek" type="number" labelText={t('clientAgreement.daysPerWeek')} hintText="1–7" value={v.daysPerWeek} onChange={(x) => set('daysPerWeek', String(x ?? ''))} {...st('daysPerWeek')} />
          <TextInput id="ca-hoursPerDay" type="number" labelText={t('clientAgreement.hoursPerDay')} hintText="1–12" value={v.hoursPerDay} onChange={(x) => set('hoursPerDay', String(x ?? ''))} {...st('hoursPerDay')} />
        </div>
        <Textarea id="ca-tasks" labelText={t('clientAgreement.tasks')} value={v.tasks} onChange={(e) => set('tasks', e.target.value)} fullWidth {...st('tasks')} />
        <Textarea
          id="ca-responsiblePersons"
          labelText={t('clientAgreement.responsiblePersons')}
          hintText={t('clientAgreement.responsibleHint')}
          value={v.responsiblePersons}
          onChange={(e) => set('responsiblePersons', e.target.value)}
          fullWidth
          {...st('responsiblePersons')}
        />
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} id="save-client-agreement">
            {save.isPending ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(`/clients/${clientId}`)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
