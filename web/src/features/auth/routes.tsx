// Sign-in and the signed-in user's password.
import { Route } from 'react-router';
import { Guard } from '../../shared/Guard';
import LoginPage from './LoginPage';
import PasswordPage from './PasswordPage';

export const authRoutes = (
  <>
    <Route path="login" element={<LoginPage />} />
    <Route path="password" element={<Guard><PasswordPage /></Guard>} />
  </>
);
