// The placement supervisor's start page ("Paikkani"), inside <Route element={<Layout />}> in App.tsx.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isPlaceSupervisor } from '../../shared/auth';
import MyPlacesPage from './MyPlacesPage';

export const supervisorRoutes = (
  <Route path="my-places" element={<Guard allow={isPlaceSupervisor}><MyPlacesPage /></Guard>} />
);
