// Client agreements (the booking's agreement with the client); bookings and visits live on the client's page.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { canMatch, canSeeRegistry } from '../registry/access';

export const bookingRoutes = (
  <>
    <Route path="client-agreements/new" lazy={guardedPage(() => import('./ClientAgreementFormPage'), canMatch)} />
    <Route path="client-agreements/:id" lazy={guardedPage(() => import('./ClientAgreementPage'), canSeeRegistry)} />
  </>
);
