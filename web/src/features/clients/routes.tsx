// Clients, their form and their access log.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isWorker } from '../../shared/auth';

export const clientRoutes = (
  <>
    <Route path="clients" lazy={guardedPage(() => import('./ClientsPage'), isWorker)} />
    <Route path="clients/new" lazy={guardedPage(() => import('./ClientFormPage'), isWorker)} />
    <Route path="clients/:id" lazy={guardedPage(() => import('./ClientPage'), isWorker)} />
    <Route path="clients/:id/edit" lazy={guardedPage(() => import('./ClientFormPage'), isWorker)} />
    <Route path="clients/:id/access-log" lazy={guardedPage(() => import('./AccessLogPage'), isWorker)} />
  </>
);
