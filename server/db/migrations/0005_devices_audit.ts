// The devices each user signs in from (last contact, revocation), the audit log of sensitive
// actions (erasures, exports, transfers, merges, account changes) and each site's retention period.
// Never edit once shipped.
import type { Kysely, Migration } from 'kysely';

export const devicesAuditMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('devices')
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('device_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('first_seen_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('last_seen_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('revoked_at', 'varchar(40)')
      .addPrimaryKeyConstraint('devices_pk', ['user_id', 'device_id'])
      .execute();
    await db.schema
      .createTable('audit_log')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('at', 'varchar(40)', (col) => col.notNull())
      .addColumn('actor_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('action', 'varchar(40)', (col) => col.notNull())
      .addColumn('site_id', 'varchar(64)')
      .addColumn('target_table', 'varchar(40)')
      .addColumn('target_id', 'varchar(64)')
      .execute();
    await db.schema.createIndex('audit_log_site_at').on('audit_log').columns(['site_id', 'at']).execute();
    await db.schema
      .createTable('retention_settings')
      .addColumn('site_id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('years', 'integer', (col) => col.notNull())
      .addColumn('set_by', 'varchar(64)', (col) => col.notNull())
      .addColumn('set_at', 'varchar(40)', (col) => col.notNull())
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('retention_settings').execute();
    await db.schema.dropTable('audit_log').execute();
    await db.schema.dropTable('devices').execute();
  },
};
