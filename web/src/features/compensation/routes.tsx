// Compensation (korvaukset): a purchaser's monthly batch (`?org=&month=YYYY-MM`).
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { seesCompensation } from './access';

export const compensationRoutes = (
  <Route path="compensation" lazy={guardedPage(() => import('./BatchPage'), seesCompensation)} />
);
