import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { ReportTable } from '../../src/domain/report';
import { projectForReport } from '../../src/domain/report/fields';
import { renewServerEpoch } from '../db/meta';
import { fromRow, insertRecords, saveRecord, stampAllFields } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { DELTA_PAGE, ReportInputCache } from './input-cache';
import { REPORT_TABLES } from './load';

/**
 * What the cache must hold: every report record of the database as stored now, its data projected
 * on the report's fields (`whole`: the data itself, for records whose projection is not current).
 */
async function databaseContent(fixture: Fixture, whole: readonly string[] = []) {
  const rows = await fixture.server.db.selectFrom('records').selectAll().where('table_name', 'in', REPORT_TABLES).execute();
  return rows
    .map(fromRow)
    .map((record) => ({
      table: record.table,
      id: record.id,
      siteId: record.siteId,
      deleted: record.deleted,
      data: whole.includes(record.id) ? record.data : projectForReport(record.table as ReportTable, record.data),
    }))
    .sort((a, b) => `${a.table}/${a.id}`.localeCompare(`${b.table}/${b.id}`));
}

function cacheContent(input: Awaited<ReturnType<ReportInputCache['current']>>['input']) {
  return REPORT_TABLES.flatMap((table) => (input[table] as readonly { id: string; siteId: string; deleted: boolean; data: unknown }[]).map((record) => ({ table, ...record }))).sort((a, b) =>
    `${a.table}/${a.id}`.localeCompare(`${b.table}/${b.id}`),
  );
}

describe.each(testDatabases())('the report input cache on $name', (target) => {
  let fixture: Fixture;
  let cache: ReportInputCache;
  const write = async (records: { table: ReportTable | 'followUpNotes'; id: string; siteId: string; deleted?: boolean; data: Record<string, unknown> }[]) =>
    fixture.server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const last = await allocateRevs(trx, records.length);
      let rev = last - records.length;
      for (const record of records) {
        rev += 1;
        await saveRecord(trx, { ...record, rev, deleted: record.deleted ?? false, fieldMeta: stampAllFields(record.data, rev, 'test') });
      }
    });

  beforeAll(async () => {
    fixture = await createFixture(target);
    cache = new ReportInputCache(fixture.server.database);
  });
  afterAll(() => fixture.close());

  it('follows new records, changes, tombstones and other tables by rev, and a new epoch', async () => {
    await write([
      { table: 'candidates', id: 'c1', siteId: 'site-a', data: { firstName: 'A', gender: 'F' } },
      { table: 'spocActions', id: 's1', siteId: 'site-a', data: { date: '2024-01-02', kind: 'mail', candidateIds: ['c1'] } },
    ]);
    const first = await cache.current();
    expect(cacheContent(first.input)).toEqual(await databaseContent(fixture));

    await write([
      { table: 'candidates', id: 'c1', siteId: 'site-b', data: { firstName: 'A', gender: 'X' } }, // changed and transferred
      { table: 'spocActions', id: 's1', siteId: 'site-a', deleted: true, data: { date: '2024-01-02', kind: 'mail', candidateIds: ['c1'] } },
      { table: 'followUpNotes', id: 'n1', siteId: 'site-a', data: { candidateId: 'c1', date: '2024-01-03', text: 'not a report table' } },
      { table: 'accompaniments', id: 'a1', siteId: 'site-b', data: { candidateId: 'c1', startDate: '2024-02-01', status: 'open' } },
    ]);
    const second = await cache.current();
    expect(second.rev).toBeGreaterThan(first.rev);
    expect(cacheContent(second.input)).toEqual(await databaseContent(fixture));
    expect(second.input.spocActions.find((record) => record.id === 's1')?.deleted).toBe(true);
    // Nothing written: the same input object again.
    expect((await cache.current()).input).toBe(second.input);

    // A restored backup gets a new epoch: everything is read again.
    await renewServerEpoch(fixture.server.db);
    const third = await cache.current();
    expect(third.epoch).not.toBe(second.epoch);
    expect(cacheContent(third.input)).toEqual(await databaseContent(fixture));
  });

  it('reads a change of more than one page, and concurrent calls agree', async () => {
    const many = Array.from({ length: DELTA_PAGE + 7 }, (_, index) => ({ table: 'attendance' as const, id: `at-${index}`, siteId: 'site-a', data: { sessionId: 'm1', candidateId: 'c1', status: 'present' } }));
    await fixture.server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const first = (await allocateRevs(trx, many.length)) - many.length + 1;
      await insertRecords(trx, many.map((record, index) => ({ ...record, rev: first + index, deleted: false, fieldMeta: {} })));
    });
    const [one, two] = await Promise.all([cache.current(), cache.current()]);
    expect(one.rev).toBe(two.rev);
    expect(cacheContent(one.input)).toEqual(await databaseContent(fixture));
    expect(one.input.attendance).toHaveLength(DELTA_PAGE + 7);
  }, 60_000);

  it('reads the whole data of a record whose projection a writer left behind, in the first read and after', async () => {
    // A writer that changes data and rev but not report_data (an upsert listing its own columns,
    // as server/sync/bulk-records.ts does): the stale projection must not be read.
    const rewrite = (id: string, data: Record<string, unknown>) =>
      fixture.server.db.transaction().execute(async (trx) => {
        await lockRevisionCounter(trx);
        const rev = await allocateRevs(trx, 1);
        await trx.updateTable('records').set({ rev, data: JSON.stringify(data) }).where('table_name', '=', 'candidates').where('id', '=', id).execute();
      });
    await write([{ table: 'candidates', id: 'stale-1', siteId: 'site-a', data: { firstName: 'Old', gender: 'F', phone: '0470' } }]);
    await cache.current();
    await rewrite('stale-1', { firstName: 'New', gender: 'M', phone: '0471' });
    expect(cacheContent((await cache.current()).input)).toEqual(await databaseContent(fixture, ['stale-1']));
    const cold = new ReportInputCache(fixture.server.database);
    expect(cacheContent((await cold.current()).input)).toEqual(await databaseContent(fixture, ['stale-1']));
    expect((await cold.current()).input.candidates.find((record) => record.id === 'stale-1')?.data).toMatchObject({ firstName: 'New', gender: 'M' });
  });
});
