// The audit journal written by the server only (docs/audit-and-consent.md):
// - `audit_sites`: every site an entry concerns (an account change concerns each site of the
//   account, a transfer both sites), so each of their coordinators sees it; backfilled from the
//   single `audit_log.site_id` of older entries, and for account changes from the account's sites;
// - `audit_log.client_ref`: the id a tablet gave an export it reports, unique per actor, so a
//   report sent twice is written once; `audit_log.detail`: what kind of export it was.
// Never edit once shipped: add a new migration instead.
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';

export const auditSitesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_sites')
      .addColumn('audit_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addPrimaryKeyConstraint('audit_sites_pk', ['audit_id', 'site_id'])
      .execute();
    await db.schema.createIndex('audit_sites_site').on('audit_sites').columns(['site_id', 'audit_id']).execute();
    await db.schema.alterTable('audit_log').addColumn('client_ref', 'varchar(64)').execute();
    await db.schema.alterTable('audit_log').addColumn('detail', 'varchar(40)').execute();
    await db.schema.createIndex('audit_log_client_ref').unique().on('audit_log').columns(['actor_id', 'client_ref']).execute();
    await db.schema.createIndex('audit_log_at').on('audit_log').columns(['at', 'id']).execute();

    await sql`INSERT INTO audit_sites (audit_id, site_id) SELECT id, site_id FROM audit_log WHERE site_id IS NOT NULL`.execute(db);
    // Account changes were logged under the account's first site only: give them every site of the account.
    const accountEntries = await sql<{ id: string; data: string }>`
      SELECT audit_log.id AS id, records.data AS data FROM audit_log
      JOIN records ON records.table_name = 'users' AND records.id = audit_log.target_id
      WHERE audit_log.target_table = 'users'`.execute(db);
    for (const entry of accountEntries.rows) {
      for (const siteId of accountSites(entry.data)) {
        await sql`INSERT INTO audit_sites (audit_id, site_id) SELECT ${entry.id}, ${siteId}
          WHERE NOT EXISTS (SELECT 1 FROM audit_sites WHERE audit_id = ${entry.id} AND site_id = ${siteId})`.execute(db);
      }
    }
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('audit_log_at').execute();
    await db.schema.dropIndex('audit_log_client_ref').execute();
    await db.schema.alterTable('audit_log').dropColumn('detail').execute();
    await db.schema.alterTable('audit_log').dropColumn('client_ref').execute();
    await db.schema.dropTable('audit_sites').execute();
  },
};

function accountSites(data: string): string[] {
  try {
    const parsed = JSON.parse(data) as { siteIds?: unknown };
    return Array.isArray(parsed.siteIds) ? parsed.siteIds.filter((id): id is string => typeof id === 'string' && id.length <= 64) : [];
  } catch {
    return [];
  }
}
