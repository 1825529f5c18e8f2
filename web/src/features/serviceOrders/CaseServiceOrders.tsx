import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Dropdown, DropdownItem, Heading, Paragraph, TextInput } from 'suomifi-ui-components';
import { serviceOrdersApi, type ServiceOrderInput } from './api';
import { registryApi, type ServiceProduct } from '../registry/api';
import type { Case } from '../../shared/api/types';
import { ErrorNotice, Loading } from '../../shared/common';
import { DateField } from '../../shared/DateField';
import { sameValue } from '../../shared/drafts';
import { useServerErrors } from '../../shared/forms';
import { useLeaveGuard } from '../../shared/leaveGuard';
import { FieldErrorSummary, summaryItems } from '../../shared/versionedForm';
import { OrderDetails } from './OrderDetails';
import './serviceOrders.css';
import { parseDate } from '../../shared/format';

/** The case's service orders; the purchaser's workers also order from here (DESIGN.md §3, start). */
export function CaseServiceOrders({ c }: { c: Case }) {
  const { t } = useTranslation('orders');
  const orders = useQuery({
    queryKey: ['service-orders', { caseId: c.id }],
    queryFn: () => serviceOrdersApi.list({ caseId: c.id }),
  });
  const items = orders.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="service-orders-heading" id="service-orders">
      <Heading variant="h2" id="service-orders-heading" mb="s">
        {t('section.heading')}
      </Heading>
      {orders.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {orders.isError ? <ErrorNotice error={orders.error} /> : null}
      {orders.isSuccess && !items.length ? <Paragraph>{t('section.empty')}</Paragraph> : null}
      {items.length ? (
        <ul className="order-list" id="service-order-list" aria-label={t('section.listLabel', { count: items.length })}>
          {items.map((o) => (
            <li key={o.id} id={`order-${o.id}`}>
              <OrderDetails order={o} />
            </li>
          ))}
        </ul>
      ) : null}
      {c.access === 'edit' && c.stage !== 'closed' ? <OrderForm c={c} /> : null}
    </section>
  );
}

type Values = { productId: string; placeId: string; startDate: string; periodMonths: string; daysPerWeek: string; hoursPerDay: string };
const EMPTY: Values = { productId: '', placeId: '', startDate: '', periodMonths: '', daysPerWeek: '', hoursPerDay: '' };
const FORM_FIELDS = ['productId', 'placeId', 'startDate', 'periodMonths', 'daysPerWeek', 'hoursPerDay'] as const;

