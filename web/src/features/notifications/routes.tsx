// Every signed-in user's notifications; the page's code loads when the route first matches.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';

export const notificationRoutes = (
  <Route path="notifications" lazy={guardedPage(() => import('./NotificationsPage'))} />
);
