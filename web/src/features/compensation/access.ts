// Who sees the compensation (korvaukset) and records an absence notice as sent: a purchaser's managers, social
// workers and social instructors read; its workers record sendings (as the server's compensation_access). Whether a
// month may be approved the server says (the batch's mayApprove). The rates: the administrator keeps the law's, a
// purchaser's manager its own. Small, for App.tsx's navigation.
import type { Me, Role } from '../../shared/api/types';
import { hasRole, isAdmin } from '../../shared/auth';

export const COMPENSATION_ROLES: readonly Role[] = ['manager', 'social_worker', 'social_instructor'];

/** The purchasers whose batches the user reads, in the order the session lists them. */
export function compensationOrganisations(me: Me | null): { id: number; name: string }[] {
  if (!me) return [];
  const mine = new Set(me.user.roles.filter((r) => COMPENSATION_ROLES.includes(r.role)).map((r) => r.organisationId));
  return me.organisations.filter((o) => o.kinds.includes('purchaser') && mine.has(o.id)).map((o) => ({ id: o.id, name: o.name }));
}

export const seesCompensation = (me: Me | null) => compensationOrganisations(me).length > 0;

/** Reads a client's compensation section: the roles above in the client's organisation. */
export const readsClientCompensation = (me: Me | null, organisationId: number) =>
  hasRole(me, COMPENSATION_ROLES, organisationId);


/** Who opens the rates: the readers of the batches (their purchaser's rates and the law's) and the administrator. */
export const seesRates = (me: Me | null) => seesCompensation(me) || isAdmin(me);

/** Adds the law's rates (the server's may_keep_rates without an organisation). */
export const keepsLawRates = (me: Me | null) => isAdmin(me);

/** Adds a purchaser's own rates: its managers. */
export const keepsOwnRates = (me: Me | null, organisationId: number) => hasRole(me, ['manager'], organisationId);
