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
  type StoreContext,
} from './store-context';
import { STATE_KEYS } from './sync-state';
import type { StoredRow } from './user-database';

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

async function prepare(ctx: StoreContext, change: WireRecord): Promise<PreparedRow> {
  const table = change.table;
  const [current, pending] = await Promise.all([
    ctx.db.records(table).get(change.id),
    ctx.db.outbox.where('[table+id]').equals([table, change.id]).sortBy('seq'),
  ]);
  let data: Record<string, unknown> = { ...change.data };
  let deleted = change.deleted;
  for (const entry of pending) {
    if (entry.op === 'delete') deleted = true;
    else data = applyPatch(data, await decryptOutboxFields(ctx, entry));
  }
  const meta = { id: change.id, siteId: change.siteId, rev: change.rev, deleted, ver: (current?.ver ?? 0) + 1 };
  return { table, row: await buildStoredRow(ctx, table, meta, data), expectedVer: current?.ver ?? -1 };
}

/** Stores one pulled page and its cursor atomically; retries if a local write raced with it. */
export async function applyPulledPage(ctx: StoreContext, changes: readonly WireRecord[], state: PulledPageState): Promise<void> {
  const stores = [...SYNCED_TABLES.map((table) => ctx.db.records(table)), ctx.db.syncState];
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const prepared: PreparedRow[] = [];
    for (const change of changes) prepared.push(await prepare(ctx, change));
    try {
      await ctx.db.transaction('rw', stores, async () => {
        for (const { table, row, expectedVer } of prepared) {
          const again = await ctx.db.records(table).get(row.id);
          if ((again?.ver ?? -1) !== expectedVer) throw new StaleRowError();
          await ctx.db.records(table).put(row);
        }
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
