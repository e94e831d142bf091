// The robustness limits of issue 20 (docs/server-authority.md, "Limits"), each attack performed:
// a body nested thousands of levels deep (400 in words, not 500), an oversized body (413), a user
// pushing past the per-user rates (429 with Retry-After, nothing stored, other users unaffected),
// a connection that sends nothing (closed by the server), and HSTS over HTTPS behind a proxy.
import { once } from 'node:events';
import { connect, type AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, type PushResponse } from '../../src/domain/wire';
import { testDatabases } from '../../tests/support/postgres';
import { buildServer } from '../app';
import { createFixture, newClientId, pushBody, revCounter, type Fixture } from '../test-fixture';
import { MAX_JSON_DEPTH, jsonDepthExceeds } from './json-body';
import { STRICT_TRANSPORT_SECURITY } from './hardening';
import { PushRateLimiter, TokenBuckets, pushRateLimitsFromEnv } from './rate-limit';

describe('jsonDepthExceeds', () => {
  it('counts arrays and objects, not brackets inside strings', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 3)).toBe(false);
    expect(jsonDepthExceeds('{"a":[1,{"b":2}]}', 2)).toBe(true);
    expect(jsonDepthExceeds(JSON.stringify({ text: '[[[[{{{{"\\\\' }), 1)).toBe(false);
    expect(jsonDepthExceeds(`${'['.repeat(5_000)}${']'.repeat(5_000)}`, MAX_JSON_DEPTH)).toBe(true);
  });
});

describe('push rate buckets', () => {
  it('refill continuously and say how long to wait', () => {
    let now = 0;
    const buckets = new TokenBuckets({ perHour: 3_600, burst: 10 }, () => now);
    expect(buckets.waitFor('u', 10)).toBe(0);
    buckets.take('u', 10);
    expect(buckets.waitFor('u', 1)).toBe(1);
    expect(buckets.waitFor('u', 5)).toBe(5);
    expect(buckets.waitFor('other', 10)).toBe(0);
    now += 5_000;
    expect(buckets.waitFor('u', 5)).toBe(0);
    // A cost above the burst waits for a full bucket, never forever.
    expect(buckets.waitFor('u', 1_000)).toBe(5);
  });

  it('counts a push only when both buckets admit it', () => {
    const limiter = new PushRateLimiter({ pushes: { perHour: 1, burst: 2 }, records: { perHour: 1, burst: 100 } }, () => 0);
    expect(limiter.admit('u', 60)).toBe(0);
    expect(limiter.admit('u', 60)).toBeGreaterThan(0); // records short: the push is not counted either
    expect(limiter.admit('u', 40)).toBe(0);
    expect(limiter.admit('u', 0)).toBeGreaterThan(0); // two pushes used
  });

  it('reads its numbers from the environment, or is turned off', () => {
    expect(pushRateLimitsFromEnv({ PUSH_LIMITS: '0' })).toBe(false);
    expect(pushRateLimitsFromEnv({ PUSH_RECORDS_PER_HOUR: '10000', PUSHES_BURST: 'lots' })).toMatchObject({
      records: { perHour: 10_000, burst: 5_000 },
      pushes: { perHour: 1_800, burst: 300 },
    });
  });
});

