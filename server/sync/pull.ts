// GET /api/sync/pull: changes after the cursor for the user's sites, read with their cursor from
// one snapshot (REPEATABLE READ in PostgreSQL; SQLite's single connection serializes anyway), and
// tombstones of the records transferred away from those sites (record_moves).
// The records' `data` is stored as JSON text (server/db/records.ts) and goes out as that text,
// spliced into the answer: parsing it only to serialize it again was most of a page's server
// time (docs/performance.md, "Pull").
import type { Kysely } from 'kysely';
import type { SyncedTable } from '../../src/domain/tables';
import type { PullResponse, SessionUser, WireRecord } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { seesAllSites } from '../auth/users';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';

/** A change as read: a wire record whose `data` is still the stored JSON text. */
interface RawChange extends Omit<WireRecord, 'data'> {
  dataJson: string;
}

interface RawPage extends Omit<PullResponse, 'changes'> {
  changes: RawChange[];
}

/** The page as the JSON text of a PullResponse, `data` spliced in as stored. */
export async function handlePullJson(database: ServerDatabase, user: SessionUser, page: { cursor: number; limit: number }): Promise<string> {
  const raw = await readPullPage(database, user, page);
  const changes = raw.changes.map(
    (change) =>
      `{"table":${JSON.stringify(change.table)},"id":${JSON.stringify(change.id)},"siteId":${JSON.stringify(change.siteId)},` +
      `"rev":${change.rev},"deleted":${change.deleted},"data":${change.dataJson}}`,
  );
  const rest = JSON.stringify({ cursor: raw.cursor, hasMore: raw.hasMore, serverEpoch: raw.serverEpoch, siteIds: raw.siteIds });
  return `{"changes":[${changes.join(',')}],${rest.slice(1)}`;
}

async function readPullPage(database: ServerDatabase, user: SessionUser, page: { cursor: number; limit: number }): Promise<RawPage> {
  let transaction = database.db.transaction();
  if (database.dialect === 'postgres') transaction = transaction.setIsolationLevel('repeatable read');
  return transaction.execute(async (trx) => {
    const { highestRev, serverEpoch } = await readHead(trx);
    const siteIds = await visibleSiteIds(trx, user);
    // Not field_meta: a device never sees it (and parsing it cost as much as the data itself).
    let query = trx.selectFrom('records').select(['table_name', 'id', 'site_id', 'rev', 'deleted', 'data']).where('rev', '>', page.cursor);
    // Every account holds the network's data (the métier catalogue) besides its sites' records.
    if (!seesAllSites(user.role)) query = query.where('site_id', 'in', [...user.siteIds, NETWORK_SITE_ID]);
    const rows = await query.orderBy('rev').limit(page.limit + 1).execute();
    const found = rows.map(
      (row): RawChange => ({
        table: row.table_name as SyncedTable,
        id: row.id,
        siteId: row.site_id,
        rev: Number(row.rev),
        deleted: Number(row.deleted) === 1,
        dataJson: row.data,
      }),
    );
    if (!seesAllSites(user.role) && user.siteIds.length > 0) found.push(...(await movedAway(trx, user.siteIds, page)));
    const merged = inRevOrder(found).slice(0, page.limit + 1);
    const hasMore = merged.length > page.limit;
    const changes = merged.slice(0, page.limit);
    const cursor = hasMore ? (changes.at(-1)?.rev ?? page.cursor) : highestRev;
    return { changes, cursor, hasMore, serverEpoch, siteIds };
  });
}

/**
 * The highest rev and the server's epoch in one query: one round trip less per page on PostgreSQL.
 * Read in the page's snapshot like the records (REPEATABLE READ takes it at the first query).
 */
async function readHead(trx: Kysely<Database>): Promise<{ highestRev: number; serverEpoch: string }> {
  const row = await trx
    .selectNoFrom((eb) => [
      eb.selectFrom('counters').select('value').where('name', '=', 'rev').as('rev'),
      eb.selectFrom('meta').select('value').where('key', '=', 'server_epoch').as('epoch'),
    ])
    .executeTakeFirstOrThrow();
  if (row.rev === null || row.epoch === null) throw new Error('the rev counter or the server epoch is missing');
  return { highestRev: Number(row.rev), serverEpoch: row.epoch };
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
async function movedAway(trx: Kysely<Database>, siteIds: readonly string[], page: { cursor: number; limit: number }): Promise<RawChange[]> {
  const moves = await trx
    .selectFrom('record_moves')
    .selectAll()
    .where('rev', '>', page.cursor)
    .where('from_site', 'in', [...siteIds])
    .where('to_site', 'not in', [...siteIds])
    .orderBy('rev')
    .limit(page.limit + 1)
    .execute();
  return moves.map((move) => ({ table: move.table_name as SyncedTable, id: move.id, siteId: move.from_site, rev: Number(move.rev), deleted: true, dataJson: '{}' }));
}

/** Changes in rev order, each record once (its latest change in the page). */
function inRevOrder(changes: RawChange[]): RawChange[] {
  changes.sort((a, b) => a.rev - b.rev);
  const latest = new Map<string, number>();
  for (const change of changes) latest.set(`${change.table}/${change.id}`, change.rev);
  return changes.filter((change) => latest.get(`${change.table}/${change.id}`) === change.rev);
}
