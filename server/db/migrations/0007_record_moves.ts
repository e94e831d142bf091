// Transfers of files between sites (server/candidates/transfer.ts): one row per record that left a
// site, at the rev of its move. A pull gives devices of the old site (that do not hold the new
// one) a tombstone for it, so a transferred file does not stay on the old site's tablets.
// Never edit once shipped: add a new migration instead.
import type { Kysely, Migration } from 'kysely';

export const recordMovesMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('record_moves')
      .addColumn('table_name', 'varchar(32)', (col) => col.notNull())
      .addColumn('id', 'varchar(64)', (col) => col.notNull())
      .addColumn('from_site', 'varchar(64)', (col) => col.notNull())
      .addColumn('to_site', 'varchar(64)', (col) => col.notNull())
      .addColumn('rev', 'bigint', (col) => col.notNull())
      .addPrimaryKeyConstraint('record_moves_pk', ['table_name', 'id', 'rev'])
      .execute();
    await db.schema.createIndex('record_moves_from_rev').on('record_moves').columns(['from_site', 'rev']).execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('record_moves').execute();
  },
};
