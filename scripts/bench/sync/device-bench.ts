// The tablet side of the sync benchmark, the same code in Node (fake-indexeddb) and in Chromium
// (bundled by ../sync.bench.ts): against a running server whose adviser can see the seeded site,
// 1. fetch every record through the pull API once (untimed) and encrypt it into the rows the store
//    writes (clear fields + AES-GCM payload, src/db/table-registry + crypto): the floor's input;
// 2. pull: an empty device's full `syncNow()` (pages of `pullLimit`), timed from an open, empty
//    database (as the floor's);
// 3. floor: raw Dexie `bulkPut` of those rows into a fresh database of the same schema, in
//    transactions of 500, timed (before and after the pull; the faster one is kept);
// 4. push: on the pulled device, `pushCount` pending mutations (half edits of pulled candidates,
//    half new candidates), then `syncNow()` timed; its floor is a bulkPut of as many rows into a
//    fresh database (the target's floor), and, for information, the same rows replacing their
//    copies in a database holding every pulled row (what the contract's pull-back writes).
// No Node imports here: this file is bundled for the browser. It is browser code (WebCrypto,
// IndexedDB, the engine's navigator/online checks), hence the DOM types for the typecheck of
// scripts/bench (server/tsconfig.json, whose own lib has no DOM).
import { encryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword } from '../../../src/db/crypto';
import { splitForStorage } from '../../../src/db/table-registry';
import { UserDatabase, type StoredRow } from '../../../src/db/user-database';
import type { SyncedTable } from '../../../src/domain/tables';
import type { WireRecord } from '../../../src/domain/wire';
import { openTestDevice } from '../../../src/sync/testing/test-device';
import { createHttpTransport, type SyncApi } from '../../../src/sync/transport';

export interface DeviceBenchInput {
  apiBase: string;
  token: string;
  pullLimit: number;
  pushCount: number;
}

export interface DeviceBenchResult {
  pulled: number;
  pullMs: number;
  pullFloorMs: number;
  pushed: number;
  pushMs: number;
  pushFloorMs: number;
  /**
   * The same rows put into a database that already holds every pulled row, each replacing its
   * older copy: what the push's pull-back (the contract's pull of the records pushed) writes.
   */
  pushReplaceFloorMs: number;
  /** Average size of a stored row's ciphertext + iv, and of its clear part as JSON. */
  encBytes: number;
  clearBytes: number;
  /**
   * Of pullMs and pushMs: time with an API call in flight (HTTP, server, response parsing), which
   * the device's own work overlaps during a pull; the rest is time when only the device worked.
   */
  pullApiMs: number;
  pushApiMs: number;
  /** Time to encrypt the pulled records' rows once, alone (WebCrypto; part of a pull, not of the floor). */
  encryptMs: number;
  /** Time to queue the pending mutations (untimed setup, for information). */
  queueMs: number;
}

const FLOOR_CHUNK = 500;

type BenchRow = { table: SyncedTable; row: StoredRow };

async function dataKey(): Promise<CryptoKey> {
  // The same kind of key a device holds: non-extractable, unwrapped from a password wrap.
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

async function encryptRows(key: CryptoKey, records: readonly WireRecord[]): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const record of records) {
    const { clear, secret } = splitForStorage(record.table, record.data);
    const row: StoredRow = { ...clear, id: record.id, siteId: record.siteId, rev: record.rev, deleted: record.deleted, ver: 1 };
    if (Object.keys(secret).length > 0) row.enc = await encryptJson(key, secret, rowAad(record.table, record.id, record.siteId));
    rows.push({ table: record.table, row });
  }
  return rows;
}

/** bulkPut of pre-encrypted rows, `FLOOR_CHUNK` rows per transaction; ms. */
async function putInChunks(db: UserDatabase, rows: readonly BenchRow[]): Promise<number> {
  const start = performance.now();
  for (let offset = 0; offset < rows.length; offset += FLOOR_CHUNK) {
    const chunk = rows.slice(offset, offset + FLOOR_CHUNK);
    const byTable = new Map<SyncedTable, StoredRow[]>();
    for (const { table, row } of chunk) byTable.set(table, [...(byTable.get(table) ?? []), row]);
    await db.transaction('rw', [...[...byTable.keys()].map((table) => db.records(table)), db.syncState], async () => {
      for (const [table, tableRows] of byTable) await db.records(table).bulkPut(tableRows);
    });
  }
  return performance.now() - start;
}

/**
 * The floor: bulkPut of pre-encrypted rows into a fresh database; ms. With `held`, the database
 * first holds those rows (untimed) and the timed rows replace rows it holds, as the push's
 * pull-back replaces the records the device already has (index entries rewritten, not added).
 */
async function floor(rows: readonly BenchRow[], held?: readonly BenchRow[]): Promise<number> {
  const db = new UserDatabase(`bench-floor-${globalThis.crypto.randomUUID()}`);
  await db.open();
  try {
    if (held) await putInChunks(db, held);
    return await putInChunks(db, rows);
  } finally {
    db.close();
    await db.delete().catch(() => undefined);
  }
}

