import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import { IconPlus } from 'suomifi-icons';
import type { Case, Stage } from '../../shared/api/types';
import { useAuth } from '../../shared/auth';
import { ErrorNotice, Loading } from '../../shared/common';
import { useHashTarget } from '../../shared/hashTarget';
import { periodKeys, periodsApi } from './api';
import { AbsenceAlerts } from './AbsenceAlerts';
import { PeriodEditor } from './PeriodEditor';
import { PeriodItem } from './PeriodItem';
import './periods.css';
import './texts';

/** Periods are planned while the work starts or runs; afterwards they stay to read. */
const PLANNED: readonly Stage[] = ['start', 'implementation'];
const SHOWN: readonly Stage[] = [...PLANNED, 'end', 'follow_up', 'closed'];

/**
 * The case page's "Jaksot ja läsnäolo": the absences to see to, the periods with their schedules and attendance, and
 * planning a new one. Notifications and tasks link to `#attendance`. Who may plan is the server's rule: the
 * purchaser's workers (the case's `edit` access) and a coach the provider named; a manager only reads.
 */
export function PeriodsSection({ c }: { c: Case }) {
  const { t } = useTranslation('periods');
  const { me } = useAuth();
  const qc = useQueryClient();
  const shown = SHOWN.includes(c.stage);
  const periods = useQuery({ queryKey: periodKeys.ofCase(c.id), queryFn: () => periodsApi.listOfCase(c.id), enabled: shown });
  const [planning, setPlanning] = useState(false);
  const [saved, setSaved] = useState(false);
  useHashTarget(periods.isSuccess);
  if (!shown) return null;
  const coach = c.participants.some((p) => p.coachUserId === me?.user.id);
  const mayChange = PLANNED.includes(c.stage) && c.status === 'active' && (c.access === 'edit' || coach);
  // The coach plans new periods too: the server lists them the case's bookings (GET /cases/{id}/period-bookings).
  const mayPlanNew = mayChange;
  const items = periods.data?.items ?? [];
  return (
    <section className="panel" aria-labelledby="attendance-heading" id="attendance">
      <Heading variant="h2" id="attendance-heading" mb="s">
        {t('section.heading')}
      </Heading>
      {/* The server lists the alerts the user sees to (own worker, purchaser's managers): none for others. */}
      <AbsenceAlerts caseId={c.id} />
      {periods.isPending ? <Loading text={t('translation:common.loading')} /> : null}
      {periods.isError ? <ErrorNotice error={periods.error} /> : null}
      {periods.isSuccess && items.length === 0 ? (
        <Paragraph mb="s" id="no-periods">
          {mayPlanNew ? t('section.noneYet') : t('section.none')}
        </Paragraph>
      ) : null}
      {items.length ? (
        <ul className="pl-plain-list pe-periods" id="period-list">
          {items.map((p) => (
            <PeriodItem
              key={p.id}
              period={p}
              mayChange={mayChange}
              mayCertify={c.access === 'edit' || coach || p.coachUserId === me?.user.id}
              clientLanguage={c.clientLanguage}
            />
          ))}
        </ul>
      ) : null}
      <p role="status" aria-live="polite" className="saved-text" id="period-saved">
        {saved ? t('section.saved') : ''}
      </p>
      {mayPlanNew && !planning ? (
        <Button
          variant="secondary"
          icon={<IconPlus />}
          id="plan-period"
          onClick={() => {
            setSaved(false);
            setPlanning(true);
          }}
        >
          {t('section.plan')}
        </Button>
      ) : null}
      {planning ? (
        <PeriodEditor
          c={c}
          onSaved={() => {
            setPlanning(false);
            setSaved(true);
            void qc.invalidateQueries({ queryKey: ['timeline', c.id] });
          }}
          onCancel={() => setPlanning(false)}
        />
      ) : null}
    </section>
  );
}
