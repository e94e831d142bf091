// The report's input kept between sessions (kept-report.ts): a new session's first answer comes
// from a few chunks without reading the rows, any write of a report table makes its chunks unused
// until rebuilt (its own transaction marks them), a save from a read older than a write is
// refused, and an erased person leaves no trace in the database, decrypted or not (the attack: a
// copy of the database and the data key).
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import type { WireRecord } from '../domain/wire';
import { REPORT_CHUNKS, keptReportKeys, keptReportSettled, loadKeptReport, reportRecordOf } from './kept-report';
import { decryptRowData, type DecryptedRecord, type StoreContext } from './store-context';
import type { StoredRow } from './user-database';
import type { UserStore } from './user-store';
import { devicesClosedAfterEach, everythingReadable, pulledCandidate, pulledState } from './test-support/database-scan';

const state = pulledState;
const candidate = pulledCandidate;
const device = devicesClosedAfterEach('test-kept-report');


function attendance(id: string, rev: number, candidateId: string, status: string): WireRecord {
  return { table: 'attendance', id, siteId: 'site-1', rev, deleted: false, data: { sessionId: 'session-1', candidateId, status } };
}


/** The first answer of the screen's read of a table (`report`), then the kept report's saves. */
async function reportAnswer(store: UserStore, ctx: StoreContext, table: 'candidates' | 'attendance'): Promise<DecryptedRecord[]> {
  const records = await new Promise<DecryptedRecord[]>((resolve, reject) => {
    const stop = store.watch(
      table,
      (list) => {
        stop();
        resolve(list);
      },
      reject,
      'report',
    );
  });
  await keptReportSettled(ctx, table);
  return records;
}



const byId = (list: readonly DecryptedRecord[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));

