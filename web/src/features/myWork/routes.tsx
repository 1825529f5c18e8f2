// The worker's start page.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isWorker } from '../../shared/auth';
import MyWorkPage from './MyWorkPage';

export const myWorkRoutes = <Route path="my-work" element={<Guard allow={isWorker}><MyWorkPage /></Guard>} />;
