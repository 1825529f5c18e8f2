import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, hasCsrfToken, setCsrfToken } from './api/client';
import { sessionApi } from './api/session';
import type { Me, Role } from './api/types';
import { clearDrafts } from './draftStore';

export const ME_KEY = ['me'] as const;

export const WORKER_ROLES: readonly Role[] = ['social_worker', 'social_instructor', 'manager'];

interface AuthState {
  me: Me | null;
  loading: boolean;
  /** Store the answer of sign-in or /auth/me. */
  signedIn: (me: Me) => void;
  signedOut: () => void;
}

const AuthContext = createContext<AuthState | null>(null);

// Who was signed in on this tab, so that a reload without a connection (a basement workshop) still opens the
// app for them; without the CSRF token, which is read again from the server before anything is sent.
const LAST_ME_KEY = 'polku.lastMe';

function rememberMe(me: Me | null): void {
  try {
    if (me) sessionStorage.setItem(LAST_ME_KEY, JSON.stringify({ ...me, csrfToken: '' }));
    else sessionStorage.removeItem(LAST_ME_KEY);
  } catch {
    /* storage unavailable: offline reloads then go to the sign-in page */
  }
}

function rememberedMe(): Me | null {
  try {
    const text = sessionStorage.getItem(LAST_ME_KEY);
    return text ? (JSON.parse(text) as Me) : null;
  } catch {
    return null;
  }
}

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await sessionApi.me();
    setCsrfToken(me.csrfToken);
    rememberMe(me);
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      rememberMe(null);
      return null;
    }
    if (e instanceof ApiError && e.status === 0 && rememberedMe()) return rememberedMe();
    throw e;
  }
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const q = useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: Infinity, retry: false });
  // Opened without a connection: the session is asked again when it returns (for the CSRF token of writes).
  useEffect(() => {
    const back = () => {
      if (!hasCsrfToken()) void qc.invalidateQueries({ queryKey: ME_KEY });
    };
    window.addEventListener('online', back);
    return () => window.removeEventListener('online', back);
  }, [qc]);
  const value: AuthState = {
    me: q.data ?? null,
    loading: q.isPending,
    signedIn: (me) => {
      // Drafts left by someone else on this computer (e.g. after an expired session) are not for this user.
      clearDrafts(me.user.id);
      setCsrfToken(me.csrfToken);
      rememberMe(me);
      qc.setQueryData(ME_KEY, me);
    },
    signedOut: () => {
      setCsrfToken('');
      rememberMe(null);
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
      qc.setQueryData(ME_KEY, null);
    },
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const v = useContext(AuthContext);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}

export function hasRole(me: Me | null, roles: readonly Role[], organisationId?: number): boolean {
  if (!me) return false;
  return me.user.roles.some(
    (r) => roles.includes(r.role) && (organisationId === undefined || r.organisationId === organisationId),
  );
}

export const isWorker = (me: Me | null) => hasRole(me, WORKER_ROLES);
export const isAdmin = (me: Me | null) => hasRole(me, ['admin']);
export const isManager = (me: Me | null) => hasRole(me, ['manager']);
export const isCoach = (me: Me | null) => hasRole(me, ['coach']);
/** Who reads cases: the purchaser's workers and managers, and providers' coaches (their clients' cases). */
export const readsCases = (me: Me | null) => isWorker(me) || isCoach(me);
/** Providers' managers answer service orders; their coaches follow them. */
export const seesServiceOrders = (me: Me | null) => isManager(me) || isCoach(me);
/**
 * Who can have tasks (GET /api/v1/tasks) and so starts on "Oma työ": the purchaser's workers, every organisation's
 * managers (purchaser, provider, host), placement supervisors and coaches.
 */
export const mayHaveTasks = (me: Me | null) =>
  isWorker(me) || isCoach(me) || hasRole(me, ['placement_supervisor']);

export const isPlaceSupervisor = (me: Me | null) => hasRole(me, ['placement_supervisor']);
/**
 * A placement supervisor with no worker's, manager's or coach's role: their start page is their places ("Paikkani",
 * with their tasks first) instead of "Oma työ".
 */
export const supervisesPlacesOnly = (me: Me | null) => isPlaceSupervisor(me) && !isWorker(me) && !isCoach(me);

/** Where a role starts after signing in. */
export function startPath(me: Me | null): string {
  if (supervisesPlacesOnly(me)) return '/my-places';
  if (mayHaveTasks(me)) return '/my-work';
  if (isAdmin(me)) return '/admin/organisations';
  return '/password';
}
