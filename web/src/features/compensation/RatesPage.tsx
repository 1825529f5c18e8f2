import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Heading, Paragraph } from 'suomifi-ui-components';
import type { ServiceTypeCode } from '../../shared/api/types';
import { useAuth } from '../../shared/auth';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { FieldForm } from '../../shared/fieldForm';
import { formatDate, todayIso } from '../../shared/format';
import { useServiceTypes } from '../serviceTypes/serviceTypes';
import { compensationOrganisations, keepsLawRates, keepsOwnRates } from './access';
import { compensationApi, compensationKeys, RATE_BENEFITS, RATE_KINDS, type CompensationRate, type CompensationRateInput } from './api';
import { blankValues } from './clientForms';
import { CompensationNav, OrganisationChoice } from './CompensationNav';
import { formatMoney } from './money';
import { checkRate, rateFields, rateInput } from './rateForm';
import './texts';
import './compensation.css';

/**
 * "Korvausten määrät": the daily amounts the batches pay, each a row in force from a date. The law's rows (no
 * organisation) are the administrator's to add; a purchaser's own rows (`?org=`), e.g. a work activity compensation,
 * its managers'. A change is a new row from a date: the server ends the previous row of the same rate the day before.
 */
export default function RatesPage() {
  const { t } = useTranslation('compensation');
  const { me } = useAuth();
  const organisations = compensationOrganisations(me);
  const [params, setParams] = useSearchParams();
  const organisation = organisations.find((o) => o.id === Number(params.get('org'))) ?? organisations[0];
  const orgId = organisation?.id ?? null;
  const choose = (id: number) => {
    const next = new URLSearchParams(params);
    next.set('org', String(id));
    setParams(next);
  };

  // A purchaser's list has the law's rows too; the administrator of no purchaser reads the law's alone.
  const rates = useQuery({
    queryKey: compensationKeys.rates(orgId),
    queryFn: () => (orgId !== null ? compensationApi.rates(orgId) : compensationApi.lawRates()),
  });
  const order = useRateOrder();
  const items = rates.data ? [...rates.data.items].sort(order) : null;

  return (
    <>
      <PageTitle title={t('rates.title')}>{t('rates.title')}</PageTitle>
      <CompensationNav current="rates" organisationId={organisation?.id} />
      <Paragraph mb="s">{t('rates.intro')}</Paragraph>
      <Paragraph mb="m" id="rates-change">
        {t('rates.change')}
      </Paragraph>
      <OrganisationChoice organisations={organisations} value={organisation?.id} onChange={choose} />
      {rates.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {rates.isError ? <ErrorNotice error={rates.error} /> : null}
      {items ? (
        <>
          <RateSection
            idp="rates-law"
            heading={t('rates.law.heading')}
            intro={t('rates.law.intro')}
            caption={t('rates.law.caption')}
            none={t('rates.law.none')}
            rates={items.filter((r) => r.organisationId === null)}
            formHeading={keepsLawRates(me) ? t('rates.form.lawHeading') : null}
            send={compensationApi.addLawRate}
          />
          {organisation ? (
            <RateSection
              idp="rates-own"
              heading={t('rates.own.heading', { organisation: organisation.name })}
              intro={keepsOwnRates(me, organisation.id) ? t('rates.own.intro') : t('rates.own.managerAdds')}
              caption={t('rates.own.caption', { organisation: organisation.name })}
              none={t('rates.own.none')}
              rates={items.filter((r) => r.organisationId === organisation.id)}
              formHeading={keepsOwnRates(me, organisation.id) ? t('rates.form.ownHeading') : null}
              send={(input) => compensationApi.addRate(organisation.id, input)}
            />
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Rows by service type (the server's order of them), kind, who they are for, and date: a rate's rows one by one. */
function useRateOrder() {
  const serviceTypes = useServiceTypes();
  const place = (list: readonly string[], x: string) => (list.includes(x) ? list.indexOf(x) : list.length);
  const codes = serviceTypes.items.map((s) => s.code as string);
  return (a: CompensationRate, b: CompensationRate) =>
    place(codes, a.serviceType) - place(codes, b.serviceType) ||
    a.serviceType.localeCompare(b.serviceType) ||
    place(RATE_KINDS, a.kind) - place(RATE_KINDS, b.kind) ||
    place(RATE_BENEFITS, a.benefit) - place(RATE_BENEFITS, b.benefit) ||
    a.validFrom.localeCompare(b.validFrom) ||
    a.id - b.id;
}

/** Whether a row is in force today, starts later or has ended. */
const stateOf = (r: CompensationRate, today: string) =>
  r.validFrom > today ? 'coming' : r.validTo && r.validTo < today ? 'ended' : 'current';

function RateSection({
  idp,
  heading,
  intro,
  caption,
  none,
  rates,
  formHeading,
  send,
}: {
  idp: string;
  heading: string;
  intro: string;
  caption: string;
  none: string;
  rates: CompensationRate[];
  /** The add form's heading, or null for a reader who adds no rows here. */
  formHeading: string | null;
  send: (input: CompensationRateInput) => Promise<CompensationRate>;
}) {
  const { t, i18n } = useTranslation('compensation');
  const qc = useQueryClient();
  const serviceTypes = useServiceTypes();
  const serviceTypeName = (code: string) => serviceTypes.name(code as ServiceTypeCode);
  const today = todayIso();
  const [saved, setSaved] = useState('');
  // A new, blank form after each save (what was typed stays in a refused one).
  const [formKey, setFormKey] = useState(0);
  const span = (r: CompensationRate) =>
    r.validTo ? t('client.span', { from: formatDate(r.validFrom), to: formatDate(r.validTo) }) : t('client.from', { from: formatDate(r.validFrom) });
  const fields = rateFields(
    serviceTypes.items.map((s) => s.code),
    serviceTypeName,
  );
  return (
    <section className="panel" id={idp} aria-labelledby={`${idp}-heading`}>
      <Heading variant="h2" id={`${idp}-heading`} mb="s">
        {heading}
      </Heading>
      <Paragraph mb="s">{intro}</Paragraph>
      {rates.length === 0 ? (
        <Paragraph id={`${idp}-none`}>{none}</Paragraph>
      ) : (
        <div className="table-wrap">
          <table className="data-table" id={`${idp}-table`}>
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('rates.columns.serviceType')}</th>
                <th scope="col">{t('rates.columns.kind')}</th>
                <th scope="col">{t('rates.columns.benefit')}</th>
                <th scope="col">{t('rates.columns.payer')}</th>
                <th scope="col" className="cm-num">
                  {t('rates.columns.amount')}
                </th>
                <th scope="col" className="cm-num">
                  {t('rates.columns.maxDays')}
                </th>
                <th scope="col">{t('rates.columns.valid')}</th>
              </tr>
            </thead>
            <tbody>
              {rates.map((r) => {
                const state = stateOf(r, today);
                return (
                  <tr
                    key={r.id}
                    id={`rate-${r.id}`}
                    data-service-type={r.serviceType}
                    data-kind={r.kind}
                    data-benefit={r.benefit}
                    data-valid-from={r.validFrom}
                    data-valid-to={r.validTo ?? ''}
                    data-state={state}
                  >
                    <th scope="row">{serviceTypeName(r.serviceType)}</th>
                    <td>{t(`kind.${r.kind}`)}</td>
                    <td>{t(`rates.benefit.${r.benefit}`)}</td>
                    <td>{t(`rates.payer.${r.payer}`)}</td>
                    <td className="cm-num">{formatMoney(r.amountCents, i18n.language)}</td>
                    <td className="cm-num">{r.maxDaysPerWeek ?? t('rates.noLimit')}</td>
                    <td>
                      {span(r)} <span className="muted">({t(`rates.state.${state}`)})</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <p role="status" aria-live="polite" className="saved-text" id={`${idp}-status`}>
        {saved}
      </p>
      {/* suomifi's Dropdown takes no empty list of options: the form waits for the service types. */}
      {formHeading !== null && serviceTypes.items.length === 0 ? <Loading text={t('translation:common.loading')} /> : null}
      {formHeading !== null && serviceTypes.items.length > 0 ? (
        <div className="cm-subform" id={`${idp}-form-area`}>
          <Heading variant="h3" id={`${idp}-new-heading`} tabIndex={-1} mb="s">
            {formHeading}
          </Heading>
          <FieldForm
            key={formKey}
            idPrefix={`${idp}-new`}
            fields={fields}
            initial={blankValues(fields)}
            submitLabel={t('rates.form.save')}
            check={checkRate({ euros: t('client.euros'), days: t('rates.form.maxDaysInvalid') })}
            onSubmit={async (body) => {
              const made = await send(rateInput(body));
              await qc.invalidateQueries({ queryKey: ['compensation', 'rates'] });
              // An open month's batch pays by the new row.
              void qc.invalidateQueries({ queryKey: ['compensation', 'batch'] });
              setSaved(
                t('rates.form.saved', {
                  rate: `${t(`kind.${made.kind}`)}, ${serviceTypeName(made.serviceType)}, ${formatMoney(made.amountCents, i18n.language)}, ${span(made)}`,
                }),
              );
              setFormKey((k) => k + 1);
              // The form is new and blank: the focus goes to its heading, below the message.
              requestAnimationFrame(() => document.getElementById(`${idp}-new-heading`)?.focus());
            }}
          />
        </div>
      ) : null}
    </section>
  );
}
