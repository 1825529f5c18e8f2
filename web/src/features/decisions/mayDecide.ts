import { useQuery } from '@tanstack/react-query';

import { hasRole, useAuth } from '../../shared/auth';
import { casesApi } from '../cases/api';

/**
 * Whether the signed-in user may make and sign decisions in a case: social workers always,
 * social instructors where the region's process model allows it (a case without a region
 * follows the defaults, which do not). The server checks the same; this only spares the user
 * a button that would be refused.
 */
export function useMayDecide(organisationId: number | undefined, regionId: number | null | undefined): boolean {
  const { me } = useAuth();
  const models = useQuery({ queryKey: ['process-models'], queryFn: casesApi.listProcessModels, staleTime: 60_000 });
  if (organisationId === undefined) return false;
  if (hasRole(me, ['social_worker'], organisationId)) return true;
  if (!hasRole(me, ['social_instructor'], organisationId)) return false;
  const model = models.data?.items.find((m) => m.regionId === regionId);
  return model?.instructorsMayDecide === true;
}
