// The placement registry API (tag `placements` of api/openapi.json): type aliases and calls.
import { request } from '../../shared/api/client';
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
export type Agreement = S['Agreement'];
export type AgreementInput = S['AgreementInput'];
export type AgreementKind = Agreement['kind'];
export type AgreementPartner = S['AgreementPartner'];
export type DocumentInfo = S['DocumentInfo'];
export type ServiceProduct = S['ServiceProduct'];
export type ServiceProductInput = S['ServiceProductInput'];
export type PriceUnit = ServiceProduct['priceUnit'];
export type Booking = S['Booking'];
export type BookingInput = S['BookingInput'];
export type IntroductoryVisit = S['IntroductoryVisit'];
export type IntroductoryVisitInput = S['IntroductoryVisitInput'];
export type ClientAgreement = S['ClientAgreement'];
export type ClientAgreementInput = S['ClientAgreementInput'];
export type AcknowledgementInput = S['AcknowledgementInput'];
export type ContinuationInput = S['ContinuationInput'];
export type VisitOutcome = S['VisitOutcome'];
export type Outcome = IntroductoryVisit['outcome'];
export type SupervisorOption = S['SupervisorOption'];
export type Party = AcknowledgementInput['party'];
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
export const PARTIES: readonly Party[] = ['client', 'purchaser', 'host', 'provider'];
/** The outcomes a worker records after the visit ('pending' is the state before). */
export const VISIT_OUTCOMES: readonly Outcome[] = ['suitable', 'not_suitable', 'cancelled'];

type Method = 'GET' | 'POST' | 'PUT';

function query(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

type Items<T> = { items: T[] };

/** The registry's calls, through the app's one request function. */
export function placementsApi() {
  const r = <T,>(method: Method, url: string, body?: unknown) => request<T>(method, url, body);
  return {
    listPlaces: () => r<Items<Place>>('GET', '/api/v1/places'),
    searchPlaces: (p: PlaceSearch) => r<Items<Place>>('GET', `/api/v1/places/search${query(p)}`),
    matchPlaces: (needs: ClientNeeds) => r<Items<RankedPlace>>('POST', '/api/v1/places/match', needs),
    getPlace: (id: number) => r<Place>('GET', `/api/v1/places/${id}`),
    createPlace: (input: PlaceInput) => r<Place>('POST', '/api/v1/places', input),
    updatePlace: (id: number, input: PlaceInput) => r<Place>('PUT', `/api/v1/places/${id}`, input),
    listServiceProducts: (providerOrganisationId?: number) =>
      r<Items<ServiceProduct>>('GET', `/api/v1/service-products${query({ providerOrganisationId })}`),
    getServiceProduct: (id: number) => r<ServiceProduct>('GET', `/api/v1/service-products/${id}`),
    createServiceProduct: (input: ServiceProductInput) => r<ServiceProduct>('POST', '/api/v1/service-products', input),
    updateServiceProduct: (id: number, input: ServiceProductInput) =>
      r<ServiceProduct>('PUT', `/api/v1/service-products/${id}`, input),
    listAgreementPartners: () => r<Items<AgreementPartner>>('GET', '/api/v1/agreement-partners'),
    createAgreement: (input: AgreementInput) => r<Agreement>('POST', '/api/v1/agreements', input),
    updateAgreement: (id: number, input: AgreementInput) => r<Agreement>('PUT', `/api/v1/agreements/${id}`, input),
    /** The file's bytes as the body (the server stores them; its type travels as Content-Type). */
    uploadDocument: (agreementId: number, file: File) =>
      r<DocumentInfo>('POST', `/api/v1/agreements/${agreementId}/documents${query({ fileName: file.name })}`, file),
    listAgreements: (endingWithinDays?: number) =>
      r<Items<Agreement>>('GET', `/api/v1/agreements${query({ endingWithinDays })}`),
    getAgreement: (id: number) => r<Agreement>('GET', `/api/v1/agreements/${id}`),
    hostSupervisors: (hostId: number) => r<Items<SupervisorOption>>('GET', `/api/v1/hosts/${hostId}/supervisors`),
    createBooking: (input: BookingInput) => r<Booking>('POST', '/api/v1/bookings', input),
    listClientBookings: (clientId: number) => r<Items<Booking>>('GET', `/api/v1/bookings${query({ clientId })}`),
    endBooking: (id: number, endDate: string) => r<Booking>('PUT', `/api/v1/bookings/${id}/end`, { endDate }),
    setVisitOutcome: (id: number, input: VisitOutcome) =>
      r<IntroductoryVisit>('PUT', `/api/v1/introductory-visits/${id}/outcome`, input),
    createVisit: (input: IntroductoryVisitInput) => r<IntroductoryVisit>('POST', '/api/v1/introductory-visits', input),
    listVisits: (clientId: number) =>
      r<Items<IntroductoryVisit>>('GET', `/api/v1/introductory-visits${query({ clientId })}`),
    listClientAgreements: (clientId: number) =>
      r<Items<ClientAgreement>>('GET', `/api/v1/client-agreements${query({ clientId })}`),
    getClientAgreement: (id: number) => r<ClientAgreement>('GET', `/api/v1/client-agreements/${id}`),
    createClientAgreement: (input: ClientAgreementInput) =>
      r<ClientAgreement>('POST', '/api/v1/client-agreements', input),
    continueClientAgreement: (id: number, input: ContinuationInput) =>
      r<ClientAgreement>('POST', `/api/v1/client-agreements/${id}/continuations`, input),
    acknowledge: (id: number, input: AcknowledgementInput) =>
      r<ClientAgreement>('POST', `/api/v1/client-agreements/${id}/acknowledgements`, input),
  };
}

export type PlacementsApi = ReturnType<typeof placementsApi>;

/** The server's limit for one agreement document (5 MiB). */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export const documentUrl = (agreementId: number, documentId: number) =>
  `/api/v1/agreements/${agreementId}/documents/${documentId}`;
