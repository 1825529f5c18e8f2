import { useEffect } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { setUnauthorizedHandler } from './shared/api/client';
import type { Me } from './shared/api/types';
import {
  isAdmin,
  isCoach,
  isPlaceSupervisor,
  isWorker,
  mayHaveTasks,
  seesServiceOrders,
  startPath,
  supervisesPlacesOnly,
  useAuth,
} from './shared/auth';
import { Loading } from './shared/common';
import type { NavItem } from './shared/Guard';
import Layout from './shared/Layout';
import NotFoundPage from './shared/NotFoundPage';
import { authRoutes } from './features/auth/routes';
import { myWorkRoutes } from './features/myWork/routes';
import { clientRoutes } from './features/clients/routes';
import { caseRoutes } from './features/cases/routes';
import { decisionRoutes } from './features/decisions/routes';
import { serviceOrderRoutes } from './features/serviceOrders/routes';
import { organisationRoutes } from './features/organisations/routes';
import { registryRoutes } from './features/registry/routes';
import { agreementRoutes } from './features/agreements/routes';
import { bookingRoutes } from './features/bookings/routes';
import { supervisorRoutes } from './features/supervisor/routes';
import { myPlacesNavItem } from './features/supervisor/nav';
import { useTaskCount } from './features/tasks/api';
import { placementNavItems } from './features/registry/access';
import { managedPurchasers } from './features/registry/products';
import './shared/placements.css';

function Start() {
  const { me, loading } = useAuth();
  const { t } = useTranslation();
  if (loading) return <Loading text={t('common.loading')} />;
  return <Navigate to={me ? startPath(me) : '/login'} replace />;
}

/** "Oma työ", with how many tasks wait when there are any ("Oma työ (3)", read as "Oma työ, 3 odottaa"). */
function myWorkItem(t: TFunction, taskCount: number | undefined): NavItem {
  if (!taskCount) return { to: '/my-work', label: t('nav.myWork') };
  return {
    to: '/my-work',
    label: t('nav.myWorkCount', { count: taskCount }),
    ariaLabel: t('nav.myWorkCountLabel', { count: taskCount }),
  };
}

/** The service navigation of a signed-in user, in the order the features come. */
function navItems(me: Me | null, t: TFunction, taskCount: number | undefined): NavItem[] {
  const items: NavItem[] = [];
  // A supervisor who is nothing else finds their tasks on "Paikkani"; one who is also a worker or manager on "Oma työ".
  if (supervisesPlacesOnly(me)) items.push(myPlacesNavItem(t, taskCount));
  else if (mayHaveTasks(me)) items.push(myWorkItem(t, taskCount));
  if (isPlaceSupervisor(me) && !supervisesPlacesOnly(me)) items.push(myPlacesNavItem(t));
  if (isWorker(me)) {
    items.push({ to: '/clients', label: t('nav.clients') });
    items.push({ to: '/cases', label: t('nav.cases') });
  } else if (isCoach(me)) {
    items.push({ to: '/cases', label: t('nav.cases') });
  }
  if (seesServiceOrders(me)) items.push({ to: '/service-orders', label: t('orders:nav.serviceOrders') });
  // Process models belong to a purchaser's regions: a host's or provider's manager has none.
  if (managedPurchasers(me).length > 0) items.push({ to: '/admin/process-model', label: t('nav.processModel') });
  if (isAdmin(me)) {
    items.push({ to: '/admin/organisations', label: t('nav.organisations') });
    items.push({ to: '/admin/users', label: t('nav.users') });
  }
  items.push(...placementNavItems(me, t));
  return items;
}

/** The page frame with the navigation; the task count is read for everyone who can have tasks. */
function AppLayout() {
  const { me } = useAuth();
  const taskCount = useTaskCount(mayHaveTasks(me));
  return <Layout nav={(m, t) => navItems(m, t, taskCount)} />;
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
      <Route element={<AppLayout />}>
        <Route index element={<Start />} />
        {authRoutes}
        {myWorkRoutes}
        {clientRoutes}
        {caseRoutes}
        {decisionRoutes}
        {serviceOrderRoutes}
        {organisationRoutes}
        {registryRoutes}
        {agreementRoutes}
        {bookingRoutes}
        {supervisorRoutes}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
