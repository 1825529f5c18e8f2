// The case's meetings (välipalaverit) as the case page places it: a chunk of its own, fetched when a case page is
// first shown. The same section in the purchaser's and in the provider's view; the server says who keeps them.
import { lazy, Suspense } from 'react';
import type { Case } from '../../shared/api/types';

const CaseMeetings = lazy(() => import('./CaseMeetings'));

export function MeetingsSection({ c }: { c: Case }) {
  return (
    <Suspense fallback={null}>
      <CaseMeetings caseId={c.id} />
    </Suspense>
  );
}
