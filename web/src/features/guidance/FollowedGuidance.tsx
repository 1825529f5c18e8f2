import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { Heading } from 'suomifi-ui-components';
import { AppLink, ErrorNotice } from '../../shared/common';
import { guidanceApi, guidanceKeys } from './api';
import { WindowSummary } from './WindowList';
import './texts';
import './guidance.css';

/**
 * The start page's guidance: the window of today of every running period the user coaches or is the client's own
 * worker for, those falling behind first. Nothing when there are none.
 */
export default function FollowedGuidance() {
  const { t } = useTranslation('guidance');
  const q = useQuery({ queryKey: guidanceKeys.followed, queryFn: guidanceApi.followed });
  if (q.isError) return <ErrorNotice error={q.error} />;
  const items = [...(q.data?.items ?? [])].sort(
    (a, b) => Number(b.window.state === 'falling_behind') - Number(a.window.state === 'falling_behind') || a.window.to.localeCompare(b.window.to),
  );
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="followed-guidance-heading" id="followed-guidance" className="gu-section">
      <Heading variant="h2" id="followed-guidance-heading" mb="s">
        {t('followed.heading')}
      </Heading>
      <ul className="pl-plain-list gu-windows">
        {items.map((f) => (
          <li key={f.periodId} data-period={f.periodId}>
            <AppLink to={`/cases/${f.caseId}#period-${f.periodId}-guidance`}>{f.clientName}</AppLink>
            <WindowSummary id={`followed-${f.periodId}`} w={f.window} />
          </li>
        ))}
      </ul>
    </section>
  );
}
