// First schema. Per-field revs and clientIds are here from the start: nothing ever ships
// last-write-wins (docs/sync-protocol.md). Never edit this file once shipped: add 0002_… instead.
import { randomUUID } from 'node:crypto';
import type { Kysely, Migration } from 'kysely';

export const initialMigration: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('counters')
      .addColumn('name', 'varchar(50)', (col) => col.primaryKey())
      .addColumn('value', 'bigint', (col) => col.notNull())
      .execute();
    await db.insertInto('counters' as never).values({ name: 'rev', value: 0 } as never).execute();

    await db.schema
      .createTable('meta')
      .addColumn('key', 'varchar(50)', (col) => col.primaryKey())
      .addColumn('value', 'text', (col) => col.notNull())
      .execute();
    await db.insertInto('meta' as never).values({ key: 'server_epoch', value: randomUUID() } as never).execute();

    await db.schema
      .createTable('records')
      .addColumn('table_name', 'varchar(50)', (col) => col.notNull())
      .addColumn('id', 'varchar(64)', (col) => col.notNull())
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('rev', 'bigint', (col) => col.notNull())
      .addColumn('deleted', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('data', 'text', (col) => col.notNull())
      .addColumn('field_meta', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('records_pk', ['table_name', 'id'])
      .execute();
    await db.schema.createIndex('records_rev').on('records').column('rev').execute();
    await db.schema.createIndex('records_site_rev').on('records').columns(['site_id', 'rev']).execute();

    await db.schema
      .createTable('clients')
      .addColumn('client_id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('last_seq', 'bigint', (col) => col.notNull().defaultTo(0))
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('mutation_results')
      .addColumn('client_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('seq', 'bigint', (col) => col.notNull())
      .addColumn('result', 'text', (col) => col.notNull())
      .addPrimaryKeyConstraint('mutation_results_pk', ['client_id', 'seq'])
      .execute();

    await db.schema
      .createTable('conflicts')
      .addColumn('id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('table_name', 'varchar(50)', (col) => col.notNull())
      .addColumn('record_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('site_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('field', 'varchar(100)', (col) => col.notNull())
      .addColumn('server_value', 'text')
      .addColumn('client_value', 'text')
      .addColumn('client_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('resolved_at', 'varchar(40)')
      .addColumn('resolved_by', 'varchar(64)')
      .addColumn('resolution', 'text')
      .execute();
    await db.schema.createIndex('conflicts_site_open').on('conflicts').columns(['site_id', 'resolved_at']).execute();

    await db.schema
      .createTable('users_auth')
      .addColumn('user_id', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('email', 'varchar(200)', (col) => col.notNull().unique())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('tokens')
      .addColumn('token_hash', 'varchar(64)', (col) => col.primaryKey())
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('device_id', 'varchar(64)')
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('expires_at', 'varchar(40)', (col) => col.notNull())
      .addColumn('revoked', 'integer', (col) => col.notNull().defaultTo(0))
      .execute();

    await db.schema
      .createTable('device_secrets')
      .addColumn('user_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('device_id', 'varchar(64)', (col) => col.notNull())
      .addColumn('secret', 'text', (col) => col.notNull())
      .addColumn('created_at', 'varchar(40)', (col) => col.notNull())
      .addPrimaryKeyConstraint('device_secrets_pk', ['user_id', 'device_id'])
      .execute();
  },
};
