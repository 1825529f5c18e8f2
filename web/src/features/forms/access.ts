// Who keeps the forms (lomakkeet) a purchaser uses: its managers publish new versions (the server's may_publish,
// forms_access.cpp); who gives the placement feedback: the staff of a host's places. Small, for App.tsx's navigation
// and the forms pages' guards.
import type { Me } from '../../shared/api/types';

/** The purchasers whose forms the user may publish, in the order the session lists them. */
export function publishingOrganisations(me: Me | null): { id: number; name: string }[] {
  if (!me) return [];
  const managed = new Set(me.user.roles.filter((r) => r.role === 'manager').map((r) => r.organisationId));
  return me.organisations.filter((o) => o.kinds.includes('purchaser') && managed.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}

export const keepsForms = (me: Me | null) => publishingOrganisations(me).length > 0;

/**
 * The staff of a host's places, who give the placement feedback (GET /api/v1/placement-feedback): its placement
 * supervisors and its managers. The server narrows a place's named supervisor to that place.
 */
export function givesPlacementFeedback(me: Me | null): boolean {
  if (!me) return false;
  const hosts = new Set(me.organisations.filter((o) => o.kinds.includes('host')).map((o) => o.id));
  return me.user.roles.some((r) => r.role === 'placement_supervisor' || (r.role === 'manager' && hosts.has(r.organisationId)));
}
