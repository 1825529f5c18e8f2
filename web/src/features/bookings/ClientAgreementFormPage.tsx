import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Notification, Paragraph, Textarea, TextInput } from 'suomifi-ui-components';

import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { DraftNotice, sameValue, useDraft } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { dateForServer, dayText, todayIso } from '../../shared/format';
import { bookingsApi } from './api';
import { type AgreementValues, type Known, differences, prefill } from './agreementPrefill';
import { casesApi } from '../cases/api';
import { decisionsApi } from '../decisions/api';
import { clientsApi } from '../clients/api';
import { registryApi } from '../registry/api';

export default function ClientAgreementFormPage() {
  const { t } = useTranslation('placements');
  const [params] = useSearchParams();
  const clientId = Number(params.get('clientId') ?? '0');
  const client = useQuery({ queryKey: ['client', clientId], queryFn: () => clientsApi.getClient(clientId), enabled: clientId > 0 });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  // What is known already: the client's bookings and the open case's plan and decision.
  const bookings = useQuery({ queryKey: ['bookings', clientId], queryFn: () => bookingsApi.listClientBookings(clientId), enabled: clientId > 0 });
  const cases = useQuery({ queryKey: ['cases', { clientId }], queryFn: () => casesApi.listCases({ clientId }), enabled: clientId > 0 });
  const caseId =
    Number(params.get('caseId') ?? '0') ||
    cases.data?.items.find((c) => ['plan', 'start', 'implementation'].includes(c.stage))?.id ||
    0;
  const theCase = useQuery({ queryKey: ['case', caseId], queryFn: () => casesApi.getCase(caseId), enabled: caseId > 0 });
  const decisions = useQuery({
    queryKey: ['decisions', caseId],
    queryFn: () => decisionsApi.listDecisions(caseId),
    enabled: caseId > 0,
  });
  const title = t('clientAgreement.createTitle');
  if (clientId <= 0)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <Paragraph>{t('clientAgreement.noClient')}</Paragraph>
        <AppLink to="/places/match">{t('match.title')}</AppLink>
      </>
    );
  // The form starts from these once, so not from a cached list a booking just made is missing from (the match page
  // books and comes here at once): the bookings as read after this page opened.
  const knownPending =
    !bookings.isFetchedAfterMount || cases.isPending || (caseId > 0 && (theCase.isPending || decisions.isPending));
  if (client.isPending || places.isPending || knownPending) return <Loading text={t('common.loading')} />;
  if (client.isError || places.isError)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={client.error ?? places.error} />
      </>
    );
  const today = todayIso();
  const openBookings = (bookings.data?.items ?? []).filter((b) => b.endDate === null || b.endDate >= today);
  const placeId = params.get('placeId') ?? (openBookings.length ? String(openBookings[openBookings.length - 1].placeId) : '');
  const booking = [...openBookings].reverse().find((b) => String(b.placeId) === placeId) ?? null;
  const place = places.data.items.find((p) => String(p.id) === placeId);
  const c = theCase.data;
  const known: Known = {
    placeId,
    booking,
    plan: c?.plan ?? null,
    decision: (decisions.data?.items ?? []).find((d) => d.status === 'signed' && d.endDate >= today) ?? null,
    placeTasks: place?.workTasks ?? '',
    people: [client.data.ownWorkerName ?? '', place?.supervisorName ?? '', ...(c?.participants.map((p) => p.coachName) ?? [])],
  };
  return (
    <ClientAgreementForm
      title={title}
      clientId={clientId}
      clientName={`${client.data.firstNames} ${client.data.lastName}`}
      places={places.data.items.map((p) => ({ id: p.id, name: `${p.name} (${p.hostName})`, workTasks: p.workTasks }))}
      known={known}
    />
  );
}

type Values = AgreementValues;

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
  known,
}: {
  title: string;
  clientId: number;
  clientName: string;
  places: { id: number; name: string; workTasks: string }[];
  known: Known;
}) {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const qc = useQueryClient();
  const [initial] = useState<Values>(() =>
    prefill(known, {
      placeId: '',
      startDate: dayText(14),
      endDate: dayText(14 + 182),
      daysPerWeek: '3',
      hoursPerDay: '4',
      tasks: '',
      responsiblePersons: '',
    }),
  );
  // Saving a value that leaves the booking or the decision asks once more, naming each difference.
  const [confirming, setConfirming] = useState(false);

  const [v, setValues] = useState<Values>(initial);
  const diffs = differences(v, known);
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
    if (diffs.length > 0 && !confirming) {
      setConfirming(true);
      window.setTimeout(() => document.getElementById('client-agreement-differences')?.focus(), 0);
      return;
    }
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
        {confirming && diffs.length > 0 ? (
          <div id="client-agreement-differences" tabIndex={-1}>
            <Notification status="neutral" headingText={t('clientAgreement.differsHeading')} headingVariant="h2" showCloseButton={false}>
              <ul className="guard-list">
                {diffs.map((d) => (
                  <li key={d.field + d.key} data-field={d.field}>
                    {t(`clientAgreement.differs.${d.key}`, d.params)}
                  </li>
                ))}
              </ul>
            </Notification>
          </div>
        ) : null}
        <div className="form-actions">
          <Button type="submit" disabled={save.isPending} id="save-client-agreement">
            {save.isPending ? t('common.saving') : confirming && diffs.length > 0 ? t('clientAgreement.saveAnyway') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(`/clients/${clientId}`)}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
