// Wrong PINs go through the login throttle shared with passwords (issue 19): each try is counted
// before its proof is checked, on the account's and the address's keys kept in the database, so
// PIN guesses on several devices and password guesses from several addresses add up, and a try
// refused by the throttle checks nothing and changes nothing.
import { randomBytes, randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_UNLOCK_PATHS } from '../../src/domain/device-unlock';
import { API_PATHS } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { DEFAULT_LOGIN_LIMITS } from '../auth/login-throttle';
import { verifyPassword } from '../auth/passwords';
import { PASSWORD, createFixture, type Fixture } from '../test-fixture';

const ACCOUNT_FREE = 6;
const ADDRESS_FREE = 8;
const HOUR = 3600_000;
const LIMITS = {
  pair: DEFAULT_LOGIN_LIMITS.pair,
  account: { free: ACCOUNT_FREE, firstDelayMs: HOUR, maxDelayMs: HOUR, forgetOneEveryMs: 24 * HOUR },
  address: { free: ADDRESS_FREE, firstDelayMs: HOUR, maxDelayMs: HOUR, forgetOneEveryMs: 24 * HOUR },
};

const newProof = () => randomBytes(32).toString('base64url');
const errorOf = (response: LightMyRequestResponse) => response.json<{ error?: string }>().error;

describe.each(testDatabases())('PIN tries and the login throttle on $name', (target) => {
  let fixture: Fixture;
  const counter = { checks: 0 };
  const post = (url: string, payload: object, options: { token?: string; ip?: string } = {}) =>
    fixture.server.app.inject({ method: 'POST', url, payload, remoteAddress: options.ip ?? '127.0.0.1', headers: options.token ? { authorization: `Bearer ${options.token}` } : {} });
  const unlockRows = (userId: string) => fixture.server.db.selectFrom('device_unlocks').selectAll().where('user_id', '=', userId).orderBy('device_id').execute();

  /** The user logs in on a new device (from the office's usual address) and enrols a PIN there. */
  async function enrolled(user: { id: string; email: string }) {
    const deviceId = randomUUID();
    const login = await post(API_PATHS.login, { email: user.email, password: PASSWORD, deviceId });
    expect(login.statusCode).toBe(200);
    const enrol = await post(DEVICE_UNLOCK_PATHS.enrolPin, { deviceId, proof: newProof() }, { token: login.json<{ token: string }>().token });
    expect(enrol.statusCode).toBe(200);
    return { guess: (ip: string) => post(DEVICE_UNLOCK_PATHS.unlockWithPin, { userId: user.id, deviceId, proof: newProof() }, { ip }) };
  }

  beforeAll(async () => {
    fixture = await createFixture(target, {
      login: {
        limits: LIMITS,
        verifyPassword: async (hash, password) => {
          counter.checks += 1;
          return verifyPassword(hash, password);
        },
      },
    });
  });
  afterAll(() => fixture.close());

  it('adds simultaneous PIN guesses on two devices and wrong passwords from four addresses into one account budget', async () => {
    const { alice } = fixture.users;
    const devices = [await enrolled(alice), await enrolled(alice)];
    counter.checks = 0;
    const rowsBefore = await unlockRows(alice.id);
    expect(rowsBefore.map((row) => Number(row.attempts))).toEqual([0, 0]);

    const pinGuesses = devices.flatMap((device) => Array.from({ length: 5 }, () => device.guess('198.51.100.1')));
    const passwordGuesses = Array.from({ length: 4 }, (_, i) => post(API_PATHS.login, { email: alice.email, password: `wrong ${i}` }, { ip: `198.51.100.${10 + i}` }));
    const pins = await Promise.all(pinGuesses);
    const passwords = await Promise.all(passwordGuesses);

    const pinsChecked = pins.filter((response) => response.statusCode === 401);
    const passwordsChecked = passwords.filter((response) => response.statusCode === 401);
    expect(pinsChecked.length + passwordsChecked.length, 'tries checked, PIN and password together').toBe(ACCOUNT_FREE);
    expect(counter.checks, 'password hashes verified').toBe(passwordsChecked.length);
    for (const refused of [...pins, ...passwords].filter((response) => response.statusCode !== 401)) {
      expect(refused.statusCode).toBe(429);
      expect(errorOf(refused)).toBe('rate_limited');
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    }
    // Only the checked PIN tries were counted by the devices; the refused ones changed nothing.
    const rowsAfter = await unlockRows(alice.id);
    const deviceAttempts = rowsAfter.reduce((sum, row) => sum + Number(row.attempts), 0) + (2 - rowsAfter.length) * 5;
    expect(deviceAttempts).toBe(pinsChecked.length);

    // The account backs off for the password too, from an address never seen before, unchecked.
    counter.checks = 0;
    const right = await post(API_PATHS.login, { email: alice.email, password: PASSWORD }, { ip: '192.0.2.99' });
    expect(right.statusCode).toBe(429);
    expect(counter.checks).toBe(0);
  });

  it('counts PIN tries on the address’s key shared with passwords for other accounts', async () => {
    const { bob, carol } = fixture.users;
    const device = await enrolled(carol);
    const office = '203.0.113.50';
    // Four wrong passwords for Bob from the office's address.
    for (let i = 0; i < 4; i += 1) expect((await post(API_PATHS.login, { email: bob.email, password: `wrong ${i}` }, { ip: office })).statusCode).toBe(401);
    const before = await unlockRows(carol.id);
    const answers = await Promise.all(Array.from({ length: 5 }, () => device.guess(office)));
    const statuses = answers.map((response) => response.statusCode).sort();
    // The address had ADDRESS_FREE - 4 tries left: that many PINs checked, the last refused unchecked.
    expect(statuses).toEqual([...Array.from({ length: ADDRESS_FREE - 4 }, () => 401), 429]);
    const after = await unlockRows(carol.id);
    expect(Number(after[0]?.attempts)).toBe(Number(before[0]?.attempts) + ADDRESS_FREE - 4);
  });

  it('refuses a try for a device with no PIN secret without counting it', async () => {
    const { bob } = fixture.users;
    const before = await fixture.server.db.selectFrom('login_attempts').selectAll().orderBy('key').execute();
    const answer = await post(DEVICE_UNLOCK_PATHS.unlockWithPin, { userId: bob.id, deviceId: randomUUID(), proof: newProof() }, { ip: '192.0.2.1' });
    expect([answer.statusCode, errorOf(answer)]).toEqual([401, 'pin_unavailable']);
    expect(await fixture.server.db.selectFrom('login_attempts').selectAll().orderBy('key').execute()).toEqual(before);
  });
});
