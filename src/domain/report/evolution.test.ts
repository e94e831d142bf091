// Table 3 (docs/report-counting.md, "Evolution over years and past years"): the network's own
// distinct total, the growth on the previous year, closed sites, entered and missing years.
import { describe, expect, it } from 'vitest';
import { computeActivityReport, type ReportInput, type ReportOptions, type ReportRecord, type ReportTable } from './index';
import type { TableData } from '../entities';

const rec = <T extends ReportTable>(id: string, siteId: string, data: TableData[T]): ReportRecord<T> => ({ id, siteId, deleted: false, data });
const act = (id: string, siteId: string, date: string, candidateIds: string[], extra: TableData['spocActions'] = {}) =>
  rec<'spocActions'>(id, siteId, { kind: 'individuelle', date, candidateIds, ...extra });
const acc = (id: string, siteId: string, candidateId: string, startDate: string, extra: TableData['accompaniments'] = {}) =>
  rec<'accompaniments'>(id, siteId, { metier: 'coiffeur', startDate, status: 'open', candidateId, ...extra });
const input = (parts: Partial<ReportInput>): ReportInput => ({
  candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], ...parts,
});
const run = (parts: Partial<ReportInput>, options: Partial<ReportOptions> = {}) =>
  computeActivityReport(input(parts), { from: '2024-01-01', to: '2024-12-31', ...options }).evolution;

