// Aliases of the generated OpenAPI types (src/api/schema.d.ts, from api/openapi.json).
import type { components, paths } from './schema';

type S = components['schemas'];
export type Me = S['Me'];
export type User = S['User'];
export type UserInput = S['UserInput'];
export type Role = S['Role'];
export type RoleAssignment = S['RoleAssignment'];
export type Language = S['Language'];
export type Organisation = S['Organisation'];
export type OrganisationInput = S['OrganisationInput'];
export type OrganisationKind = S['OrganisationKind'];
export type Worker = S['Worker'];
export type Client = S['Client'];
export type ClientInput = S['ClientInput'];
export type ClientSummary = S['ClientSummary'];
export type RepresentativeKind = S['RepresentativeKind'];
export type AuditEntry = S['AuditEntry'];
export type Problem = S['Problem'];
export type FieldError = S['FieldError'];
export type LoginInput = S['LoginInput'];
export type PasswordChange = S['PasswordChange'];

type JsonOk<P extends keyof paths, M extends 'get' | 'post' | 'put'> = paths[P][M] extends {
  responses: infer R;
}
  ? R extends { 200: { content: { 'application/json': infer T } } }
    ? T
    : never
  : never;

export type OrganisationList = JsonOk<'/api/v1/organisations', 'get'>;
export type UserList = JsonOk<'/api/v1/users', 'get'>;
export type WorkerList = JsonOk<'/api/v1/workers', 'get'>;
export type ClientList = JsonOk<'/api/v1/clients', 'get'>;
export type AuditList = JsonOk<'/api/v1/clients/{id}/access-log', 'get'>;

export const ROLES: readonly Role[] = [
  'social_worker',
  'social_instructor',
  'coach',
  'placement_supervisor',
  'manager',
  'client',
  'admin',
];
export const ORGANISATION_KINDS: readonly OrganisationKind[] = ['purchaser', 'provider', 'host'];
export const LANGUAGES: readonly Language[] = ['fi', 'sv', 'en'];
export const REPRESENTATIVE_KINDS: readonly RepresentativeKind[] = ['', 'legal_representative', 'close_person'];
