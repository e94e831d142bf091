import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActivityReport } from '../../src/domain/report';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { pastYearBodySchema } from '../reports/past-years';
import { PAST_YEARS_PATH } from './past-years';
import { ACTIVITY_REPORT_PATH } from './reports';

type Issue = { path: (string | number)[]; code: string; message: string };

describe.each(testDatabases())('past years on $name', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let coordB: string;
  const auth = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const list = (token: string | undefined) => fixture.server.app.inject({ method: 'GET', url: PAST_YEARS_PATH, headers: auth(token) });
  const put = (token: string | undefined, payload: Record<string, unknown>) => fixture.server.app.inject({ method: 'PUT', url: PAST_YEARS_PATH, headers: auth(token), payload });
  const remove = (token: string | undefined, query: string) => fixture.server.app.inject({ method: 'DELETE', url: `${PAST_YEARS_PATH}?${query}`, headers: auth(token) });

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (name: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email: `${name}@test.vdc.brussels`, password: PASSWORD, name, role: 'coordinator', siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    coordA = await coordinator('coord-a', ['site-a']);
    coordB = await coordinator('coord-b', ['site-b']);
  });
  afterAll(() => fixture.close());

  it('enters, corrects, lists per site and deletes a year', async () => {
    expect((await list(coordA)).json()).toEqual({ pastYears: [] });
    const first = await put(coordA, { siteId: 'site-a', year: 2021, spocPersons: 120, accompaniedPersons: 80 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ pastYear: { siteId: 'site-a', year: 2021, spocPersons: 120, accompaniedPersons: 80, enteredBy: expect.any(String), enteredAt: expect.any(String) } });
    expect((await put(coordA, { siteId: 'site-a', year: 2021, spocPersons: 125, accompaniedPersons: 81 })).statusCode).toBe(200);
    expect((await put(coordA, { siteId: 'site-a', year: 2020, spocPersons: 0, accompaniedPersons: 0 })).statusCode).toBe(200);
    expect((await put(coordB, { siteId: 'site-b', year: 2021, spocPersons: 9, accompaniedPersons: 4 })).statusCode).toBe(200);

    const rowsA = (await list(coordA)).json<{ pastYears: { siteId: string; year: number; spocPersons: number }[] }>().pastYears;
    expect(rowsA.map((row) => [row.siteId, row.year, row.spocPersons])).toEqual([
      ['site-a', 2020, 0],
      ['site-a', 2021, 125],
    ]);
    const rowsAdmin = (await list(fixture.users.admin.token)).json<{ pastYears: { siteId: string }[] }>().pastYears;
    expect(rowsAdmin.map((row) => row.siteId)).toEqual(['site-a', 'site-a', 'site-b']);

    expect((await remove(coordA, 'siteId=site-a&year=2020')).statusCode).toBe(204);
    expect((await remove(coordA, 'siteId=site-a&year=2020')).statusCode).toBe(404);
    expect((await list(coordA)).json<{ pastYears: unknown[] }>().pastYears).toHaveLength(1);
  });

  it('passes the entered figures to the evolution table of GET /api/reports/activity, for the user’s sites only', async () => {
    await put(coordA, { siteId: 'site-a', year: 2019, spocPersons: 300, accompaniedPersons: 150 });
    const response = await fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?from=2024-01-01&to=2024-12-31`, headers: auth(coordA) });
    expect(response.statusCode).toBe(200);
    const evolution = response.json<ActivityReport>().evolution.rows;
    expect(evolution).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ year: 2019, siteId: 'site-a', spocPersons: 300, accompaniedPersons: 150 }),
        expect.objectContaining({ year: 2021, siteId: 'site-a', spocPersons: 125, accompaniedPersons: 81 }),
      ]),
    );
    expect(evolution.every((row) => row.siteId === 'site-a')).toBe(true);
  });

  it('keeps the accompaniments of a past year when entered, and unknown (null) when not, up to the evolution table', async () => {
    expect((await put(coordA, { siteId: 'site-a', year: 2018, spocPersons: 90, accompaniedPersons: 40, accompaniments: 44 })).json()).toMatchObject({ pastYear: { accompaniments: 44 } });
    expect((await put(coordA, { siteId: 'site-a', year: 2017, spocPersons: 80, accompaniedPersons: 30 })).json()).toMatchObject({ pastYear: { accompaniments: null } });
    const rows = (await list(coordA)).json<{ pastYears: { year: number; accompaniments: number | null }[] }>().pastYears;
    expect(rows.filter((row) => row.year < 2019).map((row) => [row.year, row.accompaniments])).toEqual([
      [2017, null],
      [2018, 44],
    ]);
    const refused = await put(coordA, { siteId: 'site-a', year: 2018, spocPersons: 90, accompaniedPersons: 40, accompaniments: -2 });
    expect(refused.statusCode).toBe(400);
    const evolution = (await fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?from=2024-01-01&to=2024-12-31`, headers: auth(coordA) })).json<ActivityReport>().evolution.rows;
    expect(evolution.filter((row) => row.year < 2019).map((row) => [row.year, row.accompaniments, row.source])).toEqual([
      [2017, null, 'entered'],
      [2018, 44, 'entered'],
    ]);
    await remove(coordA, 'siteId=site-a&year=2017');
    await remove(coordA, 'siteId=site-a&year=2018');
  });

  it('refuses advisers and other sites (403), and no token (401)', async () => {
    const alice = fixture.users.alice.token;
    for (const response of [
      await list(alice),
      await put(alice, { siteId: 'site-a', year: 2021, spocPersons: 1, accompaniedPersons: 1 }),
      await remove(alice, 'siteId=site-a&year=2021'),
      await put(coordA, { siteId: 'site-b', year: 2021, spocPersons: 1, accompaniedPersons: 1 }),
      await remove(coordA, 'siteId=site-b&year=2021'),
      await put(fixture.users.admin.token, { siteId: 'no-such-site', year: 2021, spocPersons: 1, accompaniedPersons: 1 }),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ error: 'forbidden' });
    }
    expect((await list(undefined)).statusCode).toBe(401);
    expect((await put('nope', { siteId: 'site-a', year: 2021, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(401);
    // Site B's entry is untouched.
    expect((await list(coordB)).json<{ pastYears: { spocPersons: number }[] }>().pastYears.map((row) => row.spocPersons)).toEqual([9]);
  });

  const thisYear = new Date().getUTCFullYear();
  it.each([
    [{ siteId: 'site-a', year: thisYear, spocPersons: 1, accompaniedPersons: 1 }, ['year'], 'outOfRange'],
    [{ siteId: 'site-a', year: 1500, spocPersons: 1, accompaniedPersons: 1 }, ['year'], 'outOfRange'],
    [{ siteId: 'site-a', year: 2020.5, spocPersons: 1, accompaniedPersons: 1 }, ['year'], 'invalidNumber'],
    [{ siteId: 'site-a', year: 2020, spocPersons: -1, accompaniedPersons: 1 }, ['spocPersons'], 'outOfRange'],
    [{ siteId: 'site-a', year: 2020, spocPersons: 1, accompaniedPersons: 2.5 }, ['accompaniedPersons'], 'invalidNumber'],
    [{ siteId: 'site-a', year: 2020, spocPersons: '12', accompaniedPersons: 1 }, ['spocPersons'], 'invalidNumber'],
    [{ siteId: '', year: 2020, spocPersons: 1, accompaniedPersons: 1 }, ['siteId'], 'invalidId'],
  ])('answers 400 bad_request with issues in words to %j', async (payload, paths, code) => {
    const response = await put(coordA, payload);
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: string; issues: Issue[] }>();
    expect(body.error).toBe('bad_request');
    expect(body.issues.map((issue) => issue.path[0])).toEqual(paths);
    for (const issue of body.issues) {
      expect(issue.code).toBe(code);
      expect(issue.message).toMatch(/^[A-Z].+\.$/);
    }
  });

  it('answers 400 to a delete without a valid year', async () => {
    const response = await remove(coordA, 'siteId=site-a&year=abc');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: Issue[] }>().issues.map((issue) => issue.path[0])).toEqual(['year']);
  });
});

describe('pastYearBodySchema', () => {
  it('accepts only finished years, in the Brussels calendar', () => {
    const body = { siteId: 's', spocPersons: 0, accompaniedPersons: 0 };
    expect(pastYearBodySchema('2026-01-01').safeParse({ ...body, year: 2025 }).success).toBe(true);
    expect(pastYearBodySchema('2026-01-01').safeParse({ ...body, year: 2026 }).success).toBe(false);
  });
});
