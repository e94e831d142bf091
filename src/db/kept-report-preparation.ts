// Preparing the report's kept input after a sync, while the tablet is idle (docs/report-keep.md,
// "Prepared after a sync"). A new tablet's first pull, or a page large enough to mark a chunk
// `'all'`, leaves chunks that the next opening of the reports screen would rebuild from every row
// of their table: seconds at 100,000 records. Done beforehand, in the background, that opening
// reads the kept chunks instead. It is the screen's own read (`readKeptReport`), so what it keeps
// is exactly what the screen would have kept, under the same token check.
import { REPORT_FIELDS } from '../domain/report/fields';
import type { ReportTable } from '../domain/report/types';
import { keptReportNeedsRebuild, keptReportSettled } from './kept-report';
import { readKeptReport } from './records';
import type { StoreContext } from './store-context';

const REPORT_TABLES = Object.keys(REPORT_FIELDS) as ReportTable[];

/**
 * Reads, and so keeps, the report's input of every report table with a chunk to rebuild whole,
 * one table after the other (one table's records in memory at a time). Returns those tables.
 */
export async function prepareKeptReport(ctx: StoreContext): Promise<ReportTable[]> {
  const prepared: ReportTable[] = [];
  for (const table of REPORT_TABLES) {
    if (!(await keptReportNeedsRebuild(ctx, table))) continue;
    await readKeptReport(ctx, table);
    await keptReportSettled(ctx, table);
    prepared.push(table);
  }
  return prepared;
}
