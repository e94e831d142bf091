// Storing pulled pages. Decrypt and encrypt outside, then write the page and the new cursor in
// one transaction. A record with unsent local changes keeps those fields' local values (they are
// merged over the pulled data) and takes the pulled rev, which becomes the baseRev of later edits.
//
// What a pulled row holds depends only on the pulled record and on the record's pending outbox
// rows, never on the local row: so the page is encrypted ahead (first assuming no pending rows,
// later attempts from the pending rows read then), and the transaction checks that the pending
// rows are still those (a local write in between adds one: the page is prepared again). Every
// row is put whole with a fresh random `ver` (row-ver.ts), which tells other writers that the row
// changed under them: the local rows are never read. Pages handed over while the previous one is
// being stored are prepared at once and stored after it, in order, each only on top of the cursor
// it was pulled from. All of this keeps a pull close to the cost of a raw bulkPut of the same rows
// (`npm run bench -- sync` prints the ratio).
import { SYNCED_TABLES, type SyncedTable } from '../domain/tables';
import { NETWORK_SITE_ID } from '../domain/metiers/catalogue';
import type { WireRecord } from '../domain/wire';
import { bytesToHex } from './crypto';
import { applyPurge, planPurge, recordKey, wipeLinked } from './pull-erasure';
import { forgetEverythingKept, forgetKeptRecords } from './kept-copies';
import { MAX_WRITE_ATTEMPTS, StaleRowError, applyPatch, buildStoredRow, decryptOutboxFields, type StoreContext } from './store-context';
import { freshRowVer } from './row-ver';
import { STATE_KEYS } from './sync-state';
import type { OutboxRow, StoredRow, UserDatabase } from './user-database';

export interface PulledPageState {
  cursor: number;
  serverEpoch: string;
  siteIds: string[];
  /**
   * The cursor the page was pulled from. When given, the page is stored only if that is still the
   * stored cursor (so a page prepared while the previous one was being stored can never be stored
   * without it); otherwise `PageOutOfOrderError`.
   */
  after?: number;
}

/** A page pulled from a cursor that is no longer the stored one: nothing was written. */
export class PageOutOfOrderError extends Error {
  constructor(expected: number, stored: unknown) {
    super(`pulled page follows cursor ${expected}, the stored cursor is ${String(stored)}`);
    this.name = 'PageOutOfOrderError';
  }
}

interface PreparedRow {
  table: SyncedTable;
  /** Encrypted and complete, with a fresh `ver`. */
  row: StoredRow;
}

/** The pending outbox rows of a page's records, and a fingerprint to tell whether they changed. */
interface PendingRows {
  byKey: Map<string, OutboxRow[]>;
  fingerprint: string;
}

/** One count when the outbox is empty (the usual case of a pull); else one indexed query. */
async function readPending(ctx: StoreContext, changes: readonly WireRecord[]): Promise<PendingRows> {
  const byKey = new Map<string, OutboxRow[]>();
  if (changes.length === 0 || (await ctx.db.outbox.count()) === 0) return { byKey, fingerprint: '' };
  const rows = await ctx.db.outbox.where('[table+id]').anyOf(changes.map((change) => [change.table, change.id])).toArray();
  rows.sort((a, b) => a.seq - b.seq);
  for (const row of rows) {
    const key = recordKey(row.table, row.id);
    byKey.set(key, [...(byKey.get(key) ?? []), row]);
  }
  // A coalesced or re-queued row may keep its seq with new content: its fresh iv tells it apart.
  const fingerprint = rows.map((row) => `${row.seq}:${recordKey(row.table, row.id)}:${row.op}:${row.enc ? bytesToHex(row.enc.iv) : ''}`).join(';');
  return { byKey, fingerprint };
}

const NO_PENDING: PendingRows = { byKey: new Map(), fingerprint: '' };

/**
 * Rows encrypted per turn of the main thread. A page's encryption runs while the previous page's
 * transaction does: in one block, the transaction's round trips waited for all of it.
 */
const ROWS_PER_TURN = 50;

