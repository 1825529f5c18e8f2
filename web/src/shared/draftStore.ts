/**
 * Where drafts of long forms are kept: localStorage under "polku.draft.<user>.<form>.<record>". The hook and the
 * notice are in drafts.tsx; sign-in and sign-out clear drafts from here (shared computers).
 */
export const DRAFT_PREFIX = 'polku.draft.';

export interface Stored<S> {
  state: S;
  /** The record's version the draft was typed on (versioned forms), so that restoring it can still be stale. */
  version?: number;
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null; // private mode or storage disabled: no drafts
  }
}

export function readDraft<S>(key: string): Stored<S> | null {
  try {
    const text = storage()?.getItem(key);
    return text ? (JSON.parse(text) as Stored<S>) : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, value: Stored<unknown>): void {
  try {
    storage()?.setItem(key, JSON.stringify(value));
  } catch {
    /* quota exceeded: the leave guard still asks */
  }
}

export function removeDraft(key: string): void {
  storage()?.removeItem(key);
}

/** Removes every Polku draft, or every draft but those of `keepUserId`. */
export function clearDrafts(keepUserId?: number): void {
  const s = storage();
  if (!s) return;
  const keep = keepUserId === undefined ? null : `${DRAFT_PREFIX}${keepUserId}.`;
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k?.startsWith(DRAFT_PREFIX) && !(keep && k.startsWith(keep))) keys.push(k);
  }
  keys.forEach((k) => s.removeItem(k));
}

export const draftKey = (userId: number, form: string, id: string | number) => `${DRAFT_PREFIX}${userId}.${form}.${id}`;
