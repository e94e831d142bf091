import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeTransport } from './testing/fake-transport';
import { DIRECTORY_DB_NAME } from '../db/directory';
import { countKnownAccounts, reopenOptions, reopenWithPin, signIn, type SessionOptions } from './session';
import type { DeviceUnlockApi } from './device-unlock-api';
import { RecordValidationError, type Workspace } from './workspace';

const open: Workspace[] = [];
afterEach(async () => {
  for (const workspace of open.splice(0)) await workspace.signOut().catch(() => undefined);
});

function setup() {
  const transport = new FakeTransport();
  const options: SessionOptions = { transport, directoryName: `test-directory-${crypto.randomUUID()}` };
  const email = `adviser-${crypto.randomUUID()}@example.org`;
  const user = transport.addAccount(email, 'first password', { name: 'Sam' });
  const login = (password: string, extra: Partial<SessionOptions> = {}) =>
    signIn({ ...options, ...extra, email, password, pbkdf2Iterations: 1_000 }).then((outcome) => {
      if (outcome.ok) open.push(outcome.workspace);
      return outcome;
    });
  return { transport, options, email, user, login };
}

/** The server's half of the PIN unlock, in memory: a secret per device, 5 tries, then gone. */
function fakeUnlockServer() {
  const rows = new Map<string, { secret: string; proof: string; attempts: number }>();
  let offline = false;
  const api: DeviceUnlockApi = {
    async enrolPin(_token, deviceId, proof) {
      const secret = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
      rows.set(deviceId, { secret, proof, attempts: 0 });
      return { secret, expiresAt: new Date(Date.now() + 12 * 3600_000).toISOString() };
    },
    async unlockWithPin(_userId, deviceId, proof) {
      if (offline) return { result: 'offline' };
      const row = rows.get(deviceId);
      if (!row) return { result: 'unavailable' };
      row.attempts += 1;
      if (row.proof === proof) {
        row.attempts = 0;
        return { result: 'ok', secret: row.secret };
      }
      if (row.attempts >= 5) {
        rows.delete(deviceId);
        return { result: 'locked-out' };
      }
      return { result: 'wrong', remaining: 5 - row.attempts };
    },
  };
  return { api, rows, setOffline: (value: boolean) => (offline = value) };
}

function openRawDirectory(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('open failed'));
  });
}

function holdsCryptoKey(value: unknown): boolean {
  if (value instanceof CryptoKey) return true;
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) return Object.values(value).some(holdsCryptoKey);
  return false;
}

async function ok(outcome: Awaited<ReturnType<typeof signIn>>): Promise<Workspace> {
  if (!outcome.ok) throw new Error(`sign-in failed: ${outcome.reason}`);
  return outcome.workspace;
}