/** A task later, behind the events already queued (IndexedDB's answers among them); no timer clamp. */
function letQueuedEventsRun(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `build` of every change, started `ROWS_PER_TURN` at a time, a task apart. */
async function buildInTurns<T>(changes: readonly WireRecord[], build: (change: WireRecord) => Promise<T>): Promise<T[]> {
  const built: Promise<T>[] = [];
  for (let start = 0; start < changes.length; start += ROWS_PER_TURN) {
    if (start > 0) await letQueuedEventsRun();
    for (const change of changes.slice(start, start + ROWS_PER_TURN)) {
      const row = build(change);
      row.catch(() => undefined); // awaited with the others below
      built.push(row);
    }
  }
  return Promise.all(built);
}

/**
 * Prepares a whole page outside the transaction: every row is encrypted in parallel from the
 * pulled data while the page's pending outbox rows are read (that read waits for the previous
 * page's transaction, which includes the outbox; the encryption does not); the few records with
 * pending rows are then encrypted again with their pending fields merged over the pulled data.
 */
async function preparePage(
  ctx: StoreContext,
  changes: readonly WireRecord[],
  purged: ReadonlySet<string>,
  readsPending: boolean,
): Promise<{ prepared: PreparedRow[]; pending: PendingRows }> {
  const build = async (change: WireRecord, pendingRows: readonly OutboxRow[]): Promise<PreparedRow> => {
    const table = change.table;
    const key = recordKey(table, change.id);
    let data: Record<string, unknown> = purged.has(key) ? wipeLinked(table, { ...change.data }) : change.data;
    let deleted = change.deleted;
    // The outbox rows of a purged record are deleted with the page: they no longer count.
    for (const entry of purged.has(key) ? [] : pendingRows) {
      if (entry.op === 'delete') deleted = true;
      else data = applyPatch(data, await decryptOutboxFields(ctx, entry));
    }
    const meta = { id: change.id, siteId: change.siteId, rev: change.rev, deleted, ver: freshRowVer() };
    return { table, row: await buildStoredRow(ctx, table, meta, data) };
  };
  const [pending, prepared] = await Promise.all([
    readsPending ? readPending(ctx, changes) : NO_PENDING,
    buildInTurns(changes, (change) => build(change, [])),
  ]);
  if (pending.byKey.size > 0) {
    await Promise.all(
      changes.map(async (change, index) => {
        const pendingRows = pending.byKey.get(recordKey(change.table, change.id));
        if (pendingRows) prepared[index] = await build(change, pendingRows);
      }),
    );
  }
  return { prepared, pending };
}

/** The rows per table; a record twice in a page (never sent by the server) keeps its last copy. */
function groupByTable(prepared: readonly PreparedRow[]): Map<SyncedTable, StoredRow[]> {
  const grouped = new Map<SyncedTable, Map<string, StoredRow>>();
  for (const { table, row } of prepared) {
    const rows = grouped.get(table) ?? new Map<string, StoredRow>();
    rows.set(row.id, row);
    grouped.set(table, rows);
  }
  return new Map([...grouped].map(([table, rows]) => [table, [...rows.values()]]));
}

/** Inside the transaction: each table's rows, put whole (a row that exists is replaced). */
async function writePrepared(ctx: StoreContext, prepared: readonly PreparedRow[]): Promise<void> {
  await Promise.all([...groupByTable(prepared)].map(([table, rows]) => ctx.db.records(table).bulkPut(rows)));
}

/** The candidates a page deletes or moves away (tombstones): their kept copies go with the page. */
function removedCandidates(changes: readonly WireRecord[]): string[] {
  return changes.filter((change) => change.table === 'candidates' && change.deleted).map((change) => change.id);
}

/** Per open database, the last page being stored: a page's transaction opens after it settles. */
const lastPages = new WeakMap<UserDatabase, Promise<unknown>>();

/**
 * Stores one pulled page and its cursor atomically; retries if a local write raced with it.
 * Pages may be handed over before the previous one is stored: each is prepared at once and
 * stored after the previous one has settled, in the order they were handed over.
 */
export function applyPulledPage(ctx: StoreContext, changes: readonly WireRecord[], state: PulledPageState): Promise<void> {
  const stored = storePage(ctx, changes, state, lastPages.get(ctx.db));
  lastPages.set(ctx.db, stored.catch(() => undefined));
  return stored;
}

async function storePage(ctx: StoreContext, changes: readonly WireRecord[], state: PulledPageState, previous: Promise<unknown> | undefined): Promise<void> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const purge = await planPurge(ctx, changes);
    // The stores the page writes (the fewer, the cheaper a transaction is in Chromium).
    const purges = purge.persons.length > 0 || purge.keys.size > 0;
    const tables = new Set([...changes.map((change) => change.table), ...(purges ? SYNCED_TABLES : [])]);
    const stores = [
      ...[...tables].map((table) => ctx.db.records(table)),
      ctx.db.syncState,
      ctx.db.outbox,
      ...(purges ? [ctx.db.rejected, ctx.db.conflicts, ctx.db.drafts, ctx.db.recordings] : []),
    ];
    // First assume nothing is pending (a pull follows a push: the outbox is usually empty), which
    // the transaction checks; only if something is does the next attempt read the pending rows.
    const { prepared, pending } = await preparePage(ctx, changes, purge.keys, attempt > 0);
    await previous;
    const removed = removedCandidates(changes);
    // Nothing to purge or forget first: the writes may go out with the checks (below).
    const writesWithChecks = !purges && removed.length === 0;
    try {
      await ctx.db.transaction('rw', stores, async () => {
        const writeAll = () =>
          Promise.all([
            writePrepared(ctx, prepared),
            ctx.db.syncState.bulkPut([
              { key: STATE_KEYS.cursor, value: state.cursor },
              { key: STATE_KEYS.serverEpoch, value: state.serverEpoch },
              { key: STATE_KEYS.siteIds, value: state.siteIds },
              // Pulled by this version: the cursor covers every table it knows.
              { key: STATE_KEYS.pulledTables, value: [...SYNCED_TABLES] },
            ]),
          ]);
        // The checks go out together (one round trip), and the writes with them instead of one
        // round trip later: a check that fails throws, which aborts the transaction, and nothing
        // of the page or its cursor is written.
        const checks = Promise.all([
          readPending(ctx, changes),
          state.after === undefined ? undefined : ctx.db.syncState.get(STATE_KEYS.cursor).then((row) => row?.value),
        ]);
        const writing = writesWithChecks ? writeAll() : undefined;
        writing?.catch(() => undefined); // awaited below once the checks passed
        const [pendingNow, storedCursor] = await checks;
        if (state.after !== undefined && storedCursor !== state.after && !(state.after === 0 && storedCursor === undefined)) {
          throw new PageOutOfOrderError(state.after, storedCursor);
        }
        if (pendingNow.fingerprint !== pending.fingerprint) throw new StaleRowError();
        if (writing) {
          await writing;
          return;
        }
        await applyPurge(ctx, purge);
        // A file deleted or moved away (a transfer's tombstone) leaves the kept copies with the page,
        // as an erasure does: the next unlock must not list it even if the app closes before the
        // background save (docs/unlock-keep.md).
        await forgetKeptRecords(ctx, 'candidates', removed);
        await writeAll();
      });
      return;
    } catch (error) {
      if (!(error instanceof StaleRowError)) throw error;
    }
  }
  throw new Error('pulled page kept conflicting with local writes');
}

