// The Chromium page of the local-writes bench: ../local-writes.bench.ts bundles this file with
// esbuild, serves it on http://localhost (a secure context, for WebCrypto and IndexedDB) and calls
// `vdcLocalWritesBench(count, runs)`. Each run, in a fresh on-disk database of the app's schema
// already holding `count / 2` candidates (written untimed):
// - batched: `count` local changes (half edits of those candidates, half new candidates, as an
//   import or a roll call makes them) queued through UserStore.writeMany (src/db/batched-writes.ts);
// - floor: a raw Dexie bulkPut of the same rows (the record rows and outbox rows the batch left),
//   500 per transaction, into a fresh database;
// - one by one (once, for comparison): the same changes through UserStore.write, a transaction each.
// No Node imports here.
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../../../src/db/crypto';
import type { LocalChange } from '../../../src/db/batched-writes';
import { buildStoredRow } from '../../../src/db/store-context';
import { UserDatabase, type OutboxRow, type StoredRow } from '../../../src/db/user-database';
import { UserStore } from '../../../src/db/user-store';
import { tabletRecords } from '../report-tablet/screen-run';

export interface LocalWritesResult {
  count: number;
  batched: number[];
  floor: number[];
  oneByOne: number;
}

const FLOOR_CHUNK = 500;

async function seededStore(key: CryptoKey, existing: readonly { id: string; siteId: string; data: Record<string, unknown> }[]): Promise<{ store: UserStore; db: UserDatabase }> {
  const db = new UserDatabase(`local-writes-bench-${globalThis.crypto.randomUUID()}`);
  await db.open();
  const rows: StoredRow[] = [];
  for (const record of existing) rows.push(await buildStoredRow({ db, key }, 'candidates', { id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 }, record.data));
  await db.transaction('rw', [db.records('candidates'), db.syncState], () => db.records('candidates').bulkPut(rows));
  return { store: new UserStore(db, key), db };
}

async function drop(store: UserStore, db: UserDatabase): Promise<void> {
  store.close();
  await db.delete().catch(() => undefined);
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

/** bulkPut of the rows a batch left (records and outbox), FLOOR_CHUNK per transaction, into a fresh database; ms. */
async function floor(records: readonly StoredRow[], outbox: readonly OutboxRow[]): Promise<number> {
  const db = new UserDatabase(`local-writes-floor-${globalThis.crypto.randomUUID()}`);
  await db.open();
  try {
    return await timed(async () => {
      for (let offset = 0; offset < Math.max(records.length, outbox.length); offset += FLOOR_CHUNK) {
        await db.transaction('rw', [db.records('candidates'), db.outbox, db.syncState], async () => {
          await db.records('candidates').bulkPut(records.slice(offset, offset + FLOOR_CHUNK));
          await db.outbox.bulkPut(outbox.slice(offset, offset + FLOOR_CHUNK));
        });
      }
    });
  } finally {
    db.close();
    await db.delete().catch(() => undefined);
  }
}

async function run(count: number, runs: number): Promise<LocalWritesResult> {
  const candidates = tabletRecords(count * 4).filter((record) => record.table === 'candidates');
  const edits = Math.floor(count / 2);
  if (candidates.length < count) throw new Error(`only ${candidates.length} fictional candidates`);
  const existing = candidates.slice(0, edits);
  const changes: LocalChange[] = [
    ...existing.map((record, index): LocalChange => ({ table: 'candidates', id: record.id, op: 'put', fields: { notes: `Rappeler lundi (bench ${index})` } })),
    ...candidates.slice(edits, count).map((record): LocalChange => ({ table: 'candidates', id: globalThis.crypto.randomUUID(), siteId: record.siteId, op: 'put', fields: record.data })),
  ];
  const key = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
  const result: LocalWritesResult = { count, batched: [], floor: [], oneByOne: 0 };
  for (let index = 0; index < runs; index += 1) {
    const { store, db } = await seededStore(key, existing);
    result.batched.push(await timed(() => store.writeMany(changes)));
    if ((await db.outbox.count()) !== count) throw new Error('the batch did not queue every change');
    const [records, outbox] = await Promise.all([db.records('candidates').toArray(), db.outbox.toArray()]);
    await drop(store, db);
    result.floor.push(await floor(records, outbox));
  }
  const { store, db } = await seededStore(key, existing);
  result.oneByOne = await timed(async () => {
    for (const change of changes) await store.write(change.table, change.id, change.siteId ?? (await store.get(change.table, change.id))?.siteId ?? '', change.op, change.fields);
  });
  await drop(store, db);
  return result;
}

(globalThis as { vdcLocalWritesBench?: typeof run }).vdcLocalWritesBench = run;
