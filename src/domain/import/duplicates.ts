// Likely duplicates of the rows to import: against the candidates already on the tablet, and
// against the rows above them in the same file (the same person entered twice).
import { buildCandidateIndex, findLikelyDuplicates, type CandidateIndex, type DuplicateMatch } from '../matching';
import type { PlannedRow } from './rows';

export interface RowDuplicates {
  row: number;
  /** Existing local candidates, best first. */
  existing: DuplicateMatch[];
  /** Earlier rows of the file that look like the same person. */
  inFile: number[];
}

const ROW_ID = 'import-row-';

/** Duplicates per accepted row (rows without any are left out). */
export function flagDuplicates(local: CandidateIndex, rows: readonly PlannedRow[]): Map<number, RowDuplicates> {
  const fileIndex = buildCandidateIndex([]);
  const flagged = new Map<number, RowDuplicates>();
  for (const planned of rows) {
    if (planned.problems.length > 0) continue;
    const existing = findLikelyDuplicates(local, planned.candidate, { limit: 3 });
    const inFile = findLikelyDuplicates(fileIndex, planned.candidate, { limit: 3 }).map((match) => Number(match.id.slice(ROW_ID.length)));
    if (existing.length > 0 || inFile.length > 0) flagged.set(planned.row, { row: planned.row, existing, inFile });
    fileIndex.add({ id: `${ROW_ID}${planned.row}`, data: planned.candidate });
  }
  return flagged;
}
