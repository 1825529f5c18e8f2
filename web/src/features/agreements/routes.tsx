// Agreements between organisations: the managers' pages.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isManager } from '../../shared/auth';
import AgreementsPage from './AgreementsPage';
import AgreementPage from './AgreementPage';
import AgreementFormPage from './AgreementFormPage';

export const agreementRoutes = (
  <>
    <Route path="agreements" element={<Guard allow={isManager}><AgreementsPage /></Guard>} />
    <Route path="agreements/new" element={<Guard allow={isManager}><AgreementFormPage /></Guard>} />
    <Route path="agreements/:id" element={<Guard allow={isManager}><AgreementPage /></Guard>} />
    <Route path="agreements/:id/edit" element={<Guard allow={isManager}><AgreementFormPage /></Guard>} />
  </>
);
