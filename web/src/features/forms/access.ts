// Who keeps the forms (lomakkeet) a purchaser uses: its managers publish new versions (the server's may_publish,
// forms_access.cpp). Small, for App.tsx's navigation and the forms pages' guard.
import type { Me } from '../../shared/api/types';

/** The purchasers whose forms the user may publish, in the order the session lists them. */
export function publishingOrganisations(me: Me | null): { id: number; name: string }[] {
  if (!me) return [];
  const managed = new Set(me.user.roles.filter((r) => r.role === 'manager').map((r) => r.organisationId));
  return me.organisations.filter((o) => o.kinds.includes('purchaser') && managed.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}

export const keepsForms = (me: Me | null) => publishingOrganisations(me).length > 0;
