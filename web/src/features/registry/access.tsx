import { useMemo, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { placementsApi } from './api';
import type { Me, Role } from '../../shared/api/types';
import { hasRole, useAuth } from '../../shared/auth';
import { Loading } from '../../shared/common';
import NotFoundPage from '../../shared/NotFoundPage';

/** The placement API (the CSRF token is the app's, set at sign-in). */
export function usePlacementsApi() {
  return useMemo(() => placementsApi(), []);
}

export const REGISTRY_ROLES: readonly Role[] = ['social_worker', 'social_instructor', 'manager', 'placement_supervisor'];
export const MATCH_ROLES: readonly Role[] = ['social_worker', 'social_instructor', 'manager'];

export const canSeeRegistry = (me: Me | null) => hasRole(me, REGISTRY_ROLES);
export const canMatch = (me: Me | null) => hasRole(me, MATCH_ROLES);
export const isManager = (me: Me | null) => hasRole(me, ['manager']);
// Products are what purchasers order and coaches deliver, so their people see them all.
export const canSeeProducts = (me: Me | null) => hasRole(me, ['manager', 'social_worker', 'social_instructor', 'coach']);

/** Sign-in and role guard for the placement pages (App.tsx keeps its own for the others). */
export function PlacementsGuard({ allow, children }: { allow: (me: Me | null) => boolean; children: ReactNode }) {
  const { me, loading } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (loading) return <Loading text={t('common.loading')} />;
  if (!me) return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  if (!allow(me)) return <NotFoundPage forbidden />;
  return <>{children}</>;
}

/** Nav items for Layout.tsx; labels come from the `placements` namespace. */
export function placementNavItems(me: Me | null, t: (k: string) => string): { to: string; label: string }[] {
  const out: { to: string; label: string }[] = [];
  if (canSeeRegistry(me)) out.push({ to: '/places', label: t('placements:nav.places') });
  if (isManager(me)) out.push({ to: '/agreements', label: t('placements:nav.agreements') });
  if (canSeeProducts(me)) out.push({ to: '/service-products', label: t('placements:nav.products') });
  return out;
}

/** "1.12.2026" or "2026-12-01" → "2026-12-01"; null when it is no date. */
export function toIsoDate(text: string): string | null {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
    if (!m) return null;
    d = Number(m[1]);
    mo = Number(m[2]);
    y = Number(m[3]);
  }
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The value the server gets for a date field: ISO when it parses, otherwise the text (the server explains). */
export const dateForServer = (text: string): string => toIsoDate(text) ?? text.trim();

/** "8.00", "8:00", "08:00" → "08:00"; anything else unchanged (the server explains). */
export function toHhMm(text: string): string {
  const m = /^(\d{1,2})[.:](\d{2})$/.exec(text.trim());
  return m ? `${m[1].padStart(2, '0')}:${m[2]}` : text.trim();
}

/** "08:00" → "8.00" (Finnish style, CONVENTIONS.md). */
export function showTime(hhmm: string): string {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  return m ? `${Number(m[1])}.${m[2]}` : hhmm;
}

/** Today in Helsinki as d.M.yyyy plus n days. */
export function dayText(plusDays = 0): string {
  const d = new Date(Date.now() + plusDays * 86_400_000);
  const p = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Helsinki', year: 'numeric', month: 'numeric', day: 'numeric' })
    .formatToParts(d)
    .reduce<Record<string, string>>((a, x) => ({ ...a, [x.type]: x.value }), {});
  return `${Number(p.day)}.${Number(p.month)}.${p.year}`;
}

export function todayIso(): string {
  return toIsoDate(dayText(0))!;
}

/** Toggle a value in a list kept in a fixed order. */
export function toggle<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((x) => set.has(x));
}
