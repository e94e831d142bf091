// Adds to the existing `metiers` records the UCs the seed gained after 0014_metier_catalogue ran
// (issue 22: ten métiers and coiffeur autonome). Only adds: a UC the record has, as an
// administrator corrected or retired it, stays as it is; a record that lacks nothing is not
// touched, so running again changes nothing. Each changed record gets a new rev (and `ucs` a new
// field rev) so every tablet pulls it. docs/metier-catalogue.md, "UCs added after the catalogue".
// Never edit once shipped: add a new migration instead.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { withSeededUcs } from '../../../src/domain/metiers/seeded-ucs';
import type { CatalogueUc } from '../../../src/domain/metiers/schema';

/** The tables this migration reads and writes, as they are at this point of the history. */
interface AtThisMigration {
  counters: { name: string; value: number };
  records: { table_name: string; id: string; rev: number; deleted: number; data: string; field_meta: string };
}

/** The clientId of server-made changes in field_meta (server/admin/accounts.ts: ADMIN_CLIENT_ID). */
const SERVER_CLIENT_ID = 'admin';

export const metierCatalogueUcsMigration: Migration = {
  async up(untyped: Kysely<unknown>) {
    const db = untyped as Kysely<AtThisMigration>;
    const rows = await db.selectFrom('records').select(['id', 'data', 'field_meta']).where('table_name', '=', 'metiers').where('deleted', '=', 0).orderBy('id').execute();
    for (const row of rows) {
      const data = JSON.parse(row.data) as { ucs?: CatalogueUc[] };
      const ucs = withSeededUcs(row.id, data.ucs ?? []);
      if (!ucs) continue;
      const { value } = await db.updateTable('counters').set({ value: sql<number>`value + 1` }).where('name', '=', 'rev').returning('value').executeTakeFirstOrThrow();
      const rev = Number(value);
      const fieldMeta = { ...(JSON.parse(row.field_meta) as Record<string, unknown>), ucs: { rev, clientId: SERVER_CLIENT_ID } };
      await db
        .updateTable('records')
        .set({ rev, data: JSON.stringify({ ...data, ucs }), field_meta: JSON.stringify(fieldMeta) })
        .where('table_name', '=', 'metiers')
        .where('id', '=', row.id)
        .execute();
    }
  },
  // Nothing to undo safely: the added UCs may already be named by attempts and tablets.
  async down() {},
};
