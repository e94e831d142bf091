// Tablets that held records before `workSiteId` (docs/transfers.md, "Records from before"):
// - their rows have no workSiteId, and the report gives the same figures as with the field filled
//   as the server's migration fills it (the site that holds them, for records never transferred);
// - the app version that knows workSiteId also knows the table `moduleWork`, so a tablet whose
//   pulls were made before it starts again from cursor 0 once, and receives the server's filled
//   records (a transferred record carries its old site there) without any new rev.
import { describe, expect, it } from 'vitest';
import { generateDemoData } from '../domain/demo/generator';
import { newId } from '../domain/ids';
import { computeActivityReport, type ReportInput, type ReportRecord, type ReportTable } from '../domain/report';
import { SYNCED_TABLES } from '../domain/tables';
import { isWorkTable } from '../domain/work-site';
import { STATE_KEYS, readSyncCursorState } from './sync-state';
import { splitForStorage } from './table-registry';
import { UserDatabase } from './user-database';

const REPORT_TABLES: readonly ReportTable[] = ['candidates', 'spocActions', 'accompaniments', 'moduleSessions', 'attendance', 'validationSteps', 'moduleWork'];

/** The demo records as a tablet keeps them in clear, with or without the migration's workSiteId. */
function inputOf(seed: number, filled: boolean): ReportInput {
  const input = Object.fromEntries(REPORT_TABLES.map((table) => [table, [] as ReportRecord<ReportTable>[]])) as Record<ReportTable, ReportRecord<ReportTable>[]>;
  for (const record of generateDemoData({ seed, candidatesPerSite: 60 }).records) {
    if (!(REPORT_TABLES as readonly string[]).includes(record.table)) continue;
    const table = record.table as ReportTable;
    const data = { ...record.data };
    delete data.workSiteId;
    if (filled && isWorkTable(table)) data.workSiteId = record.siteId;
    const kept = table === 'candidates' ? data : splitForStorage(table, data).clear;
    input[table].push({ id: record.id, siteId: record.siteId, deleted: false, data: kept } as ReportRecord<ReportTable>);
  }
  return input as unknown as ReportInput;
}

describe('records a tablet kept from before workSiteId', () => {
  it.each([3, 11])('give the same report as with the field filled (demo data, seed %i)', (seed) => {
    const options = { from: '2024-01-01', to: '2025-12-31', asOf: '2026-01-15' };
    const old = inputOf(seed, false);
    expect(old.accompaniments.some((record) => 'workSiteId' in record.data)).toBe(false);
    expect(computeActivityReport(old, options)).toEqual(computeActivityReport(inputOf(seed, true), options));
  });

  it('are pulled again from cursor 0 once the app knows moduleWork', async () => {
    const db = new UserDatabase(`test-work-site-${newId()}`);
    await db.syncState.bulkPut([
      { key: STATE_KEYS.cursor, value: 9000 },
      { key: STATE_KEYS.pulledTables, value: SYNCED_TABLES.filter((table) => table !== 'moduleWork') },
    ]);
    expect((await readSyncCursorState(db)).cursor).toBe(0);
    db.close();
  });
});
