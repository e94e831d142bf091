// The network's distinct totals of past years (docs/report-counting.md, "Evolution over years and
// past years") and closed sites, on both databases: the network reporter enters them, nobody else
// can (each attack refused with nothing changed), and the evolution table of the network's report
// uses them; a closed site keeps its history and its past years can still be entered.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityReport, NetworkReport } from '../../src/domain/report';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { closedSiteDays, setSiteClosedOn } from '../admin/close-site';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { listNetworkPastYears } from '../reports/network-past-years';
import { NETWORK_PAST_YEARS_PATH } from './network-past-years';
import { PAST_YEARS_PATH } from './past-years';
import { ACTIVITY_REPORT_PATH } from './reports';

type Issue = { path: (string | number)[]; code: string; message: string };
const LAST_YEAR = new Date().getUTCFullYear() - 1;

describe.each(testDatabases())('the network’s past years and closed sites on $name', (target) => {
  let fixture: Fixture;
  let reporter: string;
  let coordA: string;
  const auth = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const list = (token: string | undefined) => fixture.server.app.inject({ method: 'GET', url: NETWORK_PAST_YEARS_PATH, headers: auth(token) });
  const put = (token: string | undefined, payload: Record<string, unknown>) => fixture.server.app.inject({ method: 'PUT', url: NETWORK_PAST_YEARS_PATH, headers: auth(token), payload });
  const remove = (token: string | undefined, query: string) => fixture.server.app.inject({ method: 'DELETE', url: `${NETWORK_PAST_YEARS_PATH}?${query}`, headers: auth(token) });
  const report = (token: string, query = 'from=2024-01-01&to=2024-12-31') =>
    fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?${query}`, headers: auth(token) });
  /** What the database holds, read around the API. */
  const stored = async () => (await listNetworkPastYears(fixture.server.db)).map(({ year, spocPersons, accompaniedPersons, accompaniments }) => ({ year, spocPersons, accompaniedPersons, accompaniments }));

  beforeAll(async () => {
    fixture = await createFixture(target);
    const db = fixture.server.db;
    const reporterId = await createUser(db, { email: 'reseau@test.vdc.brussels', password: PASSWORD, name: 'Réseau', role: 'reporter', siteIds: [] });
    reporter = (await issueToken(db, reporterId, undefined, 1)).token;
    const coordId = await createUser(db, { email: 'coord-a@test.vdc.brussels', password: PASSWORD, name: 'Coord A', role: 'coordinator', siteIds: ['site-a'] });
    coordA = (await issueToken(db, coordId, undefined, 1)).token;
    // 2024: one person informed at A and at B (one person of the network), one more at each.
    const [shared, onlyA, onlyB] = [randomUUID(), randomUUID(), randomUUID()];
    const push = async (token: string, siteId: string, ids: string[]) => {
      const response = await fixture.push(
        token,
        pushBody(newClientId(), [
          ...ids.filter((id) => id !== shared || siteId === 'site-a').map((id) => ({ id, siteId, fields: { firstName: 'Personne', lastName: id.slice(0, 6) } })),
          { id: randomUUID(), siteId, table: 'spocActions', fields: { date: '2024-03-02', kind: 'individuelle', candidateIds: ids } },
        ]),
      );
      expect(response.json<{ results: { status: string }[] }>().results.every((result) => result.status === 'applied')).toBe(true);
    };
    // An adviser of both sites (as the demo's, who also works at the CPAS) informs the shared person at both.
    const dualId = await createUser(db, { email: 'dual@test.vdc.brussels', password: PASSWORD, name: 'Dual', role: 'adviser', siteIds: ['site-a', 'site-b'] });
    const dual = (await issueToken(db, dualId, undefined, 1)).token;
    await push(dual, 'site-a', [shared, onlyA]);
    await push(dual, 'site-b', [shared, onlyB]);
  });
  afterAll(() => fixture.close());

  it('lets the network reporter enter, correct, list and delete a year', async () => {
    expect((await list(reporter)).json()).toEqual({ networkPastYears: [] });
    const first = await put(reporter, { year: 2023, spocPersons: 355, accompaniedPersons: 200 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ networkPastYear: { year: 2023, spocPersons: 355, accompaniedPersons: 200, accompaniments: null, enteredBy: expect.any(String) } });
    expect((await put(reporter, { year: 2022, spocPersons: 300, accompaniedPersons: 150, accompaniments: 160 })).statusCode).toBe(200);
    expect((await put(fixture.users.admin.token, { year: 2021, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(200);
    expect((await remove(reporter, 'year=2021')).statusCode).toBe(204);
    expect((await remove(reporter, 'year=2021')).statusCode).toBe(404);
    expect(await stored()).toEqual([
      { year: 2022, spocPersons: 300, accompaniedPersons: 150, accompaniments: 160 },
      { year: 2023, spocPersons: 355, accompaniedPersons: 200, accompaniments: null },
    ]);
  });

  it('refuses coordinators and advisers (403) and no token (401), with nothing changed', async () => {
    const before = await stored();
    for (const token of [coordA, fixture.users.alice.token]) {
      for (const response of [await list(token), await put(token, { year: 2023, spocPersons: 1, accompaniedPersons: 1 }), await remove(token, 'year=2023')]) {
        expect(response.statusCode).toBe(403);
        expect(response.json()).toEqual({ error: 'forbidden' });
      }
    }
    expect((await put(undefined, { year: 2023, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(401);
    expect((await remove('nope', 'year=2023')).statusCode).toBe(401);
    expect(await stored()).toEqual(before);
  });

  it('refuses a year not past, negative or fractional counts, and unknown fields (400 in words), with nothing changed', async () => {
    const before = await stored();
    for (const [payload, path] of [
      [{ year: LAST_YEAR + 1, spocPersons: 1, accompaniedPersons: 1 }, 'year'],
      [{ year: 2023, spocPersons: -1, accompaniedPersons: 1 }, 'spocPersons'],
      [{ year: 2023, spocPersons: 1, accompaniedPersons: 1.5 }, 'accompaniedPersons'],
      [{ year: 2023, spocPersons: 1, accompaniedPersons: 1, siteId: 'site-a' }, ''],
    ] as const) {
      const response = await put(reporter, payload);
      expect(response.statusCode).toBe(400);
      const body = response.json<{ error: string; issues: Issue[] }>();
      expect(body.error).toBe('bad_request');
      expect(body.issues.some((issue) => issue.path.join('.') === path && issue.message.length > 0)).toBe(true);
    }
    expect((await remove(reporter, 'year=soon')).statusCode).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('gives the network report its own distinct total, the entered past years and the growth on them', async () => {
    const response = await report(reporter, 'from=2024-01-01&to=2024-12-31');
    expect(response.statusCode).toBe(200);
    const { evolution } = response.json<NetworkReport>();
    const network2024 = evolution.network.find((row) => row.year === 2024);
    // 2 + 2 persons at the sites (small figures, masked in the reporter's answer), 3 in the network.
    expect(evolution.rows.filter((row) => row.year === 2024).map((row) => row.spocPersons)).toEqual(['<5', '<5']);
    expect(network2024).toMatchObject({ spocPersons: 3, source: 'data' });
    expect(network2024?.growth?.spocPersons).toBeCloseTo(3 / 355);
    expect(evolution.network.find((row) => row.year === 2023)).toMatchObject({ spocPersons: 355, accompaniedPersons: 200, source: 'entered' });
    expect(evolution.network.find((row) => row.year === 2022)).toMatchObject({ accompaniments: 160, growth: null, source: 'entered' });
  });

  it('never gives a coordinator the network’s entered totals as their own total', async () => {
    const { evolution } = (await report(coordA, 'from=2024-01-01&to=2024-12-31')).json<ActivityReport>();
    expect(evolution.network.map((row) => row.year)).toEqual([2024]);
    const narrowed = (await report(reporter, 'from=2024-01-01&to=2024-12-31&siteId=site-a')).json<NetworkReport>();
    expect(narrowed.evolution.network.map((row) => row.source)).toEqual(['data']);
  });

  it('keeps a closed site’s history and lets its past years be entered', async () => {
    const pastYear = { siteId: 'site-b', year: 2022, spocPersons: 40, accompaniedPersons: 12 };
    await setSiteClosedOn(fixture.server.db, 'site-b', '2024-06-30');
    expect(await closedSiteDays(fixture.server.db)).toEqual({ 'site-b': '2024-06-30' });
    const saved = await fixture.server.app.inject({ method: 'PUT', url: PAST_YEARS_PATH, headers: auth(fixture.users.admin.token), payload: pastYear });
    expect(saved.statusCode).toBe(200);

    const { evolution } = (await report(reporter, 'from=2025-01-01&to=2025-12-31')).json<NetworkReport>();
    const siteB = evolution.rows.filter((row) => row.siteId === 'site-b');
    expect(siteB.map((row) => [row.year, row.spocPersons, row.closed, row.source])).toEqual([
      [2022, 40, true, 'entered'],
      [2023, null, true, 'missing'],
      [2024, '<5', true, 'data'],
    ]);
    // The network's 2024 still counts the closed site's persons.
    expect(evolution.network.find((row) => row.year === 2024)).toMatchObject({ spocPersons: 3 });

    // A tablet may not close or reopen a site: the field is the server's.
    const refused = await fixture.push(fixture.users.admin.token, pushBody(newClientId(), [{ table: 'sites', id: 'site-b', siteId: 'site-b', baseRev: 0, fields: { closedOn: '2030-01-01' } }]));
    expect(refused.json<{ results: { status: string }[] }>().results[0]?.status).not.toBe('applied');
    expect(await closedSiteDays(fixture.server.db)).toEqual({ 'site-b': '2024-06-30' });

    await setSiteClosedOn(fixture.server.db, 'site-b', null);
    expect(await closedSiteDays(fixture.server.db)).toEqual({});
  });
});
