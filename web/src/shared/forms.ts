import { useEffect, useRef, useState } from 'react';
import { ApiError } from './api/client';

/**
 * Server-side field errors (422) and other failures of one form, plus the heading of its error summary
 * (FieldErrorSummary), which gets the focus whenever a save is refused.
 */
export function useServerErrors() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<unknown>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);

  // After the commit that shows the summary (a timer could run before a long form has rendered it).
  useEffect(() => {
    if (focusRequests) summaryRef.current?.focus();
  }, [focusRequests]);

  /** Moves the focus to the summary once it is shown. */
  const focusSummary = () => setFocusRequests((n) => n + 1);

  /** Field errors found before sending (messages by field), shown in the summary, which gets the focus. */
  function refuse(found: Record<string, string>) {
    setFieldErrors(found);
    setOther(null);
    focusSummary();
  }

  function clear() {
    setFieldErrors({});
    setOther(null);
  }

  /** Returns true when the error was a 422 with per-field messages. */
  function take(error: unknown): boolean {
    if (error instanceof ApiError && error.status === 422 && (error.problem?.errors?.length ?? 0) > 0) {
      refuse(error.fieldErrors());
      return true;
    }
    setFieldErrors({});
    setOther(error);
    return false;
  }

  /** Status props for a suomifi input. */
  function statusOf(field: string): { status: 'error' | 'default'; statusText?: string } {
    const m = fieldErrors[field];
    return m ? { status: 'error', statusText: m } : { status: 'default' };
  }

  return { fieldErrors, setFieldErrors, other, setOther, summaryRef, clear, take, refuse, focusSummary, statusOf };
}

/** Toggle a value in a list kept in a fixed order (a group of checkboxes). */
export function toggle<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((x) => set.has(x));
}
