// The service types (data, not code): their names and limits.
import { request } from '../../shared/api/client';
import type { ServiceTypeList } from '../../shared/api/types';

export const serviceTypesApi = {
  serviceTypes: () => request<ServiceTypeList>('GET', '/api/v1/service-types'),
};
