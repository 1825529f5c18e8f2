/** Loading, editing and saving one versioned record (optimistic locking): the parts every edit form shares. */
import { Fragment, useState, type FormEvent, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ErrorSummary } from 'suomifi-ui-components';
import { isStaleVersion } from './api/client';
import { ErrorNotice, Loading, PageTitle } from './common';
import { ConflictNotice } from './ConflictNotice';
import { useServerErrors } from './forms';

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
  if (recordId !== null && q.isError)
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
}

/**
 * The form state of one versioned record with its save and stale-version (409 `stale_version`) handling. What the
 * user typed stays on every refusal; another 409 shows the server's message. After a stale version `refresh(false)`
 * takes the saved version and keeps the typed values ("keep mine"), `refresh(true)` replaces them with the saved ones
 * ("use saved").
 */
export function useVersionedForm<R extends Versioned, S>(o: VersionedFormOptions<R, S>) {
  const qc = useQueryClient();
  const [state, setState] = useState<S>(() => o.toState(o.original));
  const [version, setVersion] = useState(o.original?.version);
  const [conflict, setConflict] = useState(false);
  const errors = useServerErrors();

  const mutation = useMutation({
    mutationFn: () => o.save(version),
    onSuccess: (r) => {
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
      errors.setFieldErrors(found);
      // After the render that shows the summary.
      window.setTimeout(() => errors.summaryRef.current?.focus(), 0);
      return;
    }
    mutation.mutate();
  }

  return { state, setState, errors, conflict, version, saving: mutation.isPending, submit, refresh, reload };
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

/** The summary of a form's field errors, shown only when there are some; useServerErrors focuses its heading. */
export function FieldErrorSummary({
  id,
  heading,
  headingRef,
  items,
}: {
  id?: string;
  heading: string;
  headingRef: ReturnType<typeof useServerErrors>['summaryRef'];
  items: SummaryItem[];
}) {
  if (!items.length) return null;
  return <ErrorSummary id={id} headingText={heading} headingVariant="h2" headingRef={headingRef} items={items} mb="m" />;
}

/**
 * What a versioned form shows above its fields: the stale-version choice, a failure that is no field error, any
 * notices of the form's own (children) and the summary of field errors, in that order.
 */
export function VersionedFormMessages({
  form,
  summaryId,
  summaryHeading,
  items,
  children,
}: {
  form: Pick<ReturnType<typeof useVersionedForm>, 'conflict' | 'refresh' | 'errors'>;
  summaryId?: string;
  summaryHeading: string;
  items: SummaryItem[];
  children?: ReactNode;
}) {
  return (
    <>
      {form.conflict ? <ConflictNotice onKeepMine={() => form.refresh(false)} onUseSaved={() => form.refresh(true)} /> : null}
      {form.errors.other ? <ErrorNotice error={form.errors.other} /> : null}
      {children}
      <FieldErrorSummary id={summaryId} heading={summaryHeading} headingRef={form.errors.summaryRef} items={items} />
    </>
  );
}
