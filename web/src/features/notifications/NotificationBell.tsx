import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { IconAlert } from 'suomifi-icons';
import { useUnreadCount } from './api';
import './notifications.css';

/** The header's bell: a link to the notifications page; its accessible name says how many are unread. */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const unread = useUnreadCount() ?? 0;
  return (
    <Link to="/notifications" className="app-header__link notification-bell" id="notification-bell"
      aria-label={t('bellLabel', { count: unread })}>
      <IconAlert className="notification-bell__icon" aria-hidden="true" />
      <span aria-hidden="true">{t('bell')}</span>
      {/* The space keeps the visible "Ilmoitukset 1" a part of the name "Ilmoitukset, 1 lukematon" (axe: label-content-name-mismatch). */}
      {unread > 0 ? ' ' : null}
      {unread > 0 ? (
        <span className="notification-bell__count" aria-hidden="true">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
