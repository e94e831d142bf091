// The Chromium page of the tablet report bench: ../report-tablet.bench.ts bundles this file with
// esbuild, serves it on http://localhost (a secure context, for WebCrypto and IndexedDB) and calls
// `vdcReportBench(size)`. In the page, untimed: generate the fictional records, encrypt them into
// the rows the device stores (clear fields + AES-GCM payload, src/db/table-registry + crypto) and
// bulkPut them into a fresh on-disk Dexie database of the app's schema. Then timed, each run:
// - memory: from decrypted records in memory to the report (the screen's mapping + compute);
// - dexie: from the encrypted Dexie rows to the report, as the screen does: every report table
//   listed and decrypted through the adviser's store (UserStore.list, what repositories use),
//   then the same mapping and compute.
// No Node imports here.
import { encryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword } from '../../../src/db/crypto';
import { splitForStorage } from '../../../src/db/table-registry';
import { UserDatabase, type StoredRow } from '../../../src/db/user-database';
import { UserStore } from '../../../src/db/user-store';
import type { SyncedTable } from '../../../src/domain/tables';
import type { LocalReportTables } from '../../../src/features/reports/report-input';
import type { LocalRecord } from '../../../src/sync/workspace';
import { REPORT_TABLES, localTables, screenReport, tabletRecords } from './screen-run';

export interface BrowserReportResult {
  count: number;
  memory: number[];
  dexie: number[];
  /** Of a dexie run: listing and decrypting the six tables alone. */
  decrypt: number[];
  setupMs: number;
  evolutionRows: number;
}

const CHUNK = 1000;

async function run(size: number, runs: number): Promise<BrowserReportResult> {
  const setupStart = performance.now();
  const records = tabletRecords(size);
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const db = new UserDatabase(`report-bench-${globalThis.crypto.randomUUID()}`);
  await db.open();
  for (let offset = 0; offset < records.length; offset += CHUNK) {
    const byTable = new Map<SyncedTable, StoredRow[]>();
    for (const record of records.slice(offset, offset + CHUNK)) {
      const { clear, secret } = splitForStorage(record.table, record.data);
      const row: StoredRow = { ...clear, id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 };
      if (Object.keys(secret).length > 0) row.enc = await encryptJson(key, secret, rowAad(record.table, record.id, record.siteId));
      byTable.set(record.table, [...(byTable.get(record.table) ?? []), row]);
    }
    await db.transaction('rw', [...byTable.keys()].map((table) => db.records(table)), async () => {
      for (const [table, rows] of byTable) await db.records(table).bulkPut(rows);
    });
  }
  db.close();
  const store = new UserStore(new UserDatabase(db.name), key);
  const setupMs = performance.now() - setupStart;

  const inMemory = localTables(records);
  const memory: number[] = [];
  const dexie: number[] = [];
  const decrypt: number[] = [];
  let evolutionRows = 0;
  screenReport(inMemory); // warm-up
  for (let index = 0; index < runs; index += 1) {
    let start = performance.now();
    evolutionRows = screenReport(inMemory).evolution.length;
    memory.push(performance.now() - start);

    start = performance.now();
    const lists = await Promise.all(REPORT_TABLES.map((table) => store.list(table)));
    const tables = Object.fromEntries(
      REPORT_TABLES.map((table, tableIndex) => [
        table,
        (lists[tableIndex] ?? []).map((record): LocalRecord<SyncedTable> => ({ table, id: record.id, siteId: record.siteId, rev: record.rev, data: record.data as never, pendingFields: record.pendingFields })),
      ]),
    ) as unknown as LocalReportTables;
    decrypt.push(performance.now() - start);
    screenReport(tables);
    dexie.push(performance.now() - start);
  }
  store.close();
  await globalThis.indexedDB.deleteDatabase(db.name);
  return { count: records.length, memory, dexie, decrypt, setupMs, evolutionRows };
}

(globalThis as { vdcReportBench?: typeof run }).vdcReportBench = run;
