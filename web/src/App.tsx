import { useEffect, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { setUnauthorizedHandler } from './api/client';
import { isAdmin, isManager, isWorker, readsCases, seesServiceOrders, startPath, useAuth } from './auth';
import Layout from './components/Layout';
import { Loading } from './components/common';
import LoginPage from './pages/LoginPage';
import ClientsPage from './pages/ClientsPage';
import ClientPage from './pages/ClientPage';
import ClientFormPage from './pages/ClientFormPage';
import AccessLogPage from './pages/AccessLogPage';
import OrganisationsPage from './pages/OrganisationsPage';
import OrganisationFormPage from './pages/OrganisationFormPage';
import UsersPage from './pages/UsersPage';
import UserFormPage from './pages/UserFormPage';
import PasswordPage from './pages/PasswordPage';
import NotFoundPage from './pages/NotFoundPage';
import MyWorkPage from './pages/MyWorkPage';
import CasePage from './pages/CasePage';
import CasesPage from './pages/CasesPage';
import DecisionPage from './pages/DecisionPage';
import DecisionNewPage from './pages/DecisionNewPage';
import ProcessModelPage from './pages/ProcessModelPage';
import ServiceOrdersPage from './pages/ServiceOrdersPage';
import { placementRoutes } from './pages/placements/routes';
import type { Me } from './api/types';

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
