// Likely duplicates that arrived by sync wait on "À vérifier" until someone decides (merge, or
// "not the same person"), across reloads: the pairs (ids and the match, no name) are kept in the
// adviser's encrypted drafts store, under a key no form uses (docs/people-matching.md).
import { z } from 'zod';
import type { Workspace } from '../../../sync/workspace';
import type { DuplicatePair } from './live-candidate-index';

export const KEPT_PAIRS_KEY = 'review:synced-duplicates';

const pairSchema = z.object({
  firstId: z.string().min(1),
  secondId: z.string().min(1),
  match: z.object({
    id: z.string().min(1),
    score: z.number(),
    level: z.enum(['certain', 'likely', 'possible']),
    reasons: z.array(z.enum(['same-name', 'similar-name', 'phonetic', 'other-script', 'same-birth-date', 'same-birth-year', 'swapped-names'])),
  }),
});
const pairsSchema = z.array(pairSchema);

export interface KeptPairs {
  load(): Promise<DuplicatePair[]>;
  save(pairs: readonly DuplicatePair[]): Promise<void>;
}

type Drafts = Workspace['drafts'];

export function keptPairsIn(drafts: Pick<Drafts, 'load' | 'save' | 'remove'>): KeptPairs {
  return {
    async load() {
      const stored = await drafts.load(KEPT_PAIRS_KEY);
      const parsed = pairsSchema.safeParse(stored?.values);
      return parsed.success ? parsed.data : [];
    },
    // Nothing left to decide: no row at all (drafts are counted as typing kept on the tablet).
    save: (pairs) => (pairs.length > 0 ? drafts.save(KEPT_PAIRS_KEY, pairs) : drafts.remove(KEPT_PAIRS_KEY)),
  };
}
