// Client agreements (the booking's agreement with the client); bookings and visits live on the client's page.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { canMatch, canSeeRegistry } from '../registry/access';
import ClientAgreementFormPage from './ClientAgreementFormPage';
import ClientAgreementPage from './ClientAgreementPage';

export const bookingRoutes = (
  <>
    <Route path="client-agreements/new" element={<Guard allow={canMatch}><ClientAgreementFormPage /></Guard>} />
    <Route path="client-agreements/:id" element={<Guard allow={canSeeRegistry}><ClientAgreementPage /></Guard>} />
  </>
);
