import { useQueryClient } from '@tanstack/react-query';
import type { Case } from '../../shared/api/types';

/** After a write that answered the case: store it and refresh what lists or derives from it. */
export function useCaseUpdated() {
  const qc = useQueryClient();
  return (c: Case) => {
    qc.setQueryData(['case', c.id], c);
    void qc.invalidateQueries({ queryKey: ['timeline', c.id] });
    void qc.invalidateQueries({ queryKey: ['notices', c.id] });
    void qc.invalidateQueries({ queryKey: ['decisions', c.id] });
    void qc.invalidateQueries({ queryKey: ['cases'] });
    void qc.invalidateQueries({ queryKey: ['my-work'] });
    void qc.invalidateQueries({ queryKey: ['tasks'] });
  };
}
