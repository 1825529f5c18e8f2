// A case's decisions.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isWorker } from '../../shared/auth';

export const decisionRoutes = (
  <>
    <Route path="cases/:id/decisions/new" lazy={guardedPage(() => import('./DecisionNewPage'), isWorker)} />
    <Route path="decisions/:id" lazy={guardedPage(() => import('./DecisionPage'), isWorker)} />
  </>
);
