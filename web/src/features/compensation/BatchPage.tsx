import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Heading, Link, Paragraph } from 'suomifi-ui-components';
import { useAuth } from '../../shared/auth';
import { AppLink, ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDateTime, formatInstantDate, todayIso } from '../../shared/format';
import { compensationOrganisations } from './access';
import { compensationApi, compensationKeys, exportUrl, fileLanguage, type CompensationBatch } from './api';
import { ApproveMonth } from './ApproveMonth';
import { CompensationNav, OrganisationChoice } from './CompensationNav';
import { LinesTable, TotalsTable } from './BatchTables';
import { addMonths, formatMoney, isMonth, monthEnded, monthName, monthOf } from './money';
import './texts';
import './compensation.css';

/**
 * "Korvaukset": a purchaser's month of compensation (`?org=` and `?month=YYYY-MM`; the previous month by default),
 * open and computed from the attendance or approved and frozen; the manager approves an ended month; an approved
 * one is downloaded for payment (in the UI's language). Below, the approved months to jump to. Whether the month may
 * be approved the server says (the batch's mayApprove: the purchaser's manager, the month ended, not yet approved).
 */
export default function BatchPage() {
  const { t, i18n } = useTranslation('compensation');
  const { me } = useAuth();
  const organisations = compensationOrganisations(me);
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const thisMonth = monthOf(today);
  const organisation = organisations.find((o) => o.id === Number(params.get('org'))) ?? organisations[0];
  const asked = params.get('month');
  const month = isMonth(asked) && asked <= thisMonth ? asked : addMonths(thisMonth, -1);
  const name = (m: string) => monthName(m, i18n.language);
  const go = (change: { org?: number; month?: string }) => {
    const next = new URLSearchParams(params);
    if (change.org !== undefined) next.set('org', String(change.org));
    if (change.month !== undefined) next.set('month', change.month);
    setParams(next);
  };

  const orgId = organisation?.id ?? 0;
  const batch = useQuery({
    queryKey: compensationKeys.batch(orgId, month),
    queryFn: () => compensationApi.batch(orgId, month),
    enabled: orgId > 0,
  });
  const approved = useQuery({
    queryKey: compensationKeys.batches(orgId),
    queryFn: () => compensationApi.batches(orgId),
    enabled: orgId > 0,
  });

  const previous = addMonths(month, -1);
  const next = addMonths(month, 1);
  return (
    <>
      <PageTitle title={t('title')}>{t('title')}</PageTitle>
      <CompensationNav current="batches" organisationId={organisation?.id} />
      <Paragraph mb="m">{t('intro')}</Paragraph>
      <OrganisationChoice organisations={organisations} value={organisation?.id} onChange={(id) => go({ org: id })} />
      <div className="cm-month" role="group" aria-label={t('month.nav')}>
        <Button
          variant="secondary"
          id="month-previous"
          aria-label={t('month.previousLabel', { month: name(previous) })}
          onClick={() => go({ month: previous })}
        >
          {t('month.previous')}
        </Button>
        <Button
          variant="secondary"
          id="month-next"
          aria-label={t('month.nextLabel', { month: name(next) })}
          disabled={next > thisMonth}
          onClick={() => go({ month: next })}
        >
          {t('month.next')}
        </Button>
      </div>

      <section className="panel" id="batch" aria-labelledby="batch-month">
        <Heading variant="h2" id="batch-month" mb="s">
          {name(month)}
        </Heading>
        {/* The month chosen with the buttons is read out; the heading alone changes silently. */}
        <p className="visually-hidden" aria-live="polite">
          {name(month)}
        </p>
        {batch.isPending && orgId > 0 ? <Loading text={t('translation:common.loading')} /> : null}
        {batch.isError ? <ErrorNotice error={batch.error} /> : null}
        {batch.data && batch.data.month === month ? (
          <BatchView
            key={`${orgId}-${month}`}
            batch={batch.data}
            monthLabel={name(month)}
            ended={monthEnded(month, today)}
          />
        ) : null}
      </section>

      <section className="panel" id="approved-months" aria-labelledby="approved-months-heading">
        <Heading variant="h2" id="approved-months-heading" mb="s">
          {t('approvedList.heading')}
        </Heading>
        {approved.isPending && orgId > 0 ? <Loading text={t('translation:common.loading')} /> : null}
        {approved.isError ? <ErrorNotice error={approved.error} /> : null}
        {approved.data ? (
          approved.data.items.length === 0 ? (
            <Paragraph id="approved-none">{t('approvedList.none')}</Paragraph>
          ) : (
            <ul className="cm-list" id="approved-list">
              {approved.data.items.map((b) => (
                <li key={b.id} data-month={b.month}>
                  <AppLink to={`/compensation?org=${orgId}&month=${b.month}`} id={`approved-${b.month}`}>
                    {name(b.month)}
                  </AppLink>
                  {': '}
                  {t('approvedList.item', {
                    sum: formatMoney(b.totalCents, i18n.language),
                    name: b.approvedBy,
                    at: formatInstantDate(b.approvedAt),
                  })}
                </li>
              ))}
            </ul>
          )
        ) : null}
      </section>
    </>
  );
}

function BatchView({ batch, monthLabel, ended }: { batch: CompensationBatch; monthLabel: string; ended: boolean }) {
  const { t, i18n } = useTranslation('compensation');
  const lang = fileLanguage(i18n.language);
  return (
    <>
      <p id="batch-status" data-approved={batch.approved} className="cm-status">
        <strong>{batch.approved ? t('status.approved') : t('status.open')}:</strong>{' '}
        {batch.approved
          ? t('status.approvedText', { name: batch.approvedBy, at: formatDateTime(batch.approvedAt) })
          : t('status.openText')}
      </p>
      <ApproveMonth batch={batch} monthLabel={monthLabel} ended={ended} />
      {batch.approved ? (
        <div id="batch-downloads">
          <Heading variant="h3" mb="xxs">
            {t('download.heading')}
          </Heading>
          <Paragraph>{t('download.hint')}</Paragraph>
          <div className="cm-downloads">
            <Link href={exportUrl(batch.organisationId, batch.month, 'xlsx', lang)} download="" id="download-xlsx">
              {t('download.xlsx')}
            </Link>
            <Link href={exportUrl(batch.organisationId, batch.month, 'csv', lang)} download="" id="download-csv">
              {t('download.csv')}
            </Link>
          </div>
        </div>
      ) : null}
      {batch.lines.length === 0 ? (
        <Paragraph mt="m" id="batch-empty">
          {t('empty', { month: monthLabel })}
        </Paragraph>
      ) : (
        <>
          <TotalsTable batch={batch} monthLabel={monthLabel} />
          <LinesTable batch={batch} monthLabel={monthLabel} />
        </>
      )}
    </>
  );
}
