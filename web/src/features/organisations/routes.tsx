// Administration: organisations and users.
import { Navigate, Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { isAdmin } from '../../shared/auth';
import OrganisationsPage from './OrganisationsPage';
import OrganisationFormPage from './OrganisationFormPage';
import UsersPage from './UsersPage';
import UserFormPage from './UserFormPage';

export const organisationRoutes = (
  <>
    <Route path="admin" element={<Navigate to="/admin/organisations" replace />} />
    <Route path="admin/organisations" element={<Guard allow={isAdmin}><OrganisationsPage /></Guard>} />
    <Route path="admin/organisations/new" element={<Guard allow={isAdmin}><OrganisationFormPage /></Guard>} />
    <Route path="admin/organisations/:id" element={<Guard allow={isAdmin}><OrganisationFormPage /></Guard>} />
    <Route path="admin/users" element={<Guard allow={isAdmin}><UsersPage /></Guard>} />
    <Route path="admin/users/new" element={<Guard allow={isAdmin}><UserFormPage /></Guard>} />
    <Route path="admin/users/:id" element={<Guard allow={isAdmin}><UserFormPage /></Guard>} />
  </>
);
