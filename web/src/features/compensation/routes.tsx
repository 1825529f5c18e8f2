// Compensation (korvaukset): a purchaser's monthly batch (`?org=&month=YYYY-MM`), the absence notices to Kela and
// the funds (`?org=&from=&to=`) and the rates, the law's and the purchaser's own (`?org=`).
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { seesCompensation, seesRates } from './access';

export const compensationRoutes = (
  <>
    <Route path="compensation" lazy={guardedPage(() => import('./BatchPage'), seesCompensation)} />
    <Route path="compensation/notices" lazy={guardedPage(() => import('./NoticesPage'), seesCompensation)} />
    <Route path="compensation/rates" lazy={guardedPage(() => import('./RatesPage'), seesRates)} />
  </>
);
