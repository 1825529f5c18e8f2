import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { PLACE_FIELDS, PLACE_STATUSES, SERVICE_TYPES, WEEKDAYS, type Place, type PlaceField, type PlaceInput, type PlaceStatus, type ServiceTypeCode, type Weekday, registryApi } from './api';
import { useAuth } from '../../shared/auth';
import { AppLink, PageTitle } from '../../shared/common';
import { LoadForEdit, summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { showTime, toHhMm } from '../../shared/format';
import { toggle } from '../../shared/forms';

export default function PlaceFormPage() {
  const { t } = useTranslation('placements');
  return (
    <LoadForEdit cacheKey="place" load={(id) => registryApi.getPlace(id)} createTitle={t('placeForm.createTitle')} editTitle={t('placeForm.editTitle')}>
      {(original, title) => <PlaceForm original={original} title={title} />}
    </LoadForEdit>
  );
}

interface State {
  name: string;
  workTasks: string;
  fields: PlaceField[];
  streetAddress: string;
  municipality: string;
  accessibilityNotes: string;
  wheelchairAccessible: boolean;
  whatToBring: string;
  capacity: string;
  weekdays: Weekday[];
  startTime: string;
  endTime: string;
  supervisorUserId: string; // '' = the supervisor has no account
  supervisorName: string;
  supervisorPhone: string;
  hostInstructions: string;
  checklist: string;
  noDisplacementConfirmed: boolean;
  serviceTypes: ServiceTypeCode[];
  status: PlaceStatus;
}

function fromPlace(p: Place | null): State {
  return {
    name: p?.name ?? '',
    workTasks: p?.workTasks ?? '',
    fields: p?.fields ?? [],
    streetAddress: p?.streetAddress ?? '',
    municipality: p?.municipality ?? '',
    accessibilityNotes: p?.accessibilityNotes ?? '',
    wheelchairAccessible: p?.wheelchairAccessible ?? false,
    whatToBring: p?.whatToBring ?? '',
    capacity: p ? String(p.capacity) : '',
    weekdays: p?.weekdays ?? ['mon', 'tue', 'wed', 'thu', 'fri'],
    startTime: p ? showTime(p.startTime) : '8.00',
    endTime: p ? showTime(p.endTime) : '15.00',
    supervisorUserId: p?.supervisorUserId ? String(p.supervisorUserId) : '',
    supervisorName: p?.supervisorName ?? '',
    supervisorPhone: p?.supervisorPhone ?? '',
    hostInstructions: p?.hostInstructions ?? '',
    checklist: (p?.orientationChecklist ?? []).join('\n'),
    noDisplacementConfirmed: p?.noDisplacementConfirmed ?? false,
    serviceTypes: p?.serviceTypes ?? [],
    status: p?.status ?? 'open',
  };
}

function PlaceForm({ original, title }: { original: Place | null; title: string }) {
  const { t } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const managed = [...new Set((me?.user.roles ?? []).filter((r) => r.role === 'manager').map((r) => r.organisationId))];
  const [hostId, setHostId] = useState<string>(original ? String(original.hostOrganisationId) : String(managed[0] ?? ''));
  const form = useVersionedForm({
    original,
    cacheKey: 'place',
    listKey: 'places',
    draft: 'place',
    load: (id) => registryApi.getPlace(id),
    toState: fromPlace,
    save: (version) => {
      const cap = Number(s.capacity.trim());
      const input: PlaceInput = {
        name: s.name.trim(),
        workTasks: s.workTasks.trim(),
        fields: s.fields,
        streetAddress: s.streetAddress.trim(),
        municipality: s.municipality.trim(),
        accessibilityNotes: s.accessibilityNotes.trim(),
        wheelchairAccessible: s.wheelchairAccessible,
        whatToBring: s.whatToBring.trim(),
        capacity: s.capacity.trim() === '' || !Number.isFinite(cap) ? 0 : cap,
        weekdays: s.weekdays,
        startTime: toHhMm(s.startTime),
        endTime: toHhMm(s.endTime),
        supervisorUserId: s.supervisorUserId ? Number(s.supervisorUserId) : null,
        supervisorName: s.supervisorName.trim(),
        supervisorPhone: s.supervisorPhone.trim(),
        hostInstructions: s.hostInstructions.trim(),
        orientationChecklist: s.checklist
          .split('\n')
          .map((x) => x.trim())
          .filter(Boolean),
        noDisplacementConfirmed: s.noDisplacementConfirmed,
        serviceTypes: s.serviceTypes,
        status: s.status,
      };
      if (original) return registryApi.updatePlace(original.id, { ...input, version });
      if (managed.length > 1 && hostId) input.hostOrganisationId = Number(hostId);
      return registryApi.createPlace(input);
    },
    onSaved: (p) => navigate(`/places/${p.id}`, { state: { saved: true } }),
  });
  const { state: s, setState: setS, errors } = form;
  const set = <K extends keyof State>(k: K, v: State[K]) => setS((old) => ({ ...old, [k]: v }));
  const host = original ? original.hostOrganisationId : Number(hostId) || null;

  const inputIdOf = (field: string) => {
    const base = field.replace(/\[.*$/, '');
    if (base === 'orientationChecklist') return 'place-checklist';
    if (base === 'hostOrganisationId') return 'place-host_button';
    if (base === 'status') return 'place-status_button';
    if (base === 'supervisorUserId') return 'place-supervisorUserId_button';
    if (['fields', 'weekdays', 'serviceTypes'].includes(base)) return `place-${base}-first`;
    if (base === 'noDisplacementConfirmed') return 'place-noDisplacementConfirmed';
    return `place-${base}`;
  };
  const labelOf = (field: string) => {
    const base = field.replace(/\[.*$/, '');
    const named: Record<string, string> = {
      orientationChecklist: 'place.orientationChecklist',
      noDisplacementConfirmed: 'place.noDisplacement',
      supervisorUserId: 'place.supervisorUser',
    };
    const key = named[base] ?? `place.${base}`;
    return t(key, { defaultValue: base });
  };
  const summary = summaryItems(errors.fieldErrors, labelOf, inputIdOf);
  const errorOf = (prefix: string) =>
    Object.entries(errors.fieldErrors).find(([f]) => f === prefix || f.startsWith(prefix + '['))?.[1];
  const statusOf = (prefix: string) => {
    const m = errorOf(prefix);
    return m ? ({ status: 'error', statusText: m } as const) : ({ status: 'default' } as const);
  };
  const groupStatus = (prefix: string) => {
    const m = errorOf(prefix);
    return m ? ({ groupStatus: 'error', groupStatusText: m } as const) : ({ groupStatus: 'default' } as const);
  };

  const back = original ? `/places/${original.id}` : '/places';
  return (
    <>
      <Paragraph mb="s">
        <AppLink to={back}>{original ? t('placeForm.backToPlace') : t('place.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <VersionedFormMessages form={form} summaryId="place-error-summary" summaryHeading={t('common.summaryHeading', { count: summary.length })} items={summary} />
      <form onSubmit={form.submit} noValidate id="place-form">
        <section className="panel stack" aria-labelledby="pf-basic">
          <Heading variant="h2" id="pf-basic">
            {t('place.basicSection')}
          </Heading>
          {!original && managed.length > 1 ? (
            <Dropdown id="place-host" labelText={t('place.host')} value={hostId} onChange={(v) => setHostId(v)} {...statusOf('hostOrganisationId')}>
              {managed.map((o) => (
                <DropdownItem key={o} value={String(o)}>
                  {t('placeForm.organisationN', { id: o })}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : null}
          <TextInput id="place-name" labelText={t('place.name')} value={s.name} onChange={(v) => set('name', String(v ?? ''))} fullWidth {...statusOf('name')} />
          <Textarea
            id="place-workTasks"
            labelText={t('place.workTasks')}
            value={s.workTasks}
            onChange={(e) => set('workTasks', e.target.value)}
            fullWidth
            {...statusOf('workTasks')}
          />
          <CheckboxGroup id="place-fields" labelText={t('place.fields')} {...groupStatus('fields')}>
            {PLACE_FIELDS.map((f, i) => (
              <Checkbox
                key={f}
                id={i === 0 ? 'place-fields-first' : `place-field-${f}`}
                checked={s.fields.includes(f)}
                onClick={({ checkboxState }) => set('fields', toggle(s.fields, f, checkboxState, PLACE_FIELDS))}
              >
                {t(`field.${f}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <CheckboxGroup id="place-serviceTypes" labelText={t('place.serviceTypes')} groupHintText={t('placeForm.serviceTypesHint')} {...groupStatus('serviceTypes')}>
            {SERVICE_TYPES.map((st, i) => (
              <Checkbox
                key={st}
                id={i === 0 ? 'place-serviceTypes-first' : `place-serviceType-${st}`}
                checked={s.serviceTypes.includes(st)}
                onClick={({ checkboxState }) => set('serviceTypes', toggle(s.serviceTypes, st, checkboxState, SERVICE_TYPES))}
              >
                {t(`serviceType.${st}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <Dropdown id="place-status" labelText={t('place.status')} value={s.status} onChange={(v) => set('status', v as PlaceStatus)} {...statusOf('status')}>
            {PLACE_STATUSES.map((st) => (
              <DropdownItem key={st} value={st}>
                {t(`status.${st}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <Checkbox
            id="place-noDisplacementConfirmed"
            checked={s.noDisplacementConfirmed}
            hintText={t('placeForm.noDisplacementHint')}
            onClick={({ checkboxState }) => set('noDisplacementConfirmed', checkboxState)}
            {...statusOf('noDisplacementConfirmed')}
          >
            {t('placeForm.noDisplacementText')}
          </Checkbox>
        </section>
        <section className="panel stack" aria-labelledby="pf-capacity">
          <Heading variant="h2" id="pf-capacity">
            {t('place.capacitySection')}
          </Heading>
          <TextInput
            id="place-capacity"
            type="number"
            labelText={t('place.capacity')}
            hintText={t('placeForm.capacityHint')}
            value={s.capacity}
            onChange={(v) => set('capacity', String(v ?? ''))}
            {...statusOf('capacity')}
          />
          <CheckboxGroup id="place-weekdays" labelText={t('place.days')} {...groupStatus('weekdays')}>
            {WEEKDAYS.map((d, i) => (
              <Checkbox
                key={d}
                id={i === 0 ? 'place-weekdays-first' : `place-weekday-${d}`}
                checked={s.weekdays.includes(d)}
                onClick={({ checkboxState }) => set('weekdays', toggle(s.weekdays, d, checkboxState, WEEKDAYS))}
              >
                {t(`weekday.${d}`)}
              </Checkbox>
            ))}
          </CheckboxGroup>
          <div className="row-inline">
            <TextInput id="place-startTime" labelText={t('place.startTime')} hintText={t('common.timeHint')} value={s.startTime} onChange={(v) => set('startTime', String(v ?? ''))} {...statusOf('startTime')} />
            <TextInput id="place-endTime" labelText={t('place.endTime')} hintText={t('common.timeHint')} value={s.endTime} onChange={(v) => set('endTime', String(v ?? ''))} {...statusOf('endTime')} />
          </div>
        </section>
        <section className="panel stack" aria-labelledby="pf-location">
          <Heading variant="h2" id="pf-location">
            {t('place.locationSection')}
          </Heading>
          <TextInput id="place-streetAddress" labelText={t('place.streetAddress')} optionalText={t('common.optional')} value={s.streetAddress} onChange={(v) => set('streetAddress', String(v ?? ''))} fullWidth {...statusOf('streetAddress')} />
          <TextInput id="place-municipality" labelText={t('place.municipality')} value={s.municipality} onChange={(v) => set('municipality', String(v ?? ''))} {...statusOf('municipality')} />
          <Checkbox id="place-wheelchairAccessible" checked={s.wheelchairAccessible} onClick={({ checkboxState }) => set('wheelchairAccessible', checkboxState)}>
            {t('place.wheelchairAccessible')}
          </Checkbox>
          <Textarea id="place-accessibilityNotes" labelText={t('place.accessibilityNotes')} optionalText={t('common.optional')} value={s.accessibilityNotes} onChange={(e) => set('accessibilityNotes', e.target.value)} fullWidth {...statusOf('accessibilityNotes')} />
        </section>
        <section className="panel stack" aria-labelledby="pf-practical">
          <Heading variant="h2" id="pf-practical">
            {t('place.practicalSection')}
          </Heading>
          <SupervisorChoice
            hostId={host}
            value={s.supervisorUserId}
            onChange={(userId, name) => setS((old) => ({ ...old, supervisorUserId: userId, supervisorName: name ?? old.supervisorName }))}
            status={statusOf('supervisorUserId')}
          />
          <div className="form-grid">
            <TextInput id="place-supervisorName" labelText={t('place.supervisorName')} value={s.supervisorName} onChange={(v) => set('supervisorName', String(v ?? ''))} fullWidth {...statusOf('supervisorName')} />
            <TextInput id="place-supervisorPhone" labelText={t('place.supervisorPhone')} value={s.supervisorPhone} onChange={(v) => set('supervisorPhone', String(v ?? ''))} fullWidth {...statusOf('supervisorPhone')} />
          </div>
          <Textarea id="place-whatToBring" labelText={t('place.whatToBring')} optionalText={t('common.optional')} value={s.whatToBring} onChange={(e) => set('whatToBring', e.target.value)} fullWidth {...statusOf('whatToBring')} />
          <Textarea id="place-hostInstructions" labelText={t('place.hostInstructions')} optionalText={t('common.optional')} value={s.hostInstructions} onChange={(e) => set('hostInstructions', e.target.value)} fullWidth {...statusOf('hostInstructions')} />
          <Textarea
            id="place-checklist"
            labelText={t('place.orientationChecklist')}
            optionalText={t('common.optional')}
            hintText={t('placeForm.checklistHint')}
            value={s.checklist}
            onChange={(e) => set('checklist', e.target.value)}
            fullWidth
            {...statusOf('orientationChecklist')}
          />
        </section>
        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-place">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(back)} id="cancel-place">
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}

/**
 * The host's placement supervisors with an account; choosing one also fills in the name
 * (the phone number stays as typed). '' keeps a supervisor without an account.
 */
function SupervisorChoice({
  hostId,
  value,
  onChange,
  status,
}: {
  hostId: number | null;
  value: string;
  onChange: (userId: string, name: string | null) => void;
  status: { status: 'error' | 'default'; statusText?: string };
}) {
  const { t } = useTranslation('placements');
  const list = useQuery({
    queryKey: ['host', hostId, 'supervisors'],
    queryFn: () => registryApi.hostSupervisors(hostId!),
    enabled: hostId !== null,
    retry: false,
  });
  if (list.isError) return <Paragraph id="place-supervisors-unavailable">{t('placeForm.supervisorsUnavailable')}</Paragraph>;
  const options = list.data?.items ?? [];
  // A supervisor named earlier who has since left the host stays selectable until changed.
  const known = value === '' || options.some((o) => String(o.userId) === value);
  return (
    <Dropdown
      id="place-supervisorUserId"
      labelText={t('place.supervisorUser')}
      hintText={t('placeForm.supervisorUserHint')}
      value={value}
      onChange={(v) => onChange(v, v ? (options.find((o) => String(o.userId) === v)?.displayName ?? null) : null)}
      {...status}
    >
      {[
        <DropdownItem key="" value="">
          {t('placeForm.supervisorNoAccount')}
        </DropdownItem>,
        ...options.map((o) => (
          <DropdownItem key={o.userId} value={String(o.userId)}>
            {o.displayName}
          </DropdownItem>
        )),
        ...(known
          ? []
          : [
              <DropdownItem key={value} value={value}>
                {t('place.supervisorUser')} {value}
              </DropdownItem>,
            ]),
      ]}
    </Dropdown>
  );
}
