// 0021_metier_catalogue_ucs on a database whose catalogue 0014 wrote before the seed knew the
// UCs of ten métiers: the missing seeded UCs are added with a new rev, an administrator's
// correction or retirement is kept as it is, and running it again changes nothing.
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { METIER_SEED } from '../../src/domain/metiers/seed';
import { openDatabase } from './connect';
import type { ServerDatabase } from './connect';
import { migrateToLatest, migrationsBefore } from './migrate';
import { metierCatalogueUcsMigration } from './migrations/0021_metier_catalogue_ucs';

const BEFORE_0021 = migrationsBefore('0021_metier_catalogue_ucs');

interface Uc {
  code: string;
  label: string;
  validTo?: string;
}

const seedUcs = (code: string) => (METIER_SEED.find((entry) => entry.code === code)?.ucs ?? []).map((uc) => ({ code: uc.code, label: uc.label }));

describe.each(testDatabases())('0021_metier_catalogue_ucs on $name', (target) => {
  let fresh: FreshDatabase | undefined;
  let database: ServerDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it('adds only the seeded UCs a métier lacks, keeps what an administrator changed, and is idempotent', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_0021 }, allowUnorderedMigrations: true });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    // The catalogue as 0014 wrote it with the old seed (only aide-ménager had UCs), then edited by an administrator.
    const read = async () => {
      const rows = await db.selectFrom('records').select(['id', 'rev', 'data', 'field_meta']).where('table_name', '=', 'metiers').orderBy('id').execute();
      return new Map(rows.map((row) => [row.id, { rev: Number(row.rev), data: JSON.parse(row.data) as { ucs: Uc[]; labels: { fr: string } }, meta: JSON.parse(row.field_meta) as Record<string, { rev: number; clientId: string }> }]));
    };
    const setUcs = async (id: string, ucs: Uc[], rev: number) => {
      const row = (await read()).get(id);
      if (!row) throw new Error(`no métier ${id}`);
      await db
        .updateTable('records')
        .set({ rev, data: JSON.stringify({ ...row.data, ucs }), field_meta: JSON.stringify({ ...row.meta, ucs: { rev, clientId: 'tablet-admin' } }) })
        .where('table_name', '=', 'metiers')
        .where('id', '=', id)
        .execute();
    };
    const before = await read();
    let rev = Math.max(...[...before.values()].map((row) => row.rev));
    for (const [id, row] of before) if (id !== 'aide-menager' && row.data.ucs.length > 0) await setUcs(id, [], ++rev);
    // Coiffeur: UC1 renamed ("uc 1" typed), UC4 retired, and a UC of its own; nothing else.
    const coiffeurByAdmin: Uc[] = [
      { code: 'uc 1', label: 'Accueil et shampooing (corrigé)' },
      { code: 'UC4', label: 'Réaliser une coloration', validTo: '2025-12-31' },
      { code: 'UC9', label: 'Barbe' },
    ];
    await setUcs('coiffeur', coiffeurByAdmin, ++rev);
    // Électricien: already has everything the seed has (an administrator typed them in).
    const electricien = seedUcs('installateur-electricien-residentiel');
    await setUcs('installateur-electricien-residentiel', electricien, ++rev);
    await db.updateTable('counters').set({ value: rev }).where('name', '=', 'rev').execute();
    const edited = await read();

    await migrateToLatest(db);
    const after = await read();
    expect(after.get('coiffeur')?.data.ucs).toEqual([...coiffeurByAdmin, ...seedUcs('coiffeur').filter((uc) => ['UC2', 'UC3'].includes(uc.code))]);
    expect(after.get('coiffeur')?.data.labels).toEqual(edited.get('coiffeur')?.data.labels);
    for (const code of ['employe-administratif', 'jardinier-entretien', 'coiffeur-autonome', 'agent-accueil', 'estheticien', 'ouvrier-polyvalent', 'peintre-decorateur', 'technicien-pc-reseaux']) {
      expect(after.get(code)?.data.ucs, code).toEqual(seedUcs(code));
    }
    // Changed records carry a new rev (the record's and the ucs field's) above every earlier one, so tablets pull them.
    const changed = [...after].filter(([id, row]) => row.rev !== edited.get(id)?.rev).map(([id]) => id);
    expect(changed.sort()).toEqual(['agent-accueil', 'coiffeur', 'coiffeur-autonome', 'employe-administratif', 'estheticien', 'jardinier-entretien', 'ouvrier-polyvalent', 'peintre-decorateur', 'technicien-pc-reseaux']);
    for (const id of changed) {
      const row = after.get(id);
      expect(row?.rev).toBeGreaterThan(rev);
      expect(row?.meta.ucs).toEqual({ rev: row?.rev, clientId: 'admin' });
      expect(row?.meta.labels).toEqual(edited.get(id)?.meta.labels);
    }
    // Untouched: nothing missing (aide-ménager, the électricien), or no UC seeded at all.
    for (const id of ['aide-menager', 'installateur-electricien-residentiel', 'carreleur', 'carrossier']) expect(after.get(id), id).toEqual(edited.get(id));
    const counter = async () => Number((await db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow()).value);
    expect(await counter()).toBe(rev + changed.length);

    // Again: nothing lacks anything, so nothing changes.
    await metierCatalogueUcsMigration.up(db);
    expect(await read()).toEqual(after);
    expect(await counter()).toBe(rev + changed.length);
  });

  it('changes nothing on a new database (0014 already wrote the seed with its UCs)', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const { db } = database;
    await migrateToLatest(db);
    const rows = await db.selectFrom('records').select(['id', 'rev', 'data']).where('table_name', '=', 'metiers').execute();
    const counter = await db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
    expect(Number(counter.value)).toBe(rows.length + (await db.selectFrom('records').select('id').where('table_name', '=', 'siteMetiers').execute()).length);
    expect(JSON.parse(rows.find((row) => row.id === 'estheticien')?.data ?? '{}')).toMatchObject({ ucs: seedUcs('estheticien') });
  });
});
