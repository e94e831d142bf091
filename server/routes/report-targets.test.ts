import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { REPORT_TARGETS_PATH } from './report-targets';

type Issue = { path: (string | number)[]; code: string; message: string };
type Row = { siteId: string; year: number; spocPersons: number; accompaniedPersons: number };

describe.each(testDatabases())('report targets on $name', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let coordB: string;
  const auth = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const list = (token: string | undefined, query = '') => fixture.server.app.inject({ method: 'GET', url: `${REPORT_TARGETS_PATH}${query}`, headers: auth(token) });
  const put = (token: string | undefined, payload: Record<string, unknown>) => fixture.server.app.inject({ method: 'PUT', url: REPORT_TARGETS_PATH, headers: auth(token), payload });
  const remove = (token: string | undefined, query: string) => fixture.server.app.inject({ method: 'DELETE', url: `${REPORT_TARGETS_PATH}?${query}`, headers: auth(token) });
  const rows = async (token: string, query = '') => (await list(token, query)).json<{ targets: Row[] }>().targets.map((row) => [row.siteId, row.year, row.spocPersons, row.accompaniedPersons]);

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

  it('enters, corrects, lists per site and year, and deletes a target (back to the defaults)', async () => {
    expect((await list(coordA)).json()).toEqual({ targets: [] });
    const first = await put(coordA, { siteId: 'site-a', year: 2025, spocPersons: 300, accompaniedPersons: 180 });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ target: { siteId: 'site-a', year: 2025, spocPersons: 300, accompaniedPersons: 180, enteredBy: expect.any(String), enteredAt: expect.any(String) } });
    expect((await put(coordA, { siteId: 'site-a', year: 2025, spocPersons: 340, accompaniedPersons: 210 })).statusCode).toBe(200);
    expect((await put(coordA, { siteId: 'site-a', year: 2026, spocPersons: 0, accompaniedPersons: 0 })).statusCode).toBe(200);
    expect((await put(coordB, { siteId: 'site-b', year: 2025, spocPersons: 90, accompaniedPersons: 40 })).statusCode).toBe(200);

    expect(await rows(coordA)).toEqual([
      ['site-a', 2025, 340, 210],
      ['site-a', 2026, 0, 0],
    ]);
    expect(await rows(coordA, '?year=2026')).toEqual([['site-a', 2026, 0, 0]]);
    expect(await rows(fixture.users.admin.token, '?year=2025')).toEqual([
      ['site-a', 2025, 340, 210],
      ['site-b', 2025, 90, 40],
    ]);
    expect(await rows(fixture.users.admin.token, '?siteId=site-b')).toEqual([['site-b', 2025, 90, 40]]);

    expect((await remove(coordA, 'siteId=site-a&year=2026')).statusCode).toBe(204);
    expect((await remove(coordA, 'siteId=site-a&year=2026')).statusCode).toBe(404);
    expect(await rows(coordA)).toEqual([['site-a', 2025, 340, 210]]);
  });

  it('lets a coordinator of other sites neither read nor write, an adviser nothing (403), and nobody without a token (401)', async () => {
    const alice = fixture.users.alice.token; // adviser of site A
    for (const response of [
      await list(coordA, '?siteId=site-b'),
      await list(coordA, '?siteId=site-a&siteId=site-b'),
      await put(coordA, { siteId: 'site-b', year: 2025, spocPersons: 1, accompaniedPersons: 1 }),
      await remove(coordA, 'siteId=site-b&year=2025'),
      await list(alice),
      await put(alice, { siteId: 'site-a', year: 2025, spocPersons: 1, accompaniedPersons: 1 }),
      await remove(alice, 'siteId=site-a&year=2025'),
      await put(fixture.users.admin.token, { siteId: 'no-such-site', year: 2025, spocPersons: 1, accompaniedPersons: 1 }),
    ]) {
      expect(response.statusCode).toBe(403);
      expect(response.json()).toEqual({ error: 'forbidden' });
    }
    // A coordinator's list never holds another site's targets.
    expect((await rows(coordA)).every(([siteId]) => siteId === 'site-a')).toBe(true);
    expect((await list(undefined)).statusCode).toBe(401);
    expect((await put('nope', { siteId: 'site-a', year: 2025, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(401);
    // Site B's target is untouched.
    expect(await rows(coordB)).toEqual([['site-b', 2025, 90, 40]]);
  });

  it.each([
    [{ siteId: 'site-a', year: 2025, spocPersons: -1, accompaniedPersons: 1 }, ['spocPersons'], 'outOfRange'],
    [{ siteId: 'site-a', year: 2025, spocPersons: 1, accompaniedPersons: 1e9 }, ['accompaniedPersons'], 'outOfRange'],
    [{ siteId: 'site-a', year: 2025, spocPersons: 'many', accompaniedPersons: 1 }, ['spocPersons'], 'invalidNumber'],
    [{ siteId: 'site-a', year: 2025, spocPersons: 1, accompaniedPersons: 2.5 }, ['accompaniedPersons'], 'invalidNumber'],
    [{ siteId: 'site-a', year: 1500, spocPersons: 1, accompaniedPersons: 1 }, ['year'], 'outOfRange'],
    [{ siteId: 'site-a', year: '2025', spocPersons: 1, accompaniedPersons: 1 }, ['year'], 'invalidNumber'],
    [{ siteId: '', year: 2025, spocPersons: 1, accompaniedPersons: 1 }, ['siteId'], 'invalidId'],
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

  it('answers 400 to a list or delete without a valid year', async () => {
    for (const response of [await remove(coordA, 'siteId=site-a&year=abc'), await list(coordA, '?year=abc')]) {
      expect(response.statusCode).toBe(400);
      expect(response.json<{ issues: Issue[] }>().issues.map((issue) => issue.path[0])).toEqual(['year']);
    }
  });
});
