// Ratings chosen but not yet saved: the evaluation's own save or completion saves them first, so that a rating is
// not lost when the user goes straight to "Merkitse valmiiksi" (a completed evaluation takes no more ratings).
import { createContext, useContext, useEffect, useRef } from 'react';

/** Saves one goal's pending rating; false when it could not (its message is then shown at the goal). */
type Flush = () => Promise<boolean>;

export class PendingRatings {
  private flushes = new Map<number, Flush>();
  set(goalId: number, flush: Flush | null) {
    if (flush) this.flushes.set(goalId, flush);
    else this.flushes.delete(goalId);
  }
  /** True when every pending rating was saved (or none was pending). */
  async saveAll(): Promise<boolean> {
    const saved = await Promise.all([...this.flushes.values()].map((f) => f()));
    return saved.every(Boolean);
  }
}

export const PendingRatingsContext = createContext<PendingRatings | null>(null);

/** Registers the goal's save while it has unsaved changes (`flush` null when it has none). */
export function usePendingRating(goalId: number, flush: Flush | null) {
  const pending = useContext(PendingRatingsContext);
  const latest = useRef(flush);
  latest.current = flush;
  const has = flush !== null;
  useEffect(() => {
    if (!pending || !has) return undefined;
    pending.set(goalId, () => (latest.current ? latest.current() : Promise.resolve(true)));
    return () => pending.set(goalId, null);
  }, [pending, goalId, has]);
}
