// What a placement supervisor's start page reads: their host's places (GET /api/v1/places) and, for each place, its
// bookings and introductory visits. Types come from the OpenAPI document.
import { useQuery } from '@tanstack/react-query';
import { request, type Items } from '../../shared/api/client';
import type { components } from '../../shared/api/schema';

type S = components['schemas'];
export type Place = S['Place'];
export type Booking = S['Booking'];
export type IntroductoryVisit = S['IntroductoryVisit'];

export const supervisorApi = {
  // A supervisor gets their host's places only (the server decides).
  places: () => request<Items<Place>>('GET', '/api/v1/places'),
  bookings: (placeId: number) => request<Items<Booking>>('GET', `/api/v1/places/${placeId}/bookings`),
  visits: (placeId: number) => request<Items<IntroductoryVisit>>('GET', `/api/v1/places/${placeId}/introductory-visits`),
};

// Under ['places'], so that whatever invalidates the registry's places refreshes these too.
const KEYS = {
  places: ['places', 'supervised'] as const,
  bookings: (placeId: number) => ['places', placeId, 'bookings'] as const,
  visits: (placeId: number) => ['places', placeId, 'introductory-visits'] as const,
};

export const usePlaces = () => useQuery({ queryKey: KEYS.places, queryFn: supervisorApi.places });
export const usePlaceBookings = (placeId: number) =>
  useQuery({ queryKey: KEYS.bookings(placeId), queryFn: () => supervisorApi.bookings(placeId) });
export const usePlaceVisits = (placeId: number) =>
  useQuery({ queryKey: KEYS.visits(placeId), queryFn: () => supervisorApi.visits(placeId) });
