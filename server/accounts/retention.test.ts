import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS, SYSTEM_RETENTION_ACTOR } from '../../src/domain/accounts';
import type { AuditEntry, RetentionSetting } from '../../src/domain/accounts';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { readRecord } from '../db/records';
import { PASSWORD, createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { applyRetention } from './retention';

type Issue = { code: string };

describe.each(testDatabases())('retention of closed files on $name', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let coordB: string;
  const call = (method: 'GET' | 'PUT', token: string, payload?: object) =>
    fixture.server.app.inject({ method, url: ACCOUNT_PATHS.retention, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });

  async function personWithActionOn(date: string): Promise<string> {
    const id = randomUUID();
    const response = await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [
      { id, fields: { firstName: 'Retained', lastName: date, phone: '0470 12 34 56' } },
      { id: randomUUID(), table: 'spocActions', fields: { date, kind: 'individuelle', candidateIds: [id] } },
    ]));
    expect(response.statusCode).toBe(200);
    return id;
  }

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (email: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email, password: PASSWORD, name: email, role: 'coordinator', siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    coordA = await coordinator('coord-a@test.vdc.brussels', ['site-a']);
    coordB = await coordinator('coord-b@test.vdc.brussels', ['site-b']);
  });
  afterAll(() => fixture.close());

  it('anonymises a closed file five years after its last action, keeps recent ones, and logs it', async () => {
    const old = await personWithActionOn('2020-03-02');
    const recent = await personWithActionOn('2024-03-02');
    expect(await applyRetention(fixture.server.database, '2026-11-23')).toBe(1);

    const erased = await readRecord(fixture.server.db, 'candidates', old);
    expect(erased?.data).toMatchObject({ erased: true });
    expect(erased?.data.firstName).toBeUndefined();
    expect((await readRecord(fixture.server.db, 'candidates', recent))?.data.firstName).toBe('Retained');

    const audit = await fixture.server.app.inject({ method: 'GET', url: ACCOUNT_PATHS.audit, headers: { authorization: `Bearer ${coordA}` } });
    expect(audit.json<{ entries: AuditEntry[] }>().entries).toContainEqual(expect.objectContaining({ actorId: SYSTEM_RETENTION_ACTOR, action: 'candidate-erased', targetId: old }));
    // A second pass finds nothing more to do.
    expect(await applyRetention(fixture.server.database, '2026-11-23')).toBe(0);
  });

  it('follows the period a coordinator sets for their site', async () => {
    const sixYearsOld = await personWithActionOn('2020-06-01');
    const saved = await call('PUT', coordA, { siteId: 'site-a', years: 10 });
    expect(saved.json<{ site: RetentionSetting }>().site).toMatchObject({ siteId: 'site-a', years: 10 });
    expect((await call('GET', coordA)).json<{ sites: RetentionSetting[] }>().sites).toEqual([expect.objectContaining({ siteId: 'site-a', years: 10 })]);
    expect(await applyRetention(fixture.server.database, '2026-11-23')).toBe(0);
    expect((await readRecord(fixture.server.db, 'candidates', sixYearsOld))?.data.firstName).toBe('Retained');
  });

  it('refuses bad periods in words and other sites’ settings', async () => {
    for (const years of [0, 31, 2.5, '5']) {
      const response = await call('PUT', coordA, { siteId: 'site-a', years });
      expect(response.statusCode).toBe(400);
      expect(['outOfRange', 'invalidNumber']).toContain(response.json<{ issues: Issue[] }>().issues[0]?.code);
    }
    expect((await call('PUT', coordB, { siteId: 'site-a', years: 1 })).statusCode).toBe(403);
    expect((await call('PUT', fixture.users.alice.token, { siteId: 'site-a', years: 1 })).statusCode).toBe(403);
    expect((await call('GET', coordB)).json<{ sites: RetentionSetting[] }>().sites).toEqual([{ siteId: 'site-b', years: 5 }]);
    expect((await call('GET', coordA)).json<{ sites: RetentionSetting[] }>().sites[0]?.years).toBe(10);
  });
});
