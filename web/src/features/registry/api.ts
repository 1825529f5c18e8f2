// The registry (tag `placements` of api/openapi.json): hosts' places, service products and matching.
import { queryString as query, request, type Items } from '../../shared/api/client';
import type { components, paths } from '../../shared/api/schema';

type S = components['schemas'];
export type Place = S['Place'];
export type PlaceInput = S['PlaceInput'];
export type PlaceField = S['PlaceField'];
export type Weekday = S['Weekday'];
export type ServiceTypeCode = S['ServiceTypeCode'];
export type PlaceStatus = Place['status'];
export type ClientNeeds = S['ClientNeeds'];
export type RankedPlace = S['RankedPlace'];
export type MatchReason = S['MatchReason'];
export type ServiceProduct = S['ServiceProduct'];
export type ServiceProductInput = S['ServiceProductInput'];
export type PriceUnit = ServiceProduct['priceUnit'];
export type SupervisorOption = S['SupervisorOption'];
export type PlaceSearch = NonNullable<paths['/api/v1/places/search']['get']['parameters']['query']>;

export const PLACE_FIELDS: readonly PlaceField[] = [
  'property_and_yard_care',
  'youth_work',
  'pet_care',
  'kitchen',
  'office',
  'recycling',
  'cleaning',
  'gardening',
  'retail',
  'textiles',
  'carpentry',
  'warehouse',
  'care_assistance',
  'other',
];
export const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
export const SERVICE_TYPES: readonly ServiceTypeCode[] = [
  'ktt',
  'work_activity',
  'disability_work_activity',
  'day_activity',
  'job_coaching',
  'supported_employment',
];
export const PLACE_STATUSES: readonly PlaceStatus[] = ['open', 'full', 'paused', 'closed'];

export const registryApi = {
  listPlaces: () => request<Items<Place>>('GET', '/api/v1/places'),
  searchPlaces: (p: PlaceSearch) => request<Items<Place>>('GET', `/api/v1/places/search${query(p)}`),
  matchPlaces: (needs: ClientNeeds) => request<Items<RankedPlace>>('POST', '/api/v1/places/match', needs),
  getPlace: (id: number) => request<Place>('GET', `/api/v1/places/${id}`),
  createPlace: (input: PlaceInput) => request<Place>('POST', '/api/v1/places', input),
  updatePlace: (id: number, input: PlaceInput) => request<Place>('PUT', `/api/v1/places/${id}`, input),
  listServiceProducts: (providerOrganisationId?: number) =>
    request<Items<ServiceProduct>>('GET', `/api/v1/service-products${query({ providerOrganisationId })}`),
  getServiceProduct: (id: number) => request<ServiceProduct>('GET', `/api/v1/service-products/${id}`),
  createServiceProduct: (input: ServiceProductInput) =>
    request<ServiceProduct>('POST', '/api/v1/service-products', input),
  updateServiceProduct: (id: number, input: ServiceProductInput) =>
    request<ServiceProduct>('PUT', `/api/v1/service-products/${id}`, input),
  hostSupervisors: (hostId: number) =>
    request<Items<SupervisorOption>>('GET', `/api/v1/hosts/${hostId}/supervisors`),
};
