// What the tablet keeps between sessions, encrypted under the data key, beside the rows: the
// candidates' decrypted payloads (kept-payloads.ts, for the unlock) and the report's input
// (kept-report.ts). A path that forgets records (an erasure, a file deleted or moved away, a change
// of sites) forgets them from both, in its own transaction, through these two calls, so that no
// copy can be left behind by a path that knew of only one (docs/unlock-keep.md, docs/report-keep.md).
import type { SyncedTable } from '../domain/tables';
import { dropAllKept, dropKeptPersons } from './kept-payloads';
import { dropAllKeptReport, dropKeptReportRecords } from './kept-report';
import type { StoreContext } from './store-context';

/** Inside a transaction that includes `syncState`: every kept copy that may hold these records goes. */
export async function forgetKeptRecords(ctx: StoreContext, table: SyncedTable, ids: readonly string[]): Promise<void> {
  await dropKeptPersons(ctx, table, ids);
  await dropKeptReportRecords(ctx.db, table, ids);
}

/** Inside a transaction that includes `syncState`: every kept copy goes (the sites changed). */
export async function forgetEverythingKept(ctx: StoreContext): Promise<void> {
  await dropAllKept(ctx);
  await dropAllKeptReport(ctx.db);
}
