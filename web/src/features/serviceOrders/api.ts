// Service orders (palvelutilaukset) and the coaches a provider's manager names: type aliases and calls.
import { request } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type ServiceOrder = S['ServiceOrder'];
export type ServiceOrderInput = S['ServiceOrderInput'];
export type ServiceOrderResponse = S['ServiceOrderResponse'];
export type ServiceOrderStatus = ServiceOrder['status'];
export type ServiceProduct = S['ServiceProduct'];
export type Place = S['Place'];
export type Worker = S['Worker'];
export type CaseParticipant = S['CaseParticipant'];

type Items<T> = { items: T[] };

export interface ServiceOrderFilter {
  caseId?: number;
  clientId?: number;
  status?: ServiceOrderStatus;
}

function query(filter: ServiceOrderFilter): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const serviceOrdersApi = {
  list: (filter: ServiceOrderFilter = {}) =>
    request<Items<ServiceOrder>>('GET', `/api/v1/service-orders${query(filter)}`),
  create: (input: ServiceOrderInput) => request<ServiceOrder>('POST', '/api/v1/service-orders', input),
  answer: (id: number, answer: ServiceOrderResponse) =>
    request<ServiceOrder>('PUT', `/api/v1/service-orders/${id}/response`, answer),
  products: () => request<Items<ServiceProduct>>('GET', '/api/v1/service-products'),
  places: () => request<Items<Place>>('GET', '/api/v1/places'),
  coaches: () => request<Items<Worker>>('GET', '/api/v1/coaches'),
};
