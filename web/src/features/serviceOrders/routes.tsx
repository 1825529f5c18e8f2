// Service orders: the providers' managers answer them, their coaches follow them.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import { seesServiceOrders } from '../../shared/auth';
import ServiceOrdersPage from './ServiceOrdersPage';

export const serviceOrderRoutes = (
  <Route path="service-orders" element={<Guard allow={seesServiceOrders}><ServiceOrdersPage /></Guard>} />
);
