// Storing pulled pages. Decrypt and encrypt outside, then write the page and the new cursor in
// one transaction. A record with unsent local changes keeps those fields' local values (they are
// merged over the pulled data) and takes the pulled rev, which becomes the baseRev of later edits.
import { SYNCED_TABLES, type SyncedTable } from '../domain/tables';
import type { WireRecord } from '../domain/wire';
import {
  MAX_WRITE_ATTEMPTS,
  StaleRowError,
  applyPatch,
  buildStoredRow,
  decryptOutboxFields,
  decryptRowData,
  type StoreContext,
} from './store-context';
import { STATE_KEYS } from './sync-state';
import type { OutboxRow, StoredRow } from './user-database';

export interface PulledPageState {
  cursor: number;
  serverEpoch: string;
  siteIds: string[];
}

interface PreparedRow {
  table: SyncedTable;
  row: StoredRow;
  expectedVer: number;
}

/**
 * Prepares a whole page outside the transaction: one bulkGet per table for the current rows, one
 * outbox query for the page's pending rows, and the encryption of every row in parallel (a pull of
 * 10,000 records spent its time in per-record requests and transactions before).
 */
async function preparePage(ctx: StoreContext, changes: readonly WireRecord[], purged: ReadonlySet<string>): Promise<PreparedRow[]> {
  const current = new Map<string, StoredRow | undefined>();
  for (const [table, ids] of idsByTable(changes)) {
    const rows = await ctx.db.records(table).bulkGet(ids);
    ids.forEach((id, index) => current.set(recordKey(table, id), rows[index]));
  }
  const pendingKeys = changes.filter((change) => !purged.has(recordKey(change.table, change.id))).map((change) => [change.table, change.id]);
  const pending = new Map<string, OutboxRow[]>();
  if (pendingKeys.length > 0 && (await ctx.db.outbox.count()) > 0) {
    for (const entry of await ctx.db.outbox.where('[table+id]').anyOf(pendingKeys).sortBy('seq')) {
      const key = recordKey(entry.table, entry.id);
      pending.set(key, [...(pending.get(key) ?? []), entry]);
    }
  }
  return Promise.all(
    changes.map(async (change) => {
      const table = change.table;
      const key = recordKey(table, change.id);
      let data: Record<string, unknown> = purged.has(key) ? wipeLinked(table, { ...change.data }) : { ...change.data };
      let deleted = change.deleted;
      for (const entry of pending.get(key) ?? []) {
        if (entry.op === 'delete') deleted = true;
        else data = applyPatch(data, await decryptOutboxFields(ctx, entry));
      }
      const existing = current.get(key);
      const meta = { id: change.id, siteId: change.siteId, rev: change.rev, deleted, ver: (existing?.ver ?? 0) + 1 };
      return { table, row: await buildStoredRow(ctx, table, meta, data), expectedVer: existing?.ver ?? -1 };
    }),
  );
}

function idsByTable(changes: readonly { table: SyncedTable; id: string }[]): Map<SyncedTable, string[]> {
  const grouped = new Map<SyncedTable, string[]>();
  for (const change of changes) grouped.set(change.table, [...(grouped.get(change.table) ?? []), change.id]);
  return grouped;
}

/** Inside the transaction: every prepared row must still be at the version it was prepared from. */
async function writePrepared(ctx: StoreContext, prepared: readonly PreparedRow[]): Promise<void> {
  for (const [table, ids] of idsByTable(prepared.map(({ table, row }) => ({ table, id: row.id })))) {
    const rows = prepared.filter((entry) => entry.table === table);
    const now = await ctx.db.records(table).bulkGet(ids);
    if (rows.some((entry, index) => (now[index]?.ver ?? -1) !== entry.expectedVer)) throw new StaleRowError();
    await ctx.db.records(table).bulkPut(rows.map((entry) => entry.row));
  }
}

// ---- Erasure (design/sync.md): a pulled candidate with `erased: true` purges the device. ------

/** Records of a person that carry personal fields, and what erasure leaves of those fields. */
const ERASED_LINKED_FIELDS: Partial<Record<SyncedTable, Record<string, null | string>>> = {
  followUpNotes: { text: '' },
  positionings: { answers: null, adviserRatings: null },
};
const ERASED_LINKED_TABLES = Object.keys(ERASED_LINKED_FIELDS) as SyncedTable[];

function recordKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

