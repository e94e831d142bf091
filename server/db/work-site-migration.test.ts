// 0013_work_site on records from before `workSiteId`: each record of work gets the site where it
// was created (the first move's old site for records a transfer moved, else its own site), keeps
// its rev (docs/transfers.md says why), and the report then reads the filled field.
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { openDatabase } from './connect';
import type { ServerDatabase } from './connect';
import { migrateToLatest, migrationsBefore } from './migrate';
import { readRecord } from './records';
import { toReportRecord, REPORT_ROW_COLUMNS } from '../reports/report-rows';

const BEFORE_0013 = migrationsBefore('0013_work_site');

describe.each(testDatabases())('0013_work_site on $name', (target) => {
  let fresh: FreshDatabase | undefined;
  let database: ServerDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    await fresh?.drop();
  });

  it('fills workSiteId from the site the record was created at, without new revs', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const { db } = database;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => BEFORE_0013 }, allowUnorderedMigrations: true });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const record = (table: string, id: string, siteId: string, rev: number, data: Record<string, unknown>) => ({
      table_name: table,
      id,
      site_id: siteId,
      rev,
      deleted: 0,
      data: JSON.stringify(data),
      field_meta: '{}',
      report_data: ['candidates', 'positionings'].includes(table) ? null : JSON.stringify(data),
      report_rev: ['candidates', 'positionings'].includes(table) ? null : rev,
    });
    await db
      .insertInto('records')
      .values([
        record('candidates', 'c1', 'site-c', 5, { firstName: 'Awa' }),
        // Moved twice: created at site-a, then site-b, now held by site-c.
        record('accompaniments', 'a1', 'site-c', 6, { candidateId: 'c1', metier: 'coiffeur', startDate: '2023-02-01', status: 'closed' }),
        // Created at site-b after the first move, then moved to site-c.
        record('validationSteps', 'v1', 'site-c', 7, { candidateId: 'c1', accompanimentId: 'a1', uc: 'UC1' }),
        record('positionings', 'p1', 'site-c', 8, { candidateId: 'c1', questionnaireId: 'q', questionnaireVersion: 1 }),
        record('spocActions', 's1', 'site-a', 2, { date: '2023-01-10', kind: 'individuelle', candidateIds: ['c1'] }),
        record('attendance', 't1', 'site-a', 3, { sessionId: 'x', candidateId: 'c1', status: 'present' }),
        record('spocActions', 's2', 'site-a', 4, { date: '2023-01-11', kind: 'individuelle', workSiteId: 'site-a' }),
      ])
      .execute();
    await db
      .insertInto('record_moves')
      .values([
        { table_name: 'accompaniments', id: 'a1', from_site: 'site-a', to_site: 'site-b', rev: 3 },
        { table_name: 'accompaniments', id: 'a1', from_site: 'site-b', to_site: 'site-c', rev: 6 },
        { table_name: 'positionings', id: 'p1', from_site: 'site-a', to_site: 'site-b', rev: 4 },
        { table_name: 'validationSteps', id: 'v1', from_site: 'site-b', to_site: 'site-c', rev: 7 },
      ])
      .execute();

    await migrateToLatest(db);

    const work = async (table: 'accompaniments' | 'validationSteps' | 'positionings' | 'spocActions' | 'attendance' | 'candidates', id: string) => {
      const stored = await readRecord(db, table, id);
      return { rev: stored?.rev, workSiteId: stored?.data.workSiteId };
    };
    expect(await work('accompaniments', 'a1')).toEqual({ rev: 6, workSiteId: 'site-a' });
    expect(await work('validationSteps', 'v1')).toEqual({ rev: 7, workSiteId: 'site-b' });
    expect(await work('positionings', 'p1')).toEqual({ rev: 8, workSiteId: 'site-a' });
    expect(await work('spocActions', 's1')).toEqual({ rev: 2, workSiteId: 'site-a' });
    expect(await work('attendance', 't1')).toEqual({ rev: 3, workSiteId: 'site-a' });
    expect(await work('spocActions', 's2')).toEqual({ rev: 4, workSiteId: 'site-a' });
    expect(await work('candidates', 'c1')).toEqual({ rev: 5, workSiteId: undefined });
    // The report's reader sees the field (from the projection made again, or the whole data).
    const row = await db.selectFrom('records').select(REPORT_ROW_COLUMNS).where('table_name', '=', 'accompaniments').where('id', '=', 'a1').executeTakeFirstOrThrow();
    expect(toReportRecord(row).data).toMatchObject({ workSiteId: 'site-a' });
    // A positioning is read by the report only as a sign of life (its dates), never by its site.
    const positioning = await db.selectFrom('records').select(['report_data']).where('id', '=', 'p1').executeTakeFirstOrThrow();
    expect(JSON.parse(String(positioning.report_data))).not.toHaveProperty('workSiteId');
  });
});
