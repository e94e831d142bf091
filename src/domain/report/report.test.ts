// Table-driven tests of each counting rule of docs/report-counting.md, on small hand-built data.
import { describe, expect, it } from 'vitest';
import { computeActivityReport, maskSmallCells, type ReportInput, type ReportOptions, type ReportRecord, type ReportTable } from './index';
import { ageBand, ageOn, assertPeriod, inPeriod, openDuring } from './period';
import { normalizedName } from './quality';
import type { TableData } from '../entities';

const rec = <T extends ReportTable>(id: string, siteId: string, data: TableData[T], deleted = false): ReportRecord<T> => ({ id, siteId, deleted, data });
const cand = (id: string, data: TableData['candidates'] = {}, deleted = false) => rec<'candidates'>(id, 'A', { firstName: id, lastName: 'Doe', ...data }, deleted);
const act = (id: string, siteId: string, data: TableData['spocActions'], deleted = false) =>
  rec<'spocActions'>(id, siteId, { kind: 'individuelle', date: '2024-05-01', ...data }, deleted);
const acc = (id: string, siteId: string, data: TableData['accompaniments'], deleted = false) =>
  rec<'accompaniments'>(id, siteId, { metier: 'coiffeur', startDate: '2024-03-01', status: 'open', ...data }, deleted);
const step = (id: string, siteId: string, data: TableData['validationSteps'], deleted = false) =>
  rec<'validationSteps'>(id, siteId, { uc: 'UC1', ...data }, deleted);
const input = (parts: Partial<ReportInput>): ReportInput => ({
  candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], ...parts,
});
const Y2024: ReportOptions = { from: '2024-01-01', to: '2024-12-31', evolutionYears: [] };
const run = (parts: Partial<ReportInput>, options: Partial<ReportOptions> = {}) => computeActivityReport(input(parts), { ...Y2024, ...options });

describe('period rules', () => {
  it.each([
    ['2024-13-01', '2024-12-31'],
    ['2024-02-30', '2024-12-31'],
    ['2024-12-31', '2024-01-01'],
  ])('refuses the period %s..%s', (from, to) => {
    expect(() => assertPeriod({ from, to })).toThrow(RangeError);
  });

  it.each([
    ['2023-12-31', false], ['2024-01-01', true], ['2024-12-31', true], ['2025-01-01', false], [undefined, false], [null, false],
  ])('an action dated %s is in 2024: %s', (date, expected) => {
    expect(inPeriod(date, { from: '2024-01-01', to: '2024-12-31' })).toBe(expected);
  });

  it.each([
    ['opened before, still open', '2023-06-01', undefined, true],
    ['opened before, closed inside', '2023-06-01', '2024-02-01', true],
    ['closed on the first day', '2023-06-01', '2024-01-01', true],
    ['closed the day before', '2023-06-01', '2023-12-31', false],
    ['opened on the last day', '2024-12-31', null, true],
    ['opened after', '2025-01-01', null, false],
    ['no start date', undefined, null, false],
  ])('accompaniment %s counts: %s', (_, start, exit, expected) => {
    expect(openDuring(start, exit, { from: '2024-01-01', to: '2024-12-31' })).toBe(expected);
  });

  it.each([
    ['1990-06-15', '2024-06-14', 33],
    ['1990-06-15', '2024-06-15', 34],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['1990', '2024-01-01', 34], // birth year alone: year of the period's last day − birth year
    ['1990', '2024-12-31', 34],
    ['19x0', '2024-12-31', undefined],
    [undefined, '2024-12-31', undefined],
  ])('born %s is %s on %s', (birth, day, age) => {
    expect(ageOn(birth, day)).toBe(age);
  });

  it.each([[-1, '<25'], [24, '<25'], [25, '25-34'], [34, '25-34'], [35, '35-44'], [44, '35-44'], [45, '45-49'], [49, '45-49'], [50, '50-54'], [54, '50-54'], [55, '55+'], [90, '55+']])(
    'age %i is band %s', (age, band) => expect(ageBand(age)).toBe(band),
  );
});

