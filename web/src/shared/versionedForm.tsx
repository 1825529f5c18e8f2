/** Loading, editing and saving one versioned record (optimistic locking): the parts every edit form shares. */
import { Fragment, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from 'suomifi-ui-components';
import { isStaleVersion } from './api/client';
import { ErrorNotice, Loading, PageTitle } from './common';
import { ConflictNotice } from './ConflictNotice';
import { useServerErrors } from './forms';
import { DraftNotice, sameValue, useDraft } from './drafts';
import { useLeaveGuard } from './leaveGuard';

interface Versioned {
  id: number;
  version: number;
}

/**
 * Reads the `:id` route parameter and loads that record under [cacheKey, id] before the form is shown; without an id
 * the form creates a new record. The form is keyed by the id so that moving to another record starts it afresh.
 */
export function LoadForEdit<R>({
  cacheKey,
  load,
  createTitle,
  editTitle,
  children,
}: {
  cacheKey: string;
  load: (id: number) => Promise<R>;
  createTitle: string;
  editTitle: string;
  children: (original: R | null, title: string) => ReactNode;
}) {
  const { id } = useParams();
  const recordId = id ? Number(id) : null;
  const { t } = useTranslation();
  const q = useQuery({ queryKey: [cacheKey, recordId], queryFn: () => load(recordId!), enabled: recordId !== null });
  const title = recordId === null ? createTitle : editTitle;
  if (recordId !== null && q.isPending) return <Loading text={t('common.loading')} />;
  // A failed refetch (e.g. after a language switch) keeps the form and what was typed in it.
  if (recordId !== null && q.isError && q.data === undefined)
    return (
      <>
        <PageTitle title={title}>{title}</PageTitle>
        <ErrorNotice error={q.error} />
      </>
    );
  return <Fragment key={recordId ?? 'new'}>{children(recordId !== null ? (q.data ?? null) : null, title)}</Fragment>;
}

export interface VersionedFormOptions<R extends Versioned, S> {
  /** The record being edited, or null when creating one. */
  original: R | null;
  /** The record's query key root, as given to LoadForEdit: saved and reloaded records go to the cache under [cacheKey, id]. */
  cacheKey: string;
  /** A list query to refetch after a save. */
  listKey: string;
  load: (id: number) => Promise<R>;
  /** Creates (original null) or updates the record from the current form state; version is the one last loaded. */
  save: (version: number | undefined) => Promise<R>;
  toState: (record: R | null) => S;
  onSaved: (record: R) => void;
  /** Field errors found before sending (messages by field); any found are shown instead of saving. */
  check?: () => Record<string, string>;
  /** Runs after the hook has handled a failed save, for a form that shows more than the shared notices. */
  afterError?: (error: unknown) => void;
  /** Keeps a draft of a long form under this name (drafts.tsx); the record's id (or "new") completes the key. */
  draft?: string;
}

/**
 * The form state of one versioned record with its save and stale-version (409 `stale_version`) handling. What the
 * user typed stays on every refusal; another 409 shows the server's message. After a stale version `refresh(false)`
 * takes the saved version and keeps the typed values ("keep mine"), `refresh(true)` replaces them with the saved ones
 * ("use saved"). While the values differ from the saved ones, leaving the page asks first (leaveGuard.tsx).
 */
export function useVersionedForm<R extends Versioned, S>(o: VersionedFormOptions<R, S>) {
  const qc = useQueryClient();
  const [state, setState] = useState<S>(() => o.toState(o.original));
  // The values last loaded or saved: the form is dirty while it differs from them.
  const [baseline, setBaseline] = useState<S>(state);
  const [version, setVersion] = useState(o.original?.version);
  const [conflict, setConflict] = useState(false);
  const errors = useServerErrors();
  const sent = useRef<S>(state);
  const dirty = !sameValue(state, baseline);
  const draft = useDraft(
    o.draft
      ? {
          form: o.draft,
          id: o.original?.id ?? 'new',
          state,
          dirty,
          baseline,
          version,
          restore: (s, v) => {
            setState(s);
            if (o.original && v !== undefined) setVersion(v);
          },
        }
      : null,
  );
  const leave = useLeaveGuard(dirty, draft.remove);

  const mutation = useMutation({
    mutationFn: () => {
      sent.current = state;
      return o.save(version);
    },
    onSuccess: (r) => {
      leave.release();
      draft.remove();
      setBaseline(sent.current);
      qc.setQueryData([o.cacheKey, r.id], r);
      void qc.invalidateQueries({ queryKey: [o.listKey] });
      o.onSaved(r);
    },
    onError: (e) => {
      if (isStaleVersion(e)) {
        errors.clear();
        setConflict(true);
      } else errors.take(e);
      o.afterError?.(e);
    },
  });

  /** Loads the saved record and takes its version; throws when it cannot be loaded. */
  async function reload(): Promise<R> {
    if (!o.original) throw new Error('reload of a record not yet created');
    const fresh = await o.load(o.original.id);
    setVersion(fresh.version);
    setBaseline(o.toState(fresh));
    qc.setQueryData([o.cacheKey, fresh.id], fresh);
    setConflict(false);
    return fresh;
  }

  async function refresh(replace: boolean) {
    if (!o.original) return;
    try {
      const fresh = await reload();
      if (replace) setState(o.toState(fresh));
    } catch (e) {
      errors.take(e);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    setConflict(false);
    const found = o.check?.() ?? {};
    if (Object.keys(found).length) {
      errors.refuse(found);
      return;
    }
    mutation.mutate();
  }

  return { state, setState, errors, conflict, version, dirty, draft, saving: mutation.isPending, submit, refresh, reload };
}

interface SummaryItem {
  text: string;
  inputId: string;
}

/** ErrorSummary items: "Label: message" (only the message when the field has no label of its own) and the input to focus. */
export function summaryItems(
  fieldErrors: Record<string, string>,
  labelOf: (field: string) => string | null,
  inputIdOf: (field: string) => string,
): SummaryItem[] {
  return Object.entries(fieldErrors).map(([field, message]) => {
    const label = labelOf(field);
    return { text: label === null ? message : `${label}: ${message}`, inputId: inputIdOf(field) };
  });
}

/**
 * The one summary of a form's field errors, shown only when there are some; useServerErrors focuses its heading when
 * a save is refused. `headingVariant` is one below the heading the form sits under.
 */
export function FieldErrorSummary({
  id,
  heading,
  headingRef,
  items,
  headingVariant = 'h2',
}: {
  id?: string;
  heading: string;
  headingRef: ReturnType<typeof useServerErrors>['summaryRef'];
  items: SummaryItem[];
  headingVariant?: 'h2' | 'h3' | 'h4' | 'h5';
}) {
  if (!items.length) return null;
  return <ErrorSummary id={id} headingText={heading} headingVariant={headingVariant} headingRef={headingRef} items={items} mb="m" />;
}

/**
 * What a versioned form shows above its fields: a draft to restore, the stale-version choice, a failure that is no
 * field error, any notices of the form's own (children) and the summary of field errors, in that order.
 */
export function VersionedFormMessages({
  form,
  summaryId,
  summaryHeading,
  summaryLevel,
  items,
  children,
}: {
  form: Pick<ReturnType<typeof useVersionedForm>, 'conflict' | 'refresh' | 'errors' | 'draft'>;
  summaryId?: string;
  summaryHeading: string;
  /** One below the heading the form sits under (h2 on a page of its own). */
  summaryLevel?: 'h2' | 'h3' | 'h4' | 'h5';
  items: SummaryItem[];
  children?: ReactNode;
}) {
  return (
    <>
      <DraftNotice draft={form.draft} />
      {form.conflict ? <ConflictNotice onKeepMine={() => form.refresh(false)} onUseSaved={() => form.refresh(true)} /> : null}
      {form.errors.other ? <ErrorNotice error={form.errors.other} /> : null}
      {children}
      <FieldErrorSummary id={summaryId} heading={summaryHeading} headingVariant={summaryLevel} headingRef={form.errors.summaryRef} items={items} />
    </>
  );
}
