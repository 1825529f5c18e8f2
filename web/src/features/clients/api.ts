// Clients and their access log.
import { request } from '../../shared/api/client';
import type { AuditList, Client, ClientInput, ClientList } from '../../shared/api/types';

export const clientsApi = {
  listClients: (q: string) => request<ClientList>('GET', `/api/v1/clients?q=${encodeURIComponent(q)}`),
  getClient: (id: number) => request<Client>('GET', `/api/v1/clients/${id}`),
  createClient: (input: ClientInput) => request<Client>('POST', '/api/v1/clients', input),
  updateClient: (id: number, input: ClientInput) => request<Client>('PUT', `/api/v1/clients/${id}`, input),
  // `version` is the one read: a client changed meanwhile answers 409 stale_version.
  assignOwnWorker: (id: number, ownWorkerId: number | null, version: number) =>
    request<Client>('PUT', `/api/v1/clients/${id}/own-worker`, { ownWorkerId, version }),
  clientAccessLog: (id: number) => request<AuditList>('GET', `/api/v1/clients/${id}/access-log`),
};
