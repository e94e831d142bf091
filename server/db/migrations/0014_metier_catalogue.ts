// The network's métier catalogue (docs/metier-catalogue.md): one synced `metiers` record per
// métier at the network pseudo-site, seeded from the 2024 report's list and what is known of the
// others, with every UC of the sites' own lists (`ucs` records) merged in; and one `siteMetiers`
// record per site, its first choice of métiers. Written with new revs so every tablet pulls them.
// Never edit once shipped: add a new migration instead.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { NETWORK_SITE_ID } from '../../../src/domain/metiers/catalogue';
import { initialCatalogue, initialSiteMetiers, type OldUcRecord } from '../../../src/domain/metiers/initial-catalogue';
import { brusselsDate } from '../../../src/domain/dates';

/** The tables this migration reads and writes, as they are at this point of the history. */
interface AtThisMigration {
  counters: { name: string; value: number };
  records: { table_name: string; id: string; site_id: string; rev: number; deleted: number; data: string; field_meta: string };
}

/** The clientId of server-made changes in field_meta (server/admin/accounts.ts: ADMIN_CLIENT_ID). */
const SERVER_CLIENT_ID = 'admin';

async function nextRev(db: Kysely<AtThisMigration>): Promise<number> {
  const { value } = await db.updateTable('counters').set({ value: sql<number>`value + 1` }).where('name', '=', 'rev').returning('value').executeTakeFirstOrThrow();
  return Number(value);
}

async function insertRecord(db: Kysely<AtThisMigration>, table: string, id: string, siteId: string, data: Record<string, unknown>): Promise<void> {
  const exists = await db.selectFrom('records').select('id').where('table_name', '=', table).where('id', '=', id).executeTakeFirst();
  if (exists) return;
  const rev = await nextRev(db);
  const fieldMeta = Object.fromEntries(Object.keys(data).map((field) => [field, { rev, clientId: SERVER_CLIENT_ID }]));
  await db
    .insertInto('records')
    .values({ table_name: table, id, site_id: siteId, rev, deleted: 0, data: JSON.stringify(data), field_meta: JSON.stringify(fieldMeta) })
    .execute();
}

export const metierCatalogueMigration: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<AtThisMigration>;
    const ucRows = await db.selectFrom('records').select(['id', 'site_id', 'deleted', 'data']).where('table_name', '=', 'ucs').execute();
    const ucRecords: OldUcRecord[] = ucRows.map((row) => ({ id: row.id, siteId: row.site_id, deleted: Number(row.deleted) === 1, data: JSON.parse(row.data) as OldUcRecord['data'] }));
    // A UC every site had deactivated is retired: valid until the day before the catalogue.
    const yesterday = brusselsDate(new Date(Date.now() - 24 * 3600 * 1000));
    const catalogue = initialCatalogue(ucRecords, yesterday);
    for (const metier of catalogue) await insertRecord(db, 'metiers', metier.code as string, NETWORK_SITE_ID, metier);

    const used = new Map<string, Set<string>>();
    const note = (siteId: string, metier: unknown) => {
      if (typeof metier === 'string') used.set(siteId, (used.get(siteId) ?? new Set()).add(metier));
    };
    for (const record of ucRecords) if (!record.deleted) note(record.siteId, record.data.metier);
    const accompaniments = await db.selectFrom('records').select(['site_id', 'data']).where('table_name', '=', 'accompaniments').where('deleted', '=', 0).execute();
    for (const row of accompaniments) note(row.site_id, (JSON.parse(row.data) as { metier?: unknown }).metier);
    const sites = await db.selectFrom('records').select('id').where('table_name', '=', 'sites').where('deleted', '=', 0).orderBy('id').execute();
    for (const site of sites) {
      await insertRecord(db, 'siteMetiers', site.id, site.id, { metiers: initialSiteMetiers(site.id, catalogue, used.get(site.id) ?? new Set()) });
    }
  },
  async down(db: Kysely<unknown>) {
    await (db as Kysely<AtThisMigration>).deleteFrom('records').where('table_name', 'in', ['metiers', 'siteMetiers']).execute();
  },
};
