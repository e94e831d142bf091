// Organisations are created and renamed by an administrator on the accounts screen (issue 20), as
// with the admin CLI. Every other role is refused, and a refused or malformed request changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { listOrganisations } from '../organisations/organisations';
import { PASSWORD, createFixture, type Fixture } from '../test-fixture';

describe.each(testDatabases())('organisations over HTTP on $name', (target) => {
  let fixture: Fixture;
  const tokens: Record<'coordinator' | 'reporter', string> = { coordinator: '', reporter: '' };
  const send = (method: 'POST' | 'PATCH', url: string, payload: unknown, token?: string) =>
    fixture.server.app.inject({ method, url, payload: payload as object, headers: token ? { authorization: `Bearer ${token}` } : {} });
  const organisations = () => listOrganisations(fixture.server.db);

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = await createUser(fixture.server.db, { email: 'coord@test.vdc.brussels', password: PASSWORD, name: 'Coord', role: 'coordinator', siteIds: ['site-a'] });
    const reporter = await createUser(fixture.server.db, { email: 'reseau@test.vdc.brussels', password: PASSWORD, name: 'Réseau', role: 'reporter', siteIds: [] });
    tokens.coordinator = (await issueToken(fixture.server.db, coordinator, undefined, 1)).token;
    tokens.reporter = (await issueToken(fixture.server.db, reporter, undefined, 1)).token;
  });
  afterAll(() => fixture.close());

  it('lets an administrator create an organisation, which the list then shows', async () => {
    const created = await send('POST', ACCOUNT_PATHS.organisations, { id: 'cpas-forest', name: '  CPAS de Forest ' }, fixture.users.admin.token);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toEqual({ organisation: { id: 'cpas-forest', name: 'CPAS de Forest', siteIds: [] } });
    const list = await fixture.server.app.inject({ method: 'GET', url: ACCOUNT_PATHS.organisations, headers: { authorization: `Bearer ${fixture.users.admin.token}` } });
    expect(list.json<{ organisations: { id: string }[] }>().organisations.map((organisation) => organisation.id)).toContain('cpas-forest');
  });

  it('lets an administrator rename an organisation, its sites staying in it', async () => {
    const renamed = await send('PATCH', `${ACCOUNT_PATHS.organisations}/site-a`, { name: 'Mission Locale A (Schaerbeek)' }, fixture.users.admin.token);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json()).toEqual({ organisation: { id: 'site-a', name: 'Mission Locale A (Schaerbeek)', siteIds: ['site-a'] } });
  });

  it('refuses every other role, and no token, changing nothing', async () => {
    const before = await organisations();
    for (const token of [tokens.coordinator, tokens.reporter, fixture.users.alice.token]) {
      expect((await send('POST', ACCOUNT_PATHS.organisations, { id: 'taken-over', name: 'Taken over' }, token)).statusCode).toBe(403);
      expect((await send('PATCH', `${ACCOUNT_PATHS.organisations}/site-a`, { name: 'Taken over' }, token)).statusCode).toBe(403);
    }
    expect((await send('POST', ACCOUNT_PATHS.organisations, { id: 'taken-over', name: 'Taken over' })).statusCode).toBe(401);
    expect((await send('PATCH', `${ACCOUNT_PATHS.organisations}/site-a`, { name: 'Taken over' })).statusCode).toBe(401);
    expect(await organisations()).toEqual(before);
  });

  it('refuses a malformed, taken or unknown organisation in words, changing nothing', async () => {
    const before = await organisations();
    const admin = fixture.users.admin.token;
    const cases: [method: 'POST' | 'PATCH', url: string, body: unknown, status: number, path?: string, code?: string][] = [
      ['POST', ACCOUNT_PATHS.organisations, { id: 'Bad Id!', name: 'X' }, 400, 'id', 'invalidId'],
      ['POST', ACCOUNT_PATHS.organisations, { id: 'ok-id', name: '   ' }, 400, 'name', 'required'],
      ['POST', ACCOUNT_PATHS.organisations, { id: 'ok-id', name: 'X', extra: true }, 400],
      ['POST', ACCOUNT_PATHS.organisations, { id: 'site-b', name: 'Someone else' }, 400, 'id', 'taken'],
      ['PATCH', `${ACCOUNT_PATHS.organisations}/site-b`, { name: '' }, 400, 'name', 'required'],
      ['PATCH', `${ACCOUNT_PATHS.organisations}/site-b`, { name: 'x'.repeat(121) }, 400, 'name', 'tooLong'],
      ['PATCH', `${ACCOUNT_PATHS.organisations}/no-such-organisation`, { name: 'Ghost' }, 404],
    ];
    for (const [method, url, body, status, path, code] of cases) {
      const answer = await send(method, url, body, admin);
      expect(answer.statusCode, JSON.stringify(body)).toBe(status);
      if (status === 400) {
        const refusal = answer.json<{ error: string; issues: { path: string[]; code: string; message: string }[] }>();
        expect(refusal.error).toBe('bad_request');
        expect(refusal.issues[0]?.message).toBeTruthy();
        if (path) expect(refusal.issues[0]).toMatchObject({ path: [path], code });
      }
    }
    expect(await organisations()).toEqual(before);
  });
});
