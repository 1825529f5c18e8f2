import { useEffect } from 'react';
import { Navigate, Route, useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
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
import { LeaveGuardDialog, releaseAllLeaveGuards } from './shared/leaveGuard';
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
import { attendanceRoutes } from './features/attendance/routes';
import { myPlacesNavItem } from './features/supervisor/nav';
import { useTaskCount } from './features/tasks/api';
import { NotificationBell } from './features/notifications/NotificationBell';
import { notificationRoutes } from './features/notifications/routes';
import { compensationRoutes } from './features/compensation/routes';
import { formRoutes } from './features/forms/routes';
import { givesPlacementFeedback, keepsForms } from './features/forms/access';
import { seesCompensation, seesRates } from './features/compensation/access';
import { releaseOfflineMarks } from './features/attendance/markSync';
import { placementNavItems } from './features/registry/access';
import { managedPurchasers } from './features/registry/products';
import './shared/placements.css';

function PageLoading() {
  const { t } = useTranslation();
  return <Loading text={t('common.loading')} />;
}

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
  // The staff of a host's places give feedback on how their clients worked.
  if (givesPlacementFeedback(me)) items.push({ to: '/placement-feedback', label: t('nav.placementFeedback') });
  if (isWorker(me)) {
    items.push({ to: '/clients', label: t('nav.clients') });
    items.push({ to: '/cases', label: t('nav.cases') });
  } else if (isCoach(me)) {
    items.push({ to: '/cases', label: t('nav.cases') });
  }
  if (seesServiceOrders(me)) items.push({ to: '/service-orders', label: t('orders:nav.serviceOrders') });
  // A purchaser's managers, social workers and instructors follow the month's compensation.
  if (seesCompensation(me)) items.push({ to: '/compensation', label: t('nav.compensation') });
  // The administrator keeps the law's rates, on the compensation's rates page.
  else if (seesRates(me)) items.push({ to: '/compensation/rates', label: t('nav.compensation') });
  // Process models belong to a purchaser's regions: a host's or provider's manager has none.
  if (managedPurchasers(me).length > 0) items.push({ to: '/admin/process-model', label: t('nav.processModel') });
  // A purchaser's managers publish the versions of the forms it uses.
  if (keepsForms(me)) items.push({ to: '/forms', label: t('nav.forms') });
  if (isAdmin(me)) {
    items.push({ to: '/admin/organisations', label: t('nav.organisations') });
    items.push({ to: '/admin/users', label: t('nav.users') });
  }
  items.push(...placementNavItems(me, t));
  return items;
}

/**
 * The root of every route: the page frame with the navigation (the task count is read for everyone who can have
 * tasks), the leave guard's dialog, the sign-in page after an expired session, and answers in the new language
 * after a language switch.
 */
function AppRoot() {
  const { me, signedOut } = useAuth();
  const taskCount = useTaskCount(mayHaveTasks(me));
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const { i18n } = useTranslation();

  useEffect(() => {
    setUnauthorizedHandler(() => {
      // What was typed stays in the drafts of long forms; nothing asks before the sign-in page.
      releaseAllLeaveGuards();
      signedOut();
      navigate('/login', { replace: true, state: { from: location.pathname + location.search, expired: true } });
    });
    return () => setUnauthorizedHandler(null);
  }, [navigate, location, signedOut]);

  // The server answers in the request's language (Accept-Language): what it has said is asked again.
  useEffect(() => {
    const refetch = () => void qc.invalidateQueries();
    i18n.on('languageChanged', refetch);
    return () => i18n.off('languageChanged', refetch);
  }, [i18n, qc]);

  return (
    <>
      <Layout
        nav={(m, t) => navItems(m, t, taskCount)}
        tools={me ? <NotificationBell /> : null}
        beforeSignOut={() => releaseOfflineMarks((count) => window.confirm(i18n.t('layout.unsentMarks', { count })))}
      />
      <LeaveGuardDialog />
    </>
  );
}

/** Every route of the app, for the data router (main.tsx); the URLs are those of the features' routes. */
export const appRoutes = (
  <Route element={<AppRoot />}>
    <Route index element={<Start />} />
    {/* The features' pages load lazily: on the first screen the frame shows at once, with this until the page is in. */}
    <Route hydrateFallbackElement={<PageLoading />}>
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
      {attendanceRoutes}
      {notificationRoutes}
      {compensationRoutes}
      {formRoutes}
    </Route>
    <Route path="*" element={<NotFoundPage />} />
  </Route>
);
