/**
 * Asking before unsaved changes are left behind: forms say whether they are dirty (useLeaveGuard), one dialog in the
 * page frame (LeaveGuardDialog) asks before an in-app navigation, Back or sign-out, and the browser asks before the
 * tab is closed or reloaded. React Router supports one blocker at a time, so the forms share this one.
 */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useBlocker, type BlockerFunction } from 'react-router';

// The dialog's code (the design system's Modal) is not on the first screen: it is fetched when a form first has
// unsaved changes, so it is there before anyone can be asked.
const loadDialog = () => import('./LeaveDialog');
const LeaveDialog = lazy(loadDialog);

/** The forms with unsaved changes, each with what leaving without saving discards (e.g. its draft). */
const dirtyForms = new Map<symbol, () => void>();

export const hasUnsavedChanges = (): boolean => dirtyForms.size > 0;

/** Forgets every dirty form without discarding anything, e.g. when the session has expired (drafts stay). */
export function releaseAllLeaveGuards(): void {
  dirtyForms.clear();
}

function discardAll() {
  const discards = [...dirtyForms.values()];
  dirtyForms.clear();
  for (const d of discards) d();
}

/**
 * Registers a form's unsaved changes while `dirty`. `release()` lets the next navigation through at once (call it
 * just before a save that leaves the page), `resume()` guards again after a save that failed; `onDiscard` runs when
 * the user leaves without saving.
 */
export function useLeaveGuard(dirty: boolean, onDiscard?: () => void): { release: () => void; resume: () => void } {
  const [token] = useState(() => Symbol('form'));
  const discard = useRef(onDiscard);
  discard.current = onDiscard;
  const register = () => {
    dirtyForms.set(token, () => discard.current?.());
    void loadDialog();
  };
  useEffect(() => {
    if (!dirty) return;
    register();
    return () => {
      dirtyForms.delete(token);
    };
  }, [dirty, token]);
  const isDirty = useRef(dirty);
  isDirty.current = dirty;
  return {
    release: () => dirtyForms.delete(token),
    resume: () => {
      if (isDirty.current) register();
    },
  };
}

// A navigation within the same page (only the hash changes) keeps the forms mounted.
const leavesPage: BlockerFunction = ({ currentLocation: a, nextLocation: b }) =>
  hasUnsavedChanges() && (a.pathname !== b.pathname || a.search !== b.search);

let askImperatively: ((answer: (leave: boolean) => void) => void) | null = null;

/** Asks "leave without saving?" when a form has unsaved changes (e.g. before signing out); true when leaving is fine. */
export function confirmLeave(): Promise<boolean> {
  if (!hasUnsavedChanges() || !askImperatively) return Promise.resolve(true);
  const ask = askImperatively;
  return new Promise((resolve) => ask(resolve));
}

/** The one "leave without saving?" dialog; rendered once inside the data router. */
export function LeaveGuardDialog() {
  const blocker = useBlocker(leavesPage);
  const [pending, setPending] = useState<((leave: boolean) => void) | null>(null);

  useEffect(() => {
    askImperatively = (answer) => setPending(() => answer);
    return () => {
      askImperatively = null;
    };
  }, []);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      e.preventDefault();
      // Older browsers show the dialog only when returnValue is set.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const visible = blocker.state === 'blocked' || pending !== null;
  function answer(leave: boolean) {
    if (leave) discardAll();
    if (blocker.state === 'blocked') {
      if (leave) blocker.proceed();
      else blocker.reset();
    }
    pending?.(leave);
    setPending(null);
  }

  return visible ? (
    <Suspense fallback={null}>
      <LeaveDialog onAnswer={answer} />
    </Suspense>
  ) : null;
}
