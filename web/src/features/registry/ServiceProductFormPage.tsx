import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  Paragraph,
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { SERVICE_TYPES, type PriceUnit, type ServiceProduct, type ServiceProductInput, type ServiceTypeCode } from './api';
import { useAuth } from '../../shared/auth';
import { AppLink, PageTitle } from '../../shared/common';
import { LoadForEdit, summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';

import { formatEuros, managedProviders, parseEuros, range } from './products';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { registryApi } from './api';

export default function ServiceProductFormPage() {
  const { t } = useTranslation('placements');
  return (
    <LoadForEdit
      cacheKey="service-product"
      load={(id) => registryApi.getServiceProduct(id)}
      createTitle={t('productForm.createTitle')}
      editTitle={t('productForm.editTitle')}
    >
      {(original, title) => <ProductForm original={original} title={title} />}
    </LoadForEdit>
  );
}

// The numbers stay text while typing so that the form keeps exactly what was typed.
const NUMBERS = ['periodMonthsMin', 'periodMonthsMax', 'daysMin', 'daysMax', 'hoursMin', 'hoursMax', 'minGuidanceHoursPer3Months'] as const;
type NumberField = (typeof NUMBERS)[number];

type State = {
  name: string;
  serviceType: ServiceTypeCode;
  includesPlace: boolean;
  includesSupport: boolean;
  includesSocialGuidance: boolean;
  price: string;
  priceUnit: PriceUnit;
} & Record<NumberField, string>;

function fromProduct(p: ServiceProduct | null, lang: string): State {
  return {
    name: p?.name ?? '',
    serviceType: p?.serviceType ?? 'ktt',
    includesPlace: p?.includesPlace ?? false,
    includesSupport: p?.includesSupport ?? false,
    includesSocialGuidance: p?.includesSocialGuidance ?? false,
    price: p ? formatEuros(p.priceCents, lang) : '',
    priceUnit: p?.priceUnit ?? 'day',
    periodMonthsMin: p ? String(p.periodMonthsMin) : '',
    periodMonthsMax: p ? String(p.periodMonthsMax) : '',
    daysMin: p ? String(p.daysMin) : '',
    daysMax: p ? String(p.daysMax) : '',
    hoursMin: p ? String(p.hoursMin) : '',
    hoursMax: p ? String(p.hoursMax) : '',
    minGuidanceHoursPer3Months: p ? String(p.minGuidanceHoursPer3Months) : '',
  };
}

/** A whole number as typed, or -1 so that the server names the field. */
const count = (text: string) => (/^\d{1,4}$/.test(text.trim()) ? Number(text.trim()) : -1);

function ProductForm({ original, title }: { original: ServiceProduct | null; title: string }) {
  const { t, i18n } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const providers = managedProviders(me);
  const serviceTypes = useServiceTypes();
  const [providerId, setProviderId] = useState(String(original?.providerOrganisationId ?? providers[0]?.id ?? ''));
  const form = useVersionedForm({
    original,
    cacheKey: 'service-product',
    listKey: 'service-products',
    load: (id) => registryApi.getServiceProduct(id),
    toState: (p) => fromProduct(p, i18n.language),
    // The price is text until here; a price that is no number is explained before sending.
    check: (): Record<string, string> => (parseEuros(s.price) === null ? { priceCents: t('productForm.priceFormat') } : {}),
    save: (version) => {
      const input: ServiceProductInput = {
        providerOrganisationId: Number(providerId),
        name: s.name.trim(),
        serviceType: s.serviceType,
        includesPlace: s.includesPlace,
        includesSupport: s.includesSupport,
        includesSocialGuidance: s.includesSocialGuidance,
        periodMonthsMin: count(s.periodMonthsMin),
        periodMonthsMax: count(s.periodMonthsMax),
        daysMin: count(s.daysMin),
        daysMax: count(s.daysMax),
        hoursMin: count(s.hoursMin),
        hoursMax: count(s.hoursMax),
        minGuidanceHoursPer3Months: count(s.minGuidanceHoursPer3Months),
        priceCents: parseEuros(s.price) ?? -1, // checked above
        priceUnit: s.priceUnit,
      };
      return original ? registryApi.updateServiceProduct(original.id, { ...input, version }) : registryApi.createServiceProduct(input);
    },
    onSaved: (p) => navigate(`/service-products?provider=${p.providerOrganisationId}`, { state: { saved: p.id } }),
  });
  const { state: s, setState: setS, errors } = form;
  const set = <K extends keyof State>(k: K, v: State[K]) => setS((old) => ({ ...old, [k]: v }));

  const inputIdOf = (field: string) =>
    field === 'priceCents' ? 'product-price' : field === 'serviceType' || field === 'providerOrganisationId' ? `product-${field}_button` : `product-${field}`;
  const labelOf = (field: string) => t(`productForm.field.${field}`, { defaultValue: field });
  const summary = summaryItems(errors.fieldErrors, labelOf, inputIdOf);
  const statusOf = errors.statusOf;

  const numberInput = (field: NumberField, labelKey: string) => (
    <TextInput
      id={`product-${field}`}
      labelText={t(labelKey)}
      inputMode="numeric"
      value={s[field]}
      onChange={(v) => set(field, String(v ?? ''))}
      {...statusOf(field)}
    />
  );
  // The same limits in force today that the server checks the product against.
  const limits = serviceTypes.byCode(s.serviceType)?.limitsInForce;
  const limitsHint = limits
    ? t('productForm.limitsHint', {
        type: t(`serviceType.${s.serviceType}`),
        days: range(limits.daysPerWeekMin, limits.daysPerWeekMax),
        hours: range(limits.hoursPerDayMin, limits.hoursPerDayMax),
        months: range(limits.periodMonthsMin, limits.periodMonthsMax),
      })
    : t('productForm.narrowHint');
  const providerName = providers.find((p) => String(p.id) === providerId)?.name ?? original?.providerName ?? '';

  return (
    <>
      <Paragraph mb="s">
        <AppLink to="/service-products">{t('productForm.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <VersionedFormMessages form={form} summaryId="product-error-summary" summaryHeading={t('common.summaryHeading', { count: summary.length })} items={summary} />
      <form onSubmit={form.submit} noValidate id="product-form">
        <section className="panel stack" aria-labelledby="prf-basic">
          <Heading variant="h2" id="prf-basic">
            {t('productForm.basicSection')}
          </Heading>
          {!original && providers.length > 1 ? (
            <Dropdown id="product-providerOrganisationId" labelText={t('product.provider')} value={providerId} onChange={setProviderId} {...statusOf('providerOrganisationId')}>
              {providers.map((o) => (
                <DropdownItem key={o.id} value={String(o.id)}>
                  {o.name}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : (
            <Paragraph id="product-provider">
              {t('product.provider')}: <strong>{providerName}</strong>
            </Paragraph>
          )}
          <TextInput id="product-name" labelText={t('product.name')} value={s.name} onChange={(v) => set('name', String(v ?? ''))} fullWidth {...statusOf('name')} />
          <Dropdown id="product-serviceType" labelText={t('product.serviceType')} value={s.serviceType} onChange={(v) => set('serviceType', v as ServiceTypeCode)} {...statusOf('serviceType')}>
            {SERVICE_TYPES.map((st) => (
              <DropdownItem key={st} value={st}>
                {t(`serviceType.${st}`)}
              </DropdownItem>
            ))}
          </Dropdown>
          <fieldset className="plain-fieldset">
            <legend>{t('product.contents.label')}</legend>
            <Checkbox id="product-includesPlace" checked={s.includesPlace} onClick={({ checkboxState }) => set('includesPlace', checkboxState)}>
              {t('productForm.includesPlace')}
            </Checkbox>
            <Checkbox id="product-includesSupport" checked={s.includesSupport} onClick={({ checkboxState }) => set('includesSupport', checkboxState)}>
              {t('productForm.includesSupport')}
            </Checkbox>
            <Checkbox
              id="product-includesSocialGuidance"
              checked={s.includesSocialGuidance}
              onClick={({ checkboxState }) => set('includesSocialGuidance', checkboxState)}
            >
              {t('productForm.includesSocialGuidance')}
            </Checkbox>
          </fieldset>
        </section>
        <section className="panel stack" aria-labelledby="prf-extent">
          <Heading variant="h2" id="prf-extent">
            {t('product.extent')}
          </Heading>
          <Paragraph id="product-narrow-hint">{limitsHint}</Paragraph>
          <div className="row-inline pl-range">
            {numberInput('periodMonthsMin', 'productForm.field.periodMonthsMin')}
            {numberInput('periodMonthsMax', 'productForm.field.periodMonthsMax')}
          </div>
          <div className="row-inline pl-range">
            {numberInput('daysMin', 'productForm.field.daysMin')}
            {numberInput('daysMax', 'productForm.field.daysMax')}
          </div>
          <div className="row-inline pl-range">
            {numberInput('hoursMin', 'productForm.field.hoursMin')}
            {numberInput('hoursMax', 'productForm.field.hoursMax')}
          </div>
          {numberInput('minGuidanceHoursPer3Months', 'productForm.field.minGuidanceHoursPer3Months')}
        </section>
        <section className="panel stack" aria-labelledby="prf-price">
          <Heading variant="h2" id="prf-price">
            {t('productForm.priceSection')}
          </Heading>
          <TextInput
            id="product-price"
            labelText={t('productForm.field.priceCents')}
            hintText={t('productForm.priceHint')}
            inputMode="decimal"
            value={s.price}
            onChange={(v) => set('price', String(v ?? ''))}
            {...statusOf('priceCents')}
          />
          <RadioButtonGroup
            id="product-priceUnit"
            labelText={t('productForm.field.priceUnit')}
            name="priceUnit"
            value={s.priceUnit}
            onChange={(v) => set('priceUnit', v as PriceUnit)}
            {...(errors.fieldErrors.priceUnit ? { groupStatus: 'error' as const, groupStatusText: errors.fieldErrors.priceUnit } : {})}
          >
            <RadioButton value="day" id="product-priceUnit-day">
              {t('productForm.perDay')}
            </RadioButton>
            <RadioButton value="month" id="product-priceUnit-month">
              {t('productForm.perMonth')}
            </RadioButton>
          </RadioButtonGroup>
        </section>
        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-product">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate('/service-products')} id="cancel-product">
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
