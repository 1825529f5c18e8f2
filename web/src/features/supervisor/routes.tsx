// The placement supervisor's start page ("Paikkani"), inside <Route element={<Layout />}> in App.tsx.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isPlaceSupervisor } from '../../shared/auth';

export const supervisorRoutes = (
  <Route path="my-places" lazy={guardedPage(() => import('./MyPlacesPage'), isPlaceSupervisor)} />
);
