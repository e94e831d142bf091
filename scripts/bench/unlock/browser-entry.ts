// The Chromium page of the unlock bench: ../unlock.bench.ts bundles this file with esbuild, serves
// it on http://localhost (a secure context) and calls `vdcUnlockBench(count, runs)`. An on-disk
// database of the app's schema holds `count` fictional candidates (the demo generator's, every
// field, written untimed). Each run is a new session (the data key unwrapped again: nothing in
// memory), timed from the store's opening to the candidate list searchable, the app's way: the
// kept list if any, else the full watch of the candidates (src/db/records.ts), then
// LiveCandidateIndex's first build (src/features/candidates/index/live-candidate-index.ts) published:
// - nothing kept (the kept chunks deleted before the run): every row decrypted;
// - kept: the payloads kept by the previous session (src/db/kept-payloads.ts);
// - prepared: nothing kept, then the preparation a sync runs once the page settles
//   (src/db/kept-preparation.ts; its own time printed too), then a new session.
// Beside them, the raw read of the rows (toArray, no decryption) as the floor of the IndexedDB part.
// No Node imports here.
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword, type PasswordWrappedKey } from '../../../src/db/crypto';
import { keptChunkKeys, keptPayloadsSettled, loadKeptPayloads } from '../../../src/db/kept-payloads';
import { buildStoredRow } from '../../../src/db/store-context';
import { UserDatabase, type StoredRow } from '../../../src/db/user-database';
import { UserStore } from '../../../src/db/user-store';
import { generateDemoData } from '../../../src/domain/demo/generator';
import { searchCandidates } from '../../../src/domain/matching';
import { LiveCandidateIndex } from '../../../src/features/candidates/index/live-candidate-index';
import type { Repository } from '../../../src/sync/workspace';
import { SITES } from '../report-tablet/screen-run';

export interface UnlockRun {
  /** Store opened → the full watch delivered every record, decrypted (after the list is searchable when it came from the kept list). */
  recordsMs: number;
  /** Store opened → the index published (the list searchable). */
  searchableMs: number;
  /** The first search after it ('ma'). */
  firstSearchMs: number;
}

export interface UnlockResult {
  count: number;
  readRowsMs: number[];
  nothingKept: UnlockRun[];
  kept: UnlockRun[];
  /** The preparation after a sync that found nothing kept (background work: payloads, then the report). */
  preparingMs: number[];
  /** A new session after that preparation. */
  prepared: UnlockRun[];
  keptChunks: number;
  /** A new session's reading of the kept chunks alone (decrypt, check, seed the cache). */
  keptLoadMs: number[];
}

async function seeded(count: number, wrapped: PasswordWrappedKey): Promise<string> {
  const key = await unwrapWithPassword(wrapped, 'pw');
  const demo = generateDemoData({ seed: count, sites: SITES, candidatesPerSite: Math.ceil(count / SITES.length) });
  const candidates = demo.records.filter((record) => record.table === 'candidates').slice(0, count);
  if (candidates.length < count) throw new Error(`only ${candidates.length} fictional candidates`);
  const name = `unlock-bench-${globalThis.crypto.randomUUID()}`;
  const db = new UserDatabase(name);
  await db.open();
  for (let offset = 0; offset < candidates.length; offset += 1000) {
    const rows: StoredRow[] = await Promise.all(
      candidates.slice(offset, offset + 1000).map((record) => buildStoredRow({ db, key }, 'candidates', { id: record.id, siteId: record.siteId, rev: 1, deleted: false, ver: 1 }, record.data)),
    );
    await db.transaction('rw', [db.records('candidates'), db.syncState], () => db.records('candidates').bulkPut(rows));
  }
  db.close();
  return name;
}

async function session(name: string, wrapped: PasswordWrappedKey, count: number): Promise<UnlockRun> {
  const key = await unwrapWithPassword(wrapped, 'pw');
  const started = performance.now();
  const db = new UserDatabase(name);
  const store = new UserStore(db, key);
  let recordsMs = 0;
  let rowsRead: () => void = () => undefined;
  const rowsReadOnce = new Promise<void>((resolve) => (rowsRead = resolve));
  const repo = {
    keptList: () => store.keptList('candidates'),
    watch: (listener: (records: never[]) => void) =>
      store.watch('candidates', (records) => {
        if (recordsMs === 0) recordsMs = performance.now() - started;
        rowsRead();
        listener(records as never[]);
      }),
  } as unknown as Repository<'candidates'>;
  const live = new LiveCandidateIndex(repo);
  await new Promise<void>((resolve) => {
    const stop = live.subscribe(() => {
      stop();
      resolve();
    });
  });
  const searchableMs = performance.now() - started;
  const index = live.getSnapshot().index;
  if (!index || live.getSnapshot().records.size !== count) throw new Error('the list is not complete');
  const searchStarted = performance.now();
  searchCandidates(index, 'ma');
  const firstSearchMs = performance.now() - searchStarted;
  // The rows' reading and the save of the kept payloads run after the list is searchable.
  await rowsReadOnce;
  await keptPayloadsSettled({ db, key }, 'candidates');
  live.close();
  store.close();
  return { recordsMs, searchableMs, firstSearchMs };
}

async function readRows(name: string): Promise<number> {
  const db = new UserDatabase(name);
  const started = performance.now();
  await db.records('candidates').toArray();
  const ms = performance.now() - started;
  db.close();
  return ms;
}

async function keptLoad(name: string, wrapped: PasswordWrappedKey): Promise<number> {
  const key = await unwrapWithPassword(wrapped, 'pw');
  const db = new UserDatabase(name);
  const started = performance.now();
  await loadKeptPayloads({ db, key }, 'candidates');
  const ms = performance.now() - started;
  db.close();
  return ms;
}

/** Nothing kept, then the preparation a sync runs once the page settles (timed). */
async function preparedAfterSync(name: string, wrapped: PasswordWrappedKey): Promise<number> {
  const db = new UserDatabase(name);
  await db.syncState.where('key').startsWith('kept').delete();
  const store = new UserStore(db, await unwrapWithPassword(wrapped, 'pw'));
  const started = performance.now();
  await store.prepareKeptCopies();
  const ms = performance.now() - started;
  store.close();
  return ms;
}

async function run(count: number, runs: number): Promise<UnlockResult> {
  const wrapped = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const name = await seeded(count, wrapped);
  const result: UnlockResult = { count, readRowsMs: [], nothingKept: [], kept: [], preparingMs: [], prepared: [], keptChunks: 0, keptLoadMs: [] };
  for (let at = 0; at < runs; at += 1) {
    result.readRowsMs.push(await readRows(name));
    const db = new UserDatabase(name);
    await db.syncState.where('key').startsWith('kept:').delete();
    db.close();
    result.nothingKept.push(await session(name, wrapped, count));
    result.kept.push(await session(name, wrapped, count));
    result.keptLoadMs.push(await keptLoad(name, wrapped));
    result.preparingMs.push(await preparedAfterSync(name, wrapped));
    result.prepared.push(await session(name, wrapped, count));
  }
  const db = new UserDatabase(name);
  result.keptChunks = (await keptChunkKeys(db)).length;
  await db.delete();
  return result;
}

(globalThis as unknown as { vdcUnlockBench: typeof run }).vdcUnlockBench = run;
