import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Notification,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { ApiError, isStaleVersion } from '../../shared/api/client';
import { type Client, type ClientInput, type Language, type RepresentativeKind, LANGUAGES } from '../../shared/api/types';
import { WORKER_ROLES, useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, PageTitle } from '../../shared/common';
import { DraftNotice } from '../../shared/drafts';
import { FieldErrorSummary, LoadForEdit, summaryItems, useVersionedForm } from '../../shared/versionedForm';
import { clientsApi } from './api';
import { organisationsApi } from '../organisations/api';

interface Values {
  organisationId: string;
  firstNames: string;
  lastName: string;
  personalIdentityCode: string;
  phone: string;
  email: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  municipality: string;
  preferredLanguage: Language;
  needsPlainLanguage: boolean;
  representativeKind: RepresentativeKind;
  representativeName: string;
  representativePhone: string;
  ownWorkerId: string;
}

type TextField = Exclude<keyof Values, 'preferredLanguage' | 'needsPlainLanguage' | 'representativeKind' | 'ownWorkerId' | 'organisationId'>;

const NONE = 'none';

const EMPTY: Values = {
  organisationId: '',
  firstNames: '',
  lastName: '',
  personalIdentityCode: '',
  phone: '',
  email: '',
  streetAddress: '',
  postalCode: '',
  postOffice: '',
  municipality: '',
  preferredLanguage: 'fi',
  needsPlainLanguage: false,
  representativeKind: '',
  representativeName: '',
  representativePhone: '',
  ownWorkerId: NONE,
};

function fromClient(c: Client): Values {
  return {
    organisationId: String(c.organisationId),
    firstNames: c.firstNames,
    lastName: c.lastName,
    personalIdentityCode: c.personalIdentityCode,
    phone: c.phone,
    email: c.email,
    streetAddress: c.streetAddress,
    postalCode: c.postalCode,
    postOffice: c.postOffice,
    municipality: c.municipality,
    preferredLanguage: c.preferredLanguage,
    needsPlainLanguage: c.needsPlainLanguage,
    representativeKind: c.representativeKind,
    representativeName: c.representativeName,
    representativePhone: c.representativePhone,
    ownWorkerId: c.ownWorkerId === null ? NONE : String(c.ownWorkerId),
  };
}

function toInput(v: Values, version: number | undefined, sendOrganisation: boolean): ClientInput {
  const input: ClientInput = {
    firstNames: v.firstNames.trim(),
    lastName: v.lastName.trim(),
    personalIdentityCode: v.personalIdentityCode.trim().toUpperCase(),
    phone: v.phone.trim(),
    email: v.email.trim(),
    streetAddress: v.streetAddress.trim(),
    postalCode: v.postalCode.trim(),
    postOffice: v.postOffice.trim(),
    municipality: v.municipality.trim(),
    preferredLanguage: v.preferredLanguage,
    needsPlainLanguage: v.needsPlainLanguage,
    representativeKind: v.representativeKind,
    representativeName: v.representativeKind ? v.representativeName.trim() : '',
    representativePhone: v.representativeKind ? v.representativePhone.trim() : '',
    ownWorkerId: v.ownWorkerId === NONE ? null : Number(v.ownWorkerId),
  };
  if (sendOrganisation && v.organisationId) input.organisationId = Number(v.organisationId);
  if (version !== undefined) input.version = version;
  return input;
}

/** Field order of the form, for the error summary and the comparison after a conflict. */
const FIELD_ORDER: (keyof Values)[] = [
  'organisationId',
  'firstNames',
  'lastName',
  'personalIdentityCode',
  'preferredLanguage',
  'needsPlainLanguage',
  'phone',
  'email',
  'streetAddress',
  'postalCode',
  'postOffice',
  'municipality',
  'representativeKind',
  'representativeName',
  'representativePhone',
  'ownWorkerId',
];

const inputId = (field: string) => `client-${field}`;
// suomifi Dropdown puts the id on its wrapper; the focusable button is `${id}_button`.
const DROPDOWNS = ['organisationId', 'preferredLanguage', 'ownWorkerId'];

