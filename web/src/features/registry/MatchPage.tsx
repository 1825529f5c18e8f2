import { useState, type FormEvent, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  SearchInput,
  TextInput,
} from 'suomifi-ui-components';
import { IconSearch } from 'suomifi-icons';

import { PLACE_FIELDS, SERVICE_TYPES, WEEKDAYS, type ClientNeeds, type PlaceField, type ServiceTypeCode, type Weekday, registryApi } from './api';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { useServerErrors, toggle } from '../../shared/forms';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { ChooseMatchCase, type MatchCase } from './MatchCase';
import { SuggestionCard } from './SuggestionCard';
import { dateForServer, dayText, showTime, toHhMm, formatDate } from '../../shared/format';
import { bookingsApi } from '../bookings/api';
import { clientsApi } from '../clients/api';

export default function MatchPage() {
  const { t } = useTranslation('placements');
  const [params, setParams] = useSearchParams();
  const clientId = params.get('clientId') ? Number(params.get('clientId')) : null;
  const caseId = params.get('caseId') ? Number(params.get('caseId')) : null;
  const title = t('match.title');
  const client = useQuery({
    queryKey: ['client', clientId],
    queryFn: () => clientsApi.getClient(clientId!),
    enabled: clientId !== null,
  });

  return (
    <>
      <Paragraph mb="s">
        {clientId !== null && caseId !== null ? (
          <AppLink to={`/cases/${caseId}`} id="back-to-case">
            {t('match.backToCase')}
          </AppLink>
        ) : clientId !== null ? (
          <AppLink to={`/clients/${clientId}`}>{t('match.backToClient')}</AppLink>
        ) : (
          <AppLink to="/places">{t('place.back')}</AppLink>
        )}
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      {clientId === null ? (
        <ClientPicker onPick={(id) => setParams({ clientId: String(id) })} />
      ) : client.isPending ? (
        <Loading text={t('common.loading')} />
      ) : client.isError ? (
        <ErrorNotice error={client.error} />
      ) : (
        <ChooseMatchCase
          key={`${clientId}-${caseId ?? ''}`}
          clientId={clientId}
          caseId={caseId}
          onPick={(id) => setParams({ clientId: String(clientId), caseId: String(id) })}
        >
          {(forCase, notice) => (
            <MatchForm
              key={forCase?.id ?? 'none'}
              clientId={clientId}
              clientName={`${client.data.firstNames} ${client.data.lastName}`}
              municipality={client.data.municipality}
              forCase={forCase}
              notice={notice}
              onChangeClient={() => setParams({})}
            />
          )}
        </ChooseMatchCase>
      )}
    </>
  );
}

