import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { AccountSummary, AuditEntry } from '../../src/domain/accounts';
import { API_PATHS } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';

type Issue = { path: (string | number)[]; code: string; message: string };

describe.each(testDatabases())('accounts, devices and audit on $name', (target) => {
  let fixture: Fixture;
  let coordA: { id: string; token: string };
  const headers = (token: string | undefined) => (token ? { authorization: `Bearer ${token}` } : {});
  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, token: string | undefined, payload?: object) =>
    fixture.server.app.inject({ method, url, headers: headers(token), ...(payload ? { payload } : {}) });
  const login = (email: string, password: string, deviceId?: string) =>
    fixture.server.app.inject({ method: 'POST', url: API_PATHS.login, payload: { email, password, ...(deviceId ? { deviceId } : {}) } });
  const listUsers = async (token: string) => (await call('GET', ACCOUNT_PATHS.users, token)).json<{ users: AccountSummary[] }>().users;
  const create = (token: string, body: Record<string, unknown>) => call('POST', ACCOUNT_PATHS.users, token, body);
  const newAdviser = (email: string, siteIds = ['site-a']) => ({ email, name: `Name of ${email}`, role: 'adviser', siteIds, password: 'a good password' });

  beforeAll(async () => {
    fixture = await createFixture(target);
    const id = await createUser(fixture.server.db, { email: 'coord-a@test.vdc.brussels', password: PASSWORD, name: 'Coordinatrice A', role: 'coordinator', siteIds: ['site-a'] });
    coordA = { id, token: (await issueToken(fixture.server.db, id, undefined, 1)).token };
  });
  afterAll(() => fixture.close());

  it('lets a coordinator create an adviser on their site, who can then log in; the audit log says who did it', async () => {
    const response = await create(coordA.token, newAdviser('New.Adviser@test.vdc.brussels'));
    expect(response.statusCode).toBe(200);
    const user = response.json<{ user: AccountSummary }>().user;
    expect(user).toMatchObject({ email: 'new.adviser@test.vdc.brussels', role: 'adviser', siteIds: ['site-a'], active: true, devices: [] });
    expect((await login('new.adviser@test.vdc.brussels', 'a good password')).statusCode).toBe(200);

    const entries = (await call('GET', ACCOUNT_PATHS.audit, coordA.token)).json<{ entries: AuditEntry[] }>().entries;
    expect(entries).toContainEqual(expect.objectContaining({ action: 'account-created', actorId: coordA.id, actorName: 'Coordinatrice A', siteIds: ['site-a'], targetId: user.id }));
  });

  it('refuses, in words and without creating anything, what a coordinator may not do', async () => {
    const before = (await listUsers(fixture.users.admin.token)).length;
    const refusals: [Record<string, unknown>, string][] = [
      [newAdviser('other-site@test.vdc.brussels', ['site-b']), 'siteNotYours'],
      [{ ...newAdviser('admin2@test.vdc.brussels'), role: 'admin' }, 'roleNotAllowed'],
      [newAdviser('alice@test.vdc.brussels'), 'emailTaken'],
      [newAdviser('nosite@test.vdc.brussels', []), 'sitesRequired'],
      [newAdviser('ghost-site@test.vdc.brussels', ['site-z']), 'unknownSite'],
      [{ ...newAdviser('short@test.vdc.brussels'), password: 'short' }, 'passwordTooShort'],
      [{ ...newAdviser('spaces@test.vdc.brussels'), password: ' '.repeat(14) }, 'passwordRepetitive'],
      [{ ...newAdviser('common@test.vdc.brussels'), password: 'Motdepasse2026!' }, 'passwordCommon'],
      [{ ...newAdviser('bad-email'), email: 'not an email' }, 'invalidEmail'],
    ];
    for (const [body, code] of refusals) {
      const response = await create(coordA.token, body);
      expect(response.statusCode, code).toBe(400);
      const issue = response.json<{ issues: Issue[] }>().issues[0];
      expect(issue?.code).toBe(code);
      expect(issue?.message.length).toBeGreaterThan(10);
    }
    expect((await create(coordA.token, { ...newAdviser('extra@test.vdc.brussels'), isAdmin: true })).statusCode).toBe(400);
    expect((await create(fixture.users.alice.token, newAdviser('by-adviser@test.vdc.brussels'))).statusCode).toBe(403);
    expect((await create(undefined as unknown as string, newAdviser('anonymous@test.vdc.brussels'))).statusCode).toBe(401);
    expect((await listUsers(fixture.users.admin.token)).length).toBe(before);
  });

  it('lists only the accounts a coordinator manages; another site’s accounts are not found', async () => {
    const emails = (await listUsers(coordA.token)).map((user) => user.email);
    expect(emails).toEqual(expect.arrayContaining(['alice@test.vdc.brussels', 'bob@test.vdc.brussels', 'coord-a@test.vdc.brussels']));
    expect(emails).not.toContain('carol@test.vdc.brussels');
    expect(emails).not.toContain('admin@test.vdc.brussels');
    expect((await call('GET', ACCOUNT_PATHS.users, fixture.users.alice.token)).statusCode).toBe(403);
    expect((await listUsers(fixture.users.admin.token)).map((user) => user.email)).toContain('carol@test.vdc.brussels');

    const carol = fixture.users.carol.id;
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${carol}`, coordA.token, { active: false })).statusCode).toBe(404);
    expect((await call('POST', `${ACCOUNT_PATHS.users}/${carol}/password`, coordA.token, { password: 'taken over!!' })).statusCode).toBe(404);
    expect((await login('carol@test.vdc.brussels', PASSWORD)).statusCode).toBe(200);
  });

  it('shows, but does not manage, a person who also works on a site that is not the coordinator’s', async () => {
    const shared = await createUser(fixture.server.db, { email: 'shared@test.vdc.brussels', password: PASSWORD, name: 'Shared', role: 'adviser', siteIds: ['site-a', 'site-b'] });
    expect((await listUsers(coordA.token)).find((user) => user.id === shared)).toMatchObject({
      manageable: false,
      notManagedReason: 'otherSites',
      // The other site, which the coordinator's tablet does not hold, is named for the accounts screen.
      siteNames: { 'site-a': 'Mission Locale A', 'site-b': 'Mission Locale B' },
    });
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${shared}`, coordA.token, { siteIds: ['site-a'] })).statusCode).toBe(403);
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${shared}`, coordA.token, { name: 'Shared Person' })).statusCode).toBe(403);
    // Once all of her sites are the coordinator's, she is theirs to manage.
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${shared}`, fixture.users.admin.token, { siteIds: ['site-a'] })).statusCode).toBe(200);
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${shared}`, coordA.token, { name: 'Shared Person' })).json<{ user: AccountSummary }>().user).toMatchObject({ name: 'Shared Person', manageable: true });
  });

  it('deactivates an account: its sessions end and it can no longer log in; reactivation restores it', async () => {
    const id = (await create(coordA.token, newAdviser('leaving@test.vdc.brussels'))).json<{ user: AccountSummary }>().user.id;
    const token = (await login('leaving@test.vdc.brussels', 'a good password')).json<{ token: string }>().token;
    expect((await fixture.pull(token)).statusCode).toBe(200);

    const response = await call('PATCH', `${ACCOUNT_PATHS.users}/${id}`, coordA.token, { active: false });
    expect(response.json<{ user: AccountSummary }>().user.active).toBe(false);
    expect((await fixture.pull(token)).statusCode).toBe(401);
    expect((await login('leaving@test.vdc.brussels', 'a good password')).statusCode).toBe(401);
    // The change reaches tablets as a synced users record.
    const pulled = (await fixture.pull(fixture.users.alice.token, 0, 1000)).json<{ changes: { table: string; id: string; data: { active?: boolean } }[] }>();
    expect(pulled.changes.find((record) => record.table === 'users' && record.id === id)?.data.active).toBe(false);

    await call('PATCH', `${ACCOUNT_PATHS.users}/${id}`, coordA.token, { active: true });
    expect((await login('leaving@test.vdc.brussels', 'a good password')).statusCode).toBe(200);
  });

  it('never lets a coordinator deactivate or demote themselves', async () => {
    const response = await call('PATCH', `${ACCOUNT_PATHS.users}/${coordA.id}`, coordA.token, { active: false });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ issues: Issue[] }>().issues[0]?.code).toBe('notOwnAccount');
    expect((await call('PATCH', `${ACCOUNT_PATHS.users}/${coordA.id}`, coordA.token, { role: 'adviser' })).statusCode).toBe(400);
    expect((await fixture.pull(coordA.token)).statusCode).toBe(200);
  });

  it('resets a password: old sessions end, the new password works', async () => {
    const id = (await create(coordA.token, newAdviser('forgetful@test.vdc.brussels'))).json<{ user: AccountSummary }>().user.id;
    const token = (await login('forgetful@test.vdc.brussels', 'a good password')).json<{ token: string }>().token;
    const common = await call('POST', `${ACCOUNT_PATHS.users}/${id}/password`, coordA.token, { password: 'azertyuiop2026' });
    expect([common.statusCode, common.json<{ issues: Issue[] }>().issues[0]?.code]).toEqual([400, 'passwordCommon']);
    expect((await fixture.pull(token)).statusCode).toBe(200); // a refused reset ends no session
    expect((await call('POST', `${ACCOUNT_PATHS.users}/${id}/password`, coordA.token, { password: 'brand new secret' })).statusCode).toBe(204);
    expect((await fixture.pull(token)).statusCode).toBe(401);
    expect((await login('forgetful@test.vdc.brussels', 'a good password')).statusCode).toBe(401);
    expect((await login('forgetful@test.vdc.brussels', 'brand new secret')).statusCode).toBe(200);
  });

  it('lets a user change their own password, checking the current one', async () => {
    await create(coordA.token, newAdviser('changer@test.vdc.brussels'));
    const token = (await login('changer@test.vdc.brussels', 'a good password')).json<{ token: string }>().token;
    const wrong = await call('POST', ACCOUNT_PATHS.password, token, { currentPassword: 'not it', newPassword: 'another good one' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json<{ issues: Issue[] }>().issues[0]?.code).toBe('wrongPassword');
    expect((await call('POST', ACCOUNT_PATHS.password, token, { currentPassword: 'a good password', newPassword: 'short' })).statusCode).toBe(400);
    expect((await call('POST', ACCOUNT_PATHS.password, token, { currentPassword: 'a good password', newPassword: 'another good one' })).statusCode).toBe(204);
    expect((await login('changer@test.vdc.brussels', 'another good one')).statusCode).toBe(200);
  });

  it('lists a user’s devices with their last contact; a revoked device is told to wipe, then starts afresh', async () => {
    const id = (await create(coordA.token, newAdviser('tablet-user@test.vdc.brussels'))).json<{ user: AccountSummary }>().user.id;
    const lostTablet = randomUUID();
    const otherTablet = randomUUID();
    const lostToken = (await login('tablet-user@test.vdc.brussels', 'a good password', lostTablet)).json<{ token: string }>().token;
    const otherToken = (await login('tablet-user@test.vdc.brussels', 'a good password', otherTablet)).json<{ token: string }>().token;
    const devices = (await listUsers(coordA.token)).find((user) => user.id === id)?.devices ?? [];
    expect(devices.map((device) => device.deviceId).sort()).toEqual([lostTablet, otherTablet].sort());
    expect(devices[0]?.lastSeenAt).toMatch(/^\d{4}-\d\d-\d\dT/);

    expect((await call('POST', `${ACCOUNT_PATHS.users}/${id}/devices/${randomUUID()}/revoke`, coordA.token)).statusCode).toBe(404);
    expect((await call('POST', `${ACCOUNT_PATHS.users}/${id}/devices/${lostTablet}/revoke`, fixture.users.alice.token)).statusCode).toBe(403);
    const revoked = await call('POST', `${ACCOUNT_PATHS.users}/${id}/devices/${lostTablet}/revoke`, coordA.token);
    expect(revoked.json<{ user: AccountSummary }>().user.devices.find((device) => device.deviceId === lostTablet)?.revokedAt).toBeDefined();

    const pull = await fixture.pull(lostToken);
    expect(pull.statusCode).toBe(401);
    expect(pull.json()).toEqual({ error: 'unauthorized', wipe: true });
    const again = await login('tablet-user@test.vdc.brussels', 'a good password', lostTablet);
    expect(again.json()).toEqual({ error: 'unauthorized', wipe: true });
    // The other tablet goes on; the wiped tablet signs in as a new device.
    expect((await fixture.pull(otherToken)).statusCode).toBe(200);
    expect((await login('tablet-user@test.vdc.brussels', 'a good password', randomUUID())).statusCode).toBe(200);

    const entries = (await call('GET', ACCOUNT_PATHS.audit, coordA.token)).json<{ entries: AuditEntry[] }>().entries;
    expect(entries).toContainEqual(expect.objectContaining({ action: 'device-revoked', targetId: id }));
  });

  it('ends the session at logout', async () => {
    const token = (await login('bob@test.vdc.brussels', PASSWORD)).json<{ token: string }>().token;
    expect((await call('POST', ACCOUNT_PATHS.logout, token)).statusCode).toBe(204);
    expect((await fixture.pull(token)).statusCode).toBe(401);
  });
});
