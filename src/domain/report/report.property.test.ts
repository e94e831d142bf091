// Property test: computeActivityReport against a deliberately naive recount written here, with
// plain loops and nothing imported from the implementation, over generated data (random sites,
// candidates with merges / deletions / erasures, actions, accompaniments, sessions, attendance,
// validation steps, periods, site selections and entered past years).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import brussels from '../reference/brussels.json';
import vdc from '../reference/vdc.json';
import { projectForReport } from './fields';
import { computeActivityReport, type ReportInput, type ReportOptions, type ReportRecord, type ReportTable } from './index';

const SITES = ['s1', 's2', 's3'];
const CIDS = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
const LINKS = [...CIDS, 'ghost'];
const METIERS = ['coiffeur', 'carreleur', 'aide-menager'];
const MODULES = ['fle', 'steam', 'numerique'];

const pad = (n: number) => String(n).padStart(2, '0');
const dayArb = fc.oneof(
  fc.constantFrom('2023-12-31', '2024-01-01', '2024-06-30', '2024-07-01', '2024-12-31', '2025-01-01'),
  fc.integer({ min: 0, max: 3 * 365 }).map((offset) => {
    const d = new Date(Date.UTC(2023, 0, 1 + offset));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  }),
);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const site = fc.constantFrom(...SITES);
const deleted = fc.constantFrom(false, false, true);
const link = fc.constantFrom(...LINKS);

const candidateArb = (id: string) =>
  fc.record({
    id: fc.constant(id),
    siteId: site,
    deleted: fc.oneof(fc.constant(false), fc.constant(false), fc.constant(true)),
    data: fc.record(
      {
        firstName: fc.constantFrom('Ana', 'Bob'),
        lastName: fc.constantFrom('Lee', 'Diop'),
        birthDate: fc.constantFrom('1960', '1990', '2001', '1999-06-15', '2000-02-29', '1985-12-31'),
        gender: fc.constantFrom('F', 'M', 'X', 'U'),
        communeCode: fc.constantFrom('anderlecht', 'ixelles', 'schaerbeek', 'hors-bruxelles'),
        certificationAtEntry: fc.option(fc.integer({ min: 0, max: 9 }), { nil: null }),
        source: fc.constantFrom('cpas', 'oisp'),
        motivation: fc.constantFrom('emploi', 'autre'),
        frenchLevel: fc.constantFrom('bon', 'inconnu'),
        mergedInto: fc.constantFrom(...LINKS),
        erased: fc.boolean(),
      },
      { requiredKeys: [] },
    ),
  });