describe('SPOC', () => {
  it('counts named persons once per row and once in total, and unnamed people as contacts, never as persons', () => {
    const report = run({
      candidates: [cand('p1'), cand('p2')],
      spocActions: [
        act('a1', 'A', { candidateIds: ['p1'], metiers: ['coiffeur'] }),
        act('a2', 'A', { kind: 'collective', candidateIds: ['p1', 'p2'], headCount: 10, metiers: ['coiffeur', 'carreleur', 'coiffeur'] }),
        act('a3', 'B', { kind: 'mail', candidateIds: ['p1'], headCount: 3 }),
        act('a4', 'B', { candidateIds: ['p2'] }, true), // deleted: never counts
        act('a5', 'B', { candidateIds: ['p2'], date: '2025-01-01' }), // other period
      ],
    });
    expect(report.spoc.bySite).toEqual([
      { siteId: 'A', actions: 2, persons: 2, contacts: 10, byKind: { individuelle: 1, collective: 1, mail: 0 } },
      { siteId: 'B', actions: 1, persons: 1, contacts: 3, byKind: { individuelle: 0, collective: 0, mail: 1 } },
    ]);
    expect(report.spoc.total).toEqual({ actions: 3, persons: 2, contacts: 13, byKind: { individuelle: 1, collective: 1, mail: 1 } });
    expect(report.spoc.byMetier).toEqual([{ metier: 'coiffeur', actions: 2 }, { metier: 'carreleur', actions: 1 }]);
  });

  it.each([
    ['a deleted candidate: the action counts, the person does not', [cand('p1', {}, true)], 1, 0],
    ['an erased candidate still counts', [cand('p1', { erased: true, firstName: null, lastName: null })], 1, 1],
    ['a file merged into another counts as that file', [cand('p1', { mergedInto: 'p2' }), cand('p2', { mergedInto: 'p3' }), cand('p3')], 2, 1],
    ['a merge cycle is one person', [cand('p1', { mergedInto: 'p3' }), cand('p3', { mergedInto: 'p1' })], 2, 1],
    ['a chain into a deleted file is no person', [cand('p1', { mergedInto: 'p2' }), cand('p2', {}, true)], 1, 0],
    ['a candidate id without file is still a person', [], 1, 1],
  ])('%s', (_, candidates, actions, persons) => {
    const spocActions = [act('a1', 'A', { candidateIds: ['p1'] })];
    if (actions === 2) spocActions.push(act('a2', 'A', { candidateIds: ['p3'] }));
    expect(run({ candidates, spocActions }).spoc.total).toMatchObject({ actions, persons });
  });

  it('ignores sites outside the selection and lists every selected site', () => {
    const report = run({ spocActions: [act('a1', 'A', { candidateIds: ['p1'] }), act('a2', 'B', { candidateIds: ['p2'] })] }, { siteIds: ['B', 'C'] });
    expect(report.spoc.bySite.map((row) => [row.siteId, row.actions])).toEqual([['B', 1], ['C', 0]]);
    expect(report.spoc.total.persons).toBe(1);
  });
});

