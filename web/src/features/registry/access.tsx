// Who sees which part of the registry, agreements and products, and their navigation items.
import type { Me, Role } from '../../shared/api/types';
import { hasRole, isManager } from '../../shared/auth';

export const REGISTRY_ROLES: readonly Role[] = ['social_worker', 'social_instructor', 'manager', 'placement_supervisor'];
export const MATCH_ROLES: readonly Role[] = ['social_worker', 'social_instructor', 'manager'];

export const canSeeRegistry = (me: Me | null) => hasRole(me, REGISTRY_ROLES);
export const canMatch = (me: Me | null) => hasRole(me, MATCH_ROLES);
// Products are what purchasers order and coaches deliver, so their people see them all.
export const canSeeProducts = (me: Me | null) => hasRole(me, ['manager', 'social_worker', 'social_instructor', 'coach']);

/** Nav items of the registry, agreements and products; labels come from the `placements` namespace. */
export function placementNavItems(me: Me | null, t: (k: string) => string): { to: string; label: string }[] {
  const out: { to: string; label: string }[] = [];
  if (canSeeRegistry(me)) out.push({ to: '/places', label: t('placements:nav.places') });
  if (isManager(me)) out.push({ to: '/agreements', label: t('placements:nav.agreements') });
  if (canSeeProducts(me)) out.push({ to: '/service-products', label: t('placements:nav.products') });
  return out;
}
