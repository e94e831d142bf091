// GET /api/sync/pull: changes after the cursor for the user's sites, read with their cursor from
// one snapshot (REPEATABLE READ in PostgreSQL; SQLite's single connection serializes anyway).
import type { Kysely } from 'kysely';
import type { SyncedTable } from '../../src/domain/tables';
import type { PullResponse, SessionUser, WireRecord } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { readServerEpoch } from '../db/meta';
import { currentRev } from '../db/revisions';
import { seesAllSites } from '../auth/users';

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
    if (!seesAllSites(user.role)) {
      if (user.siteIds.length === 0) return { changes: [], cursor: highestRev, hasMore: false, serverEpoch: await readServerEpoch(trx), siteIds };
      query = query.where('site_id', 'in', user.siteIds);
    }
    const rows = await query.orderBy('rev').limit(page.limit + 1).execute();
    const hasMore = rows.length > page.limit;
    const changes = rows.slice(0, page.limit).map(
      (row): WireRecord => ({
        table: row.table_name as SyncedTable,
        id: row.id,
        siteId: row.site_id,
        rev: Number(row.rev),
        deleted: Number(row.deleted) === 1,
        data: JSON.parse(row.data) as Record<string, unknown>,
      }),
    );
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
