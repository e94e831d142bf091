// 0008_report_data on a database that already holds records, and the re-projection that follows the
// migrations (report-projection.ts): on SQLite, and on PostgreSQL when TEST_DATABASE_URL is set.
import { Migrator } from 'kysely';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { projectForReport } from '../../src/domain/report/fields';
import type { ReportTable } from '../../src/domain/report';
import { openDatabase } from './connect';
import type { ServerDatabase } from './connect';
import { migrateToLatest, migrationsBefore } from './migrate';
import { refreshReportProjections } from './report-projection';
import { saveRecords } from '../sync/bulk-records';
import { stampAllFields } from './records';
import { isWorkTable } from '../../src/domain/work-site';
import type { Database } from './schema';

/** The schema as shipped before 0008. */
const BEFORE_0008 = migrationsBefore('0008_report_data');

const RECORDS = [
  { table_name: 'candidates', id: 'c1', site_id: 'site-a', rev: 1, deleted: 0, data: { firstName: 'Ana', lastName: 'Lee', phone: '0470', gender: 'F', consent: { given: true } } },
  { table_name: 'candidates', id: 'c2', site_id: 'site-b', rev: 2, deleted: 0, data: { mergedInto: 'c1', erased: true, gender: 'U', notes: 'x' } },
  { table_name: 'spocActions', id: 's1', site_id: 'site-a', rev: 3, deleted: 1, data: { date: '2024-01-02', kind: 'mail', candidateIds: ['c1'], outreachPlace: 'CPAS' } },
  { table_name: 'attendance', id: 't1', site_id: 'site-b', rev: 4, deleted: 0, data: { sessionId: 'm1', candidateId: 'c2', status: 'present', hours: 2 } },
  { table_name: 'followUpNotes', id: 'n1', site_id: 'site-a', rev: 5, deleted: 0, data: { candidateId: 'c1', date: '2024-01-03', text: 'not a report table' } },
];

async function projections(db: Kysely<Database>) {
  // The métier catalogue seeded by 0014 is network data, not this test's records.
  const rows = await db.selectFrom('records').select(['id', 'rev', 'report_data', 'report_rev']).where('table_name', '!=', 'metiers').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, rev: Number(row.rev), reportRev: row.report_rev === null ? null : Number(row.report_rev), reportData: row.report_data === null ? null : (JSON.parse(row.report_data) as unknown) }));
}

/** `filled`: the records were there before 0013_work_site ran. */
const expected = (filled = true) =>
  RECORDS.map((record) =>
    record.table_name === 'followUpNotes'
      ? { id: record.id, rev: record.rev, reportRev: null, reportData: null }
      : {
          id: record.id,
          rev: record.rev,
          reportRev: record.rev,
          // 0013_work_site fills the work site of the records of work.
          reportData: projectForReport(record.table_name as ReportTable, filled && isWorkTable(record.table_name) ? { ...record.data, workSiteId: record.site_id } : record.data),
        },
  ).sort((a, b) => (a.id < b.id ? -1 : 1));

describe.each(testDatabases())('the report projection of records on $name', (target) => {
  let fresh: FreshDatabase | undefined;
  let database: ServerDatabase | undefined;
  afterEach(async () => {
    await database?.close();
    await fresh?.drop();
    database = undefined;
    fresh = undefined;
  });

  it('is added by 0008 and filled for the records already there, once', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => BEFORE_0008 }, allowUnorderedMigrations: true });
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    await database.db
      .insertInto('records')
      .values(RECORDS.map((record) => ({ ...record, data: JSON.stringify(record.data), field_meta: '{}' })))
      .execute();

    await migrateToLatest(database.db);
    expect(await projections(database.db)).toEqual(expected());
    // The privacy side: the projection holds nothing the report does not read.
    expect(JSON.stringify(await projections(database.db))).not.toMatch(/0470|consent|notes|CPAS|hours/);

    // Started again: nothing to do.
    await migrateToLatest(database.db);
    expect(await refreshReportProjections(database.db)).toBe(0);
    expect(await projections(database.db)).toEqual(expected());
  });

  it('is made again when the report reads other fields', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    await migrateToLatest(database.db);
    await database.db
      .insertInto('records')
      .values(
        RECORDS.map((record) => ({ ...record, data: JSON.stringify(record.data), field_meta: '{}', ...(record.table_name === 'followUpNotes' ? {} : { report_data: '{}', report_rev: record.rev }) })),
      )
      .execute();
    // Projections made under another field list.
    await database.db.updateTable('meta').set({ value: '{"candidates":[]}' }).where('key', '=', 'report_fields').execute();

    expect(await refreshReportProjections(database.db)).toBe(RECORDS.length - 1);
    expect(await projections(database.db)).toEqual(expected(false));
    expect(await refreshReportProjections(database.db)).toBe(0);
  });

  it('is made again at the next start for records a writer changed without it', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    await migrateToLatest(database.db);
    await database.db
      .insertInto('records')
      .values(RECORDS.map((record) => ({ ...record, data: JSON.stringify(record.data), field_meta: '{}' })))
      .execute();
    await migrateToLatest(database.db); // nothing left behind yet: these rows have no projection at all
    // An upsert that changes rev and data but not the projection (a writer that forgot it).
    const changed = { id: 'c1', rev: 6, data: { firstName: 'Ana', lastName: 'Lee-Diop', gender: 'F' } };
    await database.db.updateTable('records').set({ rev: changed.rev, data: JSON.stringify(changed.data), report_data: '{}', report_rev: 1 }).where('id', '=', changed.id).execute();

    expect(await refreshReportProjections(database.db)).toBe(1);
    const c1 = (await projections(database.db)).find((row) => row.id === changed.id);
    expect(c1).toEqual({ id: changed.id, rev: 6, reportRev: 6, reportData: projectForReport('candidates', changed.data) });
    expect(await refreshReportProjections(database.db)).toBe(0);
  });

  it('is kept current by the sync push upsert', async () => {
    fresh = await target.create();
    database = openDatabase(fresh.url);
    await migrateToLatest(database.db);
    const record = (rev: number, data: Record<string, unknown>) => ({ table: 'candidates' as const, id: 'c1', siteId: 'site-a', rev, deleted: false, data, fieldMeta: stampAllFields(data, rev, 'tablet') });
    await saveRecords(database.db, [record(1, { firstName: 'Ana', phone: '0470' })]);
    await saveRecords(database.db, [record(2, { firstName: 'Ana', lastName: 'Diop', phone: '0470' })]);

    const [c1] = await projections(database.db);
    expect(c1).toEqual({ id: 'c1', rev: 2, reportRev: 2, reportData: { firstName: 'Ana', lastName: 'Diop' } });
    expect(await refreshReportProjections(database.db)).toBe(0);
  });
});
