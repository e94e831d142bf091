// The PIN unlock with the server's help (docs/key-handling.md): per user and device, a secret the
// tablet needs to open its PIN-wrapped data key, the hash of the PIN proof, the wrong attempts and
// the expiry (12 hours). Never edit once shipped.
import type { Kysely, Migration } from 'kysely';

export const deviceUnlockMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('device_unlocks')
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('device_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('secret', 'varchar(100)', (col) => col.notNull())
      .addColumn('proof_hash', 'varchar(64)', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('device_unlocks_pk', ['user_id', 'device_id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('device_unlocks').execute();
  },
};
