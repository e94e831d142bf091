// The accompaniment rule of the candidate file: one open accompaniment per métier and person.
import type { AccompanimentData } from './entities';

interface Rec {
  id: string;
  data: AccompanimentData;
}

/**
 * The id of another open accompaniment of the same person for `metier`, if any: opening (or
 * reopening, or moving to) that métier must then be refused. `exceptId` is the one being edited.
 */
export function openAccompanimentFor(accompaniments: readonly Rec[], candidateId: string, metier: string, exceptId?: string): string | undefined {
  return accompaniments.find(
    (record) => record.id !== exceptId && record.data.candidateId === candidateId && record.data.metier === metier && record.data.status === 'open',
  )?.id;
}
