// Landing on one item of a list from a link with a #hash (e.g. a task's link to its service order).
import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Once `ready` (the list has been rendered), scrolls to the element the location's #hash names and moves the focus
 * to it, so that keyboard and screen reader users land there too. Runs again when the hash changes.
 */
export function useHashTarget(ready: boolean): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!ready || hash.length < 2) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return; // a malformed hash names nothing
    }
    const el = document.getElementById(id);
    if (!el) return;
    if (!el.hasAttribute('tabindex')) el.setAttribute('tabindex', '-1');
    el.focus({ preventScroll: true });
    el.scrollIntoView({ block: 'start' });
  }, [ready, hash]);
}
