// The workspace's live candidate index, for screens (re-renders when a change was applied).
import { useSyncExternalStore } from 'react';
import { useCandidatesRepo } from '../use-candidates-repo';
import { liveCandidateIndex, type IndexSnapshot } from './live-candidate-index';

export function useCandidateIndex(): IndexSnapshot {
  const live = liveCandidateIndex(useCandidatesRepo());
  return useSyncExternalStore(live.subscribe, live.getSnapshot);
}
