// A spreadsheet import made on a tablet is written in the server's journal: by a coordinator or
// an administrator, for a site of theirs, counts only, once per import id (a retry from the
// tablet's queue counts once). Anything else is refused and writes nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { AuditEntry } from '../../src/domain/accounts';
import { AUDIT_PATHS } from '../../src/domain/audit';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { createFixture } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const counts = { candidates: 12, spocActions: 10, accompaniments: 4, refused: 3, skipped: 1 };

describe.each(testDatabases())('import reports in the journal on $name', (target) => {
  let fixture: Fixture;
  let coordA: string;
  const call = (method: 'GET' | 'POST', url: string, token: string, payload?: object) =>
    fixture.server.app.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload ? { payload } : {}) });
  const entryCount = async () => Number((await fixture.server.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    fixture = await createFixture(target);
    const id = await createUser(fixture.server.db, { email: 'coord-import@test.vdc.brussels', password: 'coordinator pw', name: 'Coord Import', role: 'coordinator', siteIds: ['site-a'] });
    coordA = (await issueToken(fixture.server.db, id, undefined, 1)).token;
  });
  afterAll(() => fixture.close());

  it('writes one entry per import, with its counts and site; a retry with the same id counts once', async () => {
    const importId = randomUUID();
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await call('POST', AUDIT_PATHS.imports, coordA, { id: importId, siteId: 'site-a', ...counts })).statusCode).toBe(204);
    }
    const entries = (await call('GET', ACCOUNT_PATHS.audit, coordA)).json<{ entries: AuditEntry[] }>().entries.filter((entry) => entry.action === 'spreadsheet-imported');
    expect(entries).toEqual([
      expect.objectContaining({ siteIds: ['site-a'], detail: '12/10/4/3/1' }),
    ]);
  });

  it('refuses an adviser, a site not theirs and a malformed report, writing nothing', async () => {
    const before = await entryCount();
    expect((await call('POST', AUDIT_PATHS.imports, fixture.users.alice.token, { id: randomUUID(), siteId: 'site-a', ...counts })).statusCode).toBe(403);
    expect((await call('POST', AUDIT_PATHS.imports, coordA, { id: randomUUID(), siteId: 'site-b', ...counts })).statusCode).toBe(403);
    const bad = await call('POST', AUDIT_PATHS.imports, coordA, { id: randomUUID(), siteId: 'site-a', ...counts, candidates: -1, names: ['Awa'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: string; issues: unknown[] }>()).toMatchObject({ error: 'bad_request' });
    expect(await entryCount()).toBe(before);
  });
});
