// Cases and the regions' process models.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isManager, readsCases } from '../../shared/auth';

export const caseRoutes = (
  <>
    <Route path="cases" lazy={guardedPage(() => import('./CasesPage'), readsCases)} />
    <Route path="cases/:id" lazy={guardedPage(() => import('./CasePage'), readsCases)} />
    <Route path="admin/process-model" lazy={guardedPage(() => import('./ProcessModelPage'), isManager)} />
  </>
);
