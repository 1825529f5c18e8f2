// Every signed-in user's notifications.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import NotificationsPage from './NotificationsPage';

export const notificationRoutes = <Route path="notifications" element={<Guard><NotificationsPage /></Guard>} />;