const inputArb: fc.Arbitrary<ReportInput> = fc
  .record({
    candidates: fc.tuple(...CIDS.map((id) => fc.option(candidateArb(id), { nil: undefined }))),
    spocActions: fc.array(
      fc.record({
        siteId: site,
        deleted,
        data: fc.record({
          date: dayArb,
          kind: fc.constantFrom('individuelle', 'collective', 'mail'),
          candidateIds: fc.array(link, { maxLength: 4 }),
          headCount: opt(fc.integer({ min: 0, max: 5 })),
          metiers: opt(fc.array(fc.constantFrom(...METIERS), { maxLength: 3 })),
        }),
      }),
      { maxLength: 15 },
    ),
    accompaniments: fc.array(
      fc.record({
        siteId: site,
        deleted,
        data: fc.record({
          candidateId: link,
          metier: opt(fc.constantFrom(...METIERS)),
          startDate: dayArb,
          exitDate: fc.option(dayArb, { nil: null }),
          status: fc.constantFrom('open' as const, 'closed' as const),
        }),
      }),
      { maxLength: 10 },
    ),
    moduleSessions: fc.array(
      fc.record({ siteId: site, deleted, data: fc.record({ module: fc.constantFrom(...MODULES), date: dayArb }) }),
      { maxLength: 6 },
    ),
    attendance: fc.array(
      fc.record({
        siteId: site,
        deleted,
        data: fc.record({
          sessionId: fc.constantFrom('m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'nope'),
          candidateId: link,
          status: fc.constantFrom('inscrit', 'present', 'retard', 'absent-excuse', 'absent'),
        }),
      }),
      { maxLength: 20 },
    ),
    validationSteps: fc.array(
      fc.record({
        siteId: site,
        deleted,
        data: fc.record({
          uc: fc.constant('UC1'),
          candidateId: link,
          accompanimentId: opt(fc.constantFrom('x0', 'x1', 'x2', 'x3', 'nope')),
          centreRegion: fc.option(fc.constantFrom('bruxelles', 'wallonie'), { nil: null }),
          registrationDate: fc.option(dayArb, { nil: null }),
          testDate: fc.option(dayArb, { nil: null }),
          result: fc.option(fc.constantFrom('reussi', 'echoue', 'absent', 'reporte'), { nil: null }),
        }),
      }),
      { maxLength: 12 },
    ),
    pastYears: fc.array(
      fc.record({
        year: fc.integer({ min: 2021, max: 2025 }),
        siteId: site,
        spocPersons: fc.nat(100),
        accompaniedPersons: fc.nat(100),
      }),
      { maxLength: 4 },
    ),
  })
  .map((raw) => {
    const withIds = <T extends object>(prefix: string, rows: T[]) => rows.map((row, i) => ({ id: `${prefix}${i}`, ...row }));
    return {
      candidates: raw.candidates.filter((c) => c !== undefined),
      spocActions: withIds('a', raw.spocActions),
      accompaniments: withIds('x', raw.accompaniments),
      moduleSessions: withIds('m', raw.moduleSessions),
      attendance: withIds('t', raw.attendance),
      validationSteps: withIds('v', raw.validationSteps),
      pastYears: raw.pastYears,
    } as ReportInput;
  });

const optionsArb: fc.Arbitrary<ReportOptions> = fc
  .record({
    a: dayArb,
    b: dayArb,
    siteIds: opt(fc.subarray(SITES)),
    evolutionYears: opt(fc.subarray([2021, 2022, 2023, 2024, 2025])),
  })
  .map(({ a, b, siteIds, evolutionYears }) => ({ from: a < b ? a : b, to: a < b ? b : a, siteIds, evolutionYears }));

// ---------- the naive recount ----------

function naiveReport(input: ReportInput, options: ReportOptions) {
  const from = options.from;
  const to = options.to;
  const visible = (s: string) => options.siteIds === undefined || options.siteIds.includes(s);
  const within = (d: string | null | undefined, f: string, t: string) => typeof d === 'string' && d >= f && d <= t;

  function person(id: string | null | undefined): string | undefined {
    if (!id) return undefined;
    const seen: string[] = [];
    let current = id;
    for (;;) {
      if (seen.includes(current)) return seen.slice(seen.indexOf(current)).sort()[0];
      seen.push(current);
      const file = input.candidates.find((c) => c.id === current);
      if (!file) return current;
      if (file.deleted) return undefined;
      if (!file.data.mergedInto) return current;
      current = file.data.mergedInto;
    }
  }
  function siteList(withData: string[]) {
    const all: string[] = [...(options.siteIds ?? [])];
    for (const s of withData) if (!all.includes(s)) all.push(s);
    return all.sort();
  }
  const liveAcc = (id: string | undefined) => input.accompaniments.find((x) => x.id === id && !x.deleted);
  const stepSite = (v: ReportRecord<'validationSteps'>) => liveAcc(v.data.accompanimentId)?.siteId ?? v.siteId;
  const steps = input.validationSteps.filter((v) => !v.deleted && visible(stepSite(v)));

  function spoc(f: string, t: string) {
    const acts = input.spocActions.filter((a) => !a.deleted && visible(a.siteId) && within(a.data.date, f, t));
    const figures = (list: typeof acts) => {
      const named: string[] = [];
      let head = 0;
      let contacts = 0;
      const byKind = { individuelle: 0, collective: 0, mail: 0 };
      for (const a of list) {
        head += a.data.headCount ?? 0;
        contacts += a.data.headCount ?? ((a.data.candidateIds ?? []).length === 0 ? 1 : 0);
        byKind[a.data.kind as keyof typeof byKind] += 1;
        for (const c of a.data.candidateIds ?? []) {
          const p = person(c);
          if (p !== undefined && !named.includes(p)) named.push(p);
        }
      }
      // `head` only for the evolution table, which still adds head counts (src/domain/report/evolution.ts).
      return { actions: list.length, persons: named.length, contacts, byKind, named, head };
    };
    const byMetier: { metier: string; actions: number }[] = [];
    for (const m of METIERS) {
      const n = acts.filter((a) => (a.data.metiers ?? []).includes(m)).length;
      if (n > 0) byMetier.push({ metier: m, actions: n });
    }
    byMetier.sort((x, y) => y.actions - x.actions || (x.metier < y.metier ? -1 : 1));
    const strip = ({ named: _named, head: _head, ...rest }: ReturnType<typeof figures>) => rest;
    const bySite = siteList(acts.map((a) => a.siteId)).map((s) => ({ siteId: s, ...figures(acts.filter((a) => a.siteId === s)) }));
    return {
      table: { total: strip(figures(acts)), bySite: bySite.map(({ siteId, ...rest }) => ({ siteId, ...strip(rest) })), byMetier },
      named: figures(acts).named,
      evolutionPersons: (s: string) => {
        const row = bySite.find((r) => r.siteId === s);
        return row ? row.persons + row.head : 0;
      },
      actionsAt: (s: string) => bySite.find((r) => r.siteId === s)?.actions ?? 0,
    };
  }

  function accompaniment(f: string, t: string) {
    const open = input.accompaniments.filter(
      (x) => !x.deleted && visible(x.siteId) && x.data.startDate! <= t && (x.data.exitDate == null || x.data.exitDate >= f),
    );
    const holders: string[] = [];
    for (const v of steps) {
      if (within(v.data.testDate, f, t) && v.data.result === 'reussi') {
        const p = person(v.data.candidateId);
        if (p !== undefined) holders.push(p);
      }
    }
    const personsOf = (list: typeof open) => {
      const ps: string[] = [];
      for (const x of list) {
        const p = person(x.data.candidateId);
        if (p !== undefined && !ps.includes(p)) ps.push(p);
      }
      return ps;
    };
    const figures = (list: typeof open) => {
      const ps = personsOf(list);
      const fresh = list.filter((x) => x.data.startDate! >= f).length;
      return { accompaniments: list.length, persons: ps.length, personsWithTitre: ps.filter((p) => holders.includes(p)).length, new: fresh, carriedOver: list.length - fresh };
    };
    const byMetier: { metier: string; siteId: string; accompaniments: number; persons: number }[] = [];
    for (const m of [...METIERS, 'unknown']) {
      for (const s of SITES) {
        const list = open.filter((x) => (x.data.metier ?? 'unknown') === m && x.siteId === s);
        if (list.length > 0) byMetier.push({ metier: m, siteId: s, accompaniments: list.length, persons: personsOf(list).length });
      }
    }
    byMetier.sort((x, y) => y.accompaniments - x.accompaniments || (x.metier + '|' + x.siteId < y.metier + '|' + y.siteId ? -1 : 1));
    return {
      table: {
        total: figures(open),
        bySite: siteList(open.map((x) => x.siteId)).map((s) => ({ siteId: s, ...figures(open.filter((x) => x.siteId === s)) })),
        byMetier,
        byMetierTotal: { accompaniments: open.length, persons: personsOf(open).length },
      },
      persons: personsOf(open),
    };
  }

  const modules: { siteId: string; module: string; candidates: number }[] = [];
  const moduleSites = new Set<string>();
  for (const s of SITES) {
    for (const m of vdc.modules.map((entry) => entry.code)) {
      const ps: string[] = [];
      for (const t of input.attendance) {
        if (t.deleted || (t.data.status !== 'present' && t.data.status !== 'retard')) continue;
        const session = input.moduleSessions.find((x) => x.id === t.data.sessionId && !x.deleted);
        if (!session || session.siteId !== s || session.data.module !== m || !visible(s) || !within(session.data.date, from, to)) continue;
        const p = person(t.data.candidateId);
        if (p !== undefined && !ps.includes(p)) ps.push(p);
      }
      if (ps.length > 0) moduleSites.add(s);
      modules.push({ siteId: s, module: m, candidates: ps.length });
    }
  }
  // Every module of the list for each site with a participation (or selected), in the list's order.
  const moduleRows = modules.filter((row) => siteList([...moduleSites]).includes(row.siteId));

  const validationFigures = (list: typeof steps) => {
    let registrations = 0;
    let testsTaken = 0;
    let titres = 0;
    let walloon = 0;
    for (const v of list) {
      if (within(v.data.registrationDate, from, to)) registrations++;
      if (within(v.data.testDate, from, to) && (v.data.result === 'reussi' || v.data.result === 'echoue')) {
        testsTaken++;
        if (v.data.centreRegion === 'wallonie') walloon++;
      }
      if (within(v.data.testDate, from, to) && v.data.result === 'reussi') titres++;
    }
    return {
      registrations,
      testsTaken,
      titres,
      presenceRate: registrations === 0 ? null : testsTaken / registrations,
      successRate: testsTaken === 0 ? null : titres / testsTaken,
      walloonTestsTaken: walloon,
    };
  };
  const validationSites = steps
    .filter((v) => within(v.data.registrationDate, from, to) || (within(v.data.testDate, from, to) && (v.data.result === 'reussi' || v.data.result === 'echoue')))
    .map(stepSite);
  const validationTotal = validationFigures(steps);

  const topMetiersToTest: { metier: string; testsTaken: number; titres: number; successRate: number | null }[] = [];
  for (const m of [...METIERS, 'unknown']) {
    let n = 0;
    let won = 0;
    for (const v of steps) {
      const metier = liveAcc(v.data.accompanimentId)?.data.metier ?? 'unknown';
      if (metier === m && within(v.data.testDate, from, to) && (v.data.result === 'reussi' || v.data.result === 'echoue')) {
        n++;
        if (v.data.result === 'reussi') won++;
      }
    }
    if (n > 0) topMetiersToTest.push({ metier: m, testsTaken: n, titres: won, successRate: won / n });
  }
  topMetiersToTest.sort((x, y) => y.testsTaken - x.testsTaken || (x.metier < y.metier ? -1 : 1));

  const acc = accompaniment(from, to);
  const spocNow = spoc(from, to);
  const reached = [...spocNow.named];
  for (const p of acc.persons) if (!reached.includes(p)) reached.push(p);
  const profiles: Record<string, Record<string, number>> = {
    certificationAtEntry: {}, motivation: {}, frenchLevel: {}, source: {}, gender: {}, ageBand: {}, commune: {}, zone: {},
  };
  const bump = (table: string, key: unknown) => {
    const k = key === undefined || key === null ? 'unknown' : String(key);
    profiles[table]![k] = (profiles[table]![k] ?? 0) + 1;
  };
  const missing: { candidateId: string; siteId: string | null; missing: string[] }[] = [];
  for (const p of reached) {
    const file = input.candidates.find((c) => c.id === p && !c.deleted);
    const d = file?.data;
    bump('certificationAtEntry', d?.certificationAtEntry);
    bump('motivation', d?.motivation);
    bump('frenchLevel', d?.frenchLevel);
    bump('source', d?.source);
    bump('gender', d?.gender);
    bump('commune', d?.communeCode);
    let zone: string | undefined;
    if (d?.communeCode === 'hors-bruxelles') zone = 'hors-bruxelles';
    else zone = brussels.communes.find((c) => c.code === d?.communeCode)?.zone;
    bump('zone', zone);
    let age: number | undefined;
    const b = d?.birthDate;
    if (b && b.length === 4) age = Number(to.slice(0, 4)) - Number(b);
    else if (b) age = Number(to.slice(0, 4)) - Number(b.slice(0, 4)) - (to.slice(5) < b.slice(5) ? 1 : 0);
    let band: string | undefined;
    if (age !== undefined) band = age < 25 ? '<25' : age <= 34 ? '25-34' : age <= 44 ? '35-44' : age <= 49 ? '45-49' : age <= 54 ? '50-54' : '55+';
    bump('ageBand', band);
    const lacks: string[] = [];
    if (d?.certificationAtEntry == null) lacks.push('certificationAtEntry');
    if (d?.source == null) lacks.push('source');
    if (d?.communeCode == null) lacks.push('communeCode');
    if (lacks.length > 0) missing.push({ candidateId: p, siteId: file?.siteId ?? null, missing: lacks });
  }
  missing.sort((x, y) => (x.candidateId < y.candidateId ? -1 : 1));

  const testsWithoutResult = steps
    .filter((v) => within(v.data.testDate, from, to) && !v.data.result)
    .map((v) => ({ validationStepId: v.id, siteId: stepSite(v), candidateId: v.data.candidateId ?? null, testDate: v.data.testDate }))
    .sort((x, y) => (x.validationStepId < y.validationStepId ? -1 : 1));

  return {
    spoc: spocNow.table,
    personsReached: reached.length,
    accompaniment: acc.table,
    modules: moduleRows,
    validation: {
      total: validationTotal,
      bySite: siteList(validationSites).map((s) => ({ siteId: s, ...validationFigures(steps.filter((v) => stepSite(v) === s)) })),
      walloonShare: validationTotal.testsTaken === 0 ? null : validationTotal.walloonTestsTaken / validationTotal.testsTaken,
    },
    profiles,
    topMetiersToTest,
    testsWithoutResult,
    missing,
  };
}

describe('computeActivityReport = a naive recount', () => {
  it('agrees on every table over generated data', () => {
    fc.assert(
      fc.property(inputArb, optionsArb, (input, options) => {
        const report = computeActivityReport(input, options);
        const naive = naiveReport(input, options);
        expect(report.period).toEqual({ from: options.from, to: options.to });
        expect(report.spoc).toEqual(naive.spoc);
        expect(report.accompaniment).toEqual(naive.accompaniment);
        expect(report.modules).toEqual(naive.modules);
        expect(report.validation).toEqual(naive.validation);
        const nonZero = (profiles: object) =>
          Object.fromEntries(Object.entries(profiles).map(([table, counts]) => [table, Object.fromEntries(Object.entries(counts as object).filter(([, n]) => n !== 0))]));
        expect(nonZero(report.profiles)).toEqual(naive.profiles);
        expect(report.personsReached).toBe(naive.personsReached);
        expect(report.topMetiersToTest).toEqual(naive.topMetiersToTest);
        expect(report.dataQuality.testsWithoutResult).toEqual(naive.testsWithoutResult);
        expect(report.dataQuality.candidatesMissingFields).toEqual(naive.missing);
        // Cross-table invariants of the contract.
        expect(report.topMetiersToTest.reduce((n, row) => n + row.testsTaken, 0)).toBe(report.validation.total.testsTaken);
        for (const counts of Object.values(report.profiles) as Record<string, number>[]) {
          expect(Object.values(counts).reduce((n, v) => n + v, 0)).toBe(report.personsReached);
        }
        for (const counts of Object.values(report.profilesAccompanied) as Record<string, number>[]) {
          expect(Object.values(counts).reduce((n, v) => n + v, 0)).toBe(report.accompaniment.total.persons);
        }
        // Contacts never enter distinct persons: the persons are those named, whatever the head counts.
        expect(report.spoc.total.persons).toBeLessThanOrEqual(report.personsReached);
        expect(report.topMetiersToTest.reduce((n, row) => n + row.titres, 0)).toBe(report.validation.total.titres);
        expect(report.exits.bySite.reduce((n, row) => n + row.closed, 0)).toBe(report.exits.total.closed);
        expect(JSON.parse(JSON.stringify(report))).toEqual(report);
      }),
      { numRuns: 100 },
    );
  });
});

describe('computeActivityReport over records projected on the report fields', () => {
  it('equals the report over the whole records (what the server keeps in records.report_data)', () => {
    const project = <T extends ReportTable>(table: T, records: readonly ReportRecord<T>[]) =>
      records.map((record) => ({ ...record, data: projectForReport(table, record.data as Record<string, unknown>) }));
    fc.assert(
      fc.property(inputArb, optionsArb, (input, options) => {
        const projected: ReportInput = {
          candidates: project('candidates', input.candidates),
          spocActions: project('spocActions', input.spocActions),
          accompaniments: project('accompaniments', input.accompaniments),
          moduleSessions: project('moduleSessions', input.moduleSessions),
          attendance: project('attendance', input.attendance),
          validationSteps: project('validationSteps', input.validationSteps),
          pastYears: input.pastYears,
        };
        expect(computeActivityReport(projected, options)).toEqual(computeActivityReport(input, options));
      }),
      { numRuns: 100 },
    );
  });
});

describe('the evolution table agrees with each year’s own report', () => {
  it('gives every data row table 4’s figures of that site and year, and the network row table 4’s distinct total', () => {
    fc.assert(
      fc.property(inputArb, optionsArb, (input, options) => {
        const { evolution } = computeActivityReport(input, options);
        for (const network of evolution.network) {
          const year = computeActivityReport(input, { from: `${network.year}-01-01`, to: `${network.year}-12-31`, siteIds: options.siteIds, evolutionYears: [] });
          const rows = evolution.rows.filter((row) => row.year === network.year);
          for (const row of rows.filter((candidate) => candidate.source === 'data')) {
            const site = year.accompaniment.bySite.find((candidate) => candidate.siteId === row.siteId);
            expect([row.accompaniedPersons, row.accompaniments]).toEqual([site?.persons ?? 0, site?.accompaniments ?? 0]);
          }
          if (rows.every((row) => row.source === 'data')) {
            expect(network.source).toBe('data');
            expect(network.accompaniedPersons).toBe(year.accompaniment.total.persons);
            expect(network.accompaniments).toBe(year.accompaniment.total.accompaniments);
          }
          // Never a sum: the network's distinct persons are at most the rows' sum.
          if (network.source === 'data') expect(network.accompaniedPersons ?? 0).toBeLessThanOrEqual(rows.reduce((sum, row) => sum + (row.accompaniedPersons ?? 0), 0));
        }
      }),
      { numRuns: 60 },
    );
  });
});
