// Agreements between organisations: the managers' pages.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isManager } from '../../shared/auth';

export const agreementRoutes = (
  <>
    <Route path="agreements" lazy={guardedPage(() => import('./AgreementsPage'), isManager)} />
    <Route path="agreements/new" lazy={guardedPage(() => import('./AgreementFormPage'), isManager)} />
    <Route path="agreements/:id" lazy={guardedPage(() => import('./AgreementPage'), isManager)} />
    <Route path="agreements/:id/edit" lazy={guardedPage(() => import('./AgreementFormPage'), isManager)} />
  </>
);
