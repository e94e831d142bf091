// Preparing the report's kept input after a sync (kept-report-preparation.ts): a pull that leaves
// chunks to rebuild whole is followed by one read that keeps them, so the next session's opening
// reads the chunks and not the rows; a table whose chunks are kept is left alone; the prepared
// input is the one the screen would have kept.
import { describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import type { WireRecord } from '../domain/wire';
import { REPORT_CHUNKS, keptReportKeys, keptReportNeedsRebuild } from './kept-report';
import { readKeptReport } from './records';
import { devicesClosedAfterEach, pulledCandidate, pulledState } from './test-support/database-scan';

const device = devicesClosedAfterEach('test-kept-report-preparation');

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

    const prepared = await first.store.prepareKeptReport();
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
    expect(await first.store.prepareKeptReport()).toContain('attendance');
    // A small page only lists its ids as written: the opening reads those rows again, cheaply.
    await first.store.applyPulledPage([attendance(newId(), 3, 'c-3')], pulledState(3));
    expect(await keptReportNeedsRebuild(first.ctx, 'attendance')).toBe(false);
    expect(await first.store.prepareKeptReport()).not.toContain('attendance');
  });
});