function OrderForm({ c }: { c: Case }) {
  const { t } = useTranslation('orders');
  const qc = useQueryClient();
  const products = useQuery({ queryKey: ['service-products'], queryFn: () => registryApi.listServiceProducts(), staleTime: 60_000 });
  const places = useQuery({ queryKey: ['places'], queryFn: registryApi.listPlaces, staleTime: 60_000 });
  const errors = useServerErrors();
  const [values, setValues] = useState<Values>(EMPTY);
  const [pending, setPending] = useState(false);
  const [sent, setSent] = useState(false);
  const leave = useLeaveGuard(!sameValue(values, EMPTY));
  const offered = (products.data?.items ?? []).filter((p) => p.serviceType === c.serviceType);
  const product: ServiceProduct | undefined = offered.find((p) => String(p.id) === values.productId);
  const needsPlace = product ? !product.includesPlace : false;
  const set = (k: keyof Values, v: string) => setValues((old) => ({ ...old, [k]: v }));
  const count = (v: string) => (/^\d+$/.test(v.trim()) ? Number(v.trim()) : -1);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSent(false);
    const local: Record<string, string> = {};
    if (!values.productId) local.productId = t('translation:validation.required');
    const start = values.startDate.trim() ? parseDate(values.startDate) : '';
    if (start === null) local.startDate = t('translation:validation.date');
    else if (!start) local.startDate = t('translation:validation.required');
    for (const k of ['periodMonths', 'daysPerWeek', 'hoursPerDay'] as const) {
      if (count(values[k]) < 0) local[k] = t('translation:validation.number');
    }
    if (needsPlace && !values.placeId) local.placeId = t('translation:validation.required');
    if (Object.keys(local).length) {
      errors.refuse(local);
      return;
    }
    const input: ServiceOrderInput = {
      clientId: c.clientId,
      caseId: c.id,
      productId: Number(values.productId),
      placeId: needsPlace ? Number(values.placeId) : null,
      startDate: start as string,
      periodMonths: count(values.periodMonths),
      daysPerWeek: count(values.daysPerWeek),
      hoursPerDay: count(values.hoursPerDay),
    };
    setPending(true);
    errors.clear();
    try {
      await serviceOrdersApi.create(input);
      leave.release();
      setValues(EMPTY);
      setSent(true);
      await qc.invalidateQueries({ queryKey: ['service-orders'] });
    } catch (err) {
      errors.take(err);
    } finally {
      setPending(false);
    }
  }

  // Errors of fields outside the form (e.g. the case) are shown in the summary only, linked to the first field.
  const summary = summaryItems(
    errors.fieldErrors,
    (f) => ((FORM_FIELDS as readonly string[]).includes(f) ? t(`field.${fieldLabel(f)}`) : null),
    (f) => INPUT_IDS[f] ?? (offered.length ? INPUT_IDS.productId : INPUT_IDS.startDate),
  );
  const status = (field: string) => errors.statusOf(field);
  return (
    <form id="service-order-form" className="stack" onSubmit={submit} noValidate aria-labelledby="service-order-form-heading" style={{ marginTop: 20 }}>
      <Heading variant="h3" id="service-order-form-heading">
        {t('form.heading')}
      </Heading>
      <FieldErrorSummary
        id="service-order-errors"
        heading={t('form.errorsHeading')}
        headingVariant="h4"
        headingRef={errors.summaryRef}
        items={summary}
      />
      {errors.other ? <ErrorNotice error={errors.other} /> : null}
      {products.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {products.isSuccess && !offered.length ? <Paragraph>{t('form.noProducts')}</Paragraph> : null}
      {/* suomifi's Dropdown needs at least one option. */}
      {offered.length ? (
        <Dropdown
          id="order-product"
          labelText={t('field.product')}
          hintText={product ? t('field.limits', limits(product)) : undefined}
          visualPlaceholder={t('translation:common.choose')}
          value={values.productId || null}
          onChange={(v) => set('productId', v)}
          {...status('productId')}
          fullWidth
        >
          {offered.map((p) => (
            <DropdownItem key={p.id} value={String(p.id)}>
              {p.name}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : null}
      {needsPlace && places.data?.items.length ? (
        <Dropdown
          id="order-place"
          labelText={t('field.place')}
          hintText={t('field.placeHint')}
          visualPlaceholder={t('translation:common.choose')}
          value={values.placeId || null}
          onChange={(v) => set('placeId', v)}
          {...status('placeId')}
          fullWidth
        >
          {(places.data?.items ?? []).map((p) => (
            <DropdownItem key={p.id} value={String(p.id)}>
              {p.name}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : null}
      <DateField
        id="order-start-date"
        labelText={t('field.startDate')}
        value={values.startDate}
        onChange={({ value }) => set('startDate', value)}
        {...status('startDate')}
      />
      <div className="order-numbers">
        <TextInput id="order-period-months" labelText={t('field.periodMonths')} inputMode="numeric" value={values.periodMonths} onChange={(v) => set('periodMonths', String(v ?? ''))} {...status('periodMonths')} />
        <TextInput id="order-days-per-week" labelText={t('field.daysPerWeek')} inputMode="numeric" value={values.daysPerWeek} onChange={(v) => set('daysPerWeek', String(v ?? ''))} {...status('daysPerWeek')} />
        <TextInput id="order-hours-per-day" labelText={t('field.hoursPerDay')} inputMode="numeric" value={values.hoursPerDay} onChange={(v) => set('hoursPerDay', String(v ?? ''))} {...status('hoursPerDay')} />
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={pending} id="order-submit">
          {t('form.submit')}
        </Button>
      </div>
      <p role="status" aria-live="polite" id="order-status" className="saved-text">
        {sent ? t('form.sent') : ''}
      </p>
    </form>
  );
}

const INPUT_IDS: Record<string, string> = {
  productId: 'order-product_button',
  placeId: 'order-place_button',
  startDate: 'order-start-date',
  periodMonths: 'order-period-months',
  daysPerWeek: 'order-days-per-week',
  hoursPerDay: 'order-hours-per-day',
};

function fieldLabel(field: string): string {
  return field === 'productId' ? 'product' : field === 'placeId' ? 'place' : field;
}

function limits(p: ServiceProduct) {
  return {
    months: `${p.periodMonthsMin}–${p.periodMonthsMax}`,
    days: `${p.daysMin}–${p.daysMax}`,
    hours: `${p.hoursMin}–${p.hoursMax}`,
  };
}
