import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { formatDate } from '../../shared/format';
import type { PeriodLimits, PeriodPreview } from './api';

/** The limits a period is held to (the service type's, the product's, the decision's), as the server read them. */
export function LimitsHint({ id, limits }: { id: string; limits: PeriodPreview['limits'] | undefined }) {
  const { t } = useTranslation('periods');
  const range = (l: PeriodLimits) =>
    t('limits.range', {
      days: `${l.daysPerWeekMin}–${l.daysPerWeekMax}`,
      hours: `${l.hoursPerDayMin}–${l.hoursPerDayMax}`,
      months: `${l.periodMonthsMin}–${l.periodMonthsMax}`,
    });
  const d = limits?.decision;
  return (
    <div className="pe-limits" id={id}>
      <Heading variant="h4" mb="xs">
        {t('limits.heading')}
      </Heading>
      {!limits ? (
        <p className="muted">{t('limits.reading')}</p>
      ) : (
        <dl className="details-list">
          <dt>{t('limits.serviceType')}</dt>
          <dd id={`${id}-service-type`}>{limits.serviceType ? range(limits.serviceType) : t('limits.none')}</dd>
          {limits.product ? (
            <>
              <dt>{t('limits.product')}</dt>
              <dd id={`${id}-product`}>{range(limits.product)}</dd>
            </>
          ) : null}
          <dt>{t('limits.decision')}</dt>
          <dd id={`${id}-decision`}>
            {d
              ? t('limits.decisionRange', {
                  days: d.daysPerWeekMax,
                  hours: d.hoursPerDayMax,
                  start: formatDate(d.startDate),
                  end: formatDate(d.endDate),
                })
              : t('limits.noDecision')}
          </dd>
        </dl>
      )}
    </div>
  );
}
