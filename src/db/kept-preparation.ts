// Preparing the copies kept between sessions after a sync, while the tablet is idle
// (docs/report-keep.md, "Prepared after a sync"; docs/unlock-keep.md). A new tablet's first pull,
// or a page large enough to mark a report chunk `'all'`, leaves them to be rebuilt from every row:
// the next unlock would decrypt every candidate, and the next opening of the reports screen read
// every row of its tables, seconds at the largest sizes. Done beforehand in the background, both
// read their kept chunks instead. Each preparation is the screen's own read (the list's full read,
// the report's first read), so what it keeps is exactly what the screen would have kept, under the
// same checks against a write made meanwhile.
import { REPORT_FIELDS } from '../domain/report/fields';
import type { ReportTable } from '../domain/report/types';
import { SYNCED_TABLES, type SyncedTable } from '../domain/tables';
import { isKeptTable, keptPayloadsPresent, keptPayloadsSettled } from './kept-payloads';
import { keptReportNeedsRebuild, keptReportSettled } from './kept-report';
import { readKeptReport, readWholeAndKeep } from './records';
import type { StoreContext } from './store-context';

const REPORT_TABLES = Object.keys(REPORT_FIELDS) as ReportTable[];
const KEPT_TABLES = SYNCED_TABLES.filter(isKeptTable);

export interface PreparedCopies {
  /** The tables whose payloads were read whole and kept (a chunk was missing). */
  payloads: SyncedTable[];
  /** The report tables whose input was read and kept (a chunk was missing or marked `'all'`). */
  report: ReportTable[];
}

/**
 * The payloads first (the report's read of the candidates then uses them), then the report, one
 * table after the other (one table's records in memory at a time). Tables already kept are left
 * to the screens, which read the few rows written since cheaply.
 */
export async function prepareKeptCopies(ctx: StoreContext): Promise<PreparedCopies> {
  const prepared: PreparedCopies = { payloads: [], report: [] };
  for (const table of KEPT_TABLES) {
    if (await keptPayloadsPresent(ctx.db, table)) continue;
    await readWholeAndKeep(ctx, table);
    await keptPayloadsSettled(ctx, table);
    prepared.payloads.push(table);
  }
  for (const table of REPORT_TABLES) {
    if (!(await keptReportNeedsRebuild(ctx, table))) continue;
    await readKeptReport(ctx, table);
    await keptReportSettled(ctx, table);
    prepared.report.push(table);
  }
  return prepared;
}
