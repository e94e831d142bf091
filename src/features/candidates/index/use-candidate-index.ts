// The workspace's live candidate index, for screens (re-renders when a change was applied).
// Not useSyncExternalStore: its updates render synchronously, in one long task per change while a
// tablet's files arrive; a transition renders in slices. A screen may show the previous snapshot
// for a moment, never a torn one: the snapshot is replaced whole.
import { startTransition, useEffect, useState } from 'react';
import { useWorkspace } from '../../../components/session/session-context';
import { useCandidatesRepo } from '../use-candidates-repo';
import { keptPairsIn } from './kept-duplicate-pairs';
import { liveCandidateIndex, type IndexSnapshot, type LiveCandidateIndex } from './live-candidate-index';

interface Seen {
  live: LiveCandidateIndex;
  snapshot: IndexSnapshot;
}

export function useCandidateIndex(): IndexSnapshot {
  const drafts = useWorkspace().drafts;
  const live = liveCandidateIndex(useCandidatesRepo(), keptPairsIn(drafts));
  const [seen, setSeen] = useState<Seen>(() => ({ live, snapshot: live.getSnapshot() }));
  const shown = seen.live === live ? seen.snapshot : live.getSnapshot();
  useEffect(() => {
    const refresh = () => startTransition(() => setSeen({ live, snapshot: live.getSnapshot() }));
    const unsubscribe = live.subscribe(refresh);
    // A change applied between the render and this subscription is not missed.
    if (live.getSnapshot() !== shown) refresh();
    return unsubscribe;
  }, [live, shown]);
  return shown;
}