describe('accompaniment', () => {
  const candidates = [cand('p1'), cand('p2'), cand('p3', {}, true)];
  const accompaniments = [
    acc('x1', 'A', { candidateId: 'p1', startDate: '2023-10-01' }), // open across the boundary
    acc('x2', 'A', { candidateId: 'p1', metier: 'carreleur', startDate: '2024-02-01', exitDate: '2024-03-01', status: 'closed' }),
    acc('x3', 'B', { candidateId: 'p1', startDate: '2024-06-01' }), // same person at a second site
    acc('x4', 'B', { candidateId: 'p2', startDate: '2022-01-01', exitDate: '2023-12-31', status: 'closed' }), // closed before
    acc('x5', 'B', { candidateId: 'p3', startDate: '2024-01-01' }), // deleted candidate
    acc('x6', 'B', { candidateId: 'p2', startDate: '2024-01-01' }, true), // deleted accompaniment
  ];
  const validationSteps = [
    step('v1', 'A', { candidateId: 'p1', accompanimentId: 'x1', testDate: '2024-11-01', result: 'reussi' }),
    step('v2', 'B', { candidateId: 'p2', testDate: '2024-11-01', result: 'reussi' }),
  ];

  it('counts open accompaniments, distinct persons and persons with Titre per site', () => {
    const report = run({ candidates, accompaniments, validationSteps });
    expect(report.accompaniment.bySite).toEqual([
      { siteId: 'A', accompaniments: 2, persons: 1, personsWithTitre: 1, new: 1, carriedOver: 1 },
      { siteId: 'B', accompaniments: 2, persons: 1, personsWithTitre: 1, new: 2, carriedOver: 0 },
    ]);
    expect(report.accompaniment.total).toEqual({ accompaniments: 4, persons: 1, personsWithTitre: 1, new: 3, carriedOver: 1 });
    expect(report.accompaniment.byMetierTotal).toEqual({ accompaniments: 4, persons: 1 });
    expect(report.exits.total).toMatchObject({ closed: 1, positive: 0, positiveShare: 0 });
    expect(report.exits.total.byReason.unknown).toBe(1);
    expect(report.accompaniment.byMetier).toEqual([
      { metier: 'coiffeur', siteId: 'B', accompaniments: 2, persons: 1 },
      { metier: 'carreleur', siteId: 'A', accompaniments: 1, persons: 1 },
      { metier: 'coiffeur', siteId: 'A', accompaniments: 1, persons: 1 },
    ]);
  });

  it('counts an accompaniment open across the boundary in both years, and a Titre only in its year', () => {
    const report = run({ candidates, accompaniments, validationSteps }, { from: '2023-01-01', to: '2023-12-31' });
    expect(report.accompaniment.bySite).toEqual([
      { siteId: 'A', accompaniments: 1, persons: 1, personsWithTitre: 0, new: 1, carriedOver: 0 },
      { siteId: 'B', accompaniments: 1, persons: 1, personsWithTitre: 0, new: 0, carriedOver: 1 },
    ]);
  });
});

describe('modules', () => {
  it('counts distinct present/late candidates per session site and module', () => {
    const sessions = [
      rec<'moduleSessions'>('s1', 'A', { module: 'fle', date: '2024-02-01' }),
      rec<'moduleSessions'>('s2', 'A', { module: 'fle', date: '2024-03-01' }),
      rec<'moduleSessions'>('s3', 'B', { module: 'steam', date: '2025-03-01' }), // other period
      rec<'moduleSessions'>('s4', 'B', { module: 'steam', date: '2024-03-01' }, true), // deleted
      rec<'moduleSessions'>('s5', 'B', { module: 'numerique', date: '2024-03-01' }),
    ];
    const att = (id: string, sessionId: string, candidateId: string, status: string, deleted = false) =>
      rec<'attendance'>(id, 'Z', { sessionId, candidateId, status }, deleted);
    const report = run({
      candidates: [cand('p1'), cand('p2'), cand('p3', { mergedInto: 'p1' }), cand('p4', {}, true)],
      moduleSessions: sessions,
      attendance: [
        att('t1', 's1', 'p1', 'present'), att('t2', 's2', 'p1', 'retard'), att('t3', 's2', 'p3', 'present'),
        att('t4', 's2', 'p2', 'inscrit'), att('t5', 's1', 'p2', 'absent'), att('t6', 's3', 'p2', 'present'),
        att('t7', 's4', 'p2', 'present'), att('t8', 's5', 'p2', 'present', true), att('t9', 's5', 'p4', 'present'),
        att('t10', 's5', 'p1', 'absent-excuse'),
      ],
    });
    // Every module of the list is a row of each site with figures, in the list's order.
    expect(report.modules).toEqual(
      ['soft-skills', 'technique-remise-a-niveau', 'technique-renforcement', 'steam', 'fle', 'numerique'].map((module) => ({ siteId: 'A', module, candidates: module === 'fle' ? 1 : 0 })),
    );
  });
});

