/**
 * Drafts of long forms, so that a reload, a closed tab or an expired session loses nothing typed. A draft is kept
 * per user, form and record (draftStore.ts); it is removed on save, on "discard" and on leaving without saving.
 */
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Notification } from 'suomifi-ui-components';
import { useAuth } from './auth';
import { draftKey, readDraft, removeDraft, writeDraft, type Stored } from './draftStore';

export const sameValue = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export interface DraftOptions<S> {
  /** The form's name in the key, e.g. "client" or "case-plan". */
  form: string;
  /** The record's id, or e.g. "new" or "new-client-7" for a record not yet created. */
  id: string | number;
  state: S;
  dirty: boolean;
  /** The saved record's values: a draft equal to them is no draft. */
  baseline: S;
  version?: number;
  /** Puts a draft's values (and its version) into the form. */
  restore: (state: S, version: number | undefined) => void;
}

export interface Draft {
  /** A draft that differs from the saved record waits for "restore" or "discard". */
  offered: boolean;
  restore: () => void;
  discard: () => void;
  /** After a successful save. */
  remove: () => void;
}

/** Keeps the form's values as a draft while they differ from the saved record, and offers a draft found on opening. */
export function useDraft<S>(o: DraftOptions<S> | null): Draft {
  const { me } = useAuth();
  const key = o && me ? draftKey(me.user.id, o.form, o.id) : null;
  const [offer, setOffer] = useState<Stored<S> | null>(() => {
    if (!key || !o) return null;
    const found = readDraft<S>(key);
    if (found && sameValue(found.state, o.baseline)) removeDraft(key);
    return found && !sameValue(found.state, o.baseline) ? found : null;
  });

  const state = o?.state;
  const dirty = o?.dirty ?? false;
  const version = o?.version;
  // Written in the commit, not after the next frame, so that a tab closed right after typing keeps the draft.
  useLayoutEffect(() => {
    if (!key) return;
    if (dirty) writeDraft(key, { state, version });
    // An offered draft stays stored until the user chooses.
    else if (!offer) removeDraft(key);
  }, [key, state, dirty, version, offer]);

  return {
    offered: offer !== null,
    restore: () => {
      if (!offer || !o) return;
      setOffer(null);
      o.restore(offer.state, offer.version);
    },
    discard: () => {
      setOffer(null);
      if (key && !dirty) removeDraft(key);
    },
    remove: () => {
      setOffer(null);
      if (key) removeDraft(key);
    },
  };
}

/** "A draft was found": restore it or discard it. */
export function DraftNotice({ draft }: { draft: Draft }) {
  const { t } = useTranslation();
  if (!draft.offered) return null;
  return (
    <div role="status">
      <Notification
        id="draft-notice"
        headingText={t('draft.heading')}
        headingVariant="h2"
        showCloseButton={false}
        mb="m"
        actionElements={
          <>
            <Button variant="secondary" onClick={draft.restore} id="restore-draft">
              {t('draft.restore')}
            </Button>
            <Button variant="secondaryNoBorder" onClick={draft.discard} id="discard-draft">
              {t('draft.discard')}
            </Button>
          </>
        }
      >
        {t('draft.text')}
      </Notification>
    </div>
  );
}