describe('evolution: the network row', () => {
  // 2024: p1 is informed at A and at B (one person of the network), p2 and p3 at A, p4 at B;
  // 2023: p1, p2 at A. The rows add up to 3 + 2 = 5, the network has 4 persons.
  const spocActions = [
    act('s1', 'A', '2024-02-01', ['p1', 'p2', 'p3']),
    act('s2', 'B', '2024-03-01', ['p1', 'p4'], { headCount: 12 }), // contacts: never persons
    act('s3', 'A', '2023-05-01', ['p1', 'p2']),
    act('s4', 'A', '2023-06-01', ['p2']),
  ];
  const accompaniments = [acc('x1', 'A', 'p1', '2023-09-01'), acc('x2', 'B', 'p1', '2024-01-10'), acc('x3', 'A', 'p2', '2024-04-01')];

  it('is the distinct total of the sites together, not the sum of their rows', () => {
    const evolution = run({ spocActions, accompaniments }, { siteIds: ['A', 'B'] });
    const rows2024 = evolution.rows.filter((row) => row.year === 2024);
    expect(rows2024).toEqual([
      { year: 2024, siteId: 'A', spocPersons: 3, accompaniedPersons: 2, accompaniments: 2, source: 'data' },
      { year: 2024, siteId: 'B', spocPersons: 2, accompaniedPersons: 1, accompaniments: 1, source: 'data' },
    ]);
    const network2024 = evolution.network.find((row) => row.year === 2024);
    expect(network2024).toMatchObject({ spocPersons: 4, accompaniedPersons: 2, accompaniments: 3, source: 'data' });
    expect(rows2024.reduce((sum, row) => sum + (row.spocPersons ?? 0), 0)).toBe(5);
  });

  it('gives the growth on the previous year (this year / the previous one)', () => {
    // A period over both years: B recorded nothing in 2023, a year the app was in use, so 0 there.
    const evolution = run({ spocActions, accompaniments }, { from: '2023-01-01', siteIds: ['A', 'B'], evolutionYears: [2023, 2024] });
    expect(evolution.network).toEqual([
      { year: 2023, spocPersons: 2, accompaniedPersons: 1, accompaniments: 1, growth: null, source: 'data' },
      { year: 2024, spocPersons: 4, accompaniedPersons: 2, accompaniments: 3, growth: { spocPersons: 2, accompaniedPersons: 2 }, source: 'data' },
    ]);
  });

  it('has no growth without the previous year, or on a previous year of 0', () => {
    const gap = run({ spocActions }, { siteIds: ['A'], evolutionYears: [2022, 2024] });
    expect(gap.network.map((row) => row.growth)).toEqual([null, null]);
    const fromZero = run({ spocActions: [act('s1', 'A', '2024-02-01', ['p1']), act('s0', 'A', '2022-02-01', ['p9'])] }, { siteIds: ['A'], evolutionYears: [2022, 2023, 2024] });
    // 2023 had nothing at A (a year of the data, 0 persons): the growth of 2024 on 0 is none.
    expect(fromZero.network.map((row) => [row.year, row.spocPersons, row.growth])).toEqual([
      [2022, 1, null],
      [2023, 0, { spocPersons: 0, accompaniedPersons: null }],
      [2024, 1, null],
    ]);
  });

  it('matches the 2024 report: 433 distinct, not the 436 sum of the sites, 433 / 355 = 122 %', () => {
    // Three persons informed at two sites each: the sites' rows add up to 436, the network has 433.
    const persons = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index}`);
    const shared = persons('shared', 3);
    const actions2024 = [
      act('a', 'A', '2024-03-01', [...persons('a', 233), ...shared]),
      act('b', 'B', '2024-03-01', [...persons('b', 117), ...shared]),
      act('c', 'C', '2024-03-01', persons('c', 80)),
    ];
    const actions2023 = [act('z', 'A', '2023-03-01', persons('old', 355))];
    const evolution = run({ spocActions: [...actions2024, ...actions2023] }, { from: '2023-01-01', siteIds: ['A', 'B', 'C'], evolutionYears: [2023, 2024] });
    const rows = evolution.rows.filter((row) => row.year === 2024);
    expect(rows.reduce((sum, row) => sum + (row.spocPersons ?? 0), 0)).toBe(436);
    const network = evolution.network.find((row) => row.year === 2024);
    expect(network?.spocPersons).toBe(433);
    expect(network?.growth?.spocPersons).toBeCloseTo(433 / 355);
    expect(Math.round((network?.growth?.spocPersons ?? 0) * 100)).toBe(122);
  });

  it('counts a record at the site where the work was done (workSiteId), not its current site', () => {
    // workSiteId joins the records' schema with the work-site part; the report reads it already.
    const transferred = acc('x9', 'B', 'p7', '2023-02-01', { workSiteId: 'A', exitDate: '2023-10-01' } as TableData['accompaniments']);
    const evolution = run({ accompaniments: [transferred] }, { siteIds: ['A', 'B'], evolutionYears: [2023] });
    // B has nothing of its own before the period: unknown there, not 0.
    expect(evolution.rows.map((row) => [row.siteId, row.accompaniedPersons])).toEqual([
      ['A', 1],
      ['B', null],
    ]);
  });
});

describe('evolution: past years', () => {
  const spocActions = [act('s1', 'A', '2024-02-01', ['p1']), act('s2', 'B', '2024-02-01', ['p2'])];

  it('shows a site nobody entered as missing, never as 0, and the total as missing', () => {
    const evolution = run({ spocActions, pastYears: [{ year: 2022, siteId: 'A', spocPersons: 50, accompaniedPersons: 20 }] }, { siteIds: ['A', 'B'] });
    expect(evolution.rows.filter((row) => row.year === 2022)).toEqual([
      { year: 2022, siteId: 'A', spocPersons: 50, accompaniedPersons: 20, accompaniments: null, source: 'entered' },
      { year: 2022, siteId: 'B', spocPersons: null, accompaniedPersons: null, accompaniments: null, source: 'missing' },
    ]);
    expect(evolution.network[0]).toEqual({ year: 2022, spocPersons: null, accompaniedPersons: null, accompaniments: null, growth: null, source: 'missing' });
  });

  it('takes the network reporter’s entered total for a year before the app, and grows from it', () => {
    const evolution = run(
      {
        spocActions,
        pastYears: [
          { year: 2023, siteId: 'A', spocPersons: 60, accompaniedPersons: 20, accompaniments: 22 },
          { year: 2023, siteId: 'B', spocPersons: 40, accompaniedPersons: 10 },
        ],
        networkPastYears: [{ year: 2023, spocPersons: 97, accompaniedPersons: 29 }],
      },
      { siteIds: ['A', 'B'] },
    );
    expect(evolution.rows.filter((row) => row.year === 2023).map((row) => [row.siteId, row.spocPersons, row.accompaniments, row.source])).toEqual([
      ['A', 60, 22, 'entered'],
      ['B', 40, null, 'entered'],
    ]);
    expect(evolution.network).toEqual([
      { year: 2023, spocPersons: 97, accompaniedPersons: 29, accompaniments: null, growth: null, source: 'entered' },
      { year: 2024, spocPersons: 2, accompaniedPersons: 0, accompaniments: 0, growth: { spocPersons: 2 / 97, accompaniedPersons: 0 }, source: 'data' },
    ]);
  });

  it('uses the one site’s entered figure as the total of a report over that site alone', () => {
    const evolution = run({ spocActions, pastYears: [{ year: 2023, siteId: 'A', spocPersons: 60, accompaniedPersons: 20 }] }, { siteIds: ['A'] });
    expect(evolution.network[0]).toMatchObject({ year: 2023, spocPersons: 60, accompaniedPersons: 20, source: 'entered' });
  });

  it('lets the data win over an entry for the same year and site', () => {
    const evolution = run({ spocActions, pastYears: [{ year: 2024, siteId: 'A', spocPersons: 99, accompaniedPersons: 99 }] }, { siteIds: ['A'] });
    expect(evolution.rows).toEqual([{ year: 2024, siteId: 'A', spocPersons: 1, accompaniedPersons: 0, accompaniments: 0, source: 'data' }]);
  });

  it('shows 0 for a year of the app in which a site recorded nothing', () => {
    const evolution = run({ spocActions: [act('s1', 'A', '2023-02-01', ['p1']), act('s2', 'B', '2024-02-01', ['p2'])] }, { siteIds: ['A', 'B'], evolutionYears: [2023, 2024] });
    // B started in 2024: 2023 is unknown there; A recorded nothing in 2024, which is 0.
    expect(evolution.rows.map((row) => [row.year, row.siteId, row.spocPersons, row.source])).toEqual([
      [2023, 'A', 1, 'data'],
      [2023, 'B', null, 'missing'],
      [2024, 'A', 0, 'data'],
      [2024, 'B', 1, 'data'],
    ]);
  });
});

describe('evolution: a closed site', () => {
  // Molenbeek (M) left the programme on 30 June 2024: its 2023 and 2024 stay, 2025 has no row.
  const spocActions = [act('m1', 'M', '2023-02-01', ['p1', 'p2']), act('m2', 'M', '2024-03-01', ['p3']), act('a1', 'A', '2025-03-01', ['p4'])];
  const closedSites = { M: '2024-06-30' };

  it('keeps its past years, marked closed, and has no rows after the year it left', () => {
    const evolution = run({ spocActions, closedSites }, { from: '2025-01-01', to: '2025-12-31', siteIds: ['A', 'M'], evolutionYears: [2023, 2024, 2025] });
    expect(evolution.rows.map((row) => [row.year, row.siteId, row.spocPersons, row.closed ?? false])).toEqual([
      [2023, 'A', null, false],
      [2023, 'M', 2, true],
      [2024, 'A', null, false],
      [2024, 'M', 1, true],
      [2025, 'A', 1, false],
    ]);
    // Its persons stay in the network's past years.
    expect(evolution.network.map((row) => [row.year, row.spocPersons, row.source])).toEqual([
      [2023, null, 'missing'],
      [2024, null, 'missing'],
      [2025, 1, 'data'],
    ]);
  });

  it('keeps the network total of its years when every site has data then', () => {
    const evolution = run({ spocActions: [...spocActions, act('a0', 'A', '2023-01-05', ['p1'])], closedSites }, { siteIds: ['A', 'M'], evolutionYears: [2023] });
    expect(evolution.network[0]).toMatchObject({ year: 2023, spocPersons: 2, source: 'data' });
  });

  it('keeps its entered past years', () => {
    const evolution = run({ closedSites, pastYears: [{ year: 2021, siteId: 'M', spocPersons: 80, accompaniedPersons: 30 }] }, { siteIds: ['M'] });
    expect(evolution.rows).toEqual([
      { year: 2021, siteId: 'M', spocPersons: 80, accompaniedPersons: 30, accompaniments: null, closed: true, source: 'entered' },
      // The default years run from the first known one with no gap: 2022 and 2023 nobody entered.
      { year: 2022, siteId: 'M', spocPersons: null, accompaniedPersons: null, accompaniments: null, closed: true, source: 'missing' },
      { year: 2023, siteId: 'M', spocPersons: null, accompaniedPersons: null, accompaniments: null, closed: true, source: 'missing' },
      // It left during 2024, the period's year: that year is still its own, as 0.
      { year: 2024, siteId: 'M', spocPersons: 0, accompaniedPersons: 0, accompaniments: 0, closed: true, source: 'data' },
    ]);
  });
});

it('writes the year as a number', () => {
  const evolution = run({ spocActions: [act('s1', 'A', '2024-02-01', ['p1'])] }, { siteIds: ['A'] });
  const parsed = JSON.parse(JSON.stringify(evolution)) as typeof evolution;
  expect(typeof parsed.rows[0]?.year).toBe('number');
  expect(typeof parsed.network[0]?.year).toBe('number');
});