describe('validation', () => {
  const accompaniments = [acc('x1', 'A', { candidateId: 'p1' }), acc('x2', 'A', { candidateId: 'p1' }, true)];
  const base = { candidateId: 'p1' };
  it('applies the registration / test / Titre definitions and the site of the accompaniment', () => {
    const report = run({
      accompaniments,
      validationSteps: [
        step('v1', 'B', { ...base, accompanimentId: 'x1', registrationDate: '2024-01-10', testDate: '2024-02-01', result: 'reussi', centreRegion: 'wallonie' }),
        step('v2', 'B', { ...base, accompanimentId: 'x1', registrationDate: '2023-12-10', testDate: '2024-02-01', result: 'echoue' }),
        step('v3', 'B', { ...base, accompanimentId: 'x1', registrationDate: '2024-03-10', testDate: '2024-04-01', result: 'absent' }),
        step('v4', 'B', { ...base, accompanimentId: 'x2', registrationDate: '2024-03-10', testDate: '2025-01-02', result: 'reussi' }),
        step('v5', 'B', { ...base, registrationDate: '2024-03-10', testDate: '2024-05-01' }),
        step('v6', 'B', { ...base, accompanimentId: 'x1', registrationDate: '2024-03-10', testDate: '2024-05-01', result: 'reussi' }, true),
      ],
    });
    expect(report.validation.bySite).toEqual([
      { siteId: 'A', registrations: 2, testsTaken: 2, titres: 1, presenceRate: 1, successRate: 0.5, walloonTestsTaken: 1 },
      // v4's accompaniment is deleted and v5 has none: the step's own site.
      { siteId: 'B', registrations: 2, testsTaken: 0, titres: 0, presenceRate: 0, successRate: null, walloonTestsTaken: 0 },
    ]);
    expect(report.validation.total).toMatchObject({ registrations: 4, testsTaken: 2, titres: 1, presenceRate: 0.5, successRate: 0.5 });
    expect(report.validation.walloonShare).toBe(0.5);
    expect(report.topMetiersToTest).toEqual([{ metier: 'coiffeur', testsTaken: 2, titres: 1, successRate: 0.5 }]);
  });

  it('gives null rates when denominators are 0, and presence can exceed 1', () => {
    expect(run({}).validation).toEqual({
      total: { registrations: 0, testsTaken: 0, titres: 0, presenceRate: null, successRate: null, walloonTestsTaken: 0 },
      bySite: [],
      walloonShare: null,
    });
    const report = run({ validationSteps: [step('v1', 'A', { ...base, registrationDate: '2023-12-01', testDate: '2024-01-05', result: 'echoue' })] });
    expect(report.validation.total).toMatchObject({ registrations: 0, testsTaken: 1, presenceRate: null, successRate: 0 });
    expect(report.topMetiersToTest).toEqual([{ metier: 'unknown', testsTaken: 1, titres: 0, successRate: 0 }]);
  });
});

