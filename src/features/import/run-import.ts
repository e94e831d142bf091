// Writing the confirmed rows as normal synced changes: per row a candidate, then its SPOC action
// (when the row has an info date) and its accompaniment (when it has a start date), each validated
// by the storage's schemas. A slice of rows is one transaction (Workspace.writeBatch), and a row's
// changes stand or fall together: a row refused writes nothing (counted), the import goes on, and
// a crash leaves whole slices only.
import { newId } from '../../domain/ids';
import type { PlannedRow } from '../../domain/import';
import type { BatchChange, Workspace } from '../../sync/workspace';

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportSummary {
  candidates: number;
  spocActions: number;
  accompaniments: number;
  /** Row numbers whose writing failed. */
  failedRows: number[];
}

/** Rows written together, in one transaction. */
const ROWS_PER_SLICE = 250;

type Written = 'candidates' | 'spocActions' | 'accompaniments';

/** A row's changes: the person, their SPOC action, their accompaniment, one group. */
function rowChanges(planned: PlannedRow, siteId: string, adviserId: string): BatchChange[] {
  const group = `row-${planned.row}`;
  const candidateId = newId();
  const changes: BatchChange[] = [{ table: 'candidates', id: candidateId, siteId, op: 'put', fields: planned.candidate, group }];
  if (planned.spocAction) {
    changes.push({ table: 'spocActions', id: newId(), siteId, op: 'put', fields: { ...planned.spocAction, candidateIds: [candidateId], adviserId }, group });
  }
  if (planned.accompaniment) {
    changes.push({ table: 'accompaniments', id: newId(), siteId, op: 'put', fields: { ...planned.accompaniment, candidateId, adviserId }, group });
  }
  return changes;
}

export async function runImport(
  workspace: Workspace,
  siteId: string,
  rows: readonly PlannedRow[],
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  const adviserId = workspace.user.id;
  const summary: ImportSummary = { candidates: 0, spocActions: 0, accompaniments: 0, failedRows: [] };
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    const slice = rows.slice(start, start + ROWS_PER_SLICE);
    const changes = slice.flatMap((planned) => rowChanges(planned, siteId, adviserId).map((change) => ({ change, row: planned.row })));
    const outcomes = await workspace.writeBatch(changes.map(({ change }) => change));
    const failed = new Set<number>();
    outcomes.forEach((outcome, index) => {
      const entry = changes[index];
      if (!entry) return;
      if (outcome.ok) summary[entry.change.table as Written] += 1;
      else failed.add(entry.row);
    });
    summary.failedRows.push(...slice.map((planned) => planned.row).filter((row) => failed.has(row)));
    onProgress({ done: start + slice.length, total: rows.length });
  }
  return summary;
}
