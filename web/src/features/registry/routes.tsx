// The registry's routes (places, matching, service products), inside <Route element={<Layout />}> in App.tsx.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isManager } from '../../shared/auth';
import { canMatch, canSeeProducts, canSeeRegistry } from './access';
import PlacesPage from './PlacesPage';
import PlacePage from './PlacePage';
import PlaceFormPage from './PlaceFormPage';
import MatchPage from './MatchPage';
import ServiceProductsPage from './ServiceProductsPage';
import ServiceProductFormPage from './ServiceProductFormPage';

export const registryRoutes = (
  <>
    <Route path="places" element={<Guard allow={canSeeRegistry}><PlacesPage /></Guard>} />
    <Route path="places/new" element={<Guard allow={isManager}><PlaceFormPage /></Guard>} />
    <Route path="places/match" element={<Guard allow={canMatch}><MatchPage /></Guard>} />
    <Route path="places/:id" element={<Guard allow={canSeeRegistry}><PlacePage /></Guard>} />
    <Route path="places/:id/edit" element={<Guard allow={isManager}><PlaceFormPage /></Guard>} />
    <Route path="service-products" element={<Guard allow={canSeeProducts}><ServiceProductsPage /></Guard>} />
    <Route path="service-products/new" element={<Guard allow={isManager}><ServiceProductFormPage /></Guard>} />
    <Route path="service-products/:id/edit" element={<Guard allow={isManager}><ServiceProductFormPage /></Guard>} />
  </>
);
