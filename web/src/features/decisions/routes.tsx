// A case's decisions.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isWorker } from '../../shared/auth';
import DecisionPage from './DecisionPage';
import DecisionNewPage from './DecisionNewPage';

export const decisionRoutes = (
  <>
    <Route path="cases/:id/decisions/new" element={<Guard allow={isWorker}><DecisionNewPage /></Guard>} />
    <Route path="decisions/:id" element={<Guard allow={isWorker}><DecisionPage /></Guard>} />
  </>
);