describe('session', () => {
  it('signs in online, then works with repositories', async () => {
    const { login, user } = setup();
    const outcome = await login('first password');
    expect(outcome).toMatchObject({ ok: true, offline: false });
    const workspace = await ok(outcome);
    expect(workspace.user).toEqual(user);
    const candidates = workspace.repo('candidates');
    const created = await candidates.create('site-1', { firstName: 'Amina' });
    expect(created).toMatchObject({ siteId: 'site-1', rev: 0, data: { firstName: 'Amina' }, pendingFields: ['firstName'] });
    await candidates.update(created.id, { lastName: 'Benali' });
    expect((await candidates.get(created.id))?.data).toEqual({ firstName: 'Amina', lastName: 'Benali' });
    await expect(candidates.create('site-1', { gender: 'F' })).rejects.toBeInstanceOf(RecordValidationError);
    await expect(candidates.update(created.id, { firstName: null, lastName: null })).rejects.toBeInstanceOf(RecordValidationError);
    expect(await workspace.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0 });
    await candidates.remove(created.id);
    expect(await candidates.list()).toEqual([]);
  });

  it('refuses wrong credentials and reports rate limiting', async () => {
    const { login, transport } = setup();
    expect(await login('nope')).toEqual({ ok: false, reason: 'bad_credentials' });
    transport.mode = 'rate_limited';
    expect(await login('first password')).toEqual({ ok: false, reason: 'rate_limited' });
  });

  it('signs in offline with the password once the account is known on the device', async () => {
    const { login, transport } = setup();
    const first = await ok(await login('first password'));
    const id = (await first.repo('candidates').create('site-1', { firstName: 'Offline' })).id;
    await first.signOut();
    transport.mode = 'offline';
    expect(await login('wrong password')).toEqual({ ok: false, reason: 'bad_credentials' });
    const outcome = await login('first password');
    expect(outcome).toMatchObject({ ok: true, offline: true });
    const workspace = await ok(outcome);
    expect((await workspace.repo('candidates').get(id))?.data).toEqual({ firstName: 'Offline' });
    expect(await workspace.sync.syncNow()).toMatchObject({ phase: 'offline', error: 'network', pending: 1 });
  });

  it('an unknown account cannot sign in offline', async () => {
    const { login, transport } = setup();
    transport.mode = 'offline';
    expect(await login('first password')).toEqual({ ok: false, reason: 'unknown_offline' });
  });

  it('after a password reset, the online login re-wraps the key under the new password', async () => {
    const { login, transport, email } = setup();
    const first = await ok(await login('first password'));
    const id = (await first.repo('candidates').create('site-1', { firstName: 'Kept' })).id;
    await first.signOut();
    transport.setPassword(email, 'reset password');
    const reset = await ok(await login('reset password'));
    expect((await reset.repo('candidates').get(id))?.data.firstName).toBe('Kept');
    await reset.signOut();
    transport.mode = 'offline';
    expect(await login('first password')).toEqual({ ok: false, reason: 'bad_credentials' });
    expect(await login('reset password')).toMatchObject({ ok: true, offline: true });
  });

  it('keeps no data key in the directory: nothing there opens a workspace without a factor', async () => {
    const { login, options } = setup();
    const workspace = await ok(await login('first password'));
    await workspace.repo('candidates').create('site-1', { firstName: 'InMemory' });
    const directory = await openRawDirectory(options.directoryName ?? DIRECTORY_DB_NAME);
    const stores = [...directory.objectStoreNames];
    expect(stores).not.toContain('keptKeys');
    for (const store of stores) {
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = directory.transaction(store, 'readonly').objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error ?? new Error('getAll failed'));
      });
      expect(rows.some(holdsCryptoKey), `a CryptoKey stored in ${store}`).toBe(false);
    }
    directory.close();
  });

  it('reopens with the PIN and the server’s help; offline, after 5 wrong PINs or a logout only the password does', async () => {
    const unlockServer = fakeUnlockServer();
    const { login, options: base } = setup();
    const options: SessionOptions = { ...base, deviceUnlockApi: unlockServer.api, pinUnlockIterations: 1_000 };
    const workspace = await ok(await login('first password', options));
    const id = (await workspace.repo('candidates').create('site-1', { firstName: 'ByPin' })).id;
    expect(await reopenOptions(options)).toBeNull();
    await workspace.pin?.set('2468');
    await vi.waitFor(async () => expect(await reopenOptions(options)).toEqual({ pin: true, tabletLock: false }));

    expect(await reopenWithPin('1111', options)).toEqual({ ok: false, reason: 'wrong', remaining: 4 });
    unlockServer.setOffline(true);
    expect(await reopenWithPin('2468', options)).toEqual({ ok: false, reason: 'offline' });
    unlockServer.setOffline(false);
    const reopened = await reopenWithPin('2468', options);
    if (!reopened.ok) throw new Error(reopened.reason);
    open.push(reopened.workspace);
    expect((await reopened.workspace.repo('candidates').get(id))?.data.firstName).toBe('ByPin');

    const answers = [];
    for (let i = 0; i < 5; i += 1) answers.push(await reopenWithPin('0000', options));
    expect(answers.map((answer) => (answer.ok ? 'ok' : answer.reason))).toEqual(['wrong', 'wrong', 'wrong', 'wrong', 'locked-out']);
    expect(await reopenOptions(options)).toBeNull();
    expect(await reopenWithPin('2468', options)).toEqual({ ok: false, reason: 'unavailable' });

    // A right PIN on the open page enrols again; a logout forgets it.
    expect(await reopened.workspace.pin?.verify('2468')).toEqual({ result: 'ok' });
    await vi.waitFor(async () => expect(await reopenOptions(options)).toEqual({ pin: true, tabletLock: false }));
    await reopened.workspace.signOut();
    expect(await reopenOptions(options)).toBeNull();
  });

  it('two advisers on one tablet see only their own records', async () => {
    const { login, transport, options } = setup();
    const a = await ok(await login('first password'));
    await a.repo('candidates').create('site-1', { firstName: 'OfA' });
    const otherEmail = `other-${crypto.randomUUID()}@example.org`;
    transport.addAccount(otherEmail, 'other password');
    const b = await ok(await signIn({ ...options, email: otherEmail, password: 'other password', pbkdf2Iterations: 1_000 }));
    open.push(b);
    expect(await b.repo('candidates').list()).toEqual([]);
  });

  it('a revoked token shows as unauthorized and keeps the pending work', async () => {
    const { login, transport } = setup();
    const workspace = await ok(await login('first password'));
    await workspace.repo('candidates').create('site-1', { firstName: 'Waiting' });
    transport.revokeTokens();
    expect(await workspace.sync.syncNow()).toMatchObject({ phase: 'error', error: 'unauthorized', pending: 1 });
  });

  it('renews an expired session in place: the pending work goes out with the new token', async () => {
    const { login, transport, email } = setup();
    const workspace = await ok(await login('first password'));
    await workspace.repo('candidates').create('site-1', { firstName: 'Waiting' });
    transport.revokeTokens();
    expect(await workspace.sync.syncNow()).toMatchObject({ error: 'unauthorized', pending: 1 });
    expect(await workspace.renewSession?.(email, 'wrong password')).toBe('bad_credentials');
    const otherEmail = `other-${crypto.randomUUID()}@example.org`;
    transport.addAccount(otherEmail, 'other password');
    expect(await workspace.renewSession?.(otherEmail, 'other password')).toBe('other_account');
    expect(await workspace.sync.syncNow()).toMatchObject({ error: 'unauthorized', pending: 1 });
    expect(await workspace.renewSession?.(email, 'first password')).toBe('renewed');
    // The renewal started a sync with the new token: syncNow() joins it.
    expect(await workspace.sync.syncNow()).toMatchObject({ phase: 'idle', pending: 0 });
    transport.mode = 'offline';
    expect(await workspace.renewSession?.(email, 'first password')).toBe('offline');
  });

  it('a renewal after a password reset makes the new password open the tablet offline', async () => {
    const { login, transport, email, options } = setup();
    const workspace = await ok(await login('first password'));
    transport.setPassword(email, 'reset password');
    transport.revokeTokens();
    expect(await workspace.renewSession?.(email, 'reset password')).toBe('renewed');
    await workspace.signOut();
    transport.mode = 'offline';
    expect(await signIn({ ...options, email, password: 'reset password', pbkdf2Iterations: 1_000 })).toMatchObject({ ok: true, offline: true });
  });

  it('watch gives the list now and after changes', async () => {
    const { login } = setup();
    const workspace = await ok(await login('first password'));
    const lists: number[] = [];
    let delivery = () => {};
    const stop = workspace.repo('candidates').watch((records) => {
      lists.push(records.length);
      delivery();
    });
    const delivered = async (count: number) => {
      while (lists.at(-1) !== count) await new Promise<void>((resolve) => (delivery = resolve));
    };
    await delivered(0);
    expect(lists).toEqual([0]);
    await workspace.repo('candidates').create('site-1', { firstName: 'W' });
    await delivered(1);
    stop();
  });
});

