// Organisations (docs/roles-and-organisations.md): each Mission Locale, CPAS and OISP is its own organisation with
// one or more sites. Organisations are a server table (id, name), not synced: tablets only need
// which organisation a site belongs to, carried by the site record as `data.organisationId`.
// Every site present when this runs becomes an organisation of its own (same id and name as the
// site), written with a new rev so the tablets pull the changed site records.
// Never edit once shipped: add a new migration instead.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

/** The tables this migration reads and writes, as they are at this point of the history. */
interface AtThisMigration {
  organisations: { id: string; name: string; created_at: string };
  counters: { name: string; value: number };
  records: { table_name: string; id: string; rev: number; data: string; field_meta: string };
}

/** The clientId of server-made changes in field_meta (server/admin/accounts.ts: ADMIN_CLIENT_ID). */
const SERVER_CLIENT_ID = 'admin';

export const organisationsMigration: Migration = {
  async up(untyped: Kysely<unknown>) {
    await untyped.schema
      .createTable('organisations')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('name', 'varchar(200)', (col) => col.notNull())
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .execute();
    const db = untyped as Kysely<AtThisMigration>;
    const sites = await db.selectFrom('records').select(['id', 'data', 'field_meta']).where('table_name', '=', 'sites').orderBy('id').execute();
    const now = new Date().toISOString();
    for (const site of sites) {
      const data = JSON.parse(site.data) as Record<string, unknown>;
      if (typeof data.organisationId === 'string') continue;
      await db.insertInto('organisations').values({ id: site.id, name: typeof data.name === 'string' && data.name ? data.name : site.id, created_at: now }).execute();
      const { value: rev } = await db
        .updateTable('counters')
        .set({ value: sql<number>`value + 1` })
        .where('name', '=', 'rev')
        .returning('value')
        .executeTakeFirstOrThrow();
      const fieldMeta = { ...(JSON.parse(site.field_meta) as Record<string, unknown>), organisationId: { rev: Number(rev), clientId: SERVER_CLIENT_ID } };
      await db
        .updateTable('records')
        .set({ rev: Number(rev), data: JSON.stringify({ ...data, organisationId: site.id }), field_meta: JSON.stringify(fieldMeta) })
        .where('table_name', '=', 'sites')
        .where('id', '=', site.id)
        .execute();
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('organisations').execute();
  },
};
