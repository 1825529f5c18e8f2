// Sign-in and the signed-in user's password.
import { Route } from 'react-router';
import { guardedPage, lazyPage } from '../../shared/lazyPage';

export const authRoutes = (
  <>
    <Route path="login" lazy={lazyPage(() => import('./LoginPage'))} />
    <Route path="password" lazy={guardedPage(() => import('./PasswordPage'))} />
  </>
);
