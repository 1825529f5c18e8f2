// The case's forms section as the case page places it: its code (the renderer and its texts) is a chunk of its own,
// fetched when a case page is first shown, so the case page itself does not grow by it.
import { lazy, Suspense } from 'react';
import type { Case } from '../../shared/api/types';

const CaseFormsSection = lazy(() => import('./CaseFormsSection'));

export function CaseForms({ c }: { c: Case }) {
  return (
    <Suspense fallback={null}>
      <CaseFormsSection c={c} />
    </Suspense>
  );
}
