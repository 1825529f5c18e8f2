import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, RouterLink } from 'suomifi-ui-components';
import { ErrorNotice, Loading, PageTitle } from '../../shared/common';
import { formatDateTime } from '../../shared/format';
import { type AppNotification, useMarkAllRead, useMarkRead, useNotifications } from './api';
import { notificationText } from './texts';
import './notifications.css';

/** /notifications: the user's notifications, newest first; opening one marks it read. */
export default function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const list = useNotifications();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const unread = list.data?.unreadCount ?? 0;

  return (
    <>
      <PageTitle title={t('title')}>{t('title')}</PageTitle>
      {list.isPending ? <Loading text={t('common.loading')} /> : null}
      {list.isError ? <ErrorNotice error={list.error} /> : null}
      {markAll.isError ? <ErrorNotice error={markAll.error} /> : null}
      {list.isSuccess ? (
        <section className="panel" aria-labelledby="notifications-summary">
          <div className="notifications__bar">
            <p id="notifications-summary" aria-live="polite">
              {t('unreadSummary', { count: unread })}
            </p>
            <Button variant="secondary" id="mark-all-read" disabled={unread === 0 || markAll.isPending}
              onClick={() => markAll.mutate()}>
              {t('markAllRead')}
            </Button>
          </div>
          {list.data.items.length === 0 ? (
            <p id="notifications-empty">{t('empty')}</p>
          ) : (
            <ul className="notifications__list" id="notifications-list">
              {list.data.items.map((n) => (
                <NotificationItem key={n.id} n={n} onOpen={() => !n.readAt && markRead.mutate(n.id)} />
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}

function NotificationItem({ n, onOpen }: { n: AppNotification; onOpen: () => void }) {
  const { t } = useTranslation('notifications');
  const unread = !n.readAt;
  return (
    <li className={unread ? 'notifications__item notifications__item--unread' : 'notifications__item'}
      data-notification-id={n.id}>
      {unread ? <span className="notifications__new">{t('new')}</span> : <span className="visually-hidden">{t('read')}</span>}
      <RouterLink asComponent={Link} to={n.link} onClick={onOpen}>
        {notificationText(t, n.kind, n.params)}
      </RouterLink>
      <span className="muted notifications__time">{formatDateTime(n.createdAt)}</span>
    </li>
  );
}
