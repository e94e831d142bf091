// Password guessing performed as an attacker would: bursts of simultaneous wrong passwords, the
// right one hidden in a burst, the same over two server instances, and an office behind one address.
// Hash checks are counted through an injected verifier; time moves through an injected clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { buildServer } from '../app';
import type { BuiltServer } from '../app';
import { createSite, createUser } from '../admin/accounts';
import { DEFAULT_LOGIN_LIMITS } from '../auth/login-throttle';
import { hashPassword, verifyPassword } from '../auth/passwords';
import type { LoginSecurityOptions } from '../auth/login-guard';
import { PASSWORD, createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const ALLOWED = DEFAULT_LOGIN_LIMITS.pair.free;
// The default rules, but an address budget of 30 rather than 100: the same behaviour in a third of
// the (real argon2) hash checks.
const LIMITS = { ...DEFAULT_LOGIN_LIMITS, address: { ...DEFAULT_LOGIN_LIMITS.address, free: 30 } };

function countingOptions(clock: { now: number }, counter: { checks: number }): LoginSecurityOptions {
  return {
    limits: LIMITS,
    now: () => clock.now,
    verifyPassword: async (hash, password) => {
      counter.checks += 1;
      return verifyPassword(hash, password);
    },
  };
}

const login = (server: BuiltServer, email: string, password: string, ip = '203.0.113.7') =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

const statuses = (responses: LightMyRequestResponse[]) => responses.map((response) => response.statusCode);

async function tokenCount(server: BuiltServer, userId: string): Promise<number> {
  const row = await server.db.selectFrom('tokens').select((eb) => eb.fn.countAll<number>().as('count')).where('user_id', '=', userId).executeTakeFirstOrThrow();
  return Number(row.count);
}

describe.each(testDatabases())('login guessing on $name', (target) => {
  let fixture: Fixture;
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
  const counter = { checks: 0 };

  beforeEach(async () => {
    counter.checks = 0;
    fixture = await createFixture(target, { login: countingOptions(clock, counter) });
  });
  afterEach(() => fixture.close());

  it('checks at most the allowed number of 200 simultaneous wrong passwords, and answers the rest 429 in words', async () => {
    const { alice } = fixture.users;
    const hashBefore = await fixture.server.db.selectFrom('users_auth').select('password_hash').where('user_id', '=', alice.id).executeTakeFirstOrThrow();
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => login(fixture.server, alice.email, `wrong guess ${i}`)));
    expect(counter.checks).toBeLessThanOrEqual(ALLOWED);
    expect(statuses(responses).filter((status) => status === 401)).toHaveLength(counter.checks);
    const limited = responses.filter((response) => response.statusCode === 429);
    expect(limited).toHaveLength(200 - counter.checks);
    expect(limited[0]?.headers['retry-after']).toBe('30');
    expect(limited[0]?.json()).toEqual({ error: 'rate_limited', retryAfterSeconds: 30, message: 'Too many password attempts for this account or from this network. Try again in 30 seconds.' });
    // Nothing changed: no session issued, the password hash untouched.
    expect(await tokenCount(fixture.server, alice.id)).toBe(1);
    expect(await fixture.server.db.selectFrom('users_auth').select('password_hash').where('user_id', '=', alice.id).executeTakeFirstOrThrow()).toEqual(hashBefore);
  });

  it('lets no burst containing the right password in past the limit, and lets the user in once the delay has passed', async () => {
    const { alice } = fixture.users;
    for (let i = 0; i < ALLOWED; i += 1) expect((await login(fixture.server, alice.email, `wrong ${i}`)).statusCode).toBe(401);
    const checksBefore = counter.checks;
    const burst = await Promise.all(Array.from({ length: 30 }, (_, i) => login(fixture.server, alice.email, i % 3 === 0 ? PASSWORD : `guess ${i}`)));
    expect(statuses(burst).every((status) => status === 429)).toBe(true);
    expect(counter.checks).toBe(checksBefore);
    expect(await tokenCount(fixture.server, alice.id)).toBe(1);

    const retryAfter = Number(burst[0]?.headers['retry-after']);
    clock.now += retryAfter * 1000 - 1;
    expect((await login(fixture.server, alice.email, PASSWORD)).statusCode).toBe(429);
    clock.now += 1;
    expect((await login(fixture.server, alice.email, PASSWORD)).statusCode).toBe(200);
    // A success clears the account's counts: a later typo is not delayed.
    expect((await login(fixture.server, alice.email, 'typo')).statusCode).toBe(401);
    expect((await login(fixture.server, alice.email, PASSWORD)).statusCode).toBe(200);
  });

  it('backs off with growing delays rather than locking the account out', async () => {
    const { alice } = fixture.users;
    const delays: number[] = [];
    for (let i = 0; i < ALLOWED; i += 1) await login(fixture.server, alice.email, `wrong ${i}`);
    for (let round = 0; round < 4; round += 1) {
      const refused = await login(fixture.server, alice.email, 'again');
      expect(refused.statusCode).toBe(429);
      const seconds = Number(refused.headers['retry-after']);
      delays.push(seconds);
      clock.now += seconds * 1000;
      expect((await login(fixture.server, alice.email, `wrong after wait ${round}`)).statusCode).toBe(401);
    }
    expect(delays).toEqual([30, 60, 120, 240]);
    const last = await login(fixture.server, alice.email, PASSWORD);
    clock.now += Number(last.headers['retry-after']) * 1000;
    expect((await login(fixture.server, alice.email, PASSWORD)).statusCode).toBe(200);
  });

  it('does not lock out the other users of an office that shares one address', async () => {
    const { alice, bob, carol } = fixture.users;
    const office = '198.51.100.20';
    for (let i = 0; i < 12; i += 1) await login(fixture.server, alice.email, `forgot it ${i}`, office);
    expect((await login(fixture.server, alice.email, PASSWORD, office)).statusCode).toBe(429);
    expect((await login(fixture.server, bob.email, PASSWORD, office)).statusCode).toBe(200);
    expect((await login(fixture.server, carol.email, PASSWORD, office)).statusCode).toBe(200);
    // Alice from her phone's network is still let in by the account key (20 free), not the office's pair key.
    expect((await login(fixture.server, alice.email, PASSWORD, '192.0.2.99')).statusCode).toBe(200);
  });

  it("counts an office's successful logins back, so a busy day never slows the address", async () => {
    const office = '198.51.100.21';
    for (let i = 0; i < LIMITS.address.free + 10; i += 1) {
      const who = [fixture.users.alice, fixture.users.bob, fixture.users.carol][i % 3];
      expect((await login(fixture.server, who?.email ?? '', PASSWORD, office)).statusCode).toBe(200);
    }
  });

  it('slows an address spraying one password over many accounts', async () => {
    const sprayer = '192.0.2.66';
    const free = LIMITS.address.free;
    const responses: number[] = [];
    for (let i = 0; i < free + 1; i += 1) responses.push((await login(fixture.server, `user${i}@test.vdc.brussels`, 'Password2026!', sprayer)).statusCode);
    expect(responses.slice(0, free).every((status) => status === 401)).toBe(true);
    expect(responses[free]).toBe(429);
    expect(counter.checks).toBe(free);
  });
});

