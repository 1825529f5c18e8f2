// What every part of the version editor needs: the server's messages by path, the words, and the focus and the
// spoken status after a part is added, moved or removed.
import { createContext, useContext } from 'react';
import type { TFunction } from 'i18next';

export interface EditorContext {
  errors: Record<string, string>;
  t: TFunction<'forms'>;
  /** The UI's language: a part's heading shows its text in it. */
  lang: string;
  /** Moves the focus to an element once it has been rendered. */
  focusLater: (id: string) => void;
  /** Says what happened (a part moved or removed) in the editor's live region. */
  announce: (text: string) => void;
  /** Every field key of the form: a new field gets one not yet used. */
  usedKeys: () => Set<string>;
  isOpen: (uid: string, path: string) => boolean;
  toggle: (uid: string) => void;
  open: (uid: string) => void;
}

export const EditorCtx = createContext<EditorContext | null>(null);

export function useEditor(): EditorContext {
  const c = useContext(EditorCtx);
  if (!c) throw new Error('useEditor outside the version editor');
  return c;
}

/** The status props of a suomifi input for the error at a path. */
export function statusAt(errors: Record<string, string>, path: string) {
  const m = errors[path];
  return m ? ({ status: 'error', statusText: m } as const) : ({ status: 'default' } as const);
}
