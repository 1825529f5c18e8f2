import i18n from '../../i18n';
import type { Problem } from './types';

const PROBLEM_TYPE_PREFIX = 'urn:polku:problem:';

/** An HTTP answer other than 2xx, with the RFC 9457 problem body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem | null, retryAfter: number | null) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
    this.retryAfter = retryAfter;
  }

  /** The problem's key: `stale_version` of the type "urn:polku:problem:stale_version"; null without one. */
  get problemKey(): string | null {
    const type = this.problem?.type ?? '';
    return type.startsWith(PROBLEM_TYPE_PREFIX) ? type.slice(PROBLEM_TYPE_PREFIX.length) : null;
  }

  /** Per-field messages keyed by field name (already in the request's language). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (!(e.field in out)) out[e.field] = e.message;
    }
    return out;
  }
}

/**
 * A save refused because someone else saved the record first (409 `stale_version`): the one conflict where the form
 * offers "keep mine / use saved". Other 409s (already answered, place full, try again, …) are errors whose text the
 * server sends (errorText shows it).
 */
export const isStaleVersion = (e: unknown): boolean =>
  e instanceof ApiError && e.status === 409 && e.problemKey === 'stale_version';

let csrfToken = '';
let onUnauthorized: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

/** Whether writes can be sent: false after a reload without a connection, until /auth/me answers again. */
export const hasCsrfToken = (): boolean => csrfToken !== '';

/** Called when a request other than sign-in or /auth/me answers 401. */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** One API call: Accept-Language, the CSRF header, problems as ApiError, 401 to the sign-in page. */
export async function request<T>(method: Method, url: string, body?: unknown, opts: { quiet401?: boolean } = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18n.language || 'fi',
  };
  // A Blob (a file) goes as it is, with its own type; anything else as JSON.
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type || 'application/octet-stream' : 'application/json';
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let res: Response;
  try {
    res = await fetch(url, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : raw ? body : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, null, null);
  }

  if (!res.ok) {
    let problem: Problem | null = null;
    const type = res.headers.get('Content-Type') ?? '';
    if (type.includes('json')) {
      try {
        problem = (await res.json()) as Problem;
      } catch {
        problem = null;
      }
    }
    const ra = res.headers.get('Retry-After');
    const retryAfter = ra !== null && /^\d+$/.test(ra.trim()) ? Number(ra.trim()) : null;
    if (res.status === 401 && !opts.quiet401 && onUnauthorized) onUnauthorized();
    throw new ApiError(res.status, problem, retryAfter);
  }
  if (res.status === 204) return undefined as T;
  const text = await res.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** "?a=1&b=x" from the set parameters (undefined, null and '' left out); '' when none is set. */
export function queryString(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The shape of every list answer. */
export type Items<T> = { items: T[] };
