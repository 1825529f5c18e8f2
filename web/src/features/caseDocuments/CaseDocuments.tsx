// The case's documents section as the case page places it: a chunk of its own, fetched when a case page is first shown.
import { lazy, Suspense } from 'react';
import type { Case } from '../../shared/api/types';

const DocumentsSection = lazy(() => import('./DocumentsSection'));

export function CaseDocuments({ c }: { c: Case }) {
  return (
    <Suspense fallback={null}>
      <DocumentsSection c={c} />
    </Suspense>
  );
}