describe('the report input kept between sessions', () => {
  it('answers a new session from the kept chunks, without reading or decrypting a row, with the records the rows give', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const people = Array.from({ length: 60 }, (_, at) => candidate(newId(), at + 1, { firstName: `Prénom${at}`, lastName: 'Dupont', phone: `04701234${at}`, gender: 'F' }));
    await first.store.applyPulledPage(people, state(60));
    const fromRows = await reportAnswer(first.store, first.ctx, 'candidates');
    expect(fromRows).toHaveLength(60);
    // Only the report's fields: the phone is not one of them.
    expect(JSON.stringify(fromRows)).not.toContain('04701234');
    expect(await keptReportKeys(first.db)).toHaveLength(REPORT_CHUNKS);
    for (const row of await first.db.syncState.toArray()) expect(JSON.stringify(row)).not.toContain('Prénom');
    first.store.close();

    const second = await tablet.session();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    const read = vi.spyOn(second.db.records('candidates'), 'toArray');
    const fromKept = await reportAnswer(second.store, second.ctx, 'candidates');
    expect(read).not.toHaveBeenCalled();
    expect(decrypt.mock.calls.length).toBe(REPORT_CHUNKS);
    expect(fromKept).toEqual(byId(fromRows));
  });

  it('never answers from a chunk one of whose rows was written since, whatever wrote it', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const changed = newId();
    await first.store.applyPulledPage([attendance(changed, 1, 'c-1', 'absent'), ...Array.from({ length: 30 }, (_, at) => attendance(newId(), at + 2, `c-${at}`, 'present'))], state(31));
    await reportAnswer(first.store, first.ctx, 'attendance');
    first.store.close();

    // Another session writes a row without opening the report: a pulled page, then a direct write.
    const between = await tablet.session();
    await between.store.applyPulledPage([attendance(changed, 40, 'c-1', 'excused')], state(40));
    const other = newId();
    await between.db.transaction('rw', [between.db.records('attendance'), between.db.syncState], () =>
      between.db.records('attendance').put({ id: other, siteId: 'site-1', rev: 0, deleted: false, ver: 1, sessionId: 'session-1', candidateId: 'c-new', status: 'present' }),
    );
    between.store.close();

    const third = await tablet.session();
    const records = await reportAnswer(third.store, third.ctx, 'attendance');
    expect(records.find((record) => record.id === changed)?.data.status).toBe('excused');
    expect(records.find((record) => record.id === other)?.data.candidateId).toBe('c-new');
    expect(records).toHaveLength(32);
  });

  it('reads again only the rows written since, and keeps no chunk once the sites change', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const changed = newId();
    await first.store.applyPulledPage([attendance(changed, 1, 'c-1', 'absent'), ...Array.from({ length: 40 }, (_, at) => attendance(newId(), at + 2, `c-${at}`, 'present'))], state(41));
    await reportAnswer(first.store, first.ctx, 'attendance');
    await first.store.applyPulledPage([attendance(changed, 50, 'c-1', 'excused')], state(50));
    first.store.close();

    const second = await tablet.session();
    const whole = vi.spyOn(second.db.records('attendance'), 'toArray');
    const some = vi.spyOn(second.db.records('attendance'), 'bulkGet');
    const records = await reportAnswer(second.store, second.ctx, 'attendance');
    expect(whole).not.toHaveBeenCalled();
    expect(some.mock.calls).toEqual([[[changed]]]);
    expect(records.find((record) => record.id === changed)?.data.status).toBe('excused');
    expect(records).toHaveLength(41);

    // A change of sites: no chunk of any table is left (they may hold people of the sites dropped).
    await second.store.resetForSites(['site-2']);
    expect(await keptReportKeys(second.db)).toEqual([]);
  });

  it('starts the live reads only once every report table opened together has answered from the kept report', async () => {
    const tablet = await device();
    const first = await tablet.session();
    await first.store.applyPulledPage([candidate(newId(), 1, { firstName: 'Ana', lastName: 'Un' }), attendance(newId(), 2, 'c-1', 'present')], state(2));
    await reportAnswer(first.store, first.ctx, 'candidates');
    await reportAnswer(first.store, first.ctx, 'attendance');
    first.store.close();

    const second = await tablet.session();
    // The attendance's chunks decrypt only when released: the candidates answer first, alone.
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    const decrypt = crypto.subtle.decrypt.bind(crypto.subtle);
    vi.spyOn(crypto.subtle, 'decrypt').mockImplementation(async (params, key, data) => {
      const aad = new TextDecoder().decode((params as AesGcmParams).additionalData as Uint8Array);
      if (aad.includes('keptReport:attendance')) await released;
      return decrypt(params, key, data);
    });
    const reads = (['candidates', 'attendance'] as const).map((table) => vi.spyOn(second.db.records(table), 'toArray'));
    const readsSoFar = () => reads.reduce((count, spy) => count + spy.mock.calls.length, 0);
    const answered: string[] = [];
    const stops = (['candidates', 'attendance'] as const).map((table) => second.store.watch(table, () => answered.push(`${table} after ${readsSoFar()} reads`), undefined, 'report'));
    await vi.waitFor(() => expect(answered).toEqual(['candidates after 0 reads']));
    // A few turns of the page: a live read started now would have read its rows.
    for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(readsSoFar()).toBe(0);
    release();
    await vi.waitFor(() => expect(readsSoFar()).toBe(2));
    for (const stop of stops) stop();
    expect(answered.slice(0, 2)).toEqual(['candidates after 0 reads', 'attendance after 0 reads']);
  });

  it('refuses a write of a report table whose transaction leaves out syncState, and writes nothing', async () => {
    const tablet = await device();
    const { db } = await tablet.session();
    await expect(db.records('attendance').put({ id: 'a-1', siteId: 'site-1', rev: 0, deleted: false, ver: 1, status: 'present' })).rejects.toThrow(/syncState/);
    expect(await db.records('attendance').count()).toBe(0);
  });

  it('leaves no trace of an erased person, even from a save built on a read made before the erasure', async () => {
    const tablet = await device();
    const { store, db, key, ctx } = await tablet.session();
    const erased = newId();
    const others = Array.from({ length: 20 }, (_, at) => candidate(newId(), at + 2, { firstName: `Autre${at}`, lastName: 'Martin' }));
    await store.applyPulledPage([candidate(erased, 1, { firstName: 'Zénobie', lastName: 'Quartzmann', birthDate: '1987-04-12', phone: '0470999888' }), ...others], state(21));
    await reportAnswer(store, ctx, 'candidates');
    // Control: before the erasure the scan finds the name in its row and in a kept report chunk.
    expect((await everythingReadable(db, key)).split('Quartzmann').length - 1).toBe(2);

    // A pulled page rewrote everyone (every chunk has rows to read again), then a read whose rows are
    // turned into records only after the erasure has landed: its save must not bring the name back.
    await store.applyPulledPage(others.map((record, at) => ({ ...record, rev: 40 + at })), state(60));
    let land: () => void = () => undefined;
    const landed = new Promise<void>((resolve) => (land = resolve));
    let rowsRead: () => void = () => undefined;
    const wereRead = new Promise<void>((resolve) => (rowsRead = resolve));
    const reader = async (rows: StoredRow[]) => {
      rowsRead(); // called once the rows are read (their transaction is over)
      await landed;
      const live = rows.filter((row) => !row.deleted);
      return Promise.all(live.map(async (row) => reportRecordOf({ table: 'candidates', id: row.id, siteId: row.siteId, rev: row.rev, deleted: false, data: await decryptRowData(ctx, 'candidates', row), pendingFields: [] })));
    };
    const olderRead = loadKeptReport(ctx, 'candidates', reader);
    await wereRead;
    await store.applyPulledPage([candidate(erased, 70, { gender: 'F', erased: true })], state(70));
    land();
    await olderRead;
    await keptReportSettled(ctx, 'candidates');
    const afterErasure = await everythingReadable(db, key);
    expect(afterErasure).not.toContain('Quartzmann');
    expect(afterErasure).not.toContain('Zénobie');
    expect(afterErasure).not.toContain('1987-04-12');
    expect(afterErasure).not.toContain('0470999888');

    // The next opening keeps everyone again, still without them.
    await reportAnswer(store, ctx, 'candidates');
    const later = await everythingReadable(db, key);
    expect(later).toContain('Autre3');
    expect(later).not.toContain('Quartzmann');
  });
});