export async function runDeviceBench(input: DeviceBenchInput): Promise<DeviceBenchResult> {
  const api = createHttpTransport({ baseUrl: input.apiBase, timeoutMs: 120_000 }).api(() => input.token);
  // Time with at least one API call in flight: the engine asks for the next page while it stores
  // the current one, so calls overlap each other and the device's work.
  let apiMs = 0;
  let inFlight = 0;
  let busySince = 0;
  const timed = async <T>(call: () => Promise<T>): Promise<T> => {
    if (inFlight++ === 0) busySince = performance.now();
    try {
      return await call();
    } finally {
      if (--inFlight === 0) apiMs += performance.now() - busySince;
    }
  };
  const timedApi: SyncApi = {
    push: (request) => timed(() => api.push(request)),
    pull: (cursor, limit) => timed(() => api.pull(cursor, limit)),
  };

  // 1. The records as the device will receive them, encrypted as the store writes them.
  const records: WireRecord[] = [];
  for (let cursor = 0; ; ) {
    const page = await api.pull(cursor, input.pullLimit);
    records.push(...page.changes);
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const key = await dataKey();
  const encryptStart = performance.now();
  const rows = await encryptRows(key, records);
  const encryptMs = performance.now() - encryptStart;
  const encBytes = rows.reduce((sum, { row }) => sum + (row.enc ? row.enc.ct.byteLength + row.enc.iv.byteLength : 0), 0) / rows.length;
  const clearBytes =
    rows.reduce((sum, { row }) => {
      const { enc: _enc, ...clear } = row;
      return sum + JSON.stringify(clear).length;
    }, 0) / rows.length;

  const floorBefore = await floor(rows);

  // 2. Pull into an empty device.
  const device = await openTestDevice('bench', timedApi, { pullLimit: input.pullLimit });
  try {
    // Open (create) its database before the clock starts, as the floor does: a tablet opens it at
    // sign-in, before any sync.
    await device.store.pendingCount();
    let pulled = 0;
    const unsubscribe = device.engine.subscribe((status) => {
      if (status.progress) pulled = status.progress.pulled;
    });
    apiMs = 0;
    let start = performance.now();
    const afterPull = await device.engine.syncNow();
    const pullMs = performance.now() - start;
    const pullApiMs = apiMs;
    unsubscribe();
    if (afterPull.phase !== 'idle') throw new Error(`pull ended ${afterPull.phase} ${afterPull.error ?? ''}`);
    if (pulled !== records.length) throw new Error(`pulled ${pulled} records, expected ${records.length}`);

    const pullFloorMs = Math.min(floorBefore, await floor(rows));

    // 4. Push: half edits of pulled candidates, half new candidates (one mutation per record).
    const candidates = records.filter((record) => record.table === 'candidates' && !record.deleted);
    const edits = Math.floor(input.pushCount / 2);
    if (candidates.length < edits) throw new Error(`only ${candidates.length} candidates to edit`);
    const queueStart = performance.now();
    for (let index = 0; index < edits; index += 1) {
      const record = candidates[index]!;
      await device.store.write('candidates', record.id, record.siteId, 'put', { notes: `Rappeler lundi (bench ${index})` });
    }
    for (let index = edits; index < input.pushCount; index += 1) {
      const model = candidates[index % candidates.length]!;
      await device.store.write('candidates', globalThis.crypto.randomUUID(), model.siteId, 'put', { ...model.data, firstName: `Bench ${index}` });
    }
    const queueMs = performance.now() - queueStart;
    const pending = await device.store.pendingCount();
    if (pending !== input.pushCount) throw new Error(`${pending} mutations pending, expected ${input.pushCount}`);

    let pushed = 0;
    const unsubscribePush = device.engine.subscribe((status) => {
      if (status.progress) pushed = status.progress.pushed;
    });
    apiMs = 0;
    start = performance.now();
    const afterPush = await device.engine.syncNow();
    const pushMs = performance.now() - start;
    const pushApiMs = apiMs;
    unsubscribePush();
    if (afterPush.phase !== 'idle' || afterPush.pending !== 0 || afterPush.needsAttention !== 0) {
      throw new Error(`push ended ${JSON.stringify(afterPush)}`);
    }
    const pushRows = rows.filter(({ table }) => table === 'candidates').slice(0, input.pushCount);
    const pushFloorMs = Math.min(await floor(pushRows), await floor(pushRows));
    // The same rows, each replacing its older copy in a database holding every pulled row.
    const replaced = pushRows.map(({ table, row }) => ({ table, row: { ...row, rev: row.rev + 1 } }));
    const pushReplaceFloorMs = Math.min(await floor(replaced, rows), await floor(replaced, rows));
    return { pulled, pullMs, pullFloorMs, pushed, pushMs, pushFloorMs, pushReplaceFloorMs, encBytes, clearBytes, encryptMs, pullApiMs, pushApiMs, queueMs };
  } finally {
    device.close();
  }
}
