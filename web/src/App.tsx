import { useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setUnauthorizedHandler } from './shared/api/client';
import { isAdmin, isManager, isWorker, readsCases, seesServiceOrders, startPath, useAuth } from './shared/auth';
import Layout from './shared/Layout';
import { Loading } from './shared/common';
import LoginPage from './features/auth/LoginPage';
import ClientsPage from './features/clients/ClientsPage';
import ClientPage from './features/clients/ClientPage';
import ClientFormPage from './features/clients/ClientFormPage';
import AccessLogPage from './features/clients/AccessLogPage';
import OrganisationsPage from './features/organisations/OrganisationsPage';
import OrganisationFormPage from './features/organisations/OrganisationFormPage';
import UsersPage from './features/organisations/UsersPage';
import UserFormPage from './features/organisations/UserFormPage';
import PasswordPage from './features/auth/PasswordPage';
import NotFoundPage from './shared/NotFoundPage';
import MyWorkPage from './features/myWork/MyWorkPage';
import CasePage from './features/cases/CasePage';
import CasesPage from './features/cases/CasesPage';
import DecisionPage from './features/decisions/DecisionPage';
import DecisionNewPage from './features/decisions/DecisionNewPage';
import ProcessModelPage from './features/cases/ProcessModelPage';
import ServiceOrdersPage from './features/serviceOrders/ServiceOrdersPage';
import { placementRoutes } from './features/registry/routes';
import type { Me } from './shared/api/types';

function Guard({ allow, children }: { allow?: (me: Me | null) => boolean; children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <Loading text={t('common.loading')} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (allow && !allow(me)) return <NotFoundPage forbidden />;
  return <>{children}</>;
}

function Start() {
  const { me, loading } = useAuth();
  const { t } = useTranslation();
  if (loading) return <Loading text={t('common.loading')} />;
  return <Navigate to={me ? startPath(me) : '/login'} replace />;
}

export default function App() {
  const navigate = useNavigate();
  const location = useLocation();
  const { signedOut } = useAuth();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      signedOut();
      navigate('/login', { replace: true, state: { from: location.pathname + location.search, expired: true } });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, location, signedOut]);

  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Start />} />
        <Route path="login" element={<LoginPage />} />
        <Route path="my-work" element={<Guard allow={isWorker}><MyWorkPage /></Guard>} />
        <Route path="cases" element={<Guard allow={readsCases}><CasesPage /></Guard>} />
        <Route path="cases/:id" element={<Guard allow={readsCases}><CasePage /></Guard>} />
        <Route path="service-orders" element={<Guard allow={seesServiceOrders}><ServiceOrdersPage /></Guard>} />
        <Route path="cases/:id/decisions/new" element={<Guard allow={isWorker}><DecisionNewPage /></Guard>} />
        <Route path="decisions/:id" element={<Guard allow={isWorker}><DecisionPage /></Guard>} />
        <Route path="admin/process-model" element={<Guard allow={isManager}><ProcessModelPage /></Guard>} />
        <Route path="clients" element={<Guard allow={isWorker}><ClientsPage /></Guard>} />
        <Route path="clients/new" element={<Guard allow={isWorker}><ClientFormPage /></Guard>} />
        <Route path="clients/:id" element={<Guard allow={isWorker}><ClientPage /></Guard>} />
        <Route path="clients/:id/edit" element={<Guard allow={isWorker}><ClientFormPage /></Guard>} />
        <Route path="clients/:id/access-log" element={<Guard allow={isWorker}><AccessLogPage /></Guard>} />
        <Route path="admin" element={<Navigate to="/admin/organisations" replace />} />
        <Route path="admin/organisations" element={<Guard allow={isAdmin}><OrganisationsPage /></Guard>} />
        <Route path="admin/organisations/new" element={<Guard allow={isAdmin}><OrganisationFormPage /></Guard>} />
        <Route path="admin/organisations/:id" element={<Guard allow={isAdmin}><OrganisationFormPage /></Guard>} />
        <Route path="admin/users" element={<Guard allow={isAdmin}><UsersPage /></Guard>} />
        <Route path="admin/users/new" element={<Guard allow={isAdmin}><UserFormPage /></Guard>} />
        <Route path="admin/users/:id" element={<Guard allow={isAdmin}><UserFormPage /></Guard>} />
        {placementRoutes}
        <Route path="password" element={<Guard><PasswordPage /></Guard>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
