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
  RadioButton,
  RadioButtonGroup,
  TextInput,
} from 'suomifi-ui-components';
import { type Agreement, type AgreementInput, type AgreementKind, agreementsApi } from './api';
import { useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { LoadForEdit, summaryItems, useVersionedForm, VersionedFormMessages } from '../../shared/versionedForm';
import { dateForServer, formatDate } from '../../shared/format';
import { managedPurchasers, productSummary } from '../registry/products';
import { registryApi } from '../registry/api';

export default function AgreementFormPage() {
  const { t } = useTranslation('placements');
  return (
    <LoadForEdit
      cacheKey="agreement"
      load={(id) => agreementsApi.getAgreement(id)}
      createTitle={t('agreementForm.createTitle')}
      editTitle={t('agreementForm.editTitle')}
    >
      {(original, title) => <AgreementForm original={original} title={title} />}
    </LoadForEdit>
  );
}

interface State {
  kind: AgreementKind;
  partnerId: string;
  title: string;
  validFrom: string;
  validUntil: string;
  placeIds: number[];
  productIds: number[];
}

function fromAgreement(a: Agreement | null): State {
  return {
    kind: a?.kind ?? 'purchase',
    partnerId: a ? String(a.partnerOrganisationId) : '',
    title: a?.title ?? '',
    validFrom: a ? formatDate(a.validFrom) : '',
    validUntil: a ? formatDate(a.validUntil) : '',
    placeIds: a?.placeIds ?? [],
    productIds: a?.productIds ?? [],
  };
}

const toggled = (list: number[], id: number, on: boolean) => (on ? [...new Set([...list, id])] : list.filter((x) => x !== id));

function AgreementForm({ original, title }: { original: Agreement | null; title: string }) {
  const { t, i18n } = useTranslation('placements');
  const navigate = useNavigate();
  const { me } = useAuth();
  const purchasers = managedPurchasers(me);
  const [purchaserId, setPurchaserId] = useState(String(original?.purchaserOrganisationId ?? purchasers[0]?.id ?? ''));
  const form = useVersionedForm({
    original,
    cacheKey: 'agreement',
    listKey: 'agreements',
    load: (id) => agreementsApi.getAgreement(id),
    toState: fromAgreement,
    save: (version) => {
      const input: AgreementInput = {
        kind: s.kind,
        purchaserOrganisationId: Number(purchaserId),
        partnerOrganisationId: partnerId,
        title: s.title.trim(),
        validFrom: dateForServer(s.validFrom),
        validUntil: dateForServer(s.validUntil),
        placeIds: s.placeIds,
        productIds: s.productIds,
      };
      return original ? agreementsApi.updateAgreement(original.id, { ...input, version }) : agreementsApi.createAgreement(input);
    },
    onSaved: (a) => navigate(`/agreements/${a.id}`, { state: { saved: true } }),
  });
  const { state: s, setState: setS, errors } = form;
  const set = <K extends keyof State>(k: K, v: State[K]) => setS((old) => ({ ...old, [k]: v }));

  const partners = useQuery({ queryKey: ['agreement-partners'], queryFn: () => agreementsApi.listAgreementPartners() });
  const places = useQuery({ queryKey: ['places', 'all'], queryFn: () => registryApi.listPlaces() });
  const partnerId = Number(s.partnerId);
  const products = useQuery({
    queryKey: ['service-products', 'provider', partnerId],
    queryFn: () => registryApi.listServiceProducts(partnerId),
    enabled: partnerId > 0,
  });
  // A partnership is made with a host, a purchase contract with a provider; never with the purchaser itself.
  const choices = (partners.data?.items ?? []).filter(
    (p) => String(p.id) !== purchaserId && (s.kind === 'partnership' ? p.isHost : p.isProvider),
  );
  const partnerPlaces = (places.data?.items ?? []).filter((p) => p.hostOrganisationId === partnerId);
  const partnerProducts = products.data?.items ?? [];

  function choosePartner(value: string) {
    // What the agreement covers belongs to the partner: another partner starts from nothing.
    setS((old) => ({ ...old, partnerId: value, placeIds: value === old.partnerId ? old.placeIds : [], productIds: value === old.partnerId ? old.productIds : [] }));
  }

  const inputIdOf = (field: string) => {
    if (field === 'kind') return 'agreement-kind-purchase';
    if (field === 'partnerOrganisationId') return 'agreement-partner_button';
    if (field === 'purchaserOrganisationId') return 'agreement-purchaser_button';
    if (field === 'placeIds') return 'agreement-places-first';
    if (field === 'productIds') return 'agreement-products-first';
    return `agreement-${field}`;
  };
  const summary = summaryItems(errors.fieldErrors, (field) => t(`agreementForm.field.${field}`, { defaultValue: field }), inputIdOf);
  const statusOf = errors.statusOf;
  const groupStatus = (field: string) =>
    errors.fieldErrors[field] ? ({ groupStatus: 'error', groupStatusText: errors.fieldErrors[field] } as const) : ({ groupStatus: 'default' } as const);
  const back = original ? `/agreements/${original.id}` : '/agreements';

  return (
    <>
      <Paragraph mb="s">
        <AppLink to={back}>{original ? t('agreementForm.backToAgreement') : t('agreement.back')}</AppLink>
      </Paragraph>
      <PageTitle title={title}>{title}</PageTitle>
      <VersionedFormMessages form={form} summaryId="agreement-error-summary" summaryHeading={t('common.summaryHeading', { count: summary.length })} items={summary}>
        {partners.isError ? <ErrorNotice error={partners.error} /> : null}
      </VersionedFormMessages>
      <form onSubmit={form.submit} noValidate id="agreement-form">
        <section className="panel stack" aria-labelledby="agf-parties">
          <Heading variant="h2" id="agf-parties">
            {t('agreementForm.partiesSection')}
          </Heading>
          <RadioButtonGroup
            id="agreement-kind"
            labelText={t('agreement.kind')}
            name="kind"
            value={s.kind}
            onChange={(v) => {
              set('kind', v as AgreementKind);
              choosePartner('');
            }}
            {...groupStatus('kind')}
          >
            <RadioButton value="purchase" id="agreement-kind-purchase" hintText={t('agreementForm.purchaseHint')}>
              {t('agreementKind.purchase')}
            </RadioButton>
            <RadioButton value="partnership" id="agreement-kind-partnership" hintText={t('agreementForm.partnershipHint')}>
              {t('agreementKind.partnership')}
            </RadioButton>
          </RadioButtonGroup>
          {!original && purchasers.length > 1 ? (
            <Dropdown id="agreement-purchaser" labelText={t('agreement.purchaser')} value={purchaserId} onChange={setPurchaserId} {...statusOf('purchaserOrganisationId')}>
              {purchasers.map((o) => (
                <DropdownItem key={o.id} value={String(o.id)}>
                  {o.name}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : (
            <Paragraph id="agreement-purchaser-name">
              {t('agreement.purchaser')}: <strong>{original?.purchaserName ?? purchasers[0]?.name ?? ''}</strong>
            </Paragraph>
          )}
          {partners.isPending ? <Loading text={t('common.loading')} /> : null}
          {/* The design system's Dropdown needs at least one item, so none is rendered without choices. */}
          {choices.length ? (
            <Dropdown
              id="agreement-partner"
              labelText={t('agreement.partner')}
              visualPlaceholder={t('agreementForm.choosePartner')}
              value={s.partnerId || undefined}
              onChange={choosePartner}
              {...statusOf('partnerOrganisationId')}
            >
              {choices.map((p) => (
                <DropdownItem key={p.id} value={String(p.id)}>
                  {p.name}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : partners.isSuccess ? (
            <Paragraph id="agreement-no-partners">{t('agreementForm.noPartners')}</Paragraph>
          ) : null}
          <TextInput id="agreement-title" labelText={t('agreementForm.field.title')} value={s.title} onChange={(v) => set('title', String(v ?? ''))} fullWidth {...statusOf('title')} />
          <div className="row-inline pl-range">
            <DateField id="agreement-validFrom" labelText={t('agreementForm.field.validFrom')} value={s.validFrom} onChange={({ value }) => set('validFrom', value)} {...statusOf('validFrom')} />
            <DateField id="agreement-validUntil" labelText={t('agreementForm.field.validUntil')} value={s.validUntil} onChange={({ value }) => set('validUntil', value)} {...statusOf('validUntil')} />
          </div>
        </section>
        <section className="panel stack" aria-labelledby="agf-covers">
          <Heading variant="h2" id="agf-covers">
            {t('agreementForm.coversSection')}
          </Heading>
          {partnerId > 0 ? null : <Paragraph id="agreement-choose-partner-first">{t('agreementForm.choosePartnerFirst')}</Paragraph>}
          {partnerId > 0 && places.isSuccess ? (
            partnerPlaces.length ? (
              <CheckboxGroup id="agreement-places" labelText={t('agreement.places')} {...groupStatus('placeIds')}>
                {partnerPlaces.map((p, i) => (
                  <Checkbox
                    key={p.id}
                    id={i === 0 ? 'agreement-places-first' : `agreement-place-${p.id}`}
                    checked={s.placeIds.includes(p.id)}
                    onClick={({ checkboxState }) => set('placeIds', toggled(s.placeIds, p.id, checkboxState))}
                  >
                    {p.name}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            ) : (
              <Paragraph id="agreement-no-places">{t('agreementForm.noPlaces')}</Paragraph>
            )
          ) : null}
          {partnerId > 0 && products.isSuccess ? (
            partnerProducts.length ? (
              <CheckboxGroup id="agreement-products" labelText={t('agreement.products')} {...groupStatus('productIds')}>
                {partnerProducts.map((p, i) => (
                  <Checkbox
                    key={p.id}
                    id={i === 0 ? 'agreement-products-first' : `agreement-product-${p.id}`}
                    checked={s.productIds.includes(p.id)}
                    hintText={productSummary(p, t, i18n.language)}
                    onClick={({ checkboxState }) => set('productIds', toggled(s.productIds, p.id, checkboxState))}
                  >
                    {p.name}
                  </Checkbox>
                ))}
              </CheckboxGroup>
            ) : (
              <Paragraph id="agreement-no-products">{t('agreementForm.noProducts')}</Paragraph>
            )
          ) : null}
        </section>
        <div className="form-actions">
          <Button type="submit" disabled={form.saving} id="save-agreement">
            {form.saving ? t('common.saving') : t('common.save')}
          </Button>
          <Button variant="secondary" onClick={() => navigate(back)} id="cancel-agreement">
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </>
  );
}
