// Writing the confirmed rows as normal synced changes: per row a candidate, then its SPOC action
// (when the row has an info date) and its accompaniment (when it has a start date), each validated
// by the repositories' schemas, in batched writes (a few transactions per slice of rows, not one per
// record). A row whose writes fail is counted, and the import goes on.
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

/** Rows written together: three batched writes (candidates, SPOC actions, accompaniments) per slice. */
const ROWS_PER_SLICE = 250;

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
  for (let start = 0; start < rows.length; start += ROWS_PER_SLICE) {
    const slice = rows.slice(start, start + ROWS_PER_SLICE);
    const failed = new Set<number>();
    const created = await candidates.createMany(slice.map((planned) => ({ siteId, data: planned.candidate })));
    const written = slice.flatMap((planned, index) => {
      const outcome = created[index];
      if (!outcome?.ok) {
        failed.add(planned.row);
        return [];
      }
      summary.candidates += 1;
      return [{ planned, candidateId: outcome.record.id }];
    });
    const withAction = written.filter(({ planned }) => planned.spocAction);
    const actions = await spocActions.createMany(
      withAction.map(({ planned, candidateId }) => ({ siteId, data: { ...planned.spocAction, candidateIds: [candidateId], adviserId } })),
    );
    actions.forEach((outcome, index) => (outcome.ok ? (summary.spocActions += 1) : failed.add(withAction[index]?.planned.row ?? 0)));
    const withAccompaniment = written.filter(({ planned }) => planned.accompaniment);
    const opened = await accompaniments.createMany(
      withAccompaniment.map(({ planned, candidateId }) => ({ siteId, data: { ...planned.accompaniment, candidateId, adviserId } })),
    );
    opened.forEach((outcome, index) => (outcome.ok ? (summary.accompaniments += 1) : failed.add(withAccompaniment[index]?.planned.row ?? 0)));
    summary.failedRows.push(...slice.map((planned) => planned.row).filter((row) => failed.has(row)));
    onProgress({ done: start + slice.length, total: rows.length });
  }
  return summary;
}
