// Writing the confirmed rows as normal synced changes: per row a candidate, then its SPOC action
// (when the row has an info date) and its accompaniment (when it has a start date), each validated
// by the repositories' schemas. A row whose writes fail is counted, and the import goes on.
import type { PlannedRow } from '../../domain/import';
import type { Workspace } from '../../sync/workspace';

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

export async function runImport(
  workspace: Workspace,
  siteId: string,
  rows: readonly PlannedRow[],
  onProgress: (progress: ImportProgress) => void,
): Promise<ImportSummary> {
  const candidates = workspace.repo('candidates');
  const spocActions = workspace.repo('spocActions');
  const accompaniments = workspace.repo('accompaniments');
  const adviserId = workspace.user.id;
  const summary: ImportSummary = { candidates: 0, spocActions: 0, accompaniments: 0, failedRows: [] };
  let done = 0;
  for (const planned of rows) {
    try {
      const created = await candidates.create(siteId, planned.candidate);
      summary.candidates += 1;
      if (planned.spocAction) {
        await spocActions.create(siteId, { ...planned.spocAction, candidateIds: [created.id], adviserId });
        summary.spocActions += 1;
      }
      if (planned.accompaniment) {
        await accompaniments.create(siteId, { ...planned.accompaniment, candidateId: created.id, adviserId });
        summary.accompaniments += 1;
      }
    } catch {
      summary.failedRows.push(planned.row);
    }
    done += 1;
    onProgress({ done, total: rows.length });
  }
  return summary;
}