function ClientPicker({ onPick }: { onPick: (id: number) => void }) {
  const { t } = useTranslation('placements');
  const [text, setText] = useState('');
  const [q, setQ] = useState<string | null>(null);
  const list = useQuery({ queryKey: ['clients', q], queryFn: () => clientsApi.listClients(q ?? ''), enabled: q !== null });
  return (
    <section className="panel" aria-labelledby="pick-client">
      <Heading variant="h2" id="pick-client" mb="s">
        {t('match.pickClient')}
      </Heading>
      <form
        role="search"
        aria-label={t('match.pickClient')}
        onSubmit={(e) => {
          e.preventDefault();
          setQ(text.trim());
        }}
      >
        <SearchInput
          id="match-client-search"
          labelText={t('match.clientSearch')}
          clearButtonLabel={t('common.clear')}
          searchButtonLabel={t('places.search')}
          value={text}
          onChange={(v) => setText(String(v ?? ''))}
          onSearch={(v) => setQ(String(v ?? '').trim())}
          fullWidth
        />
      </form>
      {list.isFetching ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {list.isSuccess ? (
        <ul className="pl-plain-list" aria-live="polite" id="match-client-results">
          {list.data.items.length === 0 ? <li>{t('match.noClients')}</li> : null}
          {list.data.items.map((c) => (
            <li key={c.id}>
              <Button variant="secondaryNoBorder" onClick={() => onPick(c.id)}>
                {c.lastName}, {c.firstNames} ({c.municipality})
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function MatchForm({
  clientId,
  clientName,
  municipality: clientMunicipality,
  forCase,
  notice,
  onChangeClient,
}: {
  clientId: number;
  clientName: string;
  municipality: string;
  forCase: MatchCase | null;
  notice: ReactNode;
  onChangeClient: () => void;
}) {
  const { t } = useTranslation('placements');
  const [serviceType, setServiceType] = useState<ServiceTypeCode>(forCase?.serviceType ?? 'ktt');
  const [municipality, setMunicipality] = useState(clientMunicipality);
  const [weekdays, setWeekdays] = useState<Weekday[]>([]);
  const [startTime, setStartTime] = useState('');
  const [endTime, setEndTime] = useState('');
  const [interests, setInterests] = useState<PlaceField[]>([]);
  // The plan's start when it is still ahead; a plan that started already is matched from today.
  const [startDate, setStartDate] = useState(() => {
    if (!forCase?.planStart) return dayText(14);
    return dateForServer(dayText(0)) <= forCase.planStart ? formatDate(forCase.planStart) : dayText(0);
  });
  const [needs, setNeeds] = useState<ClientNeeds | null>(null);
  const errors = useServerErrors();

  const match = useMutation({
    mutationFn: (n: ClientNeeds) => registryApi.matchPlaces(n),
    onError: (e) => errors.take(e),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    const n: ClientNeeds = { serviceType, startDate: dateForServer(startDate) };
    if (municipality.trim()) n.municipality = municipality.trim();
    if (weekdays.length) n.weekdays = weekdays;
    if (startTime.trim()) n.startTime = toHhMm(startTime);
    if (endTime.trim()) n.endTime = toHhMm(endTime);
    if (interests.length) n.interests = interests;
    setNeeds(n);
    match.mutate(n);
  }

  const ids: Record<string, string> = {
    serviceType: 'needs-serviceType_button',
    municipality: 'needs-municipality',
    weekdays: 'needs-weekday-mon',
    startTime: 'needs-startTime',
    endTime: 'needs-endTime',
    interests: 'needs-interest-first',
    startDate: 'needs-startDate',
  };
  const baseOf = (f: string) => f.replace(/\[.*$/, '');
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => t(`needs.${baseOf(f)}`, { defaultValue: baseOf(f) }),
    (f) => ids[baseOf(f)] ?? 'needs-startDate',
  );
  const err = (k: string) => Object.entries(errors.fieldErrors).find(([f]) => f === k || f.startsWith(k + '['))?.[1];
  const st = (k: string) => (err(k) ? ({ status: 'error', statusText: err(k) } as const) : ({ status: 'default' } as const));
  const items = match.data?.items ?? [];

  return (
    <>
      <Paragraph mb="m" id="match-client">
        {forCase ? (
          <>
            {t('match.forCase', { name: clientName, type: t(`serviceType.${forCase.serviceType}`) })}{' '}
            <AppLink to={`/cases/${forCase.id}`} id="match-case-link">
              {t('match.openCase')}
            </AppLink>
          </>
        ) : (
          t('match.forClient', { name: clientName })
        )}{' '}
        <Button variant="secondaryNoBorder" onClick={onChangeClient} id="change-client">
          {t('match.changeClient')}
        </Button>
      </Paragraph>
      {notice}
      <FieldErrorSummary heading={t('common.summaryHeading', { count: summary.length })} headingRef={errors.summaryRef} items={summary} />
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      <form onSubmit={submit} noValidate className="panel stack" id="needs-form" aria-labelledby="needs-heading">
        <Heading variant="h2" id="needs-heading">
          {t('needs.heading')}
        </Heading>
        <div className="form-grid">
          {forCase ? (
            <dl className="details-list" id="needs-serviceType-fixed">
              <dt>{t('match.serviceTypeOfCase')}</dt>
              <dd>{t(`serviceType.${serviceType}`)}</dd>
            </dl>
          ) : (
            <Dropdown id="needs-serviceType" labelText={t('needs.serviceType')} value={serviceType} onChange={(v) => setServiceType(v as ServiceTypeCode)} fullWidth {...st('serviceType')}>
              {SERVICE_TYPES.map((s) => (
                <DropdownItem key={s} value={s}>
                  {t(`serviceType.${s}`)}
                </DropdownItem>
              ))}
            </Dropdown>
          )}
          <TextInput id="needs-municipality" labelText={t('needs.municipality')} optionalText={t('common.optional')} value={municipality} onChange={(v) => setMunicipality(String(v ?? ''))} fullWidth {...st('municipality')} />
          <DateField
            id="needs-startDate"
            labelText={t('needs.startDate')}
            value={startDate}
            onChange={({ value }) => setStartDate(value)}
            fullWidth
            {...st('startDate')}
          />
          <TextInput id="needs-startTime" labelText={t('needs.startTime')} optionalText={t('common.optional')} hintText={t('common.timeHint')} value={startTime} onChange={(v) => setStartTime(String(v ?? ''))} {...st('startTime')} />
          <TextInput id="needs-endTime" labelText={t('needs.endTime')} optionalText={t('common.optional')} hintText={t('common.timeHint')} value={endTime} onChange={(v) => setEndTime(String(v ?? ''))} {...st('endTime')} />
        </div>
        <CheckboxGroup id="needs-weekdays" labelText={t('needs.weekdays')} optionalText={t('common.optional')} groupHintText={t('needs.weekdaysHint')} groupStatus={err('weekdays') ? 'error' : 'default'} groupStatusText={err('weekdays')}>
          {WEEKDAYS.map((d) => (
            <Checkbox key={d} id={`needs-weekday-${d}`} checked={weekdays.includes(d)} onClick={({ checkboxState }) => setWeekdays(toggle(weekdays, d, checkboxState, WEEKDAYS))}>
              {t(`weekday.${d}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <CheckboxGroup id="needs-interests" labelText={t('needs.interests')} optionalText={t('common.optional')} groupHintText={t('needs.interestsHint')} groupStatus={err('interests') ? 'error' : 'default'} groupStatusText={err('interests')}>
          {PLACE_FIELDS.map((f, i) => (
            <Checkbox key={f} id={i === 0 ? 'needs-interest-first' : `needs-interest-${f}`} checked={interests.includes(f)} onClick={({ checkboxState }) => setInterests(toggle(interests, f, checkboxState, PLACE_FIELDS))}>
              {t(`field.${f}`)}
            </Checkbox>
          ))}
        </CheckboxGroup>
        <div className="form-actions">
          <Button type="submit" icon={<IconSearch />} disabled={match.isPending} id="run-match">
            {t('match.search')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="suggestions-heading" id="suggestions">
        <Heading variant="h2" id="suggestions-heading" mb="s">
          {t('match.suggestions')}
        </Heading>
        {match.isPending ? <Loading text={t('common.loading')} /> : null}
        <div aria-live="polite">
          {match.isSuccess ? (
            <Paragraph mb="m" id="suggestion-count">
              {t('match.count', { count: items.length })}
            </Paragraph>
          ) : match.isIdle ? (
            <Paragraph mb="m">{t('match.notYet')}</Paragraph>
          ) : null}
        </div>
        {match.isSuccess && needs ? (
          <ol className="pl-suggestions">
            {items.map((r, i) => (
              <li key={r.place.id}>
                <SuggestionCard ranked={r} rank={i + 1} clientId={clientId} caseId={forCase?.id ?? null} needs={needs} />
              </li>
            ))}
          </ol>
        ) : null}
      </section>
      <ClientPlacementHistory clientId={clientId} />
    </>
  );
}

/** The client's introductory visits and client agreements so far. */
function ClientPlacementHistory({ clientId }: { clientId: number }) {
  const { t } = useTranslation('placements');
  const visits = useQuery({ queryKey: ['visits', clientId], queryFn: () => bookingsApi.listVisits(clientId) });
  const agreements = useQuery({ queryKey: ['client-agreements', clientId], queryFn: () => bookingsApi.listClientAgreements(clientId) });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  const nameOf = (id: number) => places.data?.items.find((p) => p.id === id)?.name ?? t('agreement.placeN', { id });
  return (
    <section className="panel" aria-labelledby="client-history" id="client-history-section">
      <Heading variant="h2" id="client-history" mb="s">
        {t('history.heading')}
      </Heading>
      <Heading variant="h3" mb="xs">
        {t('history.visits')}
      </Heading>
      {visits.isError ? <ErrorNotice error={visits.error} /> : null}
      {visits.isSuccess ? (
        visits.data.items.length ? (
          <ul id="client-visits">
            {visits.data.items.map((v) => (
              <li key={v.id}>
                {t('history.visitLine', {
                  place: nameOf(v.placeId),
                  date: formatDate(v.visitDate),
                  time: showTime(v.visitTime),
                  outcome: t(`outcome.${v.outcome}`),
                })}
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph mb="s">{t('common.none')}</Paragraph>
        )
      ) : null}
      <Heading variant="h3" mb="xs" mt="s">
        {t('history.agreements')}
      </Heading>
      {agreements.isError ? <ErrorNotice error={agreements.error} /> : null}
      {agreements.isSuccess ? (
        agreements.data.items.length ? (
          <ul id="client-agreements">
            {agreements.data.items.map((a) => (
              <li key={a.id}>
                <AppLink to={`/client-agreements/${a.id}`}>
                  {nameOf(a.placeId)} {formatDate(a.startDate)}–{formatDate(a.endDate)}
                </AppLink>
              </li>
            ))}
          </ul>
        ) : (
          <Paragraph mb="s">{t('common.none')}</Paragraph>
        )
      ) : null}
      <AppLink to={`/client-agreements/new?clientId=${clientId}`} id="new-client-agreement">
        {t('clientAgreement.createTitle')}
      </AppLink>
    </section>
  );
}
