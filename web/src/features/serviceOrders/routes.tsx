// Service orders: the providers' managers answer them, their coaches follow them.
import { Route } from 'react-router';
import { guardedPage } from '../../shared/lazyPage';
import { seesServiceOrders } from '../../shared/auth';

export const serviceOrderRoutes = (
  <Route path="service-orders" lazy={guardedPage(() => import('./ServiceOrdersPage'), seesServiceOrders)} />
);
