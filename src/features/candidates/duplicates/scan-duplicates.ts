// Looks for likely duplicate pairs among every indexed file, a slice at a time so the screen stays
// responsive (about half a millisecond per file: 50,000 files take tens of seconds).
import { findDuplicatesOf, type CandidateIndex } from '../../../domain/matching';
import { SYNCED_DUPLICATE_MIN_SCORE, pairOf, type DuplicatePair } from '../index/live-candidate-index';

const SLICE = 250;

export interface ScanProgress {
  done: number;
  total: number;
  pairs: DuplicatePair[];
  finished: boolean;
}

/** Starts the scan; `onProgress` after every slice. Returns a function that stops it. */
export function scanAllDuplicates(index: CandidateIndex, onProgress: (progress: ScanProgress) => void): () => void {
  const ids = index.orderedIds();
  const pairs = new Map<string, DuplicatePair>();
  let next = 0;
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const step = () => {
    if (stopped) return;
    const end = Math.min(ids.length, next + SLICE);
    for (; next < end; next++) {
      const id = ids[next] as string;
      for (const match of findDuplicatesOf(index, id, { minScore: SYNCED_DUPLICATE_MIN_SCORE, limit: 5 })) {
        const pair = pairOf(id, match);
        pairs.set(`${pair.firstId}|${pair.secondId}`, pair);
      }
    }
    const finished = next >= ids.length;
    onProgress({ done: next, total: ids.length, pairs: [...pairs.values()], finished });
    if (!finished) timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, 0);
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
