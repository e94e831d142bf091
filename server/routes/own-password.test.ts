// Changing one's own password: other sessions end, the new password passes the policy, and the
// current-password check cannot be used to guess in parallel (counted before the hash, like a login).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { testDatabases } from '../../tests/support/postgres';
import { DEFAULT_LOGIN_LIMITS } from '../auth/login-throttle';
import { verifyPassword } from '../auth/passwords';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const NEW_PASSWORD = 'a quiet walk in the Bois de la Cambre';

describe.each(testDatabases())('own password change on $name', (target) => {
  let fixture: Fixture;
  const counter = { checks: 0 };
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };

  beforeEach(async () => {
    counter.checks = 0;
    fixture = await createFixture(target, {
      login: {
        now: () => clock.now,
        verifyPassword: async (hash, password) => {
          counter.checks += 1;
          return verifyPassword(hash, password);
        },
      },
    });
  });
  afterEach(() => fixture.close());

  const change = (token: string, currentPassword: string, newPassword = NEW_PASSWORD) =>
    fixture.server.app.inject({ method: 'POST', url: ACCOUNT_PATHS.password, headers: { authorization: `Bearer ${token}` }, payload: { currentPassword, newPassword }, remoteAddress: '203.0.113.9' });
  const pullStatus = async (token: string) => (await fixture.pull(token)).statusCode;
  const passwordHash = async () => (await fixture.server.db.selectFrom('users_auth').select('password_hash').where('user_id', '=', fixture.users.alice.id).executeTakeFirstOrThrow()).password_hash;
  const login = (password: string) => fixture.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: fixture.users.alice.email, password }, remoteAddress: '203.0.113.9' });

  it('ends every other session of the user, keeps the one that changed it, and the new password logs in', async () => {
    const { alice, bob } = fixture.users;
    const tablet = (await issueToken(fixture.server.db, alice.id, undefined, 1)).token;
    const phone = (await issueToken(fixture.server.db, alice.id, undefined, 1)).token;
    expect((await change(tablet, PASSWORD)).statusCode).toBe(204);
    expect(await pullStatus(tablet)).toBe(200);
    expect(await pullStatus(phone)).toBe(401);
    expect(await pullStatus(alice.token)).toBe(401);
    expect(await pullStatus(bob.token)).toBe(200); // someone else's session is untouched
    expect((await login(PASSWORD)).statusCode).toBe(401);
    expect((await login(NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a new password that breaks the policy, in words, before checking the current one, changing nothing', async () => {
    const { alice } = fixture.users;
    const other = (await issueToken(fixture.server.db, alice.id, undefined, 1)).token;
    const before = await passwordHash();
    for (const [newPassword, code] of [
      ['short', 'passwordTooShort'],
      ['            ', 'passwordRepetitive'],
      ['Azerty2026!!', 'passwordCommon'],
    ] as const) {
      const response = await change(alice.token, PASSWORD, newPassword);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'bad_request', issues: [expect.objectContaining({ path: ['newPassword'], code, message: expect.stringMatching(/\w+ \w+ \w+/) })] });
    }
    expect(counter.checks).toBe(0);
    expect(await passwordHash()).toBe(before);
    expect(await pullStatus(other)).toBe(200);
  });

  it('checks at most the allowed number of 200 simultaneous current-password guesses, and shares the count with the login', async () => {
    const { alice } = fixture.users;
    const other = (await issueToken(fixture.server.db, alice.id, undefined, 1)).token;
    const before = await passwordHash();
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => change(alice.token, `guess number ${i}`)));
    expect(counter.checks).toBeLessThanOrEqual(DEFAULT_LOGIN_LIMITS.pair.free);
    const codes = responses.map((response) => response.statusCode);
    expect(codes.filter((code) => code === 400)).toHaveLength(counter.checks);
    expect(codes.filter((code) => code === 429)).toHaveLength(200 - counter.checks);
    const limited = responses.find((response) => response.statusCode === 429);
    expect(limited?.headers['retry-after']).toBe('30');
    expect(limited?.json()).toMatchObject({ error: 'rate_limited', retryAfterSeconds: 30 });
    // Nothing changed: same hash, other sessions alive; and the login of that account backs off too.
    expect((await change(alice.token, PASSWORD)).statusCode).toBe(429); // the right one, past the limit
    expect(await passwordHash()).toBe(before);
    expect(await pullStatus(other)).toBe(200);
    expect((await login(PASSWORD)).statusCode).toBe(429);

    clock.now += 30_000;
    expect((await change(alice.token, PASSWORD)).statusCode).toBe(204);
  });
});
