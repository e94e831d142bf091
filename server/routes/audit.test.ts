// The audit journal is written by the server only: a tablet reports an export it made, the server
// checks the report and writes one entry per real export; anything else writes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { AuditEntry } from '../../src/domain/accounts';
import { AUDIT_PATHS, EXPORT_REPORTS_PER_HOUR } from '../../src/domain/audit';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { writeAudit } from '../accounts/audit';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

describe.each(testDatabases())('the audit journal, written by the server only, on $name', (target) => {
  let fixture: Fixture;
  let coordA: string;
  const personA = randomUUID();
  const personB = randomUUID();
  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    fixture.server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const fetchPatch = (token: string, userId: string, payload: object) =>
    fixture.server.app.inject({ method: 'PATCH', url: `${ACCOUNT_PATHS.users}/${userId}`, headers: { authorization: `Bearer ${token}` }, payload });
  const report = (token: string, body: object) => call('POST', AUDIT_PATHS.exports, token, body);
  const journal = async (token: string) => (await call('GET', ACCOUNT_PATHS.audit, token)).json<{ entries: AuditEntry[] }>().entries;
  const entryCount = async () => Number((await fixture.server.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    fixture = await createFixture(target);
    const id = await createUser(fixture.server.db, { email: 'coord-a@test.vdc.brussels', password: 'coordinator pw', name: 'Coord A', role: 'coordinator', siteIds: ['site-a'] });
    coordA = (await issueToken(fixture.server.db, id, undefined, 1)).token;
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id: personA, fields: { firstName: 'Awa', lastName: 'Exported' } }]));
    await fixture.push(fixture.users.carol.token, pushBody(newClientId(), [{ id: personB, siteId: 'site-b', fields: { firstName: 'Bram', lastName: 'Elsewhere' } }]));
  });
  afterAll(() => fixture.close());

  it('writes one entry per export a tablet reports, for the person’s site; a retry with the same id counts once', async () => {
    const exportId = randomUUID();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await report(fixture.users.alice.token, { id: exportId, kind: 'person-file-json', candidateId: personA })).statusCode).toBe(204);
    }
    const entries = (await journal(coordA)).filter((entry) => entry.targetId === personA);
    expect(entries).toEqual([
      expect.objectContaining({ action: 'person-file-exported', detail: 'person-file-json', actorId: fixture.users.alice.id, siteIds: ['site-a'], targetTable: 'candidates' }),
    ]);
    // A report is the coordinators’: of the sites they name, if those sites are theirs.
    expect((await report(coordA, { id: randomUUID(), kind: 'report-xlsx', siteIds: ['site-a'] })).statusCode).toBe(204);
    expect(await journal(coordA)).toContainEqual(expect.objectContaining({ action: 'report-exported', detail: 'report-xlsx', siteIds: ['site-a'] }));
  });

  it('refuses what an adviser cannot have exported, and entries written by a client, writing nothing', async () => {
    const before = await entryCount();
    const refused: [object, number][] = [
      // The old route that let a client write any entry is gone.
      [{ action: 'candidate-erased', candidateId: personA, siteIds: ['site-a'] }, 404],
    ];
    const attempts: [object, number][] = [
      [{ id: randomUUID(), kind: 'candidate-erased', candidateId: personA }, 400],
      [{ id: randomUUID(), kind: 'person-file-json', candidateId: personA, actorId: fixture.users.bob.id }, 400],
      [{ id: randomUUID(), kind: 'person-file-json', candidateId: personA, at: '2020-01-01T00:00:00Z' }, 400],
      [{ id: randomUUID(), kind: 'person-file-json', candidateId: personA, siteIds: ['site-b'] }, 400],
      [{ id: randomUUID(), kind: 'person-file-json' }, 400],
      [{ id: 'not-a-uuid', kind: 'person-file-json', candidateId: personA }, 400],
      [{ id: randomUUID(), kind: 'report-csv', siteIds: ['site-a'], candidateId: personA }, 400],
      // Another site's person, and an unknown one, get the same answer.
      [{ id: randomUUID(), kind: 'person-file-print', candidateId: personB }, 404],
      [{ id: randomUUID(), kind: 'person-file-print', candidateId: randomUUID() }, 404],
      // Advisers have no reports; nor a coordinator for sites not theirs.
      [{ id: randomUUID(), kind: 'report-xlsx', siteIds: ['site-a'] }, 403],
    ];
    for (const [body, status] of refused) expect((await call('POST', ACCOUNT_PATHS.audit, fixture.users.alice.token, body)).statusCode).toBe(status);
    for (const [body, status] of attempts) {
      const response = await report(fixture.users.alice.token, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(status);
      if (status === 400) expect(response.json<{ issues: { message: string }[] }>().issues[0]?.message.length).toBeGreaterThan(10);
    }
    expect((await report(coordA, { id: randomUUID(), kind: 'report-csv', siteIds: ['site-a', 'site-b'] })).statusCode).toBe(403);
    expect(await entryCount()).toBe(before);
  });

  it('keeps a flood of reports out of the journal: the same id is written once, new ids stop at the hourly limit', async () => {
    const flood = randomUUID();
    const bob = fixture.users.bob;
    const before = await entryCount();
    await Promise.all(Array.from({ length: 20 }, () => report(bob.token, { id: flood, kind: 'person-file-print', candidateId: personA })));
    expect(await entryCount()).toBe(before + 1);

    const statuses: number[] = [];
    for (let index = 0; index < EXPORT_REPORTS_PER_HOUR + 5; index++) {
      statuses.push((await report(bob.token, { id: randomUUID(), kind: 'person-file-json', candidateId: personA })).statusCode);
    }
    expect(statuses.filter((status) => status === 204)).toHaveLength(EXPORT_REPORTS_PER_HOUR - 1);
    const refusal = await report(bob.token, { id: randomUUID(), kind: 'person-file-json', candidateId: personA });
    expect(refusal.statusCode).toBe(429);
    expect(refusal.json<{ message: string }>().message).toMatch(/exports/);
    expect(await entryCount()).toBe(before + EXPORT_REPORTS_PER_HOUR);
    // Others go on reporting.
    expect((await report(fixture.users.alice.token, { id: randomUUID(), kind: 'person-file-print', candidateId: personA })).statusCode).toBe(204);
  });

  it('shows an account change to the coordinators of every site of the account, and of a site it left', async () => {
    const coordB = await createUser(fixture.server.db, { email: 'coord-b@test.vdc.brussels', password: 'coordinator pw', name: 'Coord B', role: 'coordinator', siteIds: ['site-b'] });
    const tokenB = (await issueToken(fixture.server.db, coordB, undefined, 1)).token;
    const admin = fixture.users.admin.token;
    const created = await call('POST', ACCOUNT_PATHS.users, admin, { email: 'two-sites@test.vdc.brussels', name: 'Two Sites', role: 'adviser', siteIds: ['site-a', 'site-b'], password: 'a good password' });
    const account = created.json<{ user: { id: string } }>().user.id;
    expect((await call('POST', `${ACCOUNT_PATHS.users}/${account}/password`, admin, { password: 'another good one' })).statusCode).toBe(204);
    const aboutAccount = async (token: string) => (await journal(token)).filter((entry) => entry.targetId === account).map((entry) => entry.action).sort();
    // Site B is the account's second site: its coordinator sees every change all the same.
    expect(await aboutAccount(tokenB)).toEqual(['account-created', 'password-reset']);
    expect(await aboutAccount(coordA)).toEqual(['account-created', 'password-reset']);

    // Taken off site B: site B's coordinator still sees that change, and no later one.
    expect((await fetchPatch(admin, account, { siteIds: ['site-a'] })).statusCode).toBe(200);
    expect((await fetchPatch(admin, account, { name: 'One Site' })).statusCode).toBe(200);
    expect(await aboutAccount(tokenB)).toEqual(['account-created', 'account-updated', 'password-reset']);
    expect(await aboutAccount(coordA)).toEqual(['account-created', 'account-updated', 'account-updated', 'password-reset']);
  });

  it('pages through the whole journal, newest first, and filters by action, person and Brussels day', async () => {
    const db = fixture.server.db;
    const actor = randomUUID();
    const person = randomUUID();
    // 260 entries of site B at a few instants (ties on `at` included), two of them about one person.
    for (let index = 0; index < 260; index++) {
      const at = new Date(Date.UTC(2025, 2, 29, 22, 30 + Math.floor(index / 4)));
      await writeAudit(db, { actorId: actor, action: index % 2 ? 'report-exported' : 'candidate-erased', siteId: 'site-b', ...(index % 100 === 7 ? { targetTable: 'candidates', targetId: person } : {}) }, at);
    }
    const coordB = await createUser(db, { email: 'coord-b2@test.vdc.brussels', password: 'coordinator pw', name: 'Coord B2', role: 'coordinator', siteIds: ['site-b'] });
    const tokenB = (await issueToken(db, coordB, undefined, 1)).token;
    const page = async (query: string) => {
      const response = await call('GET', `${AUDIT_PATHS.journal}?${query}`, tokenB);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<{ entries: AuditEntry[]; nextCursor?: string }>();
    };
    const all = async (query: string) => {
      const seen: AuditEntry[] = [];
      let cursor: string | undefined;
      do {
        const next = await page(`${query}&limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...next.entries);
        cursor = next.nextCursor;
      } while (cursor);
      return seen;
    };
    const everything = await all(`person=${actor}`);
    expect(everything).toHaveLength(260);
    expect(new Set(everything.map((entry) => entry.id)).size).toBe(260);
    const order = everything.map((entry) => `${entry.at} ${entry.id}`);
    expect(order).toEqual([...order].sort().reverse());

    expect(await all(`person=${actor}&action=report-exported`)).toHaveLength(130);
    expect((await all(`person=${person}`)).map((entry) => entry.targetId)).toEqual([person, person, person]);
    // From 22:30 to 23:34 UTC, four a minute: in Brussels (UTC+1 that night) the 30th starts at 23:00 UTC.
    const onThe29th = await all(`person=${actor}&from=2025-03-29&to=2025-03-29`);
    expect(onThe29th).toHaveLength(120);
    expect(await all(`person=${actor}&from=2025-03-30`)).toHaveLength(140);
    expect(await all(`person=${actor}&to=2025-03-28`)).toHaveLength(0);

    for (const bad of ['cursor=not-a-cursor', 'action=something-else', 'from=2025-02-30', 'from=2025-03-02&to=2025-03-01', 'limit=100000', 'actorId=x']) {
      const response = await call('GET', `${AUDIT_PATHS.journal}?${bad}`, tokenB);
      expect(response.statusCode, bad).toBe(400);
      expect(response.json<{ error: string }>().error).toBe('bad_request');
    }
    // Site A's coordinator sees none of site B's entries, whatever the filter.
    expect((await page(`person=${actor}`).then(() => call('GET', `${AUDIT_PATHS.journal}?person=${actor}`, coordA))).json<{ entries: unknown[] }>().entries).toEqual([]);
  });
});
