import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METIER_CODES } from '../../src/domain/codes';
import { generateDemoData } from '../../src/domain/demo/generator';
import { computeActivityReport } from '../../src/domain/report';
import type { ActivityReport, ReportInput, ReportOptions, ReportRecord, ReportTable } from '../../src/domain/report';
import { testDatabases } from '../../tests/support/postgres';
import { createUser, moveSiteToOrganisation } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { fromRow, insertRecords, stampAllFields } from '../db/records';
import type { StoredRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import type { BuiltServer } from '../app';
import { PASSWORD, createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { REPORT_TABLES } from '../reports/load';
import { ACTIVITY_REPORT_PATH, reportAsOf } from './reports';

const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };
const METIER = METIER_CODES[0] ?? 'metier';

type Seed = { table: ReportTable; id: string; siteId: string; deleted?: boolean; data: Record<string, unknown> };

async function insert(server: BuiltServer, records: readonly Seed[]): Promise<void> {
  await server.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const lastRev = await allocateRevs(trx, records.length);
    const firstRev = lastRev - records.length + 1;
    const stored: StoredRecord[] = records.map((record, offset) => ({
      table: record.table,
      id: record.id,
      siteId: record.siteId,
      rev: firstRev + offset,
      deleted: record.deleted ?? false,
      data: record.data,
      fieldMeta: stampAllFields(record.data, firstRev + offset, 'test'),
    }));
    await insertRecords(trx, stored);
  });
}

/** The reference: the pure function over every record of the database, restricted to the sites. */
async function referenceReport(server: BuiltServer, options: ReportOptions): Promise<ActivityReport> {
  const rows = await server.db.selectFrom('records').selectAll().where('table_name', 'in', REPORT_TABLES).execute();
  const input = Object.fromEntries(REPORT_TABLES.map((table) => [table, [] as ReportRecord<ReportTable>[]])) as unknown as Record<ReportTable, ReportRecord<ReportTable>[]>;
  for (const row of rows) {
    const record = fromRow(row);
    input[record.table as ReportTable].push({ id: record.id, siteId: record.siteId, deleted: record.deleted, data: record.data as never });
  }
  // The network's goal is compared only when the report's sites are every live site.
  const liveSites = await server.db.selectFrom('records').select('id').where('table_name', '=', 'sites').where('deleted', '=', 0).execute();
  const wholeNetwork = liveSites.every((site) => options.siteIds?.includes(site.id) ?? true);
  const report = computeActivityReport(input as unknown as ReportInput, { asOf: reportAsOf(options.to), wholeNetwork, ...options });
  return JSON.parse(JSON.stringify(report)) as ActivityReport;
}

/** Records of one site reaching into the other: transfers, merges, cross-site attendance and steps. */
function crossSiteRecords(): Seed[] {
  const step = (id: string, siteId: string, accompanimentId: string, candidateId: string, region: string, result: string) => ({
    table: 'validationSteps' as const,
    id,
    siteId,
    data: { accompanimentId, candidateId, uc: 'UC1', centreName: 'Centre', centreRegion: region, registrationDate: '2024-03-01', testDate: '2024-04-01', result },
  });
  return [
    // A file of site A transferred to site B, and a site-A file merged into it.
    { table: 'candidates', id: 'x-transferred', siteId: 'site-b', data: { firstName: 'T', lastName: 'Ransfer', gender: 'F', certificationAtEntry: 3, source: 'actiris', communeCode: 'ixelles', birthDate: '1980' } },
    { table: 'candidates', id: 'x-merged', siteId: 'site-a', data: { firstName: 'M', lastName: 'Erged', mergedInto: 'x-transferred' } },
    { table: 'spocActions', id: 'x-spoc-a', siteId: 'site-a', data: { date: '2024-02-02', kind: 'individuelle', candidateIds: ['x-merged'], headCount: 0, metiers: [METIER] } },
    { table: 'spocActions', id: 'x-spoc-deleted', siteId: 'site-a', deleted: true, data: { date: '2024-02-03', kind: 'collective', candidateIds: [], headCount: 40, metiers: [METIER] } },
    { table: 'accompaniments', id: 'x-acc-a', siteId: 'site-a', data: { candidateId: 'x-transferred', metier: METIER, startDate: '2024-01-15', status: 'open' } },
    { table: 'accompaniments', id: 'x-acc-b', siteId: 'site-b', data: { candidateId: 'x-transferred', metier: METIER, startDate: '2024-01-15', status: 'open' } },
    // A step filed under site B on site A's accompaniment (counts for A), and the reverse (counts for B).
    step('x-step-on-b-for-a', 'site-b', 'x-acc-a', 'x-transferred', 'wallonie', 'reussi'),
    step('x-step-on-a-for-b', 'site-a', 'x-acc-b', 'x-transferred', 'bruxelles', 'echoue'),
    // A site-A session attended by a row filed under site B.
    { table: 'moduleSessions', id: 'x-session-a', siteId: 'site-a', data: { module: 'fle', title: 'FLE', date: '2024-05-05' } },
    { table: 'attendance', id: 'x-att-on-b', siteId: 'site-b', data: { sessionId: 'x-session-a', candidateId: 'x-transferred', status: 'present', hours: 3 } },
  ];
}

