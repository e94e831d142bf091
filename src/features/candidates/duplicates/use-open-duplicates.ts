// How many likely duplicates that arrived by sync wait for a decision: counted with the changes
// that need the adviser wherever "À vérifier" is counted (header, home).
import { useCandidateIndex } from '../index/use-candidate-index';

export function useOpenDuplicateCount(): number {
  return useCandidateIndex().syncedDuplicates.length;
}
