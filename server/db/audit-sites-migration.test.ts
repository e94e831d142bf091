// 0012_audit_sites on a journal that already holds entries: each keeps its site, and account
// changes (logged under the account's first site only before) concern every site of the account.
import { Migrator, sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { openDatabase } from './connect';
import type { ServerDatabase } from './connect';
import { migrateToLatest, migrationsBefore } from './migrate';

const BEFORE_0012 = migrationsBefore('0012_audit_sites');

describe.each(testDatabases())('0012_audit_sites on $name', (target) => {
  let fresh: FreshDatabase | undefined;
  let database: ServerDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it('gives every existing entry its site, and account changes every site of the account', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_0012 }, allowUnorderedMigrations: true });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await db
      .insertInto('records')
      .values({ table_name: 'users', id: 'u1', site_id: 'site-a', rev: 1, deleted: 0, data: JSON.stringify({ name: 'U', role: 'adviser', siteIds: ['site-a', 'site-b'] }), field_meta: '{}', report_data: null, report_rev: null })
      .execute();
    const entry = (id: string, action: string, siteId: string | null, targetTable: string, targetId: string) =>
      sql`INSERT INTO audit_log (id, at, actor_id, action, site_id, target_table, target_id) VALUES (${id}, '2026-01-01T00:00:00.000Z', 'coord', ${action}, ${siteId}, ${targetTable}, ${targetId})`.execute(db);
    await entry('e1', 'candidate-erased', 'site-a', 'candidates', 'c1');
    await entry('e2', 'account-updated', 'site-a', 'users', 'u1');
    await entry('e3', 'candidate-transferred', 'site-b', 'candidates', 'c2');
    await entry('e4', 'account-created', null, 'users', 'gone');

    await migrateToLatest(db);
    const rows = await db.selectFrom('audit_sites').select(['audit_id', 'site_id']).orderBy('audit_id').orderBy('site_id').execute();
    expect(rows).toEqual([
      { audit_id: 'e1', site_id: 'site-a' },
      { audit_id: 'e2', site_id: 'site-a' },
      { audit_id: 'e2', site_id: 'site-b' },
      { audit_id: 'e3', site_id: 'site-b' },
    ]);
  });
});
