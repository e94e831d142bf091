// The rules added with the counting rules of docs/report-counting.md: the work site of a figure, contacts apart
// from persons, individual module work, and every kind of activity in the data-quality panel.
import { describe, expect, it } from 'vitest';
import { computeActivityReport, type ModuleWorkRecord, type ReportInput, type ReportRecord, type ReportTable } from './index';
import type { TableData } from '../entities';
import { workSiteOf } from '../work-site';

const rec = <T extends ReportTable>(id: string, siteId: string, data: TableData[T] & { workSiteId?: string }): ReportRecord<T> => ({ id, siteId, deleted: false, data });
const input = (parts: Partial<ReportInput>): ReportInput => ({
  candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], ...parts,
});
const YEAR = { from: '2024-01-01', to: '2024-12-31', evolutionYears: [] };

describe('workSiteOf', () => {
  it.each([
    [{ siteId: 'B', data: { workSiteId: 'A' } }, 'A'],
    [{ siteId: 'B', data: { workSiteId: '' } }, 'B'],
    [{ siteId: 'B', data: {} }, 'B'],
    [{ siteId: 'B', data: { workSiteId: 7 } }, 'B'],
  ])('%o works at %s', (record, site) => expect(workSiteOf(record)).toBe(site));
});

describe('a transfer never moves a figure', () => {
  // The file, the accompaniment and the attempt were moved to site B (siteId) after the work was done at A.
  const moved: Partial<ReportInput> = {
    candidates: [rec('p1', 'B', { firstName: 'A', lastName: 'B' })],
    spocActions: [rec('s1', 'B', { date: '2024-02-01', kind: 'individuelle', candidateIds: ['p1'], workSiteId: 'A' })],
    accompaniments: [rec('x1', 'B', { candidateId: 'p1', metier: 'coiffeur', startDate: '2024-02-01', status: 'closed', exitDate: '2024-05-01', exitReason: 'emploi', workSiteId: 'A' })],
    validationSteps: [rec('v1', 'B', { accompanimentId: 'x1', candidateId: 'p1', uc: 'UC1', registrationDate: '2024-03-01', testDate: '2024-04-01', result: 'reussi', workSiteId: 'A' })],
    moduleSessions: [rec('m1', 'A', { module: 'fle', date: '2024-03-03' })],
    attendance: [rec('t1', 'B', { sessionId: 'm1', candidateId: 'p1', status: 'present' })],
  };
  it('counts every figure at the site where the work was done', () => {
    const report = computeActivityReport(input(moved), { ...YEAR, siteIds: ['A', 'B'] });
    expect(report.spoc.bySite.map((row) => [row.siteId, row.persons])).toEqual([['A', 1], ['B', 0]]);
    expect(report.accompaniment.bySite.map((row) => [row.siteId, row.accompaniments, row.personsWithTitre])).toEqual([['A', 1, 1], ['B', 0, 0]]);
    expect(report.validation.bySite.map((row) => [row.siteId, row.titres])).toEqual([['A', 1], ['B', 0]]);
    expect(report.exits.bySite.map((row) => [row.siteId, row.closed])).toEqual([['A', 1], ['B', 0]]);
    expect(report.modules.filter((row) => row.candidates > 0)).toEqual([{ siteId: 'A', module: 'fle', candidates: 1 }]);
    // The same figures as before the move.
    const before = computeActivityReport(
      input({ ...moved, spocActions: moved.spocActions?.map((r) => ({ ...r, siteId: 'A' })), accompaniments: moved.accompaniments?.map((r) => ({ ...r, siteId: 'A' })) }),
      { ...YEAR, siteIds: ['A', 'B'] },
    );
    expect({ ...report, dataQuality: null }).toEqual({ ...before, dataQuality: null });
  });
});

describe('contacts', () => {
  it('are never distinct persons, nor persons reached, nor profiles', () => {
    const report = computeActivityReport(
      input({
        candidates: [rec('p1', 'A', { gender: 'F' })],
        spocActions: [
          rec('s1', 'A', { date: '2024-02-01', kind: 'collective', candidateIds: ['p1'], headCount: 30 }),
          rec('s2', 'A', { date: '2024-02-02', kind: 'mail', candidateIds: [] }),
          rec('s3', 'A', { date: '2024-02-03', kind: 'mail', candidateIds: [], headCount: 0 }),
        ],
      }),
      YEAR,
    );
    expect(report.spoc.total).toMatchObject({ actions: 3, persons: 1, contacts: 31 });
    expect(report.personsReached).toBe(1);
    expect(report.profiles.gender).toMatchObject({ F: 1, unknown: 0 });
    expect(report.ratios.network).toMatchObject({ spocPersons: 1, spocRatio: 1 / 320 });
  });
});

describe('individual module work', () => {
  const work = (id: string, candidateId: string, date: string, module = 'fle', deleted = false): ModuleWorkRecord => ({
    id, siteId: 'A', deleted, data: { accompanimentId: 'x1', candidateId, date, module, minutes: 60 },
  });
  it('counts a candidate in the modules table when dated in the period, once with their sessions', () => {
    const report = computeActivityReport(
      input({
        moduleSessions: [rec('m1', 'A', { module: 'fle', date: '2024-03-03' })],
        attendance: [rec('t1', 'A', { sessionId: 'm1', candidateId: 'p1', status: 'present' })],
        moduleWork: [work('w1', 'p1', '2024-04-01'), work('w2', 'p2', '2024-05-01'), work('w3', 'p3', '2023-05-01'), work('w4', 'p4', '2024-05-01', 'fle', true), work('w5', 'p5', '2024-06-01', 'steam')],
      }),
      YEAR,
    );
    expect(report.modules.filter((row) => row.candidates > 0)).toEqual([{ siteId: 'A', module: 'steam', candidates: 1 }, { siteId: 'A', module: 'fle', candidates: 2 }]);
  });
});

describe('the data-quality panel', () => {
  it('counts positionings and individual module work as activity of an accompaniment', () => {
    const base: Partial<ReportInput> = {
      accompaniments: ['x1', 'x2', 'x3'].map((id, i) => rec<'accompaniments'>(id, 'A', { candidateId: `p${i + 1}`, metier: 'coiffeur', startDate: '2022-01-01', status: 'open' })),
      positionings: [rec('q1', 'A', { accompanimentId: 'x1', candidateId: 'p1', startedAt: '2024-03-01T10:00:00.000+01:00' })],
      moduleWork: [{ id: 'w1', siteId: 'A', deleted: false, data: { accompanimentId: 'x2', candidateId: 'p2', date: '2024-02-01', module: 'fle' } }],
    };
    const report = computeActivityReport(input(base), { ...YEAR, asOf: '2024-12-31' });
    expect(report.dataQuality.staleAccompaniments.map((row) => row.accompanimentId)).toEqual(['x3']);
  });
});