describe.each(testDatabases())('request limits ($name)', (target) => {
  let fixture: Fixture;
  const post = (payload: string, token = fixture.users.alice.token) =>
    fixture.server.app.inject({ method: 'POST', url: API_PATHS.push, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, payload });
  const stored = async () => ({
    rev: await revCounter(fixture.server),
    records: await fixture.server.db.selectFrom('records').selectAll().orderBy('table_name').orderBy('id').execute(),
    results: await fixture.server.db.selectFrom('mutation_results').selectAll().orderBy('client_id').orderBy('seq').execute(),
  });

  beforeAll(async () => {
    // Tiny limits that do not refill within the test (1 token an hour).
    fixture = await createFixture(target, { pushRateLimits: { pushes: { perHour: 1, burst: 4 }, records: { perHour: 1, burst: 5 } } });
  });
  afterAll(() => fixture.close());

  it('answers a body nested 5,000 levels deep with 400 in words, before parsing it, changing nothing', async () => {
    const before = await stored();
    const deepField = `${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}`;
    const body = JSON.stringify(pushBody(newClientId(), [{ id: randomUUID(), fields: { firstName: 'PLACEHOLDER' } }])).replace('"PLACEHOLDER"', deepField);
    for (const payload of [body, `${'['.repeat(100_000)}${']'.repeat(100_000)}`]) {
      const response = await post(payload, fixture.users.bob.token);
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ error: 'bad_request', issues: [{ path: [], code: 'too_deep', message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.` }] });
    }
    expect(await stored()).toEqual(before);
    expect((await fixture.server.app.inject({ method: 'GET', url: API_PATHS.health })).statusCode).toBe(200);
  });

  it('answers a body over the size limit with 413 in words', async () => {
    const response = await post(JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }), fixture.users.bob.token);
    expect(response.statusCode).toBe(413);
    expect(response.json<{ message: string }>().message).toMatch(/larger than the server accepts/);
  });

  it('refuses a user past the records rate with 429, Retry-After and words, storing nothing; others go on', async () => {
    const clientId = newClientId();
    const five = Array.from({ length: 5 }, () => ({ id: randomUUID(), fields: { firstName: 'Within', lastName: 'Limit' } }));
    expect((await post(JSON.stringify(pushBody(clientId, five)))).json<PushResponse>().lastSeq).toBe(5);
    const before = await stored();
    const over = await post(JSON.stringify(pushBody(clientId, [{ seq: 6, id: randomUUID(), fields: { firstName: 'Over', lastName: 'Limit' } }])));
    expect(over.statusCode).toBe(429);
    expect(Number(over.headers['retry-after'])).toBeGreaterThan(0);
    expect(over.json()).toMatchObject({ error: 'rate_limited', message: expect.stringMatching(/nothing was stored/) });
    expect(await stored()).toEqual(before);
    // Carol's own buckets are untouched.
    const carol = await post(JSON.stringify(pushBody(newClientId(), [{ id: randomUUID(), siteId: 'site-b', fields: { firstName: 'Other', lastName: 'User' } }])), fixture.users.carol.token);
    expect(carol.json<PushResponse>().results[0]?.status).toBe('applied');
  });

  it('refuses a user past the pushes rate, even with empty pushes', async () => {
    const token = fixture.users.admin.token;
    const empty = JSON.stringify(pushBody(newClientId(), []));
    for (let push = 0; push < 4; push++) expect((await post(empty, token)).statusCode).toBe(200);
    const over = await post(empty, token);
    expect([over.statusCode, over.json<{ error: string }>().error]).toEqual([429, 'rate_limited']);
    expect(over.headers['retry-after']).toBeDefined();
  });
});

describe('connections and transport security', () => {
  it('closes a connection that sends nothing', async () => {
    const server = await buildServer({ databaseUrl: 'sqlite::memory:', timeoutsMs: { connection: 200 } });
    try {
      await server.app.listen({ port: 0, host: '127.0.0.1' });
      const socket = connect((server.app.server.address() as AddressInfo).port, '127.0.0.1');
      await once(socket, 'connect');
      // Nothing is written: the server must end the connection on its own.
      await once(socket, 'close');
      expect(socket.destroyed).toBe(true);
    } finally {
      await server.close();
    }
  });

  it('sends Strict-Transport-Security over HTTPS behind a trusted proxy, and never over plain HTTP', async () => {
    const behindProxy = await buildServer({ databaseUrl: 'sqlite::memory:', trustProxy: true });
    const direct = await buildServer({ databaseUrl: 'sqlite::memory:' });
    try {
      const health = (server: typeof direct, headers: Record<string, string>) => server.app.inject({ method: 'GET', url: API_PATHS.health, headers });
      expect((await health(behindProxy, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBe(STRICT_TRANSPORT_SECURITY);
      expect((await health(behindProxy, {})).headers['strict-transport-security']).toBeUndefined();
      // An untrusted client cannot claim HTTPS (the header would then pin a plain-HTTP site).
      expect((await health(direct, { 'x-forwarded-proto': 'https' })).headers['strict-transport-security']).toBeUndefined();
    } finally {
      await behindProxy.close();
      await direct.close();
    }
  });
});
