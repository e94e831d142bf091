// The Chromium page of the tablet report bench: ../report-tablet.bench.ts bundles this file with
// esbuild, serves it on http://localhost (a secure context, for WebCrypto and IndexedDB) and calls
// `vdcReportBench(size)`. In the page, untimed: generate the fictional records, encrypt them into
// the rows the device stores (src/db/store-context buildStoredRow: clear fields + AES-GCM payload)
// and bulkPut them into a fresh on-disk Dexie database of the app's schema. Then timed, each run:
// - memory: from decrypted records in memory to the report (the screen's mapping + compute);
// - opening: from the encrypted Dexie rows to the report as the reports screen reads them (the
//   candidates decrypted, the other tables' clear fields only), with a freshly unlocked key, so
//   nothing was decrypted before in the session;
// - again: the same once the session has decrypted the candidates (a second visit, or after the
//   candidate list);
// - every row decrypted: every table read whole, the screen's way before clear-field reads.
// No Node imports here.
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../../../src/db/crypto';
import { buildStoredRow } from '../../../src/db/store-context';
import { UserDatabase, type StoredRow } from '../../../src/db/user-database';
import { UserStore, type DecryptedRecord } from '../../../src/db/user-store';
import type { SyncedTable } from '../../../src/domain/tables';
import type { LocalReportTables } from '../../../src/features/reports/report-input';
import type { LocalRecord } from '../../../src/sync/workspace';
import { REPORT_TABLES, localTables, screenReport, tabletRecords } from './screen-run';

export interface BrowserReportResult {
  count: number;
  memory: number[];
  opening: number[];
  again: number[];
  everyRowDecrypted: number[];
  setupMs: number;
  evolutionRows: number;
}

const CHUNK = 1000;
type Reading = 'whole' | 'clear-fields';

/** The first snapshot of a watched table, as the screen's hooks receive it. */
function firstSnapshot(store: UserStore, table: SyncedTable, reading: Reading): Promise<DecryptedRecord[]> {
  return new Promise((resolve, reject) => {
    const stop = store.watch(
      table,
      (records) => {
        queueMicrotask(() => stop());
        resolve(records);
      },
      reject,
      reading,
    );
  });
}

async function readTables(store: UserStore, readingOf: (table: SyncedTable) => Reading): Promise<LocalReportTables> {
  const lists = await Promise.all(REPORT_TABLES.map((table) => firstSnapshot(store, table, readingOf(table))));
  return Object.fromEntries(
    REPORT_TABLES.map((table, tableIndex) => [
      table,
      (lists[tableIndex] ?? []).map((record): LocalRecord<SyncedTable> => ({ table, id: record.id, siteId: record.siteId, rev: record.rev, data: record.data as never, pendingFields: record.pendingFields })),
    ]),
  ) as unknown as LocalReportTables;
}

const screenReading = (table: SyncedTable): Reading => (table === 'candidates' ? 'whole' : 'clear-fields');

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

async function run(size: number, runs: number): Promise<BrowserReportResult> {
  const setupStart = performance.now();
  const records = tabletRecords(size);
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const setupKey = await unwrapWithPassword(wrap, 'pw');
  const db = new UserDatabase(`report-bench-${globalThis.crypto.randomUUID()}`);
  await db.open();
  for (let offset = 0; offset < records.length; offset += CHUNK) {
    const byTable = new Map<SyncedTable, StoredRow[]>();
    for (const record of records.slice(offset, offset + CHUNK)) {
      const row = await buildStoredRow({ db, key: setupKey }, record.table, { id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 }, record.data);
      byTable.set(record.table, [...(byTable.get(record.table) ?? []), row]);
    }
    await db.transaction('rw', [...byTable.keys()].map((table) => db.records(table)), async () => {
      for (const [table, rows] of byTable) await db.records(table).bulkPut(rows);
    });
  }
  db.close();
  const setupMs = performance.now() - setupStart;

  const inMemory = localTables(records);
  const result: BrowserReportResult = { count: records.length, memory: [], opening: [], again: [], everyRowDecrypted: [], setupMs, evolutionRows: 0 };
  screenReport(inMemory); // warm-up
  for (let index = 0; index < runs; index += 1) {
    result.memory.push(await timed(async () => (result.evolutionRows = screenReport(inMemory).evolution.length)));
    // A freshly unwrapped key: a new session, nothing decrypted yet.
    const store = new UserStore(new UserDatabase(db.name), await unwrapWithPassword(wrap, 'pw'));
    result.opening.push(await timed(async () => screenReport(await readTables(store, screenReading))));
    result.again.push(await timed(async () => screenReport(await readTables(store, screenReading))));
    store.close();
    const wholeStore = new UserStore(new UserDatabase(db.name), await unwrapWithPassword(wrap, 'pw'));
    result.everyRowDecrypted.push(await timed(async () => screenReport(await readTables(wholeStore, () => 'whole'))));
    wholeStore.close();
  }
  await globalThis.indexedDB.deleteDatabase(db.name);
  return result;
}

(globalThis as { vdcReportBench?: typeof run }).vdcReportBench = run;
