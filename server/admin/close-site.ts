// A site that leaves the programme (docs/report-counting.md: as Molenbeek did in 2024) is closed, never
// deleted: `sites.data.closedOn` records the day, the site and its records stay, and every report
// covering its years keeps its figures (docs/report-counting.md, "Evolution over years and past
// years"). A closed site is reopened by clearing the day. Written as a server change with a new
// rev, so tablets pull it like any site change.
import type { Kysely } from 'kysely';
import { isCalendarDate } from '../../src/domain/dates';
import type { Database } from '../db/schema';
import { readRecord, saveRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { ADMIN_CLIENT_ID, AdminError } from './accounts';

/** Sets (a day `YYYY-MM-DD`) or clears (null) the day a site left the programme. */
export async function setSiteClosedOn(db: Kysely<Database>, siteId: string, closedOn: string | null): Promise<void> {
  if (closedOn !== null && !isCalendarDate(closedOn)) throw new AdminError(`"${closedOn}" is not a day: write it as YYYY-MM-DD (e.g. 2024-06-30).`);
  await db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const site = await readRecord(trx, 'sites', siteId);
    if (!site || site.deleted) throw new AdminError(`Unknown site "${siteId}".`);
    const rev = await allocateRevs(trx);
    const { closedOn: _previous, ...open } = site.data as Record<string, unknown>;
    const data = closedOn === null ? open : { ...open, closedOn };
    await saveRecord(trx, { ...site, rev, data, fieldMeta: { ...site.fieldMeta, closedOn: { rev, clientId: ADMIN_CLIENT_ID } } });
  });
}

/** Site id → the day it left the programme, for every live site that did. */
export async function closedSiteDays(db: Kysely<Database>): Promise<Record<string, string>> {
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').where('deleted', '=', 0).execute();
  const closed: Record<string, string> = {};
  for (const row of rows) {
    const closedOn = (JSON.parse(row.data) as { closedOn?: unknown }).closedOn;
    if (typeof closedOn === 'string' && isCalendarDate(closedOn)) closed[row.id] = closedOn;
  }
  return closed;
}
