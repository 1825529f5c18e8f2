// The session (sign-in, sign-out, who am I, password): every feature and the layout use it.
import { request } from './client';
import type { LoginInput, Me, PasswordChange } from './types';

export const sessionApi = {
  login: (input: LoginInput) => request<Me>('POST', '/api/v1/auth/login', input, { quiet401: true }),
  logout: () => request<void>('POST', '/api/v1/auth/logout', undefined, { quiet401: true }),
  me: () => request<Me>('GET', '/api/v1/auth/me', undefined, { quiet401: true }),
  changePassword: (input: PasswordChange) => request<void>('POST', '/api/v1/auth/password', input),
  // Every session of the user ends, this one too.
  endAllSessions: () => request<void>('POST', '/api/v1/auth/sessions/end-all'),
};