describe('a revoked device', () => {
  it('wipes the user’s local data when a sync is answered with a wipe order', async () => {
    const { login, transport, options } = setup();
    let wipeDone = () => {};
    const wipeCalled = new Promise<void>((resolve) => (wipeDone = resolve));
    const wiped = vi.fn(() => wipeDone());
    const workspace = await ok(await login('first password', { afterDeviceWipe: wiped }));
    await workspace.repo('candidates').create('site-1', { firstName: 'Unsent' });
    transport.revokeLastDevice();

    expect(await workspace.sync.syncNow()).toMatchObject({ phase: 'error', error: 'unauthorized' });
    await wipeCalled;
    expect(wiped).toHaveBeenCalledTimes(1);
    const databases = (await indexedDB.databases()).map((database) => database.name);
    expect(databases).not.toContain(`vdc-user-${workspace.user.id}`);
    expect(await countKnownAccounts(options)).toBe(0);
  });

  it('wipes at login too, then signs in as a new device with nothing of the old data', async () => {
    const { login, transport } = setup();
    const first = await ok(await login('first password'));
    const id = (await first.repo('candidates').create('site-1', { firstName: 'Old' })).id;
    await first.signOut();
    transport.revokeLastDevice();

    const again = await ok(await login('first password'));
    expect(await again.repo('candidates').get(id)).toBeUndefined();
    const [revoked, fresh] = transport.loginDevices.slice(-2);
    expect(fresh).not.toBe(revoked);
  });
});
