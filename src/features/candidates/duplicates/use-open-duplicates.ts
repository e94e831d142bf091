// How many likely duplicates that arrived by sync wait for a decision: counted with the changes
// that need the adviser wherever "À vérifier" is counted (header, home). The header is on every
// screen, so it never builds the candidate index itself (the roll call reads only the people it
// names): until a screen has built it, the count is that of the pairs kept at the last change.
import { useEffect, useReducer, useState } from 'react';
import { useWorkspace } from '../../../components/session/session-context';
import { keptPairsIn } from '../index/kept-duplicate-pairs';
import { whenLiveCandidateIndex, type LiveCandidateIndex } from '../index/live-candidate-index';
import { useCandidatesRepo } from '../use-candidates-repo';

export function useOpenDuplicateCount(): number {
  const drafts = useWorkspace().drafts;
  const repo = useCandidatesRepo();
  const [live, setLive] = useState<LiveCandidateIndex | undefined>();
  const [stored, setStored] = useState(0);
  const [, changed] = useReducer((count: number) => count + 1, 0);
  useEffect(() => whenLiveCandidateIndex(repo, setLive), [repo]);
  useEffect(() => live?.subscribe(changed), [live]);
  useEffect(() => {
    let current = true;
    void keptPairsIn(drafts)
      .load()
      .then((pairs) => current && setStored(pairs.length))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [drafts]);
  const snapshot = live?.getSnapshot();
  return snapshot?.index ? snapshot.syncedDuplicates.length : stored;
}
