// Preparing the kept copies after a sync (kept-preparation.ts): a first pull leaves the candidates'
// payloads and the report's input to rebuild from every row; one preparation keeps them, so the
// next session's list and report read the chunks and not the rows; what is already kept is left
// alone; what is prepared is what the screens would have kept.
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import type { WireRecord } from '../domain/wire';
import { REPORT_CHUNKS, keptReportKeys, keptReportNeedsRebuild } from './kept-report';
import { listRecords, readKeptReport } from './records';
import { devicesClosedAfterEach, everythingReadable, pulledCandidate, pulledState } from './test-support/database-scan';

const device = devicesClosedAfterEach('test-kept-preparation');

function attendance(id: string, rev: number, candidateId: string): WireRecord {
  return { table: 'attendance', id, siteId: 'site-1', rev, deleted: false, data: { sessionId: 'session-1', candidateId, status: 'present' } };
}

describe('the report input prepared after a sync', () => {
  it('keeps every chunk a first pull left to rebuild, so the next opening reads no row', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const people = Array.from({ length: 40 }, (_, at) => pulledCandidate(newId(), at + 1, { firstName: `Prénom${at}`, lastName: 'Dupont', gender: 'F' }));
    const presence = Array.from({ length: 40 }, (_, at) => attendance(newId(), at + 41, people[at]!.id));
    await first.store.applyPulledPage([...people, ...presence], pulledState(80));
    expect(await keptReportNeedsRebuild(first.ctx, 'candidates')).toBe(true);

    const prepared = (await first.store.prepareKeptCopies()).report;
    expect(prepared).toContain('candidates');
    expect(prepared).toContain('attendance');
    expect(await keptReportNeedsRebuild(first.ctx, 'candidates')).toBe(false);
    expect(await keptReportNeedsRebuild(first.ctx, 'attendance')).toBe(false);
    // Every report table has its chunks, the empty ones too.
    expect((await keptReportKeys(first.db)).length).toBe(prepared.length * REPORT_CHUNKS);
    const expected = await readKeptReport(first.ctx, 'candidates');
    first.store.close();

    const second = await tablet.session();
    const read = vi.spyOn(second.db.records('candidates'), 'toArray');
    const bulkGet = vi.spyOn(second.db.records('candidates'), 'bulkGet');
    expect(await readKeptReport(second.ctx, 'candidates')).toEqual(expected);
    expect(read).not.toHaveBeenCalled();
    expect(bulkGet).not.toHaveBeenCalled();
  });

  it('leaves a table whose chunks are kept as they are, a few written rows included', async () => {
    const tablet = await device();
    const first = await tablet.session();
    await first.store.applyPulledPage([attendance(newId(), 1, 'c-1'), attendance(newId(), 2, 'c-2')], pulledState(2));
    expect((await first.store.prepareKeptCopies()).report).toContain('attendance');
    // A small page only lists its ids as written: the opening reads those rows again, cheaply.
    await first.store.applyPulledPage([attendance(newId(), 3, 'c-3')], pulledState(3));
    expect(await keptReportNeedsRebuild(first.ctx, 'attendance')).toBe(false);
    expect((await first.store.prepareKeptCopies()).report).not.toContain('attendance');
  });

  it('keeps the candidates\' payloads a first pull left unkept, so the next unlock lists them without decrypting a row', async () => {
    const tablet = await device();
    const first = await tablet.session();
    const people = Array.from({ length: 30 }, (_, at) => pulledCandidate(newId(), at + 1, { firstName: `Prénom${at}`, lastName: 'Martin', phone: `04709999${at}` }));
    await first.store.applyPulledPage(people, pulledState(30));
    expect(await first.store.keptList('candidates')).toBeUndefined();
    expect((await first.store.prepareKeptCopies()).payloads).toEqual(['candidates']);
    const expected = await listRecords(first.ctx, 'candidates');
    first.store.close();

    const second = await tablet.session();
    const read = vi.spyOn(second.db.records('candidates'), 'toArray');
    const kept = await second.store.keptList('candidates');
    expect(read).not.toHaveBeenCalled();
    expect(kept && [...kept].sort((a, b) => (a.id < b.id ? -1 : 1))).toEqual([...expected].sort((a, b) => (a.id < b.id ? -1 : 1)));
    // Kept already: a second preparation leaves the payloads alone.
    expect((await second.store.prepareKeptCopies()).payloads).toEqual([]);
  });

  it('leaves no trace of a person erased after the preparation: the attack, with the data key and the database', async () => {
    const tablet = await device();
    const { store, db, key } = await tablet.session();
    const erased = newId();
    const others = Array.from({ length: 20 }, (_, at) => pulledCandidate(newId(), at + 2, { firstName: `Autre${at}`, lastName: 'Martin' }));
    await store.applyPulledPage([pulledCandidate(erased, 1, { firstName: 'Zénobie', lastName: 'Quartzmann', birthDate: '1987-04-12', phone: '0470999888' }), ...others], pulledState(21));
    await store.prepareKeptCopies();
    // Control: the scan finds the name in its row, in the kept payloads and in the kept report.
    expect((await everythingReadable(db, key)).split('Quartzmann').length - 1).toBe(3);

    await store.applyPulledPage([pulledCandidate(erased, 70, { gender: 'F', erased: true })], pulledState(70));
    // The next sync's preparation keeps the others again, still without them.
    await store.prepareKeptCopies();
    const afterErasure = await everythingReadable(db, key);
    expect(afterErasure).toContain('Autre3');
    for (const trace of ['Quartzmann', 'Zénobie', '1987-04-12', '0470999888']) expect(afterErasure).not.toContain(trace);
  });
});
