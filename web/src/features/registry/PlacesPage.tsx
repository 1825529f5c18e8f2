import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Button, Checkbox, Dropdown, DropdownItem, Paragraph, Table, TextInput } from 'suomifi-ui-components';
import { DateField } from '../../shared/DateField';
import { IconPlus, IconSearch } from 'suomifi-icons';
import { PLACE_FIELDS, SERVICE_TYPES, WEEKDAYS, type PlaceSearch, registryApi } from './api';
import { useAuth, isManager } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { PlaceStatusTag } from './PlaceBits';
import { ApiError } from '../../shared/api/client';
import { canMatch } from './access';
import { dateForServer, showTime, toHhMm, formatDate } from '../../shared/format';

const KEYS = ['field', 'municipality', 'weekday', 'startTime', 'endTime', 'wheelchairAccessible', 'freeFrom', 'freeUntil', 'serviceType'] as const;

export default function PlacesPage() {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const [params, setParams] = useSearchParams();
  const applied: Record<string, string> = {};
  for (const k of KEYS) applied[k] = params.get(k) ?? '';

  const [field, setField] = useState(applied.field);
  const [municipality, setMunicipality] = useState(applied.municipality);
  const [weekday, setWeekday] = useState(applied.weekday);
  const [startTime, setStartTime] = useState(showTime(applied.startTime));
  const [endTime, setEndTime] = useState(showTime(applied.endTime));
  const [wheelchair, setWheelchair] = useState(applied.wheelchairAccessible === 'true');
  const [freeFrom, setFreeFrom] = useState(applied.freeFrom ? formatDate(applied.freeFrom) : '');
  const [freeUntil, setFreeUntil] = useState(applied.freeUntil ? formatDate(applied.freeUntil) : '');
  const [serviceType, setServiceType] = useState(applied.serviceType);

  const search: PlaceSearch = {};
  if (applied.field) search.field = applied.field as PlaceSearch['field'];
  if (applied.municipality) search.municipality = applied.municipality;
  if (applied.weekday) search.weekday = applied.weekday as PlaceSearch['weekday'];
  if (applied.startTime) search.startTime = applied.startTime;
  if (applied.endTime) search.endTime = applied.endTime;
  if (applied.wheelchairAccessible === 'true') search.wheelchairAccessible = 'true';
  if (applied.freeFrom) search.freeFrom = applied.freeFrom;
  if (applied.freeUntil) search.freeUntil = applied.freeUntil;
  if (applied.serviceType) search.serviceType = applied.serviceType as PlaceSearch['serviceType'];
  const filtered = Object.keys(search).length > 0;

  const list = useQuery({
    queryKey: ['places', 'search', search],
    queryFn: () => (filtered ? registryApi.searchPlaces(search) : registryApi.listPlaces()),
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const next: Record<string, string> = {};
    if (field) next.field = field;
    if (municipality.trim()) next.municipality = municipality.trim();
    if (weekday) next.weekday = weekday;
    if (startTime.trim()) next.startTime = toHhMm(startTime);
    if (endTime.trim()) next.endTime = toHhMm(endTime);
    if (wheelchair) next.wheelchairAccessible = 'true';
    if (freeFrom.trim()) next.freeFrom = dateForServer(freeFrom);
    if (freeUntil.trim()) next.freeUntil = dateForServer(freeUntil);
    if (serviceType) next.serviceType = serviceType;
    setParams(next);
  }

  function clear() {
    setField('');
    setMunicipality('');
    setWeekday('');
    setStartTime('');
    setEndTime('');
    setWheelchair(false);
    setFreeFrom('');
    setFreeUntil('');
    setServiceType('');
    setParams({});
  }

  const items = list.data?.items ?? [];
  // The server explains a bad filter per field (422); the typed values stay in the form.
  const filterErrors = list.error instanceof ApiError && list.error.status === 422 ? list.error.fieldErrors() : {};
  const statusOf = (key: string) =>
    filterErrors[key] ? ({ status: 'error', statusText: filterErrors[key] } as const) : ({ status: 'default' } as const);
  const columns = [
    { key: 'name', labelText: t('place.name') },
    { key: 'host', labelText: t('place.host') },
    { key: 'municipality', labelText: t('place.municipality') },
    { key: 'fields', labelText: t('place.fields') },
    { key: 'days', labelText: t('place.days') },
    { key: 'free', labelText: t('place.free') },
    { key: 'status', labelText: t('place.status') },
  ] as const;

  return (
    <>
      <div className="page-head">
        <PageTitle title={t('places.title')}>{t('places.title')}</PageTitle>
        <div className="row-inline">
          {canMatch(me) ? (
            <Button variant="secondary" icon={<IconSearch />} onClick={() => navigate('/places/match')} id="find-place">
              {t('match.title')}
            </Button>
          ) : null}
          {isManager(me) ? (
            <Button icon={<IconPlus />} onClick={() => navigate('/places/new')} id="new-place">
              {t('places.new')}
            </Button>
          ) : null}
        </div>
      </div>
      <form role="search" aria-labelledby="place-filters-heading" onSubmit={submit} className="panel" id="place-filters">
        <h2 id="place-filters-heading" className="pl-h2">
          {t('places.filters')}
        </h2>
        <div className="form-grid">
          <Dropdown
            id="filter-field"
            labelText={t('place.field')}
            value={field}
            onChange={(v) => setField(v)}
            fullWidth
          >
            {[
              <DropdownItem key="" value="">
                {t('common.any')}
              </DropdownItem>,
              ...PLACE_FIELDS.map((f) => (
                <DropdownItem key={f} value={f}>
                  {t(`field.${f}`)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <TextInput
            id="filter-municipality"
            labelText={t('place.municipality')}
            value={municipality}
            onChange={(v) => setMunicipality(String(v ?? ''))}
            fullWidth
          />
          <Dropdown id="filter-weekday" labelText={t('places.weekday')} value={weekday} onChange={(v) => setWeekday(v)} fullWidth>
            {[
              <DropdownItem key="" value="">
                {t('common.any')}
              </DropdownItem>,
              ...WEEKDAYS.map((d) => (
                <DropdownItem key={d} value={d}>
                  {t(`weekday.${d}`)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <TextInput
            id="filter-startTime"
            labelText={t('places.openFrom')}
            hintText={t('places.timeHint')}
            value={startTime}
            onChange={(v) => setStartTime(String(v ?? ''))}
            fullWidth
            {...statusOf('startTime')}
          />
          <TextInput
            id="filter-endTime"
            labelText={t('places.openUntil')}
            hintText={t('places.timeHint')}
            value={endTime}
            onChange={(v) => setEndTime(String(v ?? ''))}
            fullWidth
            {...statusOf('endTime')}
          />
          <Dropdown
            id="filter-serviceType"
            labelText={t('place.serviceType')}
            value={serviceType}
            onChange={(v) => setServiceType(v)}
            fullWidth
          >
            {[
              <DropdownItem key="" value="">
                {t('common.any')}
              </DropdownItem>,
              ...SERVICE_TYPES.map((s) => (
                <DropdownItem key={s} value={s}>
                  {t(`serviceType.${s}`)}
                </DropdownItem>
              )),
            ]}
          </Dropdown>
          <DateField
            id="filter-freeFrom"
            labelText={t('places.freeFrom')}
            value={freeFrom}
            onChange={({ value }) => setFreeFrom(value)}
            fullWidth
            {...statusOf('freeFrom')}
          />
          <DateField
            id="filter-freeUntil"
            labelText={t('places.freeUntil')}
            value={freeUntil}
            onChange={({ value }) => setFreeUntil(value)}
            fullWidth
            {...statusOf('freeUntil')}
          />
        </div>
        <div style={{ marginTop: 20 }}>
          <Checkbox id="filter-wheelchair" checked={wheelchair} onClick={({ checkboxState }) => setWheelchair(checkboxState)}>
            {t('place.wheelchairAccessible')}
          </Checkbox>
        </div>
        <div className="form-actions">
          <Button type="submit" icon={<IconSearch />} id="apply-filters">
            {t('places.search')}
          </Button>
          <Button variant="secondary" onClick={clear} id="clear-filters">
            {t('places.clear')}
          </Button>
        </div>
      </form>
      <section aria-labelledby="places-results">
        <h2 id="places-results" className="visually-hidden">
          {t('places.results')}
        </h2>
        {list.isPending ? <Loading text={t('common.loading')} /> : null}
        {list.isError ? <ErrorNotice error={list.error} /> : null}
        {list.isSuccess ? (
          <>
            <Paragraph mb="s" aria-live="polite" id="place-count">
              {t(filtered ? 'places.foundFiltered' : 'places.found', { count: items.length })}
            </Paragraph>
            {items.length > 0 ? (
              <Table
                id="place-table"
                caption={t('places.results')}
                columns={columns}
                data={items.map((p) => ({
                  id: String(p.id),
                  name: <AppLink to={`/places/${p.id}`}>{p.name}</AppLink>,
                  host: p.hostName,
                  municipality: p.municipality,
                  fields: p.fields.map((f) => t(`field.${f}`)).join(', '),
                  days: p.weekdays.map((d) => t(`weekdayShort.${d}`)).join(' '),
                  free: t('place.freeOf', { free: p.freeToday, capacity: p.capacity }),
                  status: <PlaceStatusTag status={p.status} />,
                }))}
              />
            ) : null}
          </>
        ) : null}
      </section>
    </>
  );
}