describe('profiles', () => {
  it('counts each person reached once per table, with unknown for missing values', () => {
    const report = run({
      candidates: [
        cand('p1', { birthDate: '1990', gender: 'F', communeCode: 'anderlecht', certificationAtEntry: 0, source: 'cpas', motivation: 'emploi', frenchLevel: 'inconnu' }),
        cand('p2', { birthDate: '2000-12-31', communeCode: 'hors-bruxelles', certificationAtEntry: null }),
        cand('p3', { mergedInto: 'p1', gender: 'M' }),
        cand('p4', { erased: true, firstName: null, lastName: null, gender: 'X', birthDate: '1960-01-01' }),
        cand('p5', { gender: 'M' }, true),
      ],
      accompaniments: ['p1', 'p2', 'p3', 'p4', 'p5', 'ghost'].map((candidateId, i) => acc(`x${i}`, 'A', { candidateId })),
    });
    expect(report.accompaniment.total.persons).toBe(4);
    expect(report.personsReached).toBe(4);
    expect(report.profilesAccompanied).toEqual(report.profiles);
    // Every code of the list, in the list's order, with 0; unknown last.
    expect(Object.keys(report.profiles.ageBand)).toEqual(['<25', '25-34', '35-44', '45-49', '50-54', '55+', 'unknown']);
    expect(report.profiles.gender).toEqual({ F: 1, M: 0, X: 1, U: 0, unknown: 2 });
    expect(Object.keys(report.profiles.zone)).toEqual(['ouest', 'nord-ouest', 'centre', 'nord-est', 'sud', 'sud-est', 'hors-bruxelles', 'unknown']);
    const nonZero = (counts: Record<string, number>) => Object.fromEntries(Object.entries(counts).filter(([, n]) => n !== 0));
    expect(Object.fromEntries(Object.entries(report.profiles).map(([table, counts]) => [table, nonZero(counts)]))).toEqual({
      certificationAtEntry: { '0': 1, unknown: 3 },
      motivation: { emploi: 1, unknown: 3 },
      frenchLevel: { inconnu: 1, unknown: 3 },
      source: { cpas: 1, unknown: 3 },
      gender: { F: 1, X: 1, unknown: 2 },
      ageBand: { '<25': 1, '25-34': 1, '55+': 1, unknown: 1 },
      commune: { anderlecht: 1, 'hors-bruxelles': 1, unknown: 2 },
      zone: { ouest: 1, 'hors-bruxelles': 1, unknown: 2 },
    });
  });
});

describe('evolution', () => {
  const spocActions = [act('a1', 'A', { candidateIds: ['p1', 'p2'], date: '2023-03-01' }), act('a2', 'A', { candidateIds: ['p1'], date: '2024-03-01' })];
  const accompaniments = [acc('x1', 'A', { candidateId: 'p1', startDate: '2023-05-01' })];
  const pastYears = [
    { year: 2022, siteId: 'A', spocPersons: 50, accompaniedPersons: 20 },
    { year: 2023, siteId: 'A', spocPersons: 99, accompaniedPersons: 99 }, // the data has 2023: data wins
    { year: 2023, siteId: 'B', spocPersons: 7, accompaniedPersons: 3 },
    { year: 2023, siteId: 'C', spocPersons: 1, accompaniedPersons: 1 },
  ];
  it('computes years from the data and fills years without data from the entered figures', () => {
    const report = run({ spocActions, accompaniments, pastYears }, { evolutionYears: undefined, siteIds: ['A', 'B'] });
    expect(report.evolution.rows).toEqual([
      { year: 2022, siteId: 'A', spocPersons: 50, accompaniedPersons: 20, accompaniments: null, source: 'entered' },
      { year: 2022, siteId: 'B', spocPersons: null, accompaniedPersons: null, accompaniments: null, source: 'missing' },
      { year: 2023, siteId: 'A', spocPersons: 2, accompaniedPersons: 1, accompaniments: 1, source: 'data' },
      { year: 2023, siteId: 'B', spocPersons: 7, accompaniedPersons: 3, accompaniments: null, source: 'entered' },
      { year: 2024, siteId: 'A', spocPersons: 1, accompaniedPersons: 1, accompaniments: 1, source: 'data' },
      { year: 2024, siteId: 'B', spocPersons: 0, accompaniedPersons: 0, accompaniments: 0, source: 'data' },
    ]);
  });
});

