// Uploads started and never finished are dropped by the daily pass once older than the stated time
// (docs/attachments.md, "Abandoned uploads"), on SQLite and PostgreSQL; the pass's clock is moved,
// nothing waits. Finished bytes named by a record stay; a younger upload stays and resumes.
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createFixture, newClientId, pushBody, type Fixture } from '../test-fixture';
import { testDatabases } from '../../tests/support/postgres';
import { ATTACHMENT_CHUNK_BYTES } from '../../src/domain/attachments';
import { applyRetention } from '../accounts/retention';
import { ABANDONED_UPLOAD_MS } from './erasure';
import { attachmentTables, byteRoutes, chunkOf, fakeJpeg, sha256Of } from './test-support';
import { abandonedUploadMsFromEnv } from './upload-expiry';

const DAY_MS = 24 * 60 * 60 * 1000;
const later = (ms: number) => new Date(Date.now() + ms);

describe.each(testDatabases())('abandoned uploads ($name)', (target) => {
  let fixture: Fixture;
  afterEach(async () => fixture?.close());

  /** Alice starts an upload of three chunks and sends only the first. */
  async function halfUpload() {
    const routes = byteRoutes(fixture.server);
    const bytes = fakeJpeg(2 * ATTACHMENT_CHUNK_BYTES + 100);
    const hash = sha256Of(bytes);
    await routes.start(fixture.users.alice.token, hash, { siteId: 'site-a', size: bytes.byteLength, mediaType: 'image/jpeg' });
    expect((await routes.chunk(fixture.users.alice.token, hash, 0, 'site-a', chunkOf(bytes, 0))).json()).toMatchObject({ missing: [1, 2] });
    return { routes, bytes, hash };
  }

  /** Bytes finished and named by a live record: the pass must keep them. */
  async function namedPhoto() {
    const bytes = fakeJpeg(3000);
    expect((await byteRoutes(fixture.server).uploadAll(fixture.users.alice.token, bytes, 'site-a', 'image/jpeg')).json()).toMatchObject({ complete: true });
    const fields = { kind: 'photo', ownerTable: 'observations', ownerId: randomUUID(), mediaType: 'image/jpeg', size: bytes.byteLength, sha256: sha256Of(bytes) };
    const pushed = await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ table: 'attachments', id: randomUUID(), fields }], { serverEpoch: fixture.epoch }));
    expect(pushed.json<{ results: { status: string }[] }>().results).toMatchObject([{ status: 'applied' }]);
    return sha256Of(bytes);
  }

  it('keeps an unfinished upload younger than the stated time, drops it after, and keeps finished bytes', async () => {
    fixture = await createFixture(target);
    const kept = await namedPhoto();
    const { routes, bytes, hash } = await halfUpload();

    await applyRetention(fixture.server.database, undefined, { now: later(ABANDONED_UPLOAD_MS - DAY_MS) });
    expect((await attachmentTables(fixture.server)).chunks).toEqual([{ site_id: 'site-a', sha256: hash, n: 0 }]);

    await applyRetention(fixture.server.database, undefined, { now: later(ABANDONED_UPLOAD_MS + DAY_MS) });
    const tables = await attachmentTables(fixture.server);
    expect(tables.uploads).toEqual([]);
    expect(tables.chunks).toEqual([]);
    expect(tables.blobs.map((row) => row.sha256)).toEqual([kept]);
    expect(tables.sites.map((row) => row.sha256)).toEqual([kept]);

    // The tablet, back after the pass, starts over: every chunk is missing again, and it completes.
    expect((await routes.uploadAll(fixture.users.alice.token, bytes, 'site-a', 'image/jpeg')).json()).toMatchObject({ complete: true });
  });

  it('takes the stated time from its setting', async () => {
    fixture = await createFixture(target);
    const { hash } = await halfUpload();
    const oneDay = abandonedUploadMsFromEnv({ ATTACHMENT_UPLOAD_DAYS: '1' });
    await applyRetention(fixture.server.database, undefined, { now: later(DAY_MS / 2), abandonedUploadMs: oneDay });
    expect((await attachmentTables(fixture.server)).uploads.map((row) => row.sha256)).toEqual([hash]);
    await applyRetention(fixture.server.database, undefined, { now: later(2 * DAY_MS), abandonedUploadMs: oneDay });
    expect(await attachmentTables(fixture.server)).toMatchObject({ uploads: [], chunks: [] });
  });
});

describe('ATTACHMENT_UPLOAD_DAYS', () => {
  it('is 7 days when unset, a number of days when set, and a clear error otherwise', () => {
    expect(abandonedUploadMsFromEnv({})).toBe(7 * DAY_MS);
    expect(abandonedUploadMsFromEnv({ ATTACHMENT_UPLOAD_DAYS: '2.5' })).toBe(2.5 * DAY_MS);
    for (const bad of ['0', '-1', 'seven', '1000']) expect(() => abandonedUploadMsFromEnv({ ATTACHMENT_UPLOAD_DAYS: bad })).toThrow(/ATTACHMENT_UPLOAD_DAYS must be a number of days/);
  });
});
