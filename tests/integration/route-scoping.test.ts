// Every API route, probed by users of another site (an adviser and a coordinator of site B) against
// site A's data: nothing readable, nothing writable, nothing in reports. The list of routes comes
// from the server itself, so a new route without a probe here fails this test.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../server/admin/accounts';
import { issueToken } from '../../server/auth/tokens';
import { createFixture, newClientId, pushBody, type Fixture } from '../../server/test-fixture';
import { ACCOUNT_PATHS } from '../../src/domain/accounts';
import type { AccountSummary } from '../../src/domain/accounts';
import { AUDIT_PATHS } from '../../src/domain/audit';
import { personFilePath } from '../../src/domain/written-person-file';
import { API_PATHS, type PushResponse } from '../../src/domain/wire';
import { DEVICE_UNLOCK_PATHS } from '../../src/domain/device-unlock';
import { testDatabases } from '../support/postgres';
import { attachmentTables, byteRoutes, fakeJpeg, sha256Of } from '../../server/attachments/test-support';

const MARKER = 'Ŋadia-scoping-marker';
const SITE_A_PHOTO = fakeJpeg(4000);

describe.each(testDatabases())('every route is scoped to the user’s sites ($name)', (target) => {
  let fixture: Fixture;
  let coordA: string;
  let coordB: string;
  let conflictId: string;
  const candidateId = randomUUID();
  const aliceDevice = randomUUID();

  const inject = (method: string, url: string, token: string | undefined, payload?: object) =>
    fixture.server.app.inject({
      method: method as 'GET',
      url,
      headers: token ? { authorization: `Bearer ${token}` } : {},
      ...(payload ? { payload } : {}),
    });
  const serverCandidate = async () => {
    const pulled = await inject('GET', `${API_PATHS.pull}?cursor=0&limit=1000`, fixture.users.alice.token);
    return pulled.json<{ changes: { id: string; rev: number; data: Record<string, unknown> }[] }>().changes.find((record) => record.id === candidateId);
  };
  const expectNoSiteAData = (body: string) => {
    expect(body).not.toContain(MARKER);
    expect(body).not.toContain(candidateId);
  };

  beforeAll(async () => {
    fixture = await createFixture(target);
    const coordinator = async (email: string, siteIds: string[]) => {
      const id = await createUser(fixture.server.db, { email, password: 'coordinator pw', name: email, role: 'coordinator', siteIds });
      return (await issueToken(fixture.server.db, id, undefined, 1)).token;
    };
    coordA = await coordinator('coord-a@test.vdc.brussels', ['site-a']);
    coordB = await coordinator('coord-b@test.vdc.brussels', ['site-b']);
    // Site A's data: a candidate, a note, a conflict between two of its advisers, a past year, an audit entry.
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [
      { id: candidateId, fields: { firstName: MARKER, lastName: 'Scoping' } },
      { id: randomUUID(), table: 'followUpNotes', fields: { candidateId, date: '2026-03-02', text: MARKER } },
    ]));
    const rev = (await serverCandidate())?.rev ?? 0;
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id: candidateId, baseRev: rev, fields: { phone: '0470 00 00 01' } }]));
    const conflicting = await fixture.push(fixture.users.bob.token, pushBody(newClientId(), [{ id: candidateId, baseRev: rev, fields: { phone: '0470 00 00 02' } }]));
    expect(conflicting.json<PushResponse>().results[0]?.status).toBe('conflict');
    const conflicts = await inject('GET', API_PATHS.conflicts, coordA);
    conflictId = conflicts.json<{ conflicts: { id: string }[] }>().conflicts[0]?.id ?? '';
    await inject('PUT', '/api/reports/past-years', coordA, { siteId: 'site-a', year: 2020, spocPersons: 77, accompaniedPersons: 33 });
    await inject('PUT', '/api/reports/targets', coordA, { organisationId: 'site-a', year: 2024, spocPersons: 377, accompaniedPersons: 233 });
    await inject('POST', AUDIT_PATHS.exports, fixture.users.alice.token, { id: randomUUID(), kind: 'person-file-json', candidateId });
    await inject('POST', API_PATHS.login, undefined, { email: 'alice@test.vdc.brussels', password: 'correct horse battery', deviceId: aliceDevice });
    await byteRoutes(fixture.server).uploadAll(fixture.users.alice.token, SITE_A_PHOTO, 'site-a', 'image/jpeg');
  });
  afterAll(() => fixture.close());

  /** One probe per route: what site B's users try, and what must hold afterwards. */
  const probes: Record<string, () => Promise<void>> = {
    'GET /api/health': async () => expectNoSiteAData((await inject('GET', API_PATHS.health, undefined)).body),
    'POST /api/auth/login': async () => {
      const response = await inject('POST', API_PATHS.login, undefined, { email: 'carol@test.vdc.brussels', password: 'correct horse battery' });
      expect(response.statusCode).toBe(200);
      expectNoSiteAData(response.body);
    },
    'POST /api/auth/logout': async () => {
      // Acts on the caller's own token only: alice's session goes on.
      const own = (await inject('POST', API_PATHS.login, undefined, { email: 'carol@test.vdc.brussels', password: 'correct horse battery' })).json<{ token: string }>().token;
      expect((await inject('POST', ACCOUNT_PATHS.logout, own)).statusCode).toBe(204);
      expect((await inject('GET', `${API_PATHS.pull}?cursor=0`, fixture.users.alice.token)).statusCode).toBe(200);
    },
    'POST /api/devices/pin-unlock': async () => {
      // Enrols only the device of the caller's own session: carol cannot enrol alice's tablet.
      const response = await inject('POST', DEVICE_UNLOCK_PATHS.enrolPin, fixture.users.carol.token, { deviceId: aliceDevice, proof: 'a'.repeat(43) });
      expect(response.statusCode).toBe(400);
      expect(await fixture.server.db.selectFrom('device_unlocks').selectAll().where('device_id', '=', aliceDevice).execute()).toEqual([]);
    },
    'POST /api/auth/pin-unlock': async () => {
      const response = await inject('POST', DEVICE_UNLOCK_PATHS.unlockWithPin, undefined, { userId: fixture.users.alice.id, deviceId: aliceDevice, proof: 'a'.repeat(43) });
      expect(response.statusCode).toBe(401);
      expectNoSiteAData(response.body);
    },
    'POST /api/auth/password': async () => {
      // Acts on the caller's own account only (no id in the request).
      const response = await inject('POST', ACCOUNT_PATHS.password, fixture.users.carol.token, { currentPassword: 'wrong', newPassword: 'whatever long' });
      expect(response.statusCode).toBe(400);
    },
    'POST /api/sync/push': async () => {
      const before = await serverCandidate();
      for (const siteId of ['site-a', 'site-b']) {
        const response = await inject('POST', API_PATHS.push, fixture.users.carol.token, pushBody(newClientId(), [{ id: candidateId, siteId, baseRev: before?.rev ?? 0, fields: { lastName: 'Overwritten' } }]));
        expect(response.json<PushResponse>().results[0]).toMatchObject({ status: 'rejected', error: 'forbidden_site' });
      }
      expect(await serverCandidate()).toEqual(before);
    },
    'GET /api/sync/pull': async () => {
      for (const token of [fixture.users.carol.token, coordB]) expectNoSiteAData((await inject('GET', `${API_PATHS.pull}?cursor=0&limit=1000`, token)).body);
    },
    'GET /api/sync/conflicts': async () => {
      for (const token of [fixture.users.carol.token, coordB]) expectNoSiteAData((await inject('GET', API_PATHS.conflicts, token)).body);
    },
    'POST /api/sync/conflicts/:id/resolve': async () => {
      const response = await inject('POST', `${API_PATHS.conflicts}/${conflictId}/resolve`, coordB, { choice: 'value', value: 'taken' });
      expect([403, 404]).toContain(response.statusCode);
      expect((await inject('GET', API_PATHS.conflicts, coordA)).json<{ conflicts: { id: string }[] }>().conflicts.map((c) => c.id)).toContain(conflictId);
    },
    'POST /api/candidates/:id/erase': async () => {
      const before = await serverCandidate();
      expect((await inject('POST', `/api/candidates/${candidateId}/erase`, coordB)).statusCode).toBe(403);
      expect(await serverCandidate()).toEqual(before);
    },
    'POST /api/candidates/:id/transfer': async () => {
      const before = await serverCandidate();
      for (const token of [coordB, fixture.users.carol.token]) {
        const response = await inject('POST', `/api/candidates/${candidateId}/transfer`, token, { siteId: 'site-b' });
        expect(response.statusCode).toBe(403);
        expectNoSiteAData(response.body);
      }
      // Nor can a coordinator of site A give the file to a site they do not hold.
      expect((await inject('POST', `/api/candidates/${candidateId}/transfer`, coordA, { siteId: 'site-b' })).statusCode).toBe(403);
      expect(await serverCandidate()).toEqual(before);
    },
    'POST /api/candidates/:id/merge': async () => {
      const before = await serverCandidate();
      const ownId = randomUUID();
      await fixture.push(fixture.users.carol.token, pushBody(newClientId(), [{ id: ownId, siteId: 'site-b', fields: { firstName: 'Own', lastName: 'File' } }]));
      for (const token of [coordB, fixture.users.carol.token]) {
        for (const [id, intoId] of [[candidateId, ownId], [ownId, candidateId]]) {
          const response = await inject('POST', `/api/candidates/${id}/merge`, token, { intoId });
          expect(response.statusCode).toBe(403);
          expectNoSiteAData(response.body);
        }
      }
      expect(await serverCandidate()).toEqual(before);
    },
    'GET /api/reports/activity': async () => {
      expect((await inject('GET', '/api/reports/activity?from=2026-01-01&to=2026-12-31&siteId=site-a', coordB)).statusCode).toBe(403);
      const own = await inject('GET', '/api/reports/activity?from=2026-01-01&to=2026-12-31', coordB);
      expect(own.statusCode).toBe(200);
      expect(own.body).not.toContain('site-a');
      expect((await inject('GET', '/api/reports/activity?from=2026-01-01&to=2026-12-31', fixture.users.carol.token)).statusCode).toBe(403);
    },
    'GET /api/reports/past-years': async () => expect((await inject('GET', '/api/reports/past-years', coordB)).body).not.toContain('site-a'),
    'PUT /api/reports/past-years': async () => {
      expect((await inject('PUT', '/api/reports/past-years', coordB, { siteId: 'site-a', year: 2020, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(403);
      expect((await inject('GET', '/api/reports/past-years', coordA)).body).toContain('"spocPersons":77');
    },
    'DELETE /api/reports/past-years': async () => {
      expect((await inject('DELETE', '/api/reports/past-years?siteId=site-a&year=2020', coordB)).statusCode).toBe(403);
      expect((await inject('GET', '/api/reports/past-years', coordA)).body).toContain('"year":2020');
    },
    // Site B did no work for site A's person: nothing of it, and advisers may not ask.
    'GET /api/reports/moved-work': async () => {
      expectNoSiteAData((await inject('GET', '/api/reports/moved-work', coordB)).body);
      expect((await inject('GET', '/api/reports/moved-work', fixture.users.carol.token)).statusCode).toBe(403);
    },
    // The network's totals belong to no site: a coordinator may neither read nor set them.
    'GET /api/reports/network-past-years': async () => expect((await inject('GET', '/api/reports/network-past-years', coordB)).statusCode).toBe(403),
    'PUT /api/reports/network-past-years': async () => {
      expect((await inject('PUT', '/api/reports/network-past-years', coordB, { year: 2020, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(403);
      expect((await inject('GET', '/api/reports/network-past-years', fixture.users.admin.token)).json()).toEqual({ networkPastYears: [] });
    },
    'DELETE /api/reports/network-past-years': async () => expect((await inject('DELETE', '/api/reports/network-past-years?year=2020', coordB)).statusCode).toBe(403),
    'GET /api/reports/targets': async () => {
      // Site A is an organisation of its own (createSite): its goal is not site B's to read.
      expect((await inject('GET', '/api/reports/targets', coordB)).body).not.toContain('377');
      expect((await inject('GET', '/api/reports/targets', coordA)).body).toContain('377');
    },
    'PUT /api/reports/targets': async () => {
      expect((await inject('PUT', '/api/reports/targets', coordB, { organisationId: 'site-a', year: 2024, spocPersons: 1, accompaniedPersons: 1 })).statusCode).toBe(403);
      expect((await inject('GET', '/api/reports/targets', coordA)).body).toContain('377');
    },
    'DELETE /api/reports/targets': async () => {
      expect((await inject('DELETE', '/api/reports/targets?organisationId=site-a&year=2024', coordB)).statusCode).toBe(403);
      expect((await inject('GET', '/api/reports/targets', coordA)).body).toContain('377');
    },
    'GET /api/users': async () => {
      const users = (await inject('GET', ACCOUNT_PATHS.users, coordB)).json<{ users: AccountSummary[] }>().users;
      expect(users.map((user) => user.email)).not.toContain('alice@test.vdc.brussels');
      expect((await inject('GET', ACCOUNT_PATHS.users, fixture.users.carol.token)).statusCode).toBe(403);
    },
    'POST /api/users': async () => {
      const response = await inject('POST', ACCOUNT_PATHS.users, coordB, { email: 'intruder@test.vdc.brussels', name: 'Intruder', role: 'adviser', siteIds: ['site-a'], password: 'long enough pw' });
      expect(response.statusCode).toBe(400);
    },
    'PATCH /api/users/:id': async () => {
      expect((await inject('PATCH', `${ACCOUNT_PATHS.users}/${fixture.users.alice.id}`, coordB, { active: false })).statusCode).toBe(404);
      expect((await inject('GET', `${API_PATHS.pull}?cursor=0`, fixture.users.alice.token)).statusCode).toBe(200);
    },
    'POST /api/users/:id/password': async () => {
      expect((await inject('POST', `${ACCOUNT_PATHS.users}/${fixture.users.alice.id}/password`, coordB, { password: 'taken over pw' })).statusCode).toBe(404);
    },
    'POST /api/users/:id/devices/:deviceId/revoke': async () => {
      expect((await inject('POST', `${ACCOUNT_PATHS.users}/${fixture.users.alice.id}/devices/${aliceDevice}/revoke`, coordB)).statusCode).toBe(404);
      const alice = (await inject('GET', ACCOUNT_PATHS.users, coordA)).json<{ users: AccountSummary[] }>().users.find((user) => user.id === fixture.users.alice.id);
      expect(alice?.devices.every((device) => device.revokedAt === undefined)).toBe(true);
    },
    'GET /api/audit': async () => expectNoSiteAData((await inject('GET', ACCOUNT_PATHS.audit, coordB)).body),
    'GET /api/retention': async () => expect((await inject('GET', ACCOUNT_PATHS.retention, coordB)).body).not.toContain('site-a'),
    'PUT /api/retention': async () => {
      expect((await inject('PUT', ACCOUNT_PATHS.retention, coordB, { siteId: 'site-a', years: 1 })).statusCode).toBe(403);
      expect((await inject('GET', ACCOUNT_PATHS.retention, coordA)).json<{ sites: { years: number }[] }>().sites[0]?.years).toBe(5);
    },
    'GET /api/organisations': async () => {
      const organisations = (await inject('GET', ACCOUNT_PATHS.organisations, coordB)).json<{ organisations: { id: string; siteIds: string[] }[] }>().organisations;
      expect(organisations.flatMap((organisation) => organisation.siteIds)).toEqual(['site-b']);
      expect((await inject('GET', ACCOUNT_PATHS.organisations, fixture.users.carol.token)).statusCode).toBe(403);
    },
    // Creating and renaming organisations is an administrator's: a coordinator is refused, nothing changes.
    'POST /api/organisations': async () => {
      expect((await inject('POST', ACCOUNT_PATHS.organisations, coordB, { id: 'taken-over', name: 'Taken over' })).statusCode).toBe(403);
      expect((await fixture.server.db.selectFrom('organisations').select('id').where('id', '=', 'taken-over').execute()).length).toBe(0);
    },
    'PATCH /api/organisations/:id': async () => {
      expect((await inject('PATCH', `${ACCOUNT_PATHS.organisations}/site-a`, coordB, { name: 'Taken over' })).statusCode).toBe(403);
      expect((await fixture.server.db.selectFrom('organisations').select('name').where('id', '=', 'site-a').executeTakeFirst())?.name).not.toBe('Taken over');
    },
    'POST /api/attachments/:hash/upload': async () => {
      const before = await attachmentTables(fixture.server);
      for (const token of [fixture.users.carol.token, coordB]) {
        const response = await byteRoutes(fixture.server).start(token, sha256Of(SITE_A_PHOTO), { siteId: 'site-a', size: 4000, mediaType: 'image/jpeg' });
        expect(response.statusCode).toBe(403);
      }
      expect(await attachmentTables(fixture.server)).toEqual(before);
    },
    'PUT /api/attachments/:hash/chunks/:index': async () => {
      const before = await attachmentTables(fixture.server);
      for (const token of [fixture.users.carol.token, coordB]) {
        expect((await byteRoutes(fixture.server).chunk(token, sha256Of(SITE_A_PHOTO), 0, 'site-a', SITE_A_PHOTO)).statusCode).toBe(403);
      }
      expect(await attachmentTables(fixture.server)).toEqual(before);
    },
    'GET /api/attachments/:hash': async () => {
      for (const token of [fixture.users.carol.token, coordB]) {
        for (const siteId of ['site-a', 'site-b']) {
          const response = await byteRoutes(fixture.server).download(token, sha256Of(SITE_A_PHOTO), siteId);
          expect([403, 404]).toContain(response.statusCode);
          expect(response.rawPayload.includes(SITE_A_PHOTO.subarray(0, 64))).toBe(false);
        }
      }
      expect((await byteRoutes(fixture.server).download(fixture.users.alice.token, sha256Of(SITE_A_PHOTO), 'site-a')).statusCode).toBe(200);
    },
    'GET /api/candidates/:id/file': async () => {
      for (const token of [fixture.users.carol.token, coordB]) {
        const response = await inject('GET', personFilePath(candidateId, 'fr'), token);
        expect(response.statusCode).toBe(404);
        expectNoSiteAData(response.body);
      }
    },
    'POST /api/audit/exports': async () => {
      expect((await inject('POST', AUDIT_PATHS.exports, fixture.users.carol.token, { id: randomUUID(), kind: 'person-file-json', candidateId })).statusCode).toBe(404);
      expect((await inject('POST', AUDIT_PATHS.exports, coordB, { id: randomUUID(), kind: 'report-csv', siteIds: ['site-a'] })).statusCode).toBe(403);
      expectNoSiteAData((await inject('GET', ACCOUNT_PATHS.audit, coordB)).body);
    },
    'POST /api/audit/imports': async () => {
      const counts = { candidates: 1, spocActions: 0, accompaniments: 0, refused: 0, skipped: 0 };
      expect((await inject('POST', AUDIT_PATHS.imports, coordB, { id: randomUUID(), siteId: 'site-a', ...counts })).statusCode).toBe(403);
      expect((await inject('POST', AUDIT_PATHS.imports, fixture.users.alice.token, { id: randomUUID(), siteId: 'site-a', ...counts })).statusCode).toBe(403);
      expectNoSiteAData((await inject('GET', ACCOUNT_PATHS.audit, coordB)).body);
    },
  };

  it('has a probe for every route the server registers', () => {
    const registered = fixture.server.routes.map((route) => `${route.method} ${route.url}`).sort();
    expect(registered.filter((route) => !(route in probes))).toEqual([]);
  });

  it.each(Object.keys(probes))('%s gives site B nothing of site A', async (route) => {
    await probes[route]?.();
  });
});
