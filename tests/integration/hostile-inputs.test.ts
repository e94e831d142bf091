// Bad and hostile inputs against every kind of route: wrong types, huge and deeply nested bodies,
// SQL-like strings, script in names. Each gets a clear 4xx in words, or is stored as inert text;
// nothing else changes.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFixture, newClientId, pushBody, revCounter, type Fixture } from '../../server/test-fixture';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import { API_PATHS, type PushResponse } from '../../src/domain/wire';
import { testDatabases } from '../support/postgres';

const SQL_LIKE = "Robert'); DROP TABLE records;--";
const SCRIPT = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
const FORMULA = '=HYPERLINK("http://evil.example","click")';

describe.each(testDatabases())('hostile inputs ($name)', (target) => {
  let fixture: Fixture;
  const raw = (method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload: string | object | undefined, token = fixture.users.alice.token) =>
    fixture.server.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(payload === undefined ? {} : { payload: typeof payload === 'string' ? payload : JSON.stringify(payload) }),
    });
  const recordCount = async () => Number((await fixture.server.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    fixture = await createFixture(target);
  });
  afterAll(() => fixture.close());

  it('answers malformed and wrongly typed bodies with 400 and words, changing nothing', async () => {
    const before = { records: await recordCount(), rev: await revCounter(fixture.server) };
    const bodies: [string, string, string | object][] = [
      ['POST', API_PATHS.push, '{"clientId": '],
      ['POST', API_PATHS.push, { clientId: 42, schemaVersion: 'one', mutations: 'all' }],
      ['POST', API_PATHS.push, { clientId: newClientId(), schemaVersion: 1, mutations: [{ seq: -1, table: 'candidates; DROP', id: '', siteId: 'site-a', op: 'put', baseRev: 0 }] }],
      ['POST', API_PATHS.login, { email: ['a'], password: { $ne: '' } }],
      ['POST', ACCOUNT_PATHS.users, { email: SQL_LIKE, name: 7, role: 'root', siteIds: 'site-a', password: null }],
      ['PUT', ACCOUNT_PATHS.retention, { siteId: 'site-a', years: '5; DELETE FROM records' }],
      ['PUT', '/api/reports/past-years', { siteId: 'site-a', year: 'last', spocPersons: -1, accompaniedPersons: Number.MAX_SAFE_INTEGER * 4 }],
    ];
    for (const [method, url, body] of bodies) {
      const token = url === ACCOUNT_PATHS.users || url === ACCOUNT_PATHS.retention || url.startsWith('/api/reports') ? fixture.users.admin.token : fixture.users.alice.token;
      const response = await raw(method as 'POST', url, body, token);
      expect(response.statusCode, `${method} ${url} ${JSON.stringify(body)}`).toBe(400);
      const answer = response.json<{ error: string; issues?: { message: string }[] }>();
      expect(answer.error).toBe('bad_request');
      expect(answer.issues?.[0]?.message.length ?? answer.error.length).toBeGreaterThan(3);
    }
    for (const query of ['cursor=1;DROP TABLE records', 'cursor=-5', 'cursor=0&limit=99999999', "cursor=0' OR '1'='1"]) {
      expect((await raw('GET', `${API_PATHS.pull}?${query}`, undefined)).statusCode, query).toBe(400);
    }
    expect({ records: await recordCount(), rev: await revCounter(fixture.server) }).toEqual(before);
  });

  it('refuses a body over the size limit and a deeply nested one without falling over', async () => {
    const before = await recordCount();
    const huge = await raw('POST', API_PATHS.push, { clientId: newClientId(), schemaVersion: 1, mutations: [], padding: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge.statusCode).toBe(413);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = await raw('POST', API_PATHS.push, deep);
    expect(nested.statusCode).toBeGreaterThanOrEqual(400);
    expect(nested.statusCode).toBeLessThan(500);
    const nestedField = (levels: number) =>
      raw('POST', API_PATHS.push, pushBody(newClientId(), [{ id: randomUUID(), fields: { firstName: JSON.parse(`${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`) as unknown } }]));
    // Deeper than the parser reads (server/http/json-body.ts): 400 in words before parsing.
    const tooDeep = await nestedField(500);
    expect([tooDeep.statusCode, tooDeep.json<{ issues: { code: string }[] }>().issues[0]?.code]).toEqual([400, 'too_deep']);
    // Within it: parsed, then refused as an invalid field.
    const shallower = await nestedField(40);
    expect(shallower.statusCode).toBe(200);
    expect(shallower.json<PushResponse>().results[0]).toMatchObject({ status: 'rejected', error: 'invalid' });
    expect(await recordCount()).toBe(before);
    expect((await raw('GET', API_PATHS.health, undefined)).statusCode).toBe(200);
  });

  it('stores SQL-like strings, script and formulas in names as plain text, and gives them back unchanged', async () => {
    const id = randomUUID();
    const response = await raw('POST', API_PATHS.push, pushBody(newClientId(), [{ id, fields: { firstName: SQL_LIKE, lastName: SCRIPT, notes: FORMULA } }]));
    expect(response.json<PushResponse>().results[0]?.status).toBe('applied');
    const pulled = await raw('GET', `${API_PATHS.pull}?cursor=0&limit=1000`, undefined);
    const record = pulled.json<{ changes: { id: string; data: Record<string, unknown> }[] }>().changes.find((change) => change.id === id);
    expect(record?.data).toMatchObject({ firstName: SQL_LIKE, lastName: SCRIPT, notes: FORMULA });
    expect(pulled.headers['content-type']).toMatch(/^application\/json/);
    expect(await recordCount()).toBeGreaterThan(0);
  });
});