/**
 * The adviser's sites changed: drop the records of sites they no longer belong to and pull
 * again from 0 (docs/sync-protocol.md, "siteIds change"). Unsent outbox rows are kept: the
 * server decides about them.
 */
export async function resetForSites(ctx: StoreContext, siteIds: readonly string[]): Promise<void> {
  const stores = [...SYNCED_TABLES.map((table) => ctx.db.records(table)), ctx.db.syncState];
  await ctx.db.transaction('rw', stores, async () => {
    for (const table of SYNCED_TABLES) {
      // The catalogue's records live at the network pseudo-site, held whatever the sites.
      await ctx.db.records(table).where('siteId').noneOf([...siteIds, NETWORK_SITE_ID]).delete();
    }
    // The kept payloads and the kept report may hold people of the sites dropped: they go with them.
    await forgetEverythingKept(ctx);
    await ctx.db.syncState.bulkPut([
      { key: STATE_KEYS.cursor, value: 0 },
      { key: STATE_KEYS.siteIds, value: [...siteIds] },
    ]);
  });
}

/** The server was restored or reset (new epoch): pull everything again under the new epoch. */
export async function resetForEpoch(ctx: StoreContext, serverEpoch: string): Promise<void> {
  await ctx.db.syncState.bulkPut([
    { key: STATE_KEYS.cursor, value: 0 },
    { key: STATE_KEYS.serverEpoch, value: serverEpoch },
  ]);
}
