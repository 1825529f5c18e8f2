// Compensation (korvaukset): a purchaser's monthly batch (`?org=&month=YYYY-MM`) and the absence notices to Kela and
// the funds (`?org=`).
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { seesCompensation } from './access';

export const compensationRoutes = (
  <>
    <Route path="compensation" lazy={guardedPage(() => import('./BatchPage'), seesCompensation)} />
    <Route path="compensation/notices" lazy={guardedPage(() => import('./NoticesPage'), seesCompensation)} />
  </>
);
