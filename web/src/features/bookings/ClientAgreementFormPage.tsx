import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DateInput, Dropdown, DropdownItem, ErrorSummary, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { useServerErrors } from '../../shared/forms';
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
  const [placeId, setPlaceId] = useState(initialPlaceId);
  const [startDate, setStartDate] = useState(dayText(14));
  const [endDate, setEndDate] = useState(dayText(14 + 182));
  const [daysPerWeek, setDaysPerWeek] = useState('3');
  const [hoursPerDay, setHoursPerDay] = useState('4');
  const [tasks, setTasks] = useState(places.find((p) => String(p.id) === initialPlaceId)?.workTasks ?? '');
  const [responsible, setResponsible] = useState('');
  const errors = useServerErrors();

  const save = useMutation({
    mutationFn: () =>
      bookingsApi.createClientAgreement({
        clientId,
        placeId: Number(placeId || 0),
        startDate: dateForServer(startDate),
        endDate: dateForServer(endDate),
        daysPerWeek: Number(daysPerWeek.trim() || 0),
        hoursPerDay: Number(hoursPerDay.trim() || 0),
        tasks: tasks.trim(),
        responsiblePersons: responsible.trim(),
      }),
    onSuccess: (a) => {
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

  const ids: Record<string, string> = {
    placeId: 'ca-placeId_button',
    startDate: 'ca-startDate',
    endDate: 'ca-endDate',
    daysPerWeek: 'ca-daysPerWeek',
    hoursPerDay: 'ca-hoursPerDay',
    tasks: 'ca-tasks',
    responsiblePersons: 'ca-responsiblePersons',
  };
  const summary = Object.entries(errors.fieldErrors).map(([f, m]) => ({
    text: `${t(`clientAgreement.${f}`, { defaultValue: f })}: ${m}`,
    inputId: ids[f] ?? 'ca-placeId_button',
  }));
  const st = (k: string) => {
    const m = errors.fieldErrors[k];
    return m ? ({ status: 'error', statusText: m } as const) : ({ status: 'default' } as const);
  };

  return (
    <>
      <Paragraph mb="s">
        <AppLink to={`/clients/${clientId}`}>{t('match.backToClient')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <Paragraph mb="m">{t('match.forClient', { name: clientName })}</Paragraph>
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {summary.length ? (
        <ErrorSummary
          headingText={t('common.summaryHeading', { count: summary.length })}
          headingVariant="h2"
          headingRef={errors.summaryRef}
          items={summary}
          mb="m"
        />
      ) : null}
      <form onSubmit={submit} noValidate className="panel stack" id="client-agreement-form">
        <Dropdown
          id="ca-placeId"
          labelText={t('clientAgreement.placeId')}
          visualPlaceholder={t('clientAgreement.choosePlace')}
          value={placeId || null}
          onChange={(v) => {
            setPlaceId(v);
            if (!tasks.trim()) setTasks(places.find((p) => String(p.id) === v)?.workTasks ?? '');
          }}
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
          <DateInput id="ca-startDate" labelText={t('clientAgreement.startDate')} hintText={t('common.dateHint')} value={startDate} onChange={({ value }) => setStartDate(value)} datePickerEnabled {...st('startDate')} />
          <DateInput id="ca-endDate" labelText={t('clientAgreement.endDate')} hintText={t('common.dateHint')} value={endDate} onChange={({ value }) => setEndDate(value)} datePickerEnabled {...st('endDate')} />
          <TextInput id="ca-daysPerWeek" type="number" labelText={t('clientAgreement.daysPerWeek')} hintText="1–7" value={daysPerWeek} onChange={(v) => setDaysPerWeek(String(v ?? ''))} {...st('daysPerWeek')} />
          <TextInput id="ca-hoursPerDay" type="number" labelText={t('clientAgreement.hoursPerDay')} hintText="1–12" value={hoursPerDay} onChange={(v) => setHoursPerDay(String(v ?? ''))} {...st('hoursPerDay')} />
        </div>
        <Textarea id="ca-tasks" labelText={t('clientAgreement.tasks')} value={tasks} onChange={(e) => setTasks(e.target.value)} fullWidth {...st('tasks')} />
        <Textarea
          id="ca-responsiblePersons"
          labelText={t('clientAgreement.responsiblePersons')}
          hintText={t('clientAgreement.responsibleHint')}
          value={responsible}
          onChange={(e) => setResponsible(e.target.value)}
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
