import { useRef, useState } from 'react';
import { ApiError } from './api/client';

/** Server-side field errors (422) and other failures of one form, plus a heading to focus. */
export function useServerErrors() {
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [other, setOther] = useState<unknown>(null);
  const summaryRef = useRef<HTMLHeadingElement>(null);

  function clear() {
    setFieldErrors({});
    setOther(null);
  }

  /** Returns true when the error was a 422 with per-field messages. */
  function take(error: unknown): boolean {
    if (error instanceof ApiError && error.status === 422 && (error.problem?.errors?.length ?? 0) > 0) {
      setFieldErrors(error.fieldErrors());
      setOther(null);
      window.setTimeout(() => summaryRef.current?.focus(), 0);
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

  return { fieldErrors, setFieldErrors, other, setOther, summaryRef, clear, take, statusOf };
}

/** Toggle a value in a list kept in a fixed order (a group of checkboxes). */
export function toggle<T>(list: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const set = new Set(list);
  if (on) set.add(value);
  else set.delete(value);
  return order.filter((x) => set.has(x));
}
