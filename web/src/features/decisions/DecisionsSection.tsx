import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, ExternalLink, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import type { Case } from '../../shared/api/types';
import { AppLink } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { useMayDecide } from './mayDecide';
import { decisionLanguage, decisionPdfUrl } from './api';

/** The case's decisions (päätökset) with a link to each and "New decision". */
export function DecisionsSection({ c }: { c: Case }) {
  const { t, i18n } = useTranslation();
  const lang = decisionLanguage(i18n.resolvedLanguage ?? i18n.language);
  const navigate = useNavigate();
  const mayDecide = useMayDecide(c.organisationId, c.regionId);
  const badge = (s: string) => (s === 'signed' ? 'badge--ok' : s === 'draft' ? 'badge--warn' : '');
  return (
    <section className="panel" aria-labelledby="decisions-heading" id="decisions">
      <div className="page-head" style={{ marginBottom: 10 }}>
        <Heading variant="h2" id="decisions-heading">
          {t('decisions.heading')}
        </Heading>
        {c.stage !== 'closed' && mayDecide ? (
          <Button variant="secondary" icon={<IconPlus />} onClick={() => navigate(`/cases/${c.id}/decisions/new`)} id="new-decision">
            {t('decisions.new')}
          </Button>
        ) : null}
      </div>
      {c.stage !== 'closed' && !mayDecide ? (
        <Paragraph mb="s" id="decide-hint">
          {t('decisions.onlyDecisionMakers')}
        </Paragraph>
      ) : null}
      {c.decisions.length ? (
        // Wider than a phone with its PDF column: the table scrolls in its frame, which keyboard users reach too; the
        // frame is positioned so that the links' hidden texts stay inside it.
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('decisions.heading')} style={{ position: 'relative' }}>
          <table className="data-table" id="decision-table">
            <caption className="visually-hidden">{t('decisions.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('decision.decisionDate')}</th>
                <th scope="col">{t('decisions.period')}</th>
                <th scope="col">{t('decisions.status')}</th>
                <th scope="col">{t('decision.pdfColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {c.decisions.map((d) => (
                <tr key={d.id}>
                  <th scope="row">
                    <AppLink to={`/decisions/${d.id}`}>{t('decisions.linkText', { date: formatDate(d.decisionDate) })}</AppLink>
                  </th>
                  <td>
                    {formatDate(d.startDate)}–{formatDate(d.endDate)}
                  </td>
                  <td>
                    <span className={`badge ${badge(d.status)}`}>{t(`decisionStatus.${d.status}`)}</span>
                  </td>
                  <td>
                    <ExternalLink
                      href={decisionPdfUrl(d.id, lang)}
                      labelNewWindow={t('decision.pdfNewWindow')}
                      id={`decision-${d.id}-pdf`}
                    >
                      {t('decision.pdfColumn')}
                      <span className="visually-hidden">: {t('decision.pdfOf', { date: formatDate(d.decisionDate) })}</span>
                    </ExternalLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <Paragraph>{t('decisions.none')}</Paragraph>
      )}
    </section>
  );
}