function wipeLinked(table: SyncedTable, data: Record<string, unknown>): Record<string, unknown> {
  const wipes = ERASED_LINKED_FIELDS[table];
  if (!wipes) return data;
  const wiped = { ...data };
  for (const [field, replacement] of Object.entries(wipes)) {
    if (wiped[field] === undefined) continue;
    if (replacement === null) delete wiped[field];
    else wiped[field] = replacement;
  }
  return wiped;
}

interface Purge {
  /** `table/id` of every record whose outbox rows and attention copies go. */
  keys: Set<string>;
  /** Local linked rows not in the page: rewritten without their personal fields (or dropped if never pulled). */
  rewrites: PreparedRow[];
  drops: { table: SyncedTable; id: string; expectedVer: number }[];
}

async function planPurge(ctx: StoreContext, changes: readonly WireRecord[]): Promise<Purge> {
  const purge: Purge = { keys: new Set(), rewrites: [], drops: [] };
  const erased = changes.filter((change) => change.table === 'candidates' && change.data.erased === true).map((change) => change.id);
  if (erased.length === 0) return purge;
  for (const id of erased) purge.keys.add(recordKey('candidates', id));
  const inPage = new Set(changes.map((change) => recordKey(change.table, change.id)));
  for (const change of changes) {
    if (ERASED_LINKED_TABLES.includes(change.table) && erased.includes(change.data.candidateId as string)) purge.keys.add(recordKey(change.table, change.id));
  }
  for (const table of ERASED_LINKED_TABLES) {
    for (const row of await ctx.db.records(table).where('candidateId').anyOf(erased).toArray()) {
      const key = recordKey(table, row.id);
      purge.keys.add(key);
      if (inPage.has(key)) continue;
      if (row.rev === 0) {
        purge.drops.push({ table, id: row.id, expectedVer: row.ver });
        continue;
      }
      const data = wipeLinked(table, await decryptRowData(ctx, table, row));
      const meta = { id: row.id, siteId: row.siteId, rev: row.rev, deleted: row.deleted, ver: row.ver + 1 };
      purge.rewrites.push({ table, row: await buildStoredRow(ctx, table, meta, data), expectedVer: row.ver });
    }
  }
  return purge;
}

async function applyPurge(ctx: StoreContext, purge: Purge): Promise<void> {
  if (purge.keys.size === 0) return;
  const keys = [...purge.keys].map((key) => key.split('/') as [SyncedTable, string]);
  await ctx.db.outbox.where('[table+id]').anyOf(keys).delete();
  await ctx.db.rejected.where('[table+id]').anyOf(keys).delete();
  await ctx.db.conflicts.where('[table+id]').anyOf(keys).delete();
  for (const { table, row, expectedVer } of purge.rewrites) {
    if (((await ctx.db.records(table).get(row.id))?.ver ?? -1) !== expectedVer) throw new StaleRowError();
    await ctx.db.records(table).put(row);
  }
  for (const { table, id, expectedVer } of purge.drops) {
    if (((await ctx.db.records(table).get(id))?.ver ?? -1) !== expectedVer) throw new StaleRowError();
    await ctx.db.records(table).delete(id);
  }
}

/** Stores one pulled page and its cursor atomically; retries if a local write raced with it. */
export async function applyPulledPage(ctx: StoreContext, changes: readonly WireRecord[], state: PulledPageState): Promise<void> {
  const stores = [...SYNCED_TABLES.map((table) => ctx.db.records(table)), ctx.db.syncState, ctx.db.outbox, ctx.db.rejected, ctx.db.conflicts];
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const purge = await planPurge(ctx, changes);
    const prepared = await preparePage(ctx, changes, purge.keys);
    try {
      await ctx.db.transaction('rw', stores, async () => {
        await applyPurge(ctx, purge);
        await writePrepared(ctx, prepared);
        await ctx.db.syncState.bulkPut([
          { key: STATE_KEYS.cursor, value: state.cursor },
          { key: STATE_KEYS.serverEpoch, value: state.serverEpoch },
          { key: STATE_KEYS.siteIds, value: state.siteIds },
        ]);
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
 * again from 0 (sync.md). Unsent outbox rows are kept: the server decides about them.
 */
export async function resetForSites(ctx: StoreContext, siteIds: readonly string[]): Promise<void> {
  const stores = [...SYNCED_TABLES.map((table) => ctx.db.records(table)), ctx.db.syncState];
  await ctx.db.transaction('rw', stores, async () => {
    for (const table of SYNCED_TABLES) {
      await ctx.db.records(table).where('siteId').noneOf([...siteIds]).delete();
    }
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
