// Bookings of places, introductory visits, client agreements and their continuations and acknowledgements.
import { queryString as query, request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
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
export type Party = AcknowledgementInput['party'];

export const PARTIES: readonly Party[] = ['client', 'purchaser', 'host', 'provider'];
/** The outcomes a worker records after the visit ('pending' is the state before). */
export const VISIT_OUTCOMES: readonly Outcome[] = ['suitable', 'not_suitable', 'cancelled'];

export const bookingsApi = {
  createBooking: (input: BookingInput) => request<Booking>('POST', '/api/v1/bookings', input),
  listClientBookings: (clientId: number) => request<Items<Booking>>('GET', `/api/v1/bookings${query({ clientId })}`),
  // `version` is the one read: a booking ended meanwhile by another answers 409 stale_version.
  endBooking: (id: number, endDate: string, version: number) =>
    request<Booking>('PUT', `/api/v1/bookings/${id}/end`, { endDate, version }),
  // Likewise `version`: a visit whose outcome was recorded meanwhile answers 409 stale_version.
  setVisitOutcome: (id: number, input: VisitOutcome) =>
    request<IntroductoryVisit>('PUT', `/api/v1/introductory-visits/${id}/outcome`, input),
  getVisit: (id: number) => request<IntroductoryVisit>('GET', `/api/v1/introductory-visits/${id}`),
  createVisit: (input: IntroductoryVisitInput) =>
    request<IntroductoryVisit>('POST', '/api/v1/introductory-visits', input),
  listVisits: (clientId: number) =>
    request<Items<IntroductoryVisit>>('GET', `/api/v1/introductory-visits${query({ clientId })}`),
  listClientAgreements: (clientId: number) =>
    request<Items<ClientAgreement>>('GET', `/api/v1/client-agreements${query({ clientId })}`),
  getClientAgreement: (id: number) => request<ClientAgreement>('GET', `/api/v1/client-agreements/${id}`),
  createClientAgreement: (input: ClientAgreementInput) =>
    request<ClientAgreement>('POST', '/api/v1/client-agreements', input),
  continueClientAgreement: (id: number, input: ContinuationInput) =>
    request<ClientAgreement>('POST', `/api/v1/client-agreements/${id}/continuations`, input),
  acknowledge: (id: number, input: AcknowledgementInput) =>
    request<ClientAgreement>('POST', `/api/v1/client-agreements/${id}/acknowledgements`, input),
};
