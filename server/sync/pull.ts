// GET /api/sync/pull: changes after the cursor for the user's sites, read with their cursor from
// one snapshot (REPEATABLE READ in PostgreSQL; SQLite's single connection serializes anyway), and
// tombstones of the records transferred away from those sites (record_moves).
import type { Kysely } from 'kysely';
import type { SyncedTable } from '../../src/domain/tables';
import type { PullResponse, SessionUser, WireRecord } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { readServerEpoch } from '../db/meta';
import { currentRev } from '../db/revisions';
import { seesAllSites } from '../auth/users';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';

export async function handlePull(
  database: ServerDatabase,
  user: SessionUser,
  page: { cursor: number; limit: number },
): Promise<PullResponse> {
  let transaction = database.db.transaction();
  if (database.dialect === 'postgres') transaction = transaction.setIsolationLevel('repeatable read');
  return transaction.execute(async (trx) => {
    const highestRev = await currentRev(trx);
    const siteIds = await visibleSiteIds(trx, user);
    // Not field_meta: a device never sees it (and parsing it cost as much as the data itself).
    let query = trx.selectFrom('records').select(['table_name', 'id', 'site_id', 'rev', 'deleted', 'data']).where('rev', '>', page.cursor);
    // Every account holds the network's data (the métier catalogue) besides its sites' records.
    if (!seesAllSites(user.role)) query = query.where('site_id', 'in', [...user.siteIds, NETWORK_SITE_ID]);
    const rows = await query.orderBy('rev').limit(page.limit + 1).execute();
    const found = rows.map(
      (row): WireRecord => ({
        table: row.table_name as SyncedTable,
        id: row.id,
        siteId: row.site_id,
        rev: Number(row.rev),
        deleted: Number(row.deleted) === 1,
        data: JSON.parse(row.data) as Record<string, unknown>,
      }),
    );
    if (!seesAllSites(user.role) && user.siteIds.length > 0) found.push(...(await movedAway(trx, user.siteIds, page)));
    const merged = inRevOrder(found).slice(0, page.limit + 1);
    const hasMore = merged.length > page.limit;
    const changes = merged.slice(0, page.limit);
    const cursor = hasMore ? (changes.at(-1)?.rev ?? page.cursor) : highestRev;
    return { changes, cursor, hasMore, serverEpoch: await readServerEpoch(trx), siteIds };
  });
}

/** The sites a device should hold: the account's, or every live site for an administrator. */
async function visibleSiteIds(trx: Kysely<Database>, user: SessionUser): Promise<string[]> {
  if (!seesAllSites(user.role)) return user.siteIds;
  const rows = await trx.selectFrom('records').select('id').where('table_name', '=', 'sites').where('deleted', '=', 0).orderBy('id').execute();
  return rows.map((row) => row.id);
}

/**
 * Records that left the user's sites through a transfer (server/candidates/transfer.ts) to a site
 * the user does not hold: a tombstone at the rev of the move, so the old site's devices drop them.
 * The record itself, at that rev, is on a site this user does not pull: no rev is given twice.
 */
async function movedAway(trx: Kysely<Database>, siteIds: readonly string[], page: { cursor: number; limit: number }): Promise<WireRecord[]> {
  const moves = await trx
    .selectFrom('record_moves')
    .selectAll()
    .where('rev', '>', page.cursor)
    .where('from_site', 'in', [...siteIds])
    .where('to_site', 'not in', [...siteIds])
    .orderBy('rev')
    .limit(page.limit + 1)
    .execute();
  return moves.map((move) => ({ table: move.table_name as SyncedTable, id: move.id, siteId: move.from_site, rev: Number(move.rev), deleted: true, data: {} }));
}

/** Changes in rev order, each record once (its latest change in the page). */
function inRevOrder(changes: WireRecord[]): WireRecord[] {
  changes.sort((a, b) => a.rev - b.rev);
  const latest = new Map<string, number>();
  for (const change of changes) latest.set(`${change.table}/${change.id}`, change.rev);
  return changes.filter((change) => latest.get(`${change.table}/${change.id}`) === change.rev);
}