export default function ClientFormPage() {
  const { t } = useTranslation();
  return (
    <LoadForEdit cacheKey="client" load={clientsApi.getClient} createTitle={t('clientForm.createTitle')} editTitle={t('clientForm.editTitle')}>
      {(original, title) => <ClientForm original={original} title={title} />}
    </LoadForEdit>
  );
}

function ClientForm({ original, title }: { original: Client | null; title: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const { me } = useAuth();
  const [latest, setLatest] = useState<Client | null>(null);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const topRef = useRef<HTMLDivElement>(null);
  const workers = useQuery({ queryKey: ['workers'], queryFn: organisationsApi.listWorkers, staleTime: 60_000 });

  // Purchaser organisations where the caller works; a choice is needed only when there are several.
  const purchasers = useMemo(() => {
    if (!me) return [];
    const mine = new Set(me.user.roles.filter((r) => WORKER_ROLES.includes(r.role)).map((r) => r.organisationId));
    return me.organisations.filter((o) => o.kinds.includes('purchaser') && mine.has(o.id));
  }, [me]);
  const chooseOrganisation = original === null && purchasers.length > 1;

  const form = useVersionedForm({
    original,
    cacheKey: 'client',
    listKey: 'clients',
    draft: 'client',
    load: clientsApi.getClient,
    toState: (c) => (c ? fromClient(c) : EMPTY),
    check: (): Record<string, string> =>
      chooseOrganisation && !values.organisationId ? { organisationId: t('validation.required') } : {},
    save: (version) => {
      const input = toInput(values, original ? version : undefined, chooseOrganisation);
      return original ? clientsApi.updateClient(original.id, input) : clientsApi.createClient(input);
    },
    onSaved: (client) => {
      // Naming the own worker settles the purchaser's managers' "case without own worker".
      void qc.invalidateQueries({ queryKey: ['tasks'] });
      navigate(`/clients/${client.id}`, { state: { saved: true } });
    },
    // The client form compares versions itself and moves focus to its messages.
    afterError: (error) => {
      if (isStaleVersion(error)) setLatest(null);
      else if (!(error instanceof ApiError && error.status === 422)) topRef.current?.focus();
    },
  });
  const { state: values, setState: setValues, errors, conflict } = form;

  useEffect(() => {
    if (conflict) topRef.current?.focus();
  }, [conflict]);

  const set = <K extends keyof Values>(k: K, v: Values[K]) => setValues((old) => ({ ...old, [k]: v }));

  async function loadLatest() {
    setReloadError(null);
    try {
      setLatest(await form.reload());
    } catch (err) {
      setReloadError(err);
    }
  }

  function useSaved() {
    if (!latest) return;
    setValues(fromClient(latest));
    setLatest(null);
  }

  const workerItems = (workers.data?.items ?? []).filter(
    (w) => !values.organisationId || w.organisationId === Number(values.organisationId) || String(w.id) === values.ownWorkerId,
  );

  const textInput = (field: TextField, opts: { type?: 'text' | 'email' | 'tel'; autoComplete?: string; hint?: string; optional?: boolean } = {}) => (
    <TextInput
      id={inputId(field)}
      name={field}
      type={opts.type ?? 'text'}
      autoComplete={opts.autoComplete ?? 'off'}
      labelText={t(`client.${field}`)}
      hintText={opts.hint}
      optionalText={opts.optional === false ? undefined : t('common.optional')}
      value={values[field]}
      onChange={(v) => set(field, String(v ?? ''))}
      fullWidth
      {...errors.statusOf(field)}
    />
  );

  const known = (field: string) => FIELD_ORDER.includes(field as keyof Values);
  const inForm = Object.entries(errors.fieldErrors).sort(
    ([a], [b]) => FIELD_ORDER.indexOf(a as keyof Values) - FIELD_ORDER.indexOf(b as keyof Values),
  );
  const summary = summaryItems(
    Object.fromEntries(inForm),
    (field) => (known(field) ? t(`client.${field}`) : null),
    (field) => (!known(field) ? inputId('firstNames') : DROPDOWNS.includes(field) ? `${inputId(field)}_button` : inputId(field)),
  );

  const display = (field: keyof Values, v: Values): string => {
    const x = v[field];
    if (field === 'preferredLanguage') return t(`language.${x as string}`);
    if (field === 'needsPlainLanguage') return x ? t('common.yes') : t('common.no');
    if (field === 'representativeKind') return t(`representativeKind.${(x as string) || 'none'}`);
    if (field === 'ownWorkerId') {
      if (x === NONE) return t('common.none');
      return workers.data?.items.find((w) => String(w.id) === x)?.displayName ?? (latest?.ownWorkerName || String(x));
    }
    if (field === 'organisationId') return me?.organisations.find((o) => String(o.id) === x)?.name ?? String(x);
    return String(x);
  };
  const differences = latest
    ? FIELD_ORDER.filter((f) => f !== 'organisationId').filter((f) => display(f, fromClient(latest)) !== display(f, values))
    : [];

  return (
    <>
      <PageTitle title={title}>{title}</PageTitle>
      {original ? (
        <Paragraph mb="m">
          {original.lastName}, {original.firstNames} · <AppLink to={`/clients/${original.id}`}>{t('clientForm.backToClient')}</AppLink>
        </Paragraph>
      ) : (
        <Paragraph mb="m">{t('clientForm.intro')}</Paragraph>
      )}
      <div ref={topRef} tabIndex={-1} id="form-messages">
        <DraftNotice draft={form.draft} />
        {conflict ? (
          <Notification
            id="conflict-notice"
            status="error"
            headingText={t('conflict.heading')}
            headingVariant="h2"
            showCloseButton={false}
            mb="m"
            actionElements={
              <Button variant="secondary" onClick={loadLatest} id="load-latest">
                {t('conflict.loadLatest')}
              </Button>
            }
          >
            {t('conflict.text')}
          </Notification>
        ) : null}
        {reloadError ? <ErrorNotice error={reloadError} /> : null}
        {latest ? (
          <section className="panel" aria-labelledby="compare-heading" id="conflict-compare">
            <Heading variant="h2" id="compare-heading">
              {t('conflict.compareHeading')}
            </Heading>
            <Paragraph mt="s">{t('conflict.compareText')}</Paragraph>
            {differences.length ? (
              <table className="diff-table">
                <caption className="visually-hidden">{t('conflict.compareHeading')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('conflict.field')}</th>
                    <th scope="col">{t('conflict.saved')}</th>
                    <th scope="col">{t('conflict.yours')}</th>
                  </tr>
                </thead>
                <tbody>
                  {differences.map((f) => (
                    <tr key={f}>
                      <th scope="row">{t(`client.${f}`)}</th>
                      <td>{display(f, fromClient(latest))}</td>
                      <td>{display(f, values)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : (
              <Paragraph mt="s">{t('conflict.noDifferences')}</Paragraph>
            )}
            <div className="form-actions">
              <Button variant="secondary" onClick={useSaved} id="use-saved">
                {t('conflict.useSaved')}
              </Button>
            </div>
          </section>
        ) : null}
        {errors.other ? <ErrorNotice error={errors.other} heading={t('clientForm.saveFailed')} /> : null}
      </div>
      <FieldErrorSummary
        id="error-summary"
        heading={t('validation.summaryHeading', { count: summary.length })}
        headingRef={errors.summaryRef}
        items={summary}
      />
      <form onSubmit={form.submit} noValidate id="client-form">
        <section className="panel" aria-labelledby="sec-person">
          <Heading variant="h2" id="sec-person" mb="m">
            {t('clientForm.personSection')}
          </Heading>
          <div className="form-grid">
            {chooseOrganisation ? (
              <Dropdown
                id={inputId('organisationId')}
                labelText={t('client.organisationId')}
                visualPlaceholder={t('common.choose')}
                value={values.organisationId || null}
                onChange={(v) => set('organisationId', v)}
                fullWidth
                {...errors.statusOf('organisationId')}
              >
                {purchasers.map((o) => (
                  <DropdownItem key={o.id} value={String(o.id)}>
                    {o.name}
                  </DropdownItem>
                ))}
              </Dropdown>
            ) : null}
            {textInput('firstNames', { autoComplete: 'off', optional: false })}
            {textInput('lastName', { autoComplete: 'off', optional: false })}
            {textInput('personalIdentityCode', { hint: t('client.personalIdentityCodeHint'), optional: false })}
            <Dropdown
              id={inputId('preferredLanguage')}
              labelText={t('client.preferredLanguage')}
              value={values.preferredLanguage}
              onChange={(v) => set('preferredLanguage', v as Language)}
              fullWidth
              {...errors.statusOf('preferredLanguage')}
            >
              {LANGUAGES.map((l) => (
                <DropdownItem key={l} value={l}>
                  {t(`language.${l}`)}
                </DropdownItem>
              ))}
            </Dropdown>
          </div>
          <Checkbox
            id={inputId('needsPlainLanguage')}
            checked={values.needsPlainLanguage}
            onClick={({ checkboxState }) => set('needsPlainLanguage', checkboxState)}
            hintText={t('client.needsPlainLanguageHint')}
            mt="m"
            {...errors.statusOf('needsPlainLanguage')}
          >
            {t('client.needsPlainLanguage')}
          </Checkbox>
        </section>

        <section className="panel" aria-labelledby="sec-contact">
          <Heading variant="h2" id="sec-contact" mb="m">
            {t('clientForm.contactSection')}
          </Heading>
          <div className="form-grid">
            {textInput('phone', { type: 'tel' })}
            {textInput('email', { type: 'email' })}
            {textInput('streetAddress')}
            {textInput('postalCode')}
            {textInput('postOffice')}
            {textInput('municipality')}
          </div>
        </section>

        <section className="panel" aria-labelledby="sec-representative">
          <Heading variant="h2" id="sec-representative" mb="m">
            {t('clientForm.representativeSection')}
          </Heading>
          <RadioButtonGroup
            id={inputId('representativeKind')}
            name="representativeKind"
            labelText={t('client.representativeKind')}
            value={values.representativeKind || NONE}
            onChange={(v) => set('representativeKind', (v === NONE ? '' : v) as RepresentativeKind)}
            groupStatus={errors.fieldErrors.representativeKind ? 'error' : 'default'}
            groupStatusText={errors.fieldErrors.representativeKind}
          >
            <RadioButton value={NONE}>{t('representativeKind.none')}</RadioButton>
            <RadioButton value="legal_representative">{t('representativeKind.legal_representative')}</RadioButton>
            <RadioButton value="close_person">{t('representativeKind.close_person')}</RadioButton>
          </RadioButtonGroup>
          {values.representativeKind ? (
            <div className="form-grid" style={{ marginTop: 20 }}>
              {textInput('representativeName', { optional: false })}
              {textInput('representativePhone', { type: 'tel' })}
            </div>
          ) : null}
        </section>

        <section className="panel" aria-labelledby="sec-worker">
          <Heading variant="h2" id="sec-worker" mb="m">
            {t('clientForm.workerSection')}
          </Heading>
          <div className="form-grid">
            <Dropdown
              id={inputId('ownWorkerId')}
              labelText={t('client.ownWorker')}
              optionalText={t('common.optional')}
              hintText={workers.isError ? t('clientForm.workersFailed') : t('client.ownWorkerHint')}
              value={values.ownWorkerId}
              onChange={(v) => set('ownWorkerId', v)}
              fullWidth
              {...errors.statusOf('ownWorkerId')}
            >
              {[
                <DropdownItem key={NONE} value={NONE}>
                  {t('common.none')}
                </DropdownItem>,
                ...workerItems.map((w) => (
                  <DropdownItem key={w.id} value={String(w.id)}>
                    {w.displayName}
                  </DropdownItem>
                )),
                ...(original && original.ownWorkerId !== null && !workerItems.some((w) => w.id === original.ownWorkerId)
                  ? [
                      <DropdownItem key={original.ownWorkerId} value={String(original.ownWorkerId)}>
                        {original.ownWorkerName}
                      </DropdownItem>,
                    ]
                  : []),
              ]}
            </Dropdown>
          </div>
        </section>

        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-client">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button
            variant="secondary"
            onClick={() => navigate(original ? `/clients/${original.id}` : '/clients')}
            id="cancel"
          >
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