describe.each(testDatabases().filter((target) => target.name === 'postgres'))('login guessing over two server instances on $name', (target) => {
  let fresh: FreshDatabase;
  let servers: BuiltServer[];
  const clock = { now: Date.parse('2026-03-02T08:00:00Z') };
  const counter = { checks: 0 };

  beforeEach(async () => {
    counter.checks = 0;
    fresh = await target.create();
    const first = await buildServer({ databaseUrl: fresh.url, login: countingOptions(clock, counter) });
    const second = await buildServer({ databaseUrl: fresh.url, login: countingOptions(clock, counter) });
    servers = [first, second];
    await createSite(first.db, { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale' });
    await createUser(first.db, { email: 'alice@test.vdc.brussels', password: PASSWORD, passwordHash: await hashPassword(PASSWORD), name: 'alice', role: 'adviser', siteIds: ['site-a'] });
  });
  afterEach(async () => {
    for (const server of servers) await server.close();
    await fresh.drop();
  });

  it('checks at most the allowed number in total of 200 simultaneous wrong passwords spread over both', async () => {
    const responses = await Promise.all(Array.from({ length: 200 }, (_, i) => login(servers[i % 2] as BuiltServer, 'alice@test.vdc.brussels', `wrong ${i}`)));
    expect(counter.checks).toBeLessThanOrEqual(ALLOWED);
    expect(statuses(responses).filter((status) => status === 429)).toHaveLength(200 - counter.checks);
    // The right password, in a second burst over both instances, does not get in either.
    const second = await Promise.all(Array.from({ length: 20 }, (_, i) => login(servers[i % 2] as BuiltServer, 'alice@test.vdc.brussels', i % 4 === 0 ? PASSWORD : `again ${i}`)));
    expect(statuses(second).every((status) => status === 429)).toBe(true);
    expect(counter.checks).toBeLessThanOrEqual(ALLOWED);
  });
});
