// A refused write in the server's words, for the compensation pages' outcome notices.
import { ApiError } from '../../shared/api/client';
import { errorText } from '../../shared/common';

/** The messages of a refusal: each field's (already in the UI's language), else the general explanation. */
export function refusalMessages(t: (k: string, o?: Record<string, unknown>) => string, error: unknown): string[] {
  if (error instanceof ApiError && error.problem?.errors?.length) return error.problem.errors.map((e) => e.message);
  return [errorText(t, error)];
}
