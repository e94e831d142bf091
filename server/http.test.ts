import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCHEMA_VERSION } from '../src/domain/tables';
import { testDatabases } from '../tests/support/postgres';
import { buildServer } from './app';
import { CONTENT_SECURITY_POLICY } from './http/hardening';
import { DEFAULT_LOGIN_LIMITS } from './auth/login-throttle';
import { PASSWORD, createFixture } from './test-fixture';
import type { Fixture } from './test-fixture';

describe.each(testDatabases())('HTTP surface on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target, { login: { limits: { ...DEFAULT_LOGIN_LIMITS, pair: { ...DEFAULT_LOGIN_LIMITS.pair, free: 3 } } } });
  });
  afterEach(() => fixture.close());

  it('answers health with the schema version and epoch, and security headers', async () => {
    const response = await fixture.server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, schemaVersion: SCHEMA_VERSION, serverEpoch: expect.any(String) });
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers unknown API routes with 404 not_found', async () => {
    const response = await fixture.server.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: 'not_found' });
  });

  it('logs in with the right password, and gives a stable device secret per device', async () => {
    const deviceId = randomUUID();
    const login = () => fixture.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ALICE@test.vdc.brussels', password: PASSWORD, deviceId } });
    const first = await login();
    expect(first.statusCode).toBe(200);
    const body = first.json();
    expect(body).toMatchObject({ token: expect.any(String), user: { id: fixture.users.alice.id, name: 'alice', role: 'adviser', siteIds: ['site-a'] }, expiresAt: expect.any(String) });
    expect(body.deviceSecret).toMatch(/^[\w-]{43}$/);
    expect((await login()).json().deviceSecret).toBe(body.deviceSecret);
  });

  it('refuses a wrong password and an unknown email alike, then rate-limits', async () => {
    const attempt = (email: string, password: string) => fixture.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
    const wrong = await attempt('alice@test.vdc.brussels', 'not the password');
    const unknown = await attempt('nobody@test.vdc.brussels', 'whatever1');
    expect([wrong.statusCode, unknown.statusCode]).toEqual([401, 401]);
    expect(wrong.json()).toEqual({ error: 'unauthorized' });
    expect(unknown.json()).toEqual({ error: 'unauthorized' });
    await attempt('alice@test.vdc.brussels', 'still wrong');
    await attempt('alice@test.vdc.brussels', 'still wrong');
    const limited = await attempt('alice@test.vdc.brussels', PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: 'rate_limited', retryAfterSeconds: 30, message: expect.stringContaining('Try again in 30 seconds') });
    expect(limited.headers['retry-after']).toBe('30');
  });

  it('answers 400 bad_request with issues to malformed JSON and envelopes', async () => {
    const notJson = await fixture.server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${fixture.users.alice.token}`, 'content-type': 'application/json' },
      payload: '{"clientId": ',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toMatchObject({ error: 'bad_request', issues: [expect.objectContaining({ message: expect.any(String) })] });
    const badLogin = await fixture.server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'x' } });
    expect(badLogin.statusCode).toBe(400);
    expect(badLogin.json().issues.length).toBeGreaterThan(0);
  });

  it('requires a valid bearer token on sync routes', async () => {
    for (const headers of [{}, { authorization: 'Bearer nope' }]) {
      const response = await fixture.server.app.inject({ method: 'GET', url: '/api/sync/pull', headers });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: 'unauthorized' });
    }
  });
});

describe('serving the built app', () => {
  it('serves files, falls back to index.html for app paths but never for /api, and never caches sw.js', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vdc-dist-'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>VDC</title>');
    writeFileSync(join(dir, 'sw.js'), 'self.addEventListener("install", () => {});');
    const server = await buildServer({ databaseUrl: 'sqlite::memory:', staticDir: dir });
    try {
      const page = await server.app.inject({ method: 'GET', url: '/candidats/123' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<title>VDC</title>');
      expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      const sw = await server.app.inject({ method: 'GET', url: '/sw.js' });
      expect(sw.statusCode).toBe(200);
      expect(sw.headers['cache-control']).toBe('no-cache');
      const api = await server.app.inject({ method: 'GET', url: '/api/unknown' });
      expect(api.statusCode).toBe(404);
      expect(api.json()).toEqual({ error: 'not_found' });
      expect((await server.app.inject({ method: 'GET', url: '/assets/missing.js' })).statusCode).toBe(404);
    } finally {
      await server.close();
    }
  });
});
