import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { buildServer } from '../app';
import type { BuiltServer } from '../app';
import { AdminError, createOrganisation, createSite } from '../admin/accounts';
import { organisationsMigration } from '../db/migrations/0010_organisations';
import { readRecord, saveRecord, stampAllFields } from '../db/records';
import { allocateRevs } from '../db/revisions';
import { listOrganisations } from './organisations';
import { organisationSiteIds, organisationsOfSites } from './sites';

describe.each(testDatabases())('organisations on $name', (target) => {
  let fresh: FreshDatabase;
  let server: BuiltServer;
  beforeEach(async () => {
    fresh = await target.create();
    server = await buildServer({ databaseUrl: fresh.url });
  });
  afterEach(async () => {
    await server.close();
    await fresh.drop();
  });

  it('gives a new site an organisation of its own, or the one it joins; organisationSiteIds lists its sites', async () => {
    const db = server.db;
    await createSite(db, { id: 'ml-forest', name: 'ML Forest', kind: 'mission-locale' });
    await createOrganisation(db, { id: 'cpas-bxl', name: 'CPAS de Bruxelles' });
    await createSite(db, { id: 'cpas-bxl-nord', name: 'CPAS Nord', kind: 'cpas', organisationId: 'cpas-bxl' });
    await createSite(db, { id: 'cpas-bxl-sud', name: 'CPAS Sud', kind: 'cpas', organisationId: 'cpas-bxl' });

    expect(await listOrganisations(db)).toEqual([
      { id: 'cpas-bxl', name: 'CPAS de Bruxelles' },
      { id: 'ml-forest', name: 'ML Forest' },
    ]);
    expect((await readRecord(db, 'sites', 'ml-forest'))?.data.organisationId).toBe('ml-forest');
    expect(await organisationSiteIds(db, 'cpas-bxl-sud')).toEqual(['cpas-bxl-nord', 'cpas-bxl-sud']);
    expect(await organisationSiteIds(db, 'ml-forest')).toEqual(['ml-forest']);
    expect(await organisationSiteIds(db, 'no-such-site')).toEqual(['no-such-site']);
    expect((await organisationsOfSites(db, ['cpas-bxl-nord', 'cpas-bxl-sud'])).size).toBe(1);
    expect((await organisationsOfSites(db, ['cpas-bxl-nord', 'ml-forest'])).size).toBe(2);

    await expect(createSite(db, { id: 'x-site', name: 'X', kind: 'other', organisationId: 'nowhere' })).rejects.toThrow(AdminError);
    await expect(createOrganisation(db, { id: 'cpas-bxl', name: 'Again' })).rejects.toThrow('already exists');
    // The id of an existing organisation cannot be taken silently by a site of its own.
    await expect(createSite(db, { id: 'cpas-bxl', name: 'Other', kind: 'cpas' })).rejects.toThrow('--organisation cpas-bxl');
    expect(await readRecord(db, 'sites', 'x-site')).toBeUndefined();
    expect(await readRecord(db, 'sites', 'cpas-bxl')).toBeUndefined();
  });

  it('migration 0010 makes each existing site an organisation of its own, with a new rev tablets pull', async () => {
    const db = server.db;
    // A database as it was before 0010: sites without organisationId and no organisations table.
    await db.schema.dropTable('organisations').execute();
    for (const [id, name] of [['ml-a', 'ML A'], ['cpas-a', 'CPAS A']] as const) {
      const data = { name, kind: id.startsWith('ml') ? 'mission-locale' : 'cpas' };
      const rev = await allocateRevs(db);
      await saveRecord(db, { table: 'sites', id, siteId: id, rev, deleted: false, data, fieldMeta: stampAllFields(data, rev, 'admin') });
    }
    const before = (await readRecord(db, 'sites', 'cpas-a'))?.rev ?? 0;

    await organisationsMigration.up(db as Kysely<unknown>);

    expect(await listOrganisations(db)).toEqual([
      { id: 'cpas-a', name: 'CPAS A' },
      { id: 'ml-a', name: 'ML A' },
    ]);
    const site = await readRecord(db, 'sites', 'cpas-a');
    expect(site?.data).toEqual({ name: 'CPAS A', kind: 'cpas', organisationId: 'cpas-a' });
    expect(site?.rev).toBeGreaterThan(before);
    expect(site?.fieldMeta.organisationId).toEqual({ rev: site?.rev, clientId: 'admin' });
    expect(await organisationSiteIds(db, 'ml-a')).toEqual(['ml-a']);
  });
});
