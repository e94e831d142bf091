// The sites of one organisation (design/domain.md: each Mission Locale, CPAS and OISP is its own
// organisation, the controller of the files its sites keep). A site record's `data.organisationId`
// names its organisation; a site without one is an organisation of its own.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { readRecord } from '../db/records';

/** The ids of every site of `siteId`'s organisation (`[siteId]` for a site without one). */
export async function organisationSiteIds(db: Kysely<Database>, siteId: string): Promise<string[]> {
  const site = await readRecord(db, 'sites', siteId);
  const organisationId = site?.data.organisationId;
  if (typeof organisationId !== 'string' || organisationId === '') return [siteId];
  const rows = await db.selectFrom('records').select(['id', 'data']).where('table_name', '=', 'sites').execute();
  const ids = rows.filter((row) => (JSON.parse(row.data) as { organisationId?: unknown }).organisationId === organisationId).map((row) => row.id);
  return ids.includes(siteId) ? ids : [...ids, siteId];
}
