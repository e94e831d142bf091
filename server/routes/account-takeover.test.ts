// The takeover path of issue 20, replayed: a coordinator of one organisation against accounts that
// hold sites of two organisations, and against a coordinator of several sites. Every step is
// refused and the database is unchanged afterwards (users, passwords, sessions, devices, audit).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { AccountSummary } from '../../src/domain/accounts';
import { API_PATHS } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { buildServer } from '../app';
import type { BuiltServer } from '../app';
import { createOrganisation, createSite, createUser, writeUserChanges } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { readRecord } from '../db/records';
import { lockRevisionCounter } from '../db/revisions';

const PASSWORD = 'a long demo password';
type Issue = { code: string; message: string };

describe.each(testDatabases())('account takeover across organisations is refused ($name)', (target) => {
  let fresh: FreshDatabase;
  let server: BuiltServer;
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  const victimDevice = randomUUID();
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string, payload?: object) =>
    server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const login = (email: string, password: string) => server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email, password } });

  /** Everything an account change could touch. */
  const snapshot = async () => ({
    users: await server.db.selectFrom('records').selectAll().where('table_name', '=', 'users').orderBy('id').execute(),
    auth: await server.db.selectFrom('users_auth').selectAll().orderBy('user_id').execute(),
    tokens: await server.db.selectFrom('tokens').selectAll().orderBy('token_hash').execute(),
    devices: await server.db.selectFrom('devices').selectAll().orderBy('device_id').execute(),
    audit: await server.db.selectFrom('audit_log').selectAll().orderBy('id').execute(),
  });

  beforeAll(async () => {
    fresh = await target.create();
    server = await buildServer({ databaseUrl: fresh.url });
    const db = server.db;
    // Mission Locale One has two sites; the CPAS and Mission Locale Two are organisations of their own.
    await createOrganisation(db, { id: 'ml-one', name: 'Mission Locale One' });
    await createSite(db, { id: 'ml-one-north', name: 'ML One North', kind: 'mission-locale', organisationId: 'ml-one' });
    await createSite(db, { id: 'ml-one-south', name: 'ML One South', kind: 'mission-locale', organisationId: 'ml-one' });
    await createSite(db, { id: 'cpas-x', name: 'CPAS X', kind: 'cpas' });
    await createSite(db, { id: 'ml-two', name: 'ML Two', kind: 'mission-locale' });
    const accounts: [string, string, string[]][] = [
      ['attacker', 'coordinator', ['ml-one-north']],
      ['shared', 'adviser', ['ml-one-north', 'cpas-x']],
      ['bigCoord', 'coordinator', ['ml-one-north', 'ml-one-south']],
      ['own', 'adviser', ['ml-one-north']],
      ['twoCoord', 'coordinator', ['ml-two']],
      ['twoShared', 'adviser', ['ml-two', 'cpas-x']],
      ['admin', 'admin', []],
    ];
    for (const [name, role, siteIds] of accounts) {
      ids[name] = await createUser(db, { email: `${name.toLowerCase()}@test.vdc.brussels`, password: PASSWORD, name, role, siteIds });
      tokens[name] = (await issueToken(db, ids[name] ?? '', undefined, 1)).token;
    }
    // The victims have a tablet each and a session on it.
    for (const name of ['shared', 'bigCoord']) {
      await server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email: `${name.toLowerCase()}@test.vdc.brussels`, password: PASSWORD, deviceId: victimDevice } });
    }
  });
  afterAll(async () => {
    await server.close();
    await fresh.drop();
  });

  it('refuses every step against an adviser who also works at a CPAS, and against a coordinator of several sites', async () => {
    const before = await snapshot();
    for (const [attacker, victim] of [['attacker', 'shared'], ['attacker', 'bigCoord'], ['twoCoord', 'twoShared']] as const) {
      const token = tokens[attacker] ?? '';
      const user = `${ACCOUNT_PATHS.users}/${ids[victim]}`;
      const steps = [
        await call('PATCH', user, token, { role: 'coordinator' }),
        await call('PATCH', user, token, { role: 'admin' }),
        await call('PATCH', user, token, { role: 'adviser' }),
        await call('PATCH', user, token, { siteIds: ['ml-one-north'] }),
        await call('PATCH', user, token, { name: 'Taken over' }),
        await call('POST', `${user}/password`, token, { password: 'taken over password' }),
        await call('PATCH', user, token, { active: false }),
        await call('POST', `${user}/devices/${victimDevice}/revoke`, token),
      ];
      for (const step of steps) expect(step.statusCode, `${attacker} → ${victim}: ${step.body}`).toBe(403);
      expect((await login(`${victim.toLowerCase()}@test.vdc.brussels`, 'taken over password')).statusCode).toBe(401);
    }
    expect(await snapshot()).toEqual(before);
    // The victims' sessions still work, and so do their passwords.
    expect((await login('shared@test.vdc.brussels', PASSWORD)).statusCode).toBe(200);
    expect((await login('bigcoord@test.vdc.brussels', PASSWORD)).statusCode).toBe(200);
  });

  it('shows a coordinator those accounts read-only, with the reason, and no tablets', async () => {
    const listed = (await call('GET', ACCOUNT_PATHS.users, tokens.attacker ?? '')).json<{ users: AccountSummary[] }>().users;
    const byName = new Map(listed.map((account) => [account.name, account]));
    expect(byName.get('shared')).toMatchObject({ manageable: false, notManagedReason: 'otherSites', devices: [] });
    expect(byName.get('bigCoord')).toMatchObject({ manageable: false, notManagedReason: 'otherSites', devices: [] });
    expect(byName.get('own')).toMatchObject({ manageable: true });
    expect(byName.get('attacker')).toMatchObject({ manageable: true });
    // Not sharing a site: not listed at all (and 404 on any change, no existence leak).
    expect(byName.has('twoShared')).toBe(false);
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${ids.twoShared}`, tokens.attacker ?? '', { active: false })).statusCode).toBe(404);
  });

  it('never lets a coordinator give the admin or reporter role, or a site outside their own', async () => {
    const before = await snapshot();
    const token = tokens.attacker ?? '';
    const own = `${ACCOUNT_PATHS.users}/${ids.own}`;
    const refusals: [Promise<{ statusCode: number; json: () => unknown }>, string][] = [
      [call('PATCH', own, token, { role: 'admin' }), 'roleNotAllowed'],
      [call('PATCH', own, token, { role: 'reporter', siteIds: [] }), 'roleNotAllowed'],
      [call('PATCH', own, token, { siteIds: ['ml-one-north', 'cpas-x'] }), 'siteNotYours'],
      [call('PATCH', own, token, { siteIds: ['ml-one-south'] }), 'siteNotYours'],
      [call('POST', ACCOUNT_PATHS.users, token, { email: 'r@test.vdc.brussels', name: 'R', role: 'reporter', siteIds: [], password: PASSWORD }), 'roleNotAllowed'],
      [call('POST', ACCOUNT_PATHS.users, token, { email: 'a@test.vdc.brussels', name: 'A', role: 'admin', siteIds: [], password: PASSWORD }), 'roleNotAllowed'],
      [call('POST', ACCOUNT_PATHS.users, token, { email: 'c@test.vdc.brussels', name: 'C', role: 'coordinator', siteIds: ['ml-one-north', 'cpas-x'], password: PASSWORD }), 'siteNotYours'],
    ];
    for (const [pending, code] of refusals) {
      const response = await pending;
      expect(response.statusCode, code).toBe(400);
      expect((response.json() as { issues: Issue[] }).issues[0]?.code).toBe(code);
    }
    expect(await snapshot()).toEqual(before);
    // What is theirs they still manage.
    expect((await call('PATCH', own, token, { role: 'coordinator' })).statusCode).toBe(200);
    expect((await call('PATCH', own, token, { role: 'adviser' })).statusCode).toBe(200);
  });

  it('keeps the site rules for administrators too: a coordinator in one organisation, a reporter without sites', async () => {
    const admin = tokens.admin ?? '';
    const user = `${ACCOUNT_PATHS.users}/${ids.own}`;
    const split = await call('PATCH', user, admin, { role: 'coordinator', siteIds: ['ml-one-north', 'cpas-x'] });
    expect(split.json<{ issues: Issue[] }>().issues[0]?.code).toBe('sitesInSeveralOrganisations');
    const reporterWithSites = await call('PATCH', user, admin, { role: 'reporter' });
    expect(reporterWithSites.json<{ issues: Issue[] }>().issues[0]?.code).toBe('reporterNoSites');
    expect((await call('PATCH', user, admin, { role: 'coordinator', siteIds: ['ml-one-north', 'ml-one-south'] })).statusCode).toBe(200);
    expect((await call('PATCH', user, admin, { role: 'adviser', siteIds: ['ml-one-north'] })).statusCode).toBe(200);
  });

  it('lets a coordinator left with sites of several organisations (before 0010) manage nobody', async () => {
    const legacy = await createUser(server.db, { email: 'legacy@test.vdc.brussels', password: PASSWORD, name: 'Legacy', role: 'coordinator', siteIds: ['ml-one-north'] });
    await server.db.transaction().execute(async (trx) => {
      await lockRevisionCounter(trx);
      const record = await readRecord(trx, 'users', legacy);
      if (record) await writeUserChanges(trx, record, { siteIds: ['ml-one-north', 'cpas-x', 'ml-two'] });
    });
    const token = (await issueToken(server.db, legacy, undefined, 1)).token;
    const before = await snapshot();
    const listed = (await call('GET', ACCOUNT_PATHS.users, token)).json<{ users: AccountSummary[] }>().users;
    expect(listed.every((account) => !account.manageable && account.notManagedReason === 'ownSitesInSeveralOrganisations')).toBe(true);
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${ids.own}`, token, { active: false })).statusCode).toBe(403);
    expect((await call('POST', `${ACCOUNT_PATHS.users}/${ids.twoShared}/password`, token, { password: 'taken over password' })).statusCode).toBe(403);
    expect((await call('POST', ACCOUNT_PATHS.users, token, { email: 'n@test.vdc.brussels', name: 'N', role: 'adviser', siteIds: ['ml-two'], password: PASSWORD })).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });
});