describe('data quality', () => {
  it('lists stale accompaniments, tests without result, missing fields and possible duplicates', () => {
    const report = run(
      {
        candidates: [
          cand('p1', { firstName: 'José', lastName: 'Da Silva', birthDate: '1980-02-03', certificationAtEntry: 1, source: 'cpas', communeCode: 'ixelles' }),
          cand('p2', { firstName: 'da silva', lastName: 'JOSE', birthDate: '1980' }),
          cand('p3', { firstName: 'José', lastName: 'Da Silva', birthDate: '1981' }),
        ],
        spocActions: [act('a1', 'A', { candidateIds: ['p2', 'p3'], date: '2023-06-01' })],
        accompaniments: [
          acc('x1', 'A', { candidateId: 'p1', startDate: '2022-01-01' }), // nothing since: stale
          acc('x2', 'A', { candidateId: 'p2', startDate: '2022-01-01' }), // SPOC action 2023-06-01: stale on 2024-12-31
          acc('x3', 'A', { candidateId: 'p3', startDate: '2022-01-01' }),
          acc('x4', 'A', { candidateId: 'p1', startDate: '2022-01-01', exitDate: '2024-06-01' }), // closed: not listed
        ],
        validationSteps: [
          step('v1', 'A', { candidateId: 'p3', accompanimentId: 'x3', registrationDate: '2024-01-02', testDate: '2024-06-01' }), // no result
          step('v2', 'A', { candidateId: 'p3', accompanimentId: 'x3', testDate: '2024-12-01', result: 'reussi' }),
          step('v3', 'A', { candidateId: 'p3', testDate: '2024-12-20' }), // after asOf
        ],
      },
      { asOf: '2024-12-15' },
    );
    expect(report.dataQuality).toEqual({
      asOf: '2024-12-15',
      staleAccompaniments: [
        { accompanimentId: 'x1', siteId: 'A', candidateId: 'p1', startDate: '2022-01-01', lastActivityDate: '2022-01-01' },
        { accompanimentId: 'x2', siteId: 'A', candidateId: 'p2', startDate: '2022-01-01', lastActivityDate: '2023-06-01' },
      ],
      testsWithoutResult: [{ validationStepId: 'v1', siteId: 'A', candidateId: 'p3', testDate: '2024-06-01' }],
      candidatesMissingFields: [
        { candidateId: 'p2', siteId: 'A', missing: ['certificationAtEntry', 'source', 'communeCode'] },
        { candidateId: 'p3', siteId: 'A', missing: ['certificationAtEntry', 'source', 'communeCode'] },
      ],
      possibleDuplicates: [{ birthYear: '1980', candidateIds: ['p1', 'p2'] }],
    });
  });

  it('counts as possible duplicates the pairs the tablets flag: a spelling variant, a name in Arabic script; never a pair marked "not the same person"', () => {
    const report = run(
      {
        candidates: [
          cand('q1', { firstName: 'Mohammed', lastName: 'El Amrani', birthDate: '1990-03-12' }),
          cand('q2', { firstName: 'Muhammad', lastName: 'Al-Amrani', birthDate: '1990-03-12' }),
          cand('q3', { firstName: 'محمد', lastName: 'العلوي', birthDate: '1985-05-05' }),
          cand('q4', { firstName: 'Mohamed', lastName: 'Alaoui', birthDate: '1985-05-05' }),
          cand('q5', { firstName: 'Fatima', lastName: 'Benali', birthDate: '1982-07-01', notSamePersonAs: ['q6'] }),
          cand('q6', { firstName: 'Fatma', lastName: 'Ben Ali', birthDate: '1982-07-01' }),
        ],
        spocActions: [act('a1', 'A', { candidateIds: ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'], date: '2024-06-01' })],
      },
      { asOf: '2024-12-15' },
    );
    expect(report.dataQuality.possibleDuplicates).toEqual([
      { birthYear: '1990', candidateIds: ['q1', 'q2'] },
      { birthYear: '1985', candidateIds: ['q3', 'q4'] },
    ]);
  });

  it('normalizes names: case, accents, punctuation, order', () => {
    expect(normalizedName('  Marie-Ève ', "N'Diaye")).toBe(normalizedName('ndiaye', 'marie eve'));
    expect(normalizedName('Zoë', 'Ábel')).toBe('abel zoe');
  });
});

describe('maskSmallCells', () => {
  it('masks profile cells 1..4, keeps 0 and ≥5 (two small cells hide each other), and leaves the sites’ headline figures alone', () => {
    const report = run({});
    report.profiles.gender = { F: 5, M: 4, X: 1, U: 0 };
    report.spoc.total.persons = 2;
    const masked = maskSmallCells(report);
    expect(masked.profiles.gender).toEqual({ F: 5, M: '<5', X: '<5', U: 0 });
    expect(masked.spoc.total.persons).toBe(2);
    expect(report.profiles.gender.M).toBe(4); // pure
  });
});
