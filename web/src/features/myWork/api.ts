// The signed-in worker's own cases and due items.
import { request } from '../../shared/api/client';
import type { MyWork } from '../../shared/api/types';

export const myWorkApi = {
  myWork: () => request<MyWork>('GET', '/api/v1/my-work'),
};
