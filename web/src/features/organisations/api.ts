// Organisations, their users and the workers a client's responsible worker is chosen from.
import { request } from '../../shared/api/client';
import type {
  Organisation,
  OrganisationInput,
  OrganisationList,
  User,
  UserInput,
  UserList,
  WorkerList,
} from '../../shared/api/types';

/** The server's limit of a logo (platform/documents: kMaxLogoBytes). */
export const MAX_LOGO_BYTES = 200 * 1024;

export const organisationsApi = {
  listOrganisations: () => request<OrganisationList>('GET', '/api/v1/organisations'),
  getOrganisation: (id: number) => request<Organisation>('GET', `/api/v1/organisations/${id}`),
  createOrganisation: (input: OrganisationInput) => request<Organisation>('POST', '/api/v1/organisations', input),
  updateOrganisation: (id: number, input: OrganisationInput) =>
    request<Organisation>('PUT', `/api/v1/organisations/${id}`, input),
  /** The PNG's bytes as the body, its type as Content-Type. */
  setLogo: (id: number, file: File) => request<void>('PUT', `/api/v1/organisations/${id}/logo`, file),
  removeLogo: (id: number) => request<void>('DELETE', `/api/v1/organisations/${id}/logo`),

  listUsers: () => request<UserList>('GET', '/api/v1/users'),
  getUser: (id: number) => request<User>('GET', `/api/v1/users/${id}`),
  createUser: (input: UserInput) => request<User>('POST', '/api/v1/users', input),
  updateUser: (id: number, input: UserInput) => request<User>('PUT', `/api/v1/users/${id}`, input),

  listWorkers: () => request<WorkerList>('GET', '/api/v1/workers'),
};
