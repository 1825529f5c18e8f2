import { useTranslation } from 'react-i18next';
import { Link } from 'suomifi-ui-components';
import type { Case, MissingItem } from '../../shared/api/types';
import { AppLink } from '../../shared/common';
import { formatDate } from '../../shared/format';
import { useMayDecide } from '../decisions/mayDecide';

/** The stage record, section or page where a missing item is done (same-page targets start with #). */
function targetOf(c: Case, m: MissingItem, mayDecide: boolean): string | null {
  switch (m.code) {
    case 'referral_missing':
      return '#record-referral';
    case 'assessment_missing':
      return '#record-assessment';
    case 'plan_missing':
    case 'plan_kind_not_accepted':
    case 'plan_ktt_content_missing':
      return '#record-plan';
    case 'end_missing':
      return '#record-end';
    case 'follow_up_missing':
      return '#record-followUp';
    case 'decision_missing':
      return mayDecide ? `/cases/${c.id}/decisions/new` : '#decisions';
    case 'shop_steward_notice_missing':
    case 'employment_authority_start_notice_missing':
      return '#notices';
    case 'agreement_missing':
      return `/clients/${c.clientId}#client-placement-section`;
    case 'client_acknowledgement_missing':
    case 'purchaser_acknowledgement_missing':
    case 'host_acknowledgement_missing':
      return m.clientAgreementId ? `/client-agreements/${m.clientAgreementId}#ack-${m.party}` : null;
    default:
      return null;
  }
}

/**
 * What the case still needs before its next stage: each item says what is missing, who acts when another party
 * must (their organisation and named person) and links to where it is done.
 */
export function MissingList({ c, items, id }: { c: Case; items: MissingItem[]; id?: string }) {
  const { t } = useTranslation();
  const mayDecide = useMayDecide(c.organisationId, c.regionId);
  return (
    <ul className="guard-list" id={id}>
      {items.map((m) => {
        const target = targetOf(c, m, mayDecide);
        const who = m.organisationName
          ? m.personName
            ? t('missing.waitingForPerson', { organisation: m.organisationName, person: m.personName })
            : t('missing.waitingForOrganisation', { organisation: m.organisationName })
          : null;
        const linkText = t(`missing.action.${m.code}`, { defaultValue: t('missing.action.default') });
        return (
          <li key={m.code} data-code={m.code}>
            {m.message}
            {who ? <> {who}</> : null}
            {m.code === 'start_date_not_reached' && m.date ? <> {t('missing.startsOn', { date: formatDate(m.date) })}</> : null}
            {target ? (
              <>
                {' '}
                {target.startsWith('#') ? (
                  <Link href={target}>{linkText}</Link>
                ) : (
                  <AppLink to={target}>{linkText}</AppLink>
                )}
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
