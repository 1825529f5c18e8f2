import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from './api/types';
import { useAuth } from './auth';
import { Loading } from './common';
import NotFoundPage from './NotFoundPage';

/** Sign-in and role guard of a route: to the sign-in page when signed out, "forbidden" when the role does not fit. */
export function Guard({ allow, children }: { allow?: (me: Me | null) => boolean; children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <Loading text={t('common.loading')} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (allow && !allow(me)) return <NotFoundPage forbidden />;
  return <>{children}</>;
}

/** One item of the service navigation; App.tsx composes the features' items in their order. */
export interface NavItem {
  to: string;
  label: string;
  /** The accessible name when the label alone says less (e.g. "Oma työ (3)" → "Oma työ, 3 odottaa"). */
  ariaLabel?: string;
}
