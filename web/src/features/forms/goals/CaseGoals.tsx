// The case's goals section as the case page places it: a chunk of its own, fetched when a case page is first shown.
import { lazy, Suspense } from 'react';
import type { Case } from '../../../shared/api/types';

const CaseGoalsSection = lazy(() => import('./CaseGoalsSection'));

export function CaseGoals({ c }: { c: Case }) {
  return (
    <Suspense fallback={null}>
      <CaseGoalsSection c={c} />
    </Suspense>
  );
}
