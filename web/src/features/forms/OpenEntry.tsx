// One filled form opened on the version of its form it was begun on: a draft to fill (DraftEntry) or read only
// (CompletedEntry). The case page's forms section and the place staff's feedback page open their entries with it.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { ErrorNotice, Loading } from '../../shared/common';
import { formKeys, formsApi, type FormEntry } from './api';
import { CompletedEntry } from './CompletedEntry';
import { DraftEntry } from './DraftEntry';
import { GoalRatings } from './goals/GoalRatings';
import { PendingRatings, PendingRatingsContext } from './goals/pendingRatings';

const EVALUATIONS = ['intermediate_evaluation', 'final_evaluation'];

/**
 * The entry read alone (with its answers). `formVersionId`, when the opener knows it (a case's list has it), lets the
 * definition load beside the entry; otherwise it is read from the entry.
 */
export function OpenEntry({
  entryId,
  formVersionId,
  idp,
  mayCorrect,
  onSaved,
  onCorrected,
}: {
  entryId: number;
  formVersionId?: number;
  idp: string;
  mayCorrect: boolean;
  onSaved: (e: FormEntry) => void;
  onCorrected: (draft: FormEntry) => void;
}) {
  const { t } = useTranslation('forms');
  const pending = useRef(new PendingRatings()).current;
  const q = useQuery({ queryKey: formKeys.entry(entryId), queryFn: () => formsApi.entry(entryId) });
  const versionId = formVersionId ?? q.data?.formVersionId ?? 0;
  const v = useQuery({
    queryKey: formKeys.version(versionId),
    queryFn: () => formsApi.version(versionId),
    enabled: versionId > 0,
    staleTime: Infinity,
  });
  if (q.isError && q.data === undefined) return <ErrorNotice error={q.error} />;
  if (v.isError) return <ErrorNotice error={v.error} />;
  const e = q.data;
  const definition = v.data?.definition;
  if (!e || !v.data || !definition) return <Loading text={t('translation:common.loading')} />;
  const form = { ...v.data, definition };
  const fillable = e.state === 'draft' && e.mayWrite;
  return (
    <PendingRatingsContext.Provider value={pending}>
      <div className="fo-open" id={`${idp}-view`}>
        {/* The goals first: an evaluation is above all of them. Each rating saves on its own, and one left unsaved is
            saved with the evaluation's own save or completion. */}
        {EVALUATIONS.includes(e.kind) ? <GoalRatings caseId={e.caseId} entryId={e.id} editable={fillable} idp={`${idp}-rate`} /> : null}
        {fillable ? (
          <DraftEntry
            key={e.id}
            entry={e}
            form={form}
            idp={idp}
            mayCorrect={mayCorrect}
            beforeSave={() => pending.saveAll()}
            onSaved={onSaved}
          />
        ) : (
          <CompletedEntry
            entry={e}
            form={form}
            idp={idp}
            mayCorrect={mayCorrect && e.state === 'completed'}
            onCorrected={onCorrected}
          />
        )}
      </div>
    </PendingRatingsContext.Provider>
  );
}
