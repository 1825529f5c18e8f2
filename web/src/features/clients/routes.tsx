// Clients, their form and their access log.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isWorker } from '../../shared/auth';
import ClientsPage from './ClientsPage';
import ClientPage from './ClientPage';
import ClientFormPage from './ClientFormPage';
import AccessLogPage from './AccessLogPage';

export const clientRoutes = (
  <>
    <Route path="clients" element={<Guard allow={isWorker}><ClientsPage /></Guard>} />
    <Route path="clients/new" element={<Guard allow={isWorker}><ClientFormPage /></Guard>} />
    <Route path="clients/:id" element={<Guard allow={isWorker}><ClientPage /></Guard>} />
    <Route path="clients/:id/edit" element={<Guard allow={isWorker}><ClientFormPage /></Guard>} />
    <Route path="clients/:id/access-log" element={<Guard allow={isWorker}><AccessLogPage /></Guard>} />
  </>
);
