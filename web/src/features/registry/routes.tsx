// The placement registry's routes, used inside <Route element={<Layout />}> in App.tsx.
import { Route } from 'react-router';
import '../../shared/placements.css';
import { canMatch, canSeeProducts, canSeeRegistry, isManager, PlacementsGuard } from './access';
import PlacesPage from './PlacesPage';
import PlacePage from './PlacePage';
import PlaceFormPage from './PlaceFormPage';
import MatchPage from './MatchPage';
import AgreementsPage from '../agreements/AgreementsPage';
import AgreementPage from '../agreements/AgreementPage';
import AgreementFormPage from '../agreements/AgreementFormPage';
import ServiceProductsPage from './ServiceProductsPage';
import ServiceProductFormPage from './ServiceProductFormPage';
import ClientAgreementFormPage from '../bookings/ClientAgreementFormPage';
import ClientAgreementPage from '../bookings/ClientAgreementPage';

export const placementRoutes = (
  <>
    <Route path="places" element={<PlacementsGuard allow={canSeeRegistry}><PlacesPage /></PlacementsGuard>} />
    <Route path="places/new" element={<PlacementsGuard allow={isManager}><PlaceFormPage /></PlacementsGuard>} />
    <Route path="places/match" element={<PlacementsGuard allow={canMatch}><MatchPage /></PlacementsGuard>} />
    <Route path="places/:id" element={<PlacementsGuard allow={canSeeRegistry}><PlacePage /></PlacementsGuard>} />
    <Route path="places/:id/edit" element={<PlacementsGuard allow={isManager}><PlaceFormPage /></PlacementsGuard>} />
    <Route path="agreements" element={<PlacementsGuard allow={isManager}><AgreementsPage /></PlacementsGuard>} />
    <Route path="agreements/new" element={<PlacementsGuard allow={isManager}><AgreementFormPage /></PlacementsGuard>} />
    <Route path="agreements/:id" element={<PlacementsGuard allow={isManager}><AgreementPage /></PlacementsGuard>} />
    <Route path="agreements/:id/edit" element={<PlacementsGuard allow={isManager}><AgreementFormPage /></PlacementsGuard>} />
    <Route path="service-products" element={<PlacementsGuard allow={canSeeProducts}><ServiceProductsPage /></PlacementsGuard>} />
    <Route path="service-products/new" element={<PlacementsGuard allow={isManager}><ServiceProductFormPage /></PlacementsGuard>} />
    <Route path="service-products/:id/edit" element={<PlacementsGuard allow={isManager}><ServiceProductFormPage /></PlacementsGuard>} />
    <Route path="client-agreements/new" element={<PlacementsGuard allow={canMatch}><ClientAgreementFormPage /></PlacementsGuard>} />
    <Route path="client-agreements/:id" element={<PlacementsGuard allow={canSeeRegistry}><ClientAgreementPage /></PlacementsGuard>} />
  </>
);
