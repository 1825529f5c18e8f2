import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import type { ServiceOrder } from './api';
import { formatDate } from '../../shared/format';

/** One service order's facts, as both the purchaser and the provider see them. */
export function OrderDetails({ order, showClient }: { order: ServiceOrder; showClient?: boolean }) {
  const { t } = useTranslation('orders');
  const badge = order.status === 'accepted' ? 'badge--ok' : order.status === 'declined' ? 'badge--alert' : '';
  return (
    <>
      <div className="page-head">
        <Heading variant="h3" id={`order-${order.id}-heading`}>
          {showClient ? `${order.clientName}: ${order.productName}` : order.productName}
        </Heading>
        <span className={`badge ${badge}`} id={`order-${order.id}-status`}>
          {t(`status.${order.status}`)}
        </span>
      </div>
      <dl className="details-list">
        <dt>{t('order.provider')}</dt>
        <dd>{order.providerName}</dd>
        {order.placeName ? (
          <>
            <dt>{t('field.place')}</dt>
            <dd>{order.placeName}</dd>
          </>
        ) : null}
        <dt>{t('order.period')}</dt>
        <dd>{t('order.periodValue', { start: formatDate(order.startDate), months: order.periodMonths })}</dd>
        <dt>{t('order.scope')}</dt>
        <dd>{t('order.scopeValue', { days: order.daysPerWeek, hours: order.hoursPerDay })}</dd>
        {order.coachName ? (
          <>
            <dt>{t('order.coach')}</dt>
            <dd id={`order-${order.id}-coach`}>{order.coachName}</dd>
          </>
        ) : null}
        {order.responseNote ? (
          <>
            <dt>{t('order.note')}</dt>
            <dd id={`order-${order.id}-note`}>{order.responseNote}</dd>
          </>
        ) : null}
      </dl>
    </>
  );
}