function demoRecords(seed: number): Seed[] {
  const sites = [
    { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale', communeCode: 'schaerbeek' },
    { id: 'site-b', name: 'Mission Locale B', kind: 'mission-locale', communeCode: 'ixelles' },
  ];
  const demo = generateDemoData({ seed, sites, candidatesPerSite: 40, from: '2023-06-01', until: '2025-06-30' });
  return demo.records.filter((record): record is Seed => (REPORT_TABLES as readonly string[]).includes(record.table));
}

describe.each(testDatabases())('GET /api/reports/activity on $name', (target) => {
  let fixture: Fixture;
  let tokens: Record<'coordA' | 'coordAB' | 'coordB', string>;
  const get = (token: string | undefined, query: string) =>
    fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?${query}`, headers: token ? { authorization: `Bearer ${token}` } : {} });

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (name: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email: `${name}@test.vdc.brussels`, password: PASSWORD, name, role: 'coordinator', siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    // A coordinator of both sites: they belong to one organisation (a coordinator's sites must).
    await moveSiteToOrganisation(fixture.server.db, 'site-b', 'site-a');
    tokens = { coordA: await coordinator('coord-a', ['site-a']), coordAB: await coordinator('coord-ab', ['site-a', 'site-b']), coordB: await coordinator('coord-b', ['site-b']) };
    await insert(fixture.server, [...demoRecords(7), ...crossSiteRecords()]);
  });
  afterAll(() => fixture.close());

  it('answers the report with the contract keys, numbers and unrounded rates', async () => {
    const response = await get(tokens.coordAB, 'from=2024-01-01&to=2024-12-31');
    expect(response.statusCode).toBe(200);
    const body = response.json<ActivityReport>();
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['period', 'spoc', 'accompaniment', 'modules', 'validation', 'profiles', 'evolution', 'topMetiersToTest']));
    expect(body.period).toEqual(YEAR_2024);
    expect(body.spoc.total).toMatchObject({ actions: expect.any(Number), persons: expect.any(Number) });
    expect(body.spoc.bySite.map((row) => row.siteId)).toEqual(['site-a', 'site-b']);
    expect(Object.keys(body.spoc.bySite[0]?.byKind ?? {}).sort()).toEqual(['collective', 'individuelle', 'mail']);
    expect(Object.keys(body.accompaniment.total).sort()).toEqual(['accompaniments', 'carriedOver', 'new', 'persons', 'personsWithTitre']);
    expect(Object.keys(body.validation.total)).toEqual(expect.arrayContaining(['registrations', 'testsTaken', 'titres', 'presenceRate', 'successRate']));
    expect(Object.keys(body.profiles).sort()).toEqual(['ageBand', 'certificationAtEntry', 'commune', 'frenchLevel', 'gender', 'motivation', 'source', 'zone']);
    expect(body.spoc.total.actions).toBeGreaterThan(0);
    expect(body.accompaniment.total.accompaniments).toBeGreaterThan(0);
    const { testsTaken, titres, successRate } = body.validation.total;
    expect(testsTaken).toBeGreaterThan(0);
    expect(successRate).toBe(titres / testsTaken);
  });

  it.each([
    ['coordA', undefined, ['site-a']],
    ['coordB', undefined, ['site-b']],
    ['coordAB', undefined, ['site-a', 'site-b']],
    ['coordAB', ['site-b'], ['site-b']],
    ['coordAB', ['site-b', 'site-a', 'site-b'], ['site-a', 'site-b']],
  ] as const)('%s asking for %j gets exactly the pure function over the whole database for %j', async (who, requested, expected) => {
    for (const period of [YEAR_2024, { from: '2023-09-01', to: '2025-03-31' }, { from: '2024-04-01', to: '2024-04-01' }]) {
      const query = new URLSearchParams({ ...period });
      for (const siteId of requested ?? []) query.append('siteId', siteId);
      const response = await get(tokens[who], query.toString());
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(await referenceReport(fixture.server, { ...period, siteIds: expected }));
    }
  });

  it('gives an administrator every live site', async () => {
    const response = await get(fixture.users.admin.token, 'from=2024-01-01&to=2024-12-31');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(await referenceReport(fixture.server, { ...YEAR_2024, siteIds: ['site-a', 'site-b'] }));
  });

  it('counts the cross-site links where their rules put them', async () => {
    const onlyA = (await get(tokens.coordA, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    const onlyB = (await get(tokens.coordB, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    // The step filed under B on A's accompaniment is A's Walloon Titre; the one filed under A is B's.
    expect(onlyA.validation.total.walloonTestsTaken).toBeGreaterThanOrEqual(1);
    const without = await referenceReport(fixture.server, { ...YEAR_2024, siteIds: ['site-a'] });
    expect(onlyA).toEqual(without);
    // The transferred file's profile (known only from site B's table) counts among A's accompanied persons.
    expect(onlyA.profiles.certificationAtEntry['3']).toBeGreaterThanOrEqual(1);
    expect(onlyA.modules.find((row) => row.module === 'fle')?.candidates).toBeGreaterThanOrEqual(1);
    expect(onlyB.spoc.bySite.map((row) => row.siteId)).toEqual(['site-b']);
  });

  it("never shows a coordinator of site A anything of site B, whatever B records", async () => {
    const before = (await get(tokens.coordA, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    const rows = [before.spoc.bySite, before.accompaniment.bySite, before.accompaniment.byMetier, before.modules, before.validation.bySite, before.evolution.rows].flat();
    expect(new Set(rows.map((row) => row.siteId))).toEqual(new Set(['site-a']));
    expect(before.spoc.total.actions).toBe(before.spoc.bySite[0]?.actions);

    // Site B's adviser pushes more work through the sync API: A's report does not move; B's does.
    const beforeB = (await get(tokens.coordB, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    const pushed = await fixture.push(
      fixture.users.carol.token,
      pushBody(newClientId(), [
        { table: 'candidates', id: 'p-cand-b', siteId: 'site-b', fields: { firstName: 'Pushed', certificationAtEntry: 5 } },
        { table: 'spocActions', id: 'p-spoc-b', siteId: 'site-b', fields: { date: '2024-06-06', kind: 'individuelle', candidateIds: ['p-cand-b'], headCount: 2, metiers: [METIER] } },
      ], { serverEpoch: fixture.epoch }),
    );
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json<{ results: { status: string }[] }>().results.map((result) => result.status)).toEqual(['applied', 'applied']);
    expect((await get(tokens.coordA, 'from=2024-01-01&to=2024-12-31')).json()).toEqual(before);
    const afterB = (await get(tokens.coordB, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    expect(afterB.spoc.total.actions).toBe(beforeB.spoc.total.actions + 1);
    // The named person is a person; the head count of 2 are contacts, never persons.
    expect(afterB.spoc.total.persons).toBe(beforeB.spoc.total.persons + 1);
    expect(afterB.spoc.total.contacts).toBe(beforeB.spoc.total.contacts + 2);
  });

  it('answers null rates for an empty period', async () => {
    const body = (await get(tokens.coordA, 'from=1990-01-01&to=1990-12-31')).json<ActivityReport>();
    expect(body.validation.total).toMatchObject({ registrations: 0, testsTaken: 0, presenceRate: null, successRate: null });
    expect(body.validation.walloonShare).toBeNull();
    expect(body.spoc.bySite).toEqual([{ siteId: 'site-a', actions: 0, persons: 0, contacts: 0, byKind: { individuelle: 0, collective: 0, mail: 0 } }]);
  });

  it('refuses without a valid token (401)', async () => {
    for (const token of [undefined, 'not-a-token']) {
      const response = await get(token, 'from=2024-01-01&to=2024-12-31');
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthorized' });
    }
  });

  it('refuses advisers, and sites outside the user’s (403)', async () => {
    const cases: [string, string][] = [
      [fixture.users.alice.token, 'from=2024-01-01&to=2024-12-31'],
      [fixture.users.alice.token, 'from=2024-01-01&to=2024-12-31&siteId=site-a'],
      [tokens.coordA, 'from=2024-01-01&to=2024-12-31&siteId=site-b'],
      [tokens.coordA, 'from=2024-01-01&to=2024-12-31&siteId=site-a&siteId=site-b'],
      [fixture.users.admin.token, 'from=2024-01-01&to=2024-12-31&siteId=no-such-site'],
    ];
    for (const [token, query] of cases) {
      const response = await get(token, query);
      expect(response.statusCode, query).toBe(403);
      expect(response.json()).toEqual({ error: 'forbidden' });
    }
  });

  it.each([
    ['', ['from', 'to'], 'required'],
    ['from=2024-01-01', ['to'], 'required'],
    ['from=2024-02-30&to=2024-12-31', ['from'], 'invalidDate'],
    ['from=2024-01-01&to=31/12/2024', ['to'], 'invalidDate'],
    ['from=2024-12-31&to=2024-01-01', ['to'], 'endBeforeStart'],
    ['from=2024-01-01&to=2024-12-31&siteId=', ['siteId'], 'invalidId'],
  ])('answers 400 bad_request with issues in words to "%s"', async (query, paths, code) => {
    const response = await get(tokens.coordAB, query);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; issues: { path: (string | number)[]; code: string; message: string }[] }>();
    expect(body.error).toBe('bad_request');
    expect(body.issues.map((issue) => issue.path[0])).toEqual(paths);
    for (const issue of body.issues) {
      expect(issue.code).toBe(code);
      expect(issue.message).toMatch(/^[A-Z].+\.$/);
    }
  });
});

describe('reportAsOf', () => {
  it('is the period end when it is over, today otherwise', () => {
    expect(reportAsOf('2024-12-31', '2026-03-01')).toBe('2024-12-31');
    expect(reportAsOf('2026-12-31', '2026-03-01')).toBe('2026-03-01');
  });
});
