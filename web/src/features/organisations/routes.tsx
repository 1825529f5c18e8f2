// Administration: organisations and users.
import { Navigate, Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { isAdmin } from '../../shared/auth';

export const organisationRoutes = (
  <>
    <Route path="admin" element={<Navigate to="/admin/organisations" replace />} />
    <Route path="admin/organisations" lazy={guardedPage(() => import('./OrganisationsPage'), isAdmin)} />
    <Route path="admin/organisations/new" lazy={guardedPage(() => import('./OrganisationFormPage'), isAdmin)} />
    <Route path="admin/organisations/:id" lazy={guardedPage(() => import('./OrganisationFormPage'), isAdmin)} />
    <Route path="admin/users" lazy={guardedPage(() => import('./UsersPage'), isAdmin)} />
    <Route path="admin/users/new" lazy={guardedPage(() => import('./UserFormPage'), isAdmin)} />
    <Route path="admin/users/:id" lazy={guardedPage(() => import('./UserFormPage'), isAdmin)} />
  </>
);
