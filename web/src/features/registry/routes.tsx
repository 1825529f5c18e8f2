// The registry's routes (places, matching, service products), inside <Route element={<Layout />}> in App.tsx.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isManager } from '../../shared/auth';
import { canMatch, canSeeProducts, canSeeRegistry } from './access';

export const registryRoutes = (
  <>
    <Route path="places" lazy={guardedPage(() => import('./PlacesPage'), canSeeRegistry)} />
    <Route path="places/new" lazy={guardedPage(() => import('./PlaceFormPage'), isManager)} />
    <Route path="places/match" lazy={guardedPage(() => import('./MatchPage'), canMatch)} />
    <Route path="places/:id" lazy={guardedPage(() => import('./PlacePage'), canSeeRegistry)} />
    <Route path="places/:id/edit" lazy={guardedPage(() => import('./PlaceFormPage'), isManager)} />
    <Route path="service-products" lazy={guardedPage(() => import('./ServiceProductsPage'), canSeeProducts)} />
    <Route path="service-products/new" lazy={guardedPage(() => import('./ServiceProductFormPage'), isManager)} />
    <Route path="service-products/:id/edit" lazy={guardedPage(() => import('./ServiceProductFormPage'), isManager)} />
  </>
);
