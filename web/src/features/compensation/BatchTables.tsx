// A month's batch as two tables: the totals by payer and kind with the grand total, and the lines by client.
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { AppLink } from '../../shared/common';
import { formatDate } from '../../shared/format';
import type { CompensationBatch, CompensationLine, LinePayer } from './api';
import { formatMoney } from './money';

/** Who pays, with the fund's name for an unemployment fund: "Työttömyyskassa (Erityisalojen kassa)". */
export function usePayerText() {
  const { t } = useTranslation('compensation');
  return (payer: LinePayer, fundName: string) =>
    payer === 'unemployment_fund' && fundName ? t('payer.fundNamed', { fund: fundName }) : t(`payer.${payer}`);
}

/** A count of days; a travel claim has none. A negative count (a day taken back) keeps its minus sign. */
const daysText = (kind: string, days: number) => (kind === 'travel_claim' ? '–' : days < 0 ? `−${-days}` : String(days));

export function TotalsTable({ batch, monthLabel }: { batch: CompensationBatch; monthLabel: string }) {
  const { t, i18n } = useTranslation('compensation');
  const payerText = usePayerText();
  const money = (c: number) => formatMoney(c, i18n.language);
  return (
    <>
      <Heading variant="h3" id="batch-totals-heading" mt="l" mb="s">
        {t('totals.heading')}
      </Heading>
      <div className="table-wrap">
        <table className="data-table" id="batch-totals">
          <caption className="visually-hidden">{t('totals.caption', { month: monthLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('totals.payer')}</th>
              <th scope="col">{t('totals.kind')}</th>
              <th scope="col" className="cm-num">
                {t('totals.days')}
              </th>
              <th scope="col" className="cm-num">
                {t('totals.amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {batch.totals.map((x) => (
              <tr key={`${x.payer}|${x.fundName}|${x.kind}`} data-payer={x.payer} data-kind={x.kind}>
                <th scope="row">{payerText(x.payer, x.fundName)}</th>
                <td>{t(`kind.${x.kind}`)}</td>
                <td className="cm-num">{daysText(x.kind, x.days)}</td>
                <td className="cm-num">{money(x.amountCents)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('totals.grandTotal')}
              </th>
              <td className="cm-num" id="batch-total">
                {money(batch.totalCents)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}

/** What a line of an adjustment or a claim says besides its kind. */
function LineNotes({ line }: { line: CompensationLine }) {
  const { t } = useTranslation('compensation');
  if (line.adjustmentId !== null) {
    const day = formatDate(line.firstDay);
    return (
      <>
        <span className="badge badge--warn">{t('lines.adjustment')}</span>
        <span className="cm-line-note">{line.days < 0 ? t('lines.takenBack', { day }) : t('lines.added', { day })}</span>
        {line.reason ? <span className="cm-line-note">{t('lines.reason', { reason: line.reason })}</span> : null}
        {line.recordedBy ? <span className="cm-line-note">{t('lines.recordedBy', { name: line.recordedBy })}</span> : null}
      </>
    );
  }
  if (line.claimId !== null && line.reason) {
    return <span className="cm-line-note">{t('lines.claim', { description: line.reason })}</span>;
  }
  return null;
}

export function LinesTable({ batch, monthLabel }: { batch: CompensationBatch; monthLabel: string }) {
  const { t, i18n } = useTranslation('compensation');
  const payerText = usePayerText();
  const money = (c: number) => formatMoney(c, i18n.language);
  const span = (l: CompensationLine) =>
    l.firstDay === l.lastDay ? formatDate(l.firstDay) : `${formatDate(l.firstDay)}–${formatDate(l.lastDay)}`;
  return (
    <>
      <Heading variant="h3" id="batch-lines-heading" mt="l" mb="s">
        {t('lines.heading')}
      </Heading>
      <div className="table-wrap">
        <table className="data-table" id="batch-lines">
          <caption className="visually-hidden">{t('lines.caption', { month: monthLabel })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('lines.client')}</th>
              <th scope="col">{t('lines.kind')}</th>
              <th scope="col">{t('lines.payer')}</th>
              <th scope="col" className="cm-num">
                {t('lines.days')}
              </th>
              <th scope="col" className="cm-num">
                {t('lines.unit')}
              </th>
              <th scope="col" className="cm-num">
                {t('lines.amount')}
              </th>
              <th scope="col">{t('lines.span')}</th>
            </tr>
          </thead>
          <tbody>
            {batch.lines.map((l, i) => (
              <tr
                key={i}
                data-client={l.clientId}
                data-kind={l.kind}
                data-adjustment={l.adjustmentId ?? undefined}
                data-claim={l.claimId ?? undefined}
              >
                <th scope="row">
                  <AppLink to={`/clients/${l.clientId}#client-compensation`}>{l.clientName}</AppLink>
                </th>
                <td>
                  {t(`kind.${l.kind}`)} <LineNotes line={l} />
                </td>
                <td>{payerText(l.payer, l.fundName)}</td>
                <td className="cm-num">{daysText(l.kind, l.days)}</td>
                <td className="cm-num">{money(l.unitCents)}</td>
                <td className="cm-num">{money(l.amountCents)}</td>
                <td>{span(l)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
