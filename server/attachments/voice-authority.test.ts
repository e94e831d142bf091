// Who removes a site's voice (docs/attachments.md, "Voices"), on SQLite and PostgreSQL: the adviser
// who recorded it, a coordinator of the site, an administrator. The attacks, by another adviser of
// the same site (remove it, or un-share it) and by a coordinator of another organisation, are
// refused and leave the record and every attachment table as they were.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixture, newClientId, pushBody, PASSWORD, type Fixture } from '../test-fixture';
import { testDatabases } from '../../tests/support/postgres';
import type { PushResponse } from '../../src/domain/wire';
import { createUser } from '../admin/accounts';
import { hashPassword } from '../auth/passwords';
import { issueToken } from '../auth/tokens';
import { readRecord } from '../db/records';
import { attachmentTables, byteRoutes, fakeWebm, sha256Of } from './test-support';

describe.each(testDatabases())('who removes a site voice ($name)', (target) => {
  let fixture: Fixture;
  afterEach(async () => fixture?.close());

  async function coordinatorOf(siteId: string): Promise<{ id: string; token: string }> {
    const id = await createUser(fixture.server.db, { email: `coord-${siteId}@test.vdc.brussels`, password: PASSWORD, passwordHash: await hashPassword(PASSWORD), name: `coord ${siteId}`, role: 'coordinator', siteIds: [siteId] });
    return { id, token: (await issueToken(fixture.server.db, id, undefined, 1)).token };
  }

  /** Alice records a text and shares it with site A: the record, and its bytes uploaded. */
  async function sharedVoice(): Promise<string> {
    const bytes = fakeWebm(4000);
    const id = randomUUID();
    const fields = { kind: 'voice', ownerTable: 'sites', ownerId: 'site-a', mediaType: 'audio/webm', size: bytes.byteLength, sha256: sha256Of(bytes), clipId: `item.${id}`, language: 'fr', sharedWithSite: true, recordedBy: fixture.users.alice.id };
    const pushed = await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ table: 'attachments', id, fields }], { serverEpoch: fixture.epoch }));
    expect(pushed.json<PushResponse>().results).toMatchObject([{ status: 'applied' }]);
    expect((await byteRoutes(fixture.server).uploadAll(fixture.users.alice.token, bytes, 'site-a', 'audio/webm')).json()).toMatchObject({ complete: true });
    return id;
  }

  async function pushAs(token: string, mutation: Record<string, unknown>) {
    const response = await fixture.push(token, pushBody(newClientId(), [{ table: 'attachments', siteId: 'site-a', ...mutation }], { serverEpoch: fixture.epoch }));
    expect(response.statusCode).toBe(200);
    return response.json<PushResponse>().results[0];
  }

  const snapshot = async (id: string) => ({ record: await readRecord(fixture.server.db, 'attachments', id), tables: await attachmentTables(fixture.server) });

  it('refuses another adviser of the site and a coordinator of another organisation, changing nothing', async () => {
    fixture = await createFixture(target);
    const id = await sharedVoice();
    const otherCoordinator = await coordinatorOf('site-b');
    const before = await snapshot(id);
    const rev = before.record?.rev;

    expect(await pushAs(fixture.users.bob.token, { id, op: 'delete', baseRev: rev })).toMatchObject({ status: 'rejected', error: 'forbidden' });
    expect(await pushAs(fixture.users.bob.token, { id, op: 'put', baseRev: rev, fields: { sharedWithSite: false } })).toMatchObject({ status: 'rejected', error: 'forbidden' });
    expect(await pushAs(fixture.users.bob.token, { id, op: 'put', baseRev: rev, fields: { recordedBy: fixture.users.bob.id } })).toMatchObject({ status: 'rejected', error: 'forbidden' });
    expect(await pushAs(otherCoordinator.token, { id, op: 'delete', baseRev: rev })).toMatchObject({ status: 'rejected', error: 'forbidden_site' });

    expect(await snapshot(id)).toEqual(before);
    expect(before.record?.deleted).toBe(false);
  });

  it("refuses a voice shared in a colleague's name, which she could then not remove, and records nothing", async () => {
    fixture = await createFixture(target);
    const bytes = fakeWebm(4000);
    const id = randomUUID();
    const fields = { kind: 'voice', ownerTable: 'sites', ownerId: 'site-a', mediaType: 'audio/webm', size: bytes.byteLength, sha256: sha256Of(bytes), clipId: `item.${id}`, language: 'fr', sharedWithSite: true, recordedBy: fixture.users.alice.id };
    const before = await attachmentTables(fixture.server);
    expect(await pushAs(fixture.users.bob.token, { id, op: 'put', baseRev: 0, fields })).toMatchObject({ status: 'rejected', error: 'forbidden' });
    expect(await readRecord(fixture.server.db, 'attachments', id)).toBeUndefined();
    expect(await attachmentTables(fixture.server)).toEqual(before);
    // In her own name it is recorded.
    expect(await pushAs(fixture.users.bob.token, { id, op: 'put', baseRev: 0, fields: { ...fields, recordedBy: fixture.users.bob.id } })).toMatchObject({ status: 'applied' });
  });

  it('lets the adviser who recorded it, a coordinator of the site, and an administrator remove it', async () => {
    fixture = await createFixture(target);
    const coordinator = await coordinatorOf('site-a');
    for (const token of [fixture.users.alice.token, coordinator.token, fixture.users.admin.token]) {
      const id = await sharedVoice();
      const rev = (await readRecord(fixture.server.db, 'attachments', id))?.rev;
      expect(await pushAs(token, { id, op: 'delete', baseRev: rev })).toMatchObject({ status: 'applied' });
      expect((await readRecord(fixture.server.db, 'attachments', id))?.deleted).toBe(true);
    }
  });
});
