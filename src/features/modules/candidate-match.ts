// Finding people to enrol by pieces of their name (accent- and case-insensitive), pure.
import type { CandidateData } from '../../domain/entities';
import { foldText as fold } from '../../domain/text-fold';

export function matchesName(data: CandidateData, query: string): boolean {
  const pieces = fold(query).split(/\s+/).filter(Boolean);
  if (pieces.length === 0 || data.erased) return false;
  const name = fold(`${data.firstName ?? ''} ${data.lastName ?? ''}`);
  return pieces.every((piece) => name.includes(piece));
}
