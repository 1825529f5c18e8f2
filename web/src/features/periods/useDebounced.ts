import { useEffect, useState } from 'react';

/** The value once it has stayed the same for `ms` (the editor asks the server when the typing pauses). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const key = JSON.stringify(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
    // The key stands for the value: a new object with the same content is no change.
  }, [key, ms]);
  return settled;
}
