// 0014_metier_catalogue on a database whose sites kept their own UC lists: every UC lands in the
// catalogue (same métier and same code is one UC), and each site gets its first choice of métiers.
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { openDatabase } from './connect';
import type { ServerDatabase } from './connect';
import { migrateToLatest, migrationsBefore } from './migrate';

const BEFORE_0014 = migrationsBefore('0014_metier_catalogue');

describe.each(testDatabases())('0014_metier_catalogue on $name', (target) => {
  let fresh: FreshDatabase | undefined;
  let database: ServerDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it('merges the sites’ UC lists into the catalogue and gives each site its métiers', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_0014 }, allowUnorderedMigrations: true });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    let rev = 0;
    const insert = (table: string, id: string, siteId: string, data: object, deleted = 0) =>
      db.insertInto('records').values({ table_name: table, id, site_id: siteId, rev: ++rev, deleted, data: JSON.stringify(data), field_meta: '{}', report_data: null, report_rev: null }).execute();
    await insert('sites', 'ml-etterbeek', 'ml-etterbeek', { name: 'ML Etterbeek', kind: 'mission-locale' });
    await insert('sites', 'cpas-x', 'cpas-x', { name: 'CPAS X', kind: 'cpas' });
    // Two sites added the same boulanger UC (one typed it "uc 1"), a métier the seed has no UC for; one renamed aide-ménager UC1.
    await insert('ucs', 'u1', 'ml-etterbeek', { metier: 'boulanger-patissier', code: 'UC1', label: 'Pain', active: true });
    await insert('ucs', 'u2', 'cpas-x', { metier: 'boulanger-patissier', code: 'uc 1', label: 'Pains', active: true });
    await insert('ucs', 'u3', 'cpas-x', { metier: 'boulanger-patissier', code: 'UC2', label: 'Viennoiserie', active: false });
    await insert('ucs', 'u4', 'cpas-x', { metier: 'aide-menager', code: 'UC1', label: 'Renommé', active: true });
    await insert('ucs', 'u5', 'cpas-x', { metier: 'carreleur', code: 'UC9', label: 'Effacé' }, 1);
    await insert('accompaniments', 'a1', 'cpas-x', { candidateId: 'c1', metier: 'magasinier', startDate: '2024-01-01', status: 'open' });
    await db.updateTable('counters').set({ value: rev }).where('name', '=', 'rev').execute();

    await migrateToLatest(db);
    const metiers = await db.selectFrom('records').select(['id', 'site_id', 'rev', 'data']).where('table_name', '=', 'metiers').execute();
    const data = (id: string) => JSON.parse(metiers.find((row) => row.id === id)?.data ?? '{}') as { ucs: { code: string; label: string; validTo?: string }[] };
    expect(metiers.every((row) => row.site_id === '_network' && Number(row.rev) > rev)).toBe(true);
    expect(data('boulanger-patissier').ucs).toEqual([
      { code: 'UC1', label: 'Pain' },
      { code: 'UC2', label: 'Viennoiserie', validTo: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
    ]);
    expect(data('aide-menager').ucs.map((uc) => [uc.code, uc.label])).toEqual([
      ['UC1', "Réaliser les tâches d'entretien courant de la maison"],
      ['UC2', "Assurer l'entretien du linge"],
    ]);
    expect(data('carreleur').ucs).toEqual([]);

    const choices = await db.selectFrom('records').select(['id', 'site_id', 'data']).where('table_name', '=', 'siteMetiers').orderBy('id').execute();
    expect(choices.map((row) => [row.id, row.site_id, (JSON.parse(row.data) as { metiers: string[] }).metiers])).toEqual([
      ['cpas-x', 'cpas-x', ['aide-menager', 'boulanger-patissier', 'magasinier']],
      ['ml-etterbeek', 'ml-etterbeek', ['aide-menager', 'boulanger-patissier', 'coiffeur', 'coiffeur-autonome', 'estheticien']],
    ]);
    const counter = await db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    expect(Number(counter.value)).toBe(rev + metiers.length + choices.length);
  });
});
