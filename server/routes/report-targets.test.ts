// Report targets (server/reports/targets.ts): one network goal, set by the network reporter and
// administrators; an organisation's own goal, set by its coordinators and administrators. Every
// refusal is shown to change nothing in the database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityReport } from '../../src/domain/report';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { ACTIVITY_REPORT_PATH } from './reports';
import { REPORT_TARGETS_PATH } from './report-targets';

type Issue = { path: (string | number)[]; code: string; message: string };
type Row = { organisationId: string | null; year: number; spocPersons: number; accompaniedPersons: number };

describe.each(testDatabases())('report targets on $name', (target) => {
  let fixture: Fixture;
  let tokens: Record<'coordA' | 'coordB' | 'reporter' | 'admin' | 'adviser', string>;
  const auth = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const list = (token: string | undefined) => fixture.server.app.inject({ method: 'GET', url: REPORT_TARGETS_PATH, headers: auth(token) });
  const put = (token: string | undefined, payload: Record<string, unknown>) => fixture.server.app.inject({ method: 'PUT', url: REPORT_TARGETS_PATH, headers: auth(token), payload });
  const remove = (token: string | undefined, query: string) => fixture.server.app.inject({ method: 'DELETE', url: `${REPORT_TARGETS_PATH}?${query}`, headers: auth(token) });
  /** What the database holds, read directly (not through the API under test). */
  const stored = async () =>
    (await fixture.server.db.withTables<{ report_goals: { organisation_id: string; year: number; spoc_persons: number; accompanied_persons: number } }>()
      .selectFrom('report_goals').select(['organisation_id', 'year', 'spoc_persons', 'accompanied_persons']).orderBy('organisation_id').orderBy('year').execute())
      .map((row) => [row.organisation_id, Number(row.year), Number(row.spoc_persons), Number(row.accompanied_persons)]);
  const rowsOf = async (token: string) => (await list(token)).json<{ targets: Row[] }>().targets.map((row) => [row.organisationId, row.year, row.spocPersons, row.accompaniedPersons]);

  beforeAll(async () => {
    fixture = await createFixture(target);
    const user = async (name: string, role: 'coordinator' | 'reporter', siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email: `${name}@test.vdc.brussels`, password: PASSWORD, name, role, siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    tokens = {
      coordA: await user('coord-a', 'coordinator', ['site-a']),
      coordB: await user('coord-b', 'coordinator', ['site-b']),
      reporter: await user('reseau', 'reporter', []),
      admin: fixture.users.admin.token,
      adviser: fixture.users.alice.token,
    };
  });
  afterAll(() => fixture.close());

  it('lets the network reporter and administrators set the ONE network goal, and nobody else', async () => {
    expect((await put(tokens.reporter, { year: 2024, spocPersons: 320, accompaniedPersons: 200 })).statusCode).toBe(200);
    expect(await stored()).toEqual([['', 2024, 320, 200]]);
    // A coordinator, an adviser, a stranger: refused, nothing changed.
    for (const token of [tokens.coordA, tokens.adviser, undefined]) {
      const refused = await put(token, { year: 2024, spocPersons: 1, accompaniedPersons: 1 });
      expect(refused.statusCode).toBe(token ? 403 : 401);
      expect((await remove(token, 'year=2024')).statusCode).toBe(token ? 403 : 401);
    }
    expect(await stored()).toEqual([['', 2024, 320, 200]]);
    expect((await put(tokens.admin, { organisationId: null, year: 2025, spocPersons: 330, accompaniedPersons: 210 })).statusCode).toBe(200);
    expect(await stored()).toEqual([['', 2024, 320, 200], ['', 2025, 330, 210]]);
  });

  it("lets an organisation's coordinators set its own goal, never another organisation's", async () => {
    const own = await put(tokens.coordA, { organisationId: 'site-a', year: 2024, spocPersons: 250, accompaniedPersons: 190 });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ target: { organisationId: 'site-a', year: 2024, spocPersons: 250, accompaniedPersons: 190, enteredBy: expect.any(String) } });
    const before = await stored();
    for (const [token, organisationId] of [[tokens.coordA, 'site-b'], [tokens.reporter, 'site-a'], [tokens.adviser, 'site-a'], [tokens.admin, 'nowhere']] as const) {
      expect((await put(token, { organisationId, year: 2024, spocPersons: 9, accompaniedPersons: 9 })).statusCode).toBe(403);
      expect((await remove(token, `organisationId=${organisationId}&year=2024`)).statusCode).toBe(403);
    }
    expect(await stored()).toEqual(before);
    expect((await put(tokens.admin, { organisationId: 'site-b', year: 2024, spocPersons: 80, accompaniedPersons: 40 })).statusCode).toBe(200);
  });

  it('lists the network goal to every reader of reports, an organisation goal to its coordinators, the reporter and admins; advisers read nothing', async () => {
    expect(await rowsOf(tokens.coordA)).toEqual([[null, 2024, 320, 200], [null, 2025, 330, 210], ['site-a', 2024, 250, 190]]);
    expect(await rowsOf(tokens.coordB)).toEqual([[null, 2024, 320, 200], [null, 2025, 330, 210], ['site-b', 2024, 80, 40]]);
    expect(await rowsOf(tokens.reporter)).toHaveLength(4);
    expect(await rowsOf(tokens.admin)).toHaveLength(4);
    expect((await list(tokens.adviser)).statusCode).toBe(403);
    expect((await list(undefined)).statusCode).toBe(401);
  });

  it('refuses bad input with issues in words and changes nothing', async () => {
    const before = await stored();
    const cases: Record<string, unknown>[] = [
      { year: 1989, spocPersons: 1, accompaniedPersons: 1 },
      { year: 2024, spocPersons: -1, accompaniedPersons: 1 },
      { year: 2024, spocPersons: 1.5, accompaniedPersons: 1 },
      { year: 2024, spocPersons: 100_001, accompaniedPersons: 1 },
      { year: 2024, spocPersons: '320', accompaniedPersons: 1 },
      { year: 2024, spocPersons: 1, accompaniedPersons: 1, siteId: 'site-a' },
    ];
    for (const payload of cases) {
      const response = await put(tokens.reporter, payload);
      expect(response.statusCode).toBe(400);
      const body = response.json<{ error: string; issues: Issue[] }>();
      expect(body.error).toBe('bad_request');
      expect(body.issues.length).toBeGreaterThan(0);
      expect(body.issues.every((issue) => issue.message.length > 0)).toBe(true);
    }
    expect((await remove(tokens.reporter, 'year=abc')).statusCode).toBe(400);
    expect(await stored()).toEqual(before);
  });

  it('compares the whole network with its one goal, and a part of it only with its own organisation goal', async () => {
    const report = async (token: string) => (await fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?from=2024-01-01&to=2024-12-31`, headers: auth(token) })).json<ActivityReport>();
    const whole = await report(tokens.admin);
    expect(whole.targets.network).toEqual({ spocPersons: 320, accompaniedPersons: 200, entered: true });
    expect(whole.ratios.network).toEqual({ spocPersons: 0, accompaniedPersons: 0, spocRatio: 0, accompaniedRatio: 0 });
    expect(whole.targets.byOrganisation.map((row) => row.organisationId)).toEqual(['site-a', 'site-b']);
    const part = await report(tokens.coordA);
    expect(part.targets.byOrganisation).toEqual([{ organisationId: 'site-a', spocPersons: 250, accompaniedPersons: 190 }]);
    expect(part.ratios.network).toMatchObject({ spocRatio: null, accompaniedRatio: null });
    expect(part.ratios.byOrganisation).toEqual([{ organisationId: 'site-a', spocPersons: 0, accompaniedPersons: 0, spocRatio: 0, accompaniedRatio: 0 }]);
  });

  it('deletes a goal (the network goes back to the 2024 one) and answers 404 when none was entered', async () => {
    expect((await remove(tokens.reporter, 'year=2025')).statusCode).toBe(204);
    expect((await remove(tokens.reporter, 'year=2025')).statusCode).toBe(404);
    expect((await remove(tokens.coordA, 'organisationId=site-a&year=2024')).statusCode).toBe(204);
    expect(await stored()).toEqual([['', 2024, 320, 200], ['site-b', 2024, 80, 40]]);
  });
});
