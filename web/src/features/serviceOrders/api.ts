// Service orders (palvelutilaukset) and the coaches a provider's manager names: type aliases and calls.
import { queryString, request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type ServiceOrder = S['ServiceOrder'];
export type ServiceOrderInput = S['ServiceOrderInput'];
export type ServiceOrderResponse = S['ServiceOrderResponse'];
export type ServiceOrderStatus = ServiceOrder['status'];
export type Worker = S['Worker'];
export type CaseParticipant = S['CaseParticipant'];

export interface ServiceOrderFilter {
  caseId?: number;
  clientId?: number;
  status?: ServiceOrderStatus;
}

export const serviceOrdersApi = {
  list: (filter: ServiceOrderFilter = {}) =>
    request<Items<ServiceOrder>>('GET', `/api/v1/service-orders${queryString({ ...filter })}`),
  create: (input: ServiceOrderInput) => request<ServiceOrder>('POST', '/api/v1/service-orders', input),
  answer: (id: number, answer: ServiceOrderResponse) =>
    request<ServiceOrder>('PUT', `/api/v1/service-orders/${id}/response`, answer),
  coaches: () => request<Items<Worker>>('GET', '/api/v1/coaches'),
};
