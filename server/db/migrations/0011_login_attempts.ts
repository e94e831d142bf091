// Login attempts counted in the database, so that every server instance sees the same counts
// (server/auth/login-throttle.ts, docs/login-security.md). One row per throttle key: the account,
// the address, or the account from that address; the key is a SHA-256 hash, so neither emails nor
// addresses are stored in clear. Never edit once shipped: add a new migration instead.
import type { Kysely, Migration } from 'kysely';

export const loginAttemptsMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('login_attempts')
      .addColumn('key', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('failures', 'integer', (col) => col.notNull())
      // Epoch milliseconds: until when the failures have been decayed, and before when no attempt is checked.
      .addColumn('decayed_at', 'bigint', (col) => col.notNull())
      .addColumn('retry_at', 'bigint', (col) => col.notNull())
      .addColumn('updated_at', 'bigint', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('login_attempts_updated_at').on('login_attempts').column('updated_at').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('login_attempts').execute();
  },
};
