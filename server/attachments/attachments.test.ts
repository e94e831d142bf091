// The byte routes of attachments (docs/attachments.md) on SQLite and PostgreSQL: chunked upload
// resumed after a cut, duplicates and any order, dedup by hash, the type read from the bytes,
// size limits, scoping (a foreign site's attack refused with nothing changed), and erasure.
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFixture, newClientId, pushBody, type Fixture } from '../test-fixture';
import { testDatabases } from '../../tests/support/postgres';
import { ATTACHMENT_CHUNK_BYTES, MAX_PHOTO_BYTES } from '../../src/domain/attachments';
import type { PushResponse } from '../../src/domain/wire';
import { readRecord } from '../db/records';
import { attachmentTables, byteRoutes, chunkOf, fakeJpeg, fakeWebm, sha256Of } from './test-support';

const SIZE = 2 * ATTACHMENT_CHUNK_BYTES + 1000; // three chunks, the last one short

describe.each(testDatabases())('attachments’ bytes ($name)', (target) => {
  let fixture: Fixture;
  let routes: ReturnType<typeof byteRoutes>;
  let directory: string | undefined;

  const setUp = async (attachmentsDir?: string) => {
    fixture = await createFixture(target, attachmentsDir ? { attachmentsDir } : {});
    routes = byteRoutes(fixture.server);
  };
  beforeEach(async () => {
    directory = undefined;
  });
  afterEach(async () => {
    await fixture.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('resumes a cut upload, takes chunks twice and in any order, and serves the bytes with the type they really are', async () => {
    await setUp();
    const { alice, bob } = fixture.users;
    const bytes = fakeJpeg(SIZE);
    const hash = sha256Of(bytes);
    const start = await routes.start(alice.token, hash, { siteId: 'site-a', size: SIZE, mediaType: 'image/jpeg' });
    expect(start.json()).toEqual({ complete: false, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing: [0, 1, 2] });
    expect((await routes.chunk(alice.token, hash, 2, 'site-a', chunkOf(bytes, 2))).json()).toMatchObject({ complete: false, missing: [0, 1] });
    // The connection is cut here; later the tablet asks where it stands and sends the rest.
    const resumed = await routes.start(alice.token, hash, { siteId: 'site-a', size: SIZE, mediaType: 'image/jpeg' });
    expect(resumed.json()).toMatchObject({ complete: false, missing: [0, 1] });
    expect((await routes.chunk(alice.token, hash, 0, 'site-a', chunkOf(bytes, 0))).json()).toMatchObject({ missing: [1] });
    expect((await routes.chunk(alice.token, hash, 0, 'site-a', chunkOf(bytes, 0))).json()).toMatchObject({ missing: [1] });
    expect((await routes.chunk(alice.token, hash, 1, 'site-a', chunkOf(bytes, 1))).json()).toMatchObject({ complete: true, missing: [] });
    // A duplicate of a chunk after completion changes nothing.
    expect((await routes.chunk(alice.token, hash, 1, 'site-a', chunkOf(bytes, 1))).json()).toMatchObject({ complete: true });

    const download = await routes.download(bob.token, hash, 'site-a');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('image/jpeg');
    expect(Buffer.compare(download.rawPayload, bytes)).toBe(0);
    expect(await attachmentTables(fixture.server)).toMatchObject({ blobs: [{ sha256: hash, size: SIZE }], uploads: [], chunks: [] });
  });

  it('dedups by hash: the site sends nothing again; another site proves it has the bytes, which are stored once', async () => {
    await setUp();
    const { alice, bob, carol } = fixture.users;
    const bytes = fakeWebm(5000);
    const hash = sha256Of(bytes);
    expect((await routes.uploadAll(alice.token, bytes, 'site-a', 'audio/webm;codecs=opus')).json()).toMatchObject({ complete: true });
    expect((await routes.start(bob.token, hash, { siteId: 'site-a', size: 5000, mediaType: 'audio/webm' })).json()).toMatchObject({ complete: true });
    // Knowing the hash is not enough for site B: it must send the bytes itself.
    expect((await routes.start(carol.token, hash, { siteId: 'site-b', size: 5000, mediaType: 'audio/webm' })).json()).toMatchObject({ complete: false, missing: [0] });
    expect((await routes.download(carol.token, hash, 'site-b')).statusCode).toBe(404);
    expect((await routes.uploadAll(carol.token, bytes, 'site-b', 'audio/webm')).json()).toMatchObject({ complete: true });
    expect((await routes.download(carol.token, hash, 'site-b')).statusCode).toBe(200);
    const tables = await attachmentTables(fixture.server);
    expect(tables.blobs).toHaveLength(1);
    expect(tables.sites.map((row) => row.site_id)).toEqual(['site-a', 'site-b']);
  });

  it('checks the type from the bytes, the hash, and the sizes, and keeps nothing refused', async () => {
    await setUp();
    const { alice } = fixture.users;
    const page = Buffer.from('<html><script>alert(1)</script></html>'.padEnd(3000, ' '));
    expect((await routes.uploadAll(alice.token, page, 'site-a', 'image/jpeg')).statusCode).toBe(415);
    // A photo declared as a recording: its first chunk is refused.
    expect((await routes.uploadAll(alice.token, fakeJpeg(3000), 'site-a', 'audio/webm')).json()).toMatchObject({ error: 'unsupported_type' });
    // Bytes that are not those of the hash named.
    const bytes = fakeJpeg(3000);
    const otherHash = sha256Of(fakeJpeg(3000));
    await routes.start(alice.token, otherHash, { siteId: 'site-a', size: 3000, mediaType: 'image/jpeg' });
    const mismatch = await routes.chunk(alice.token, otherHash, 0, 'site-a', bytes);
    expect(mismatch.statusCode).toBe(422);
    // Declared types and sizes out of bounds, and a chunk of the wrong length.
    expect((await routes.start(alice.token, sha256Of(bytes), { siteId: 'site-a', size: MAX_PHOTO_BYTES + 1, mediaType: 'image/jpeg' })).statusCode).toBe(400);
    expect((await routes.start(alice.token, sha256Of(bytes), { siteId: 'site-a', size: 3000, mediaType: 'text/html' })).statusCode).toBe(400);
    expect((await routes.start(alice.token, 'not-a-hash', { siteId: 'site-a', size: 3000, mediaType: 'image/jpeg' })).statusCode).toBe(400);
    await routes.start(alice.token, sha256Of(bytes), { siteId: 'site-a', size: 3000, mediaType: 'image/jpeg' });
    expect((await routes.chunk(alice.token, sha256Of(bytes), 0, 'site-a', bytes.subarray(0, 2999))).statusCode).toBe(400);
    expect((await routes.chunk(alice.token, sha256Of(bytes), 0, 'site-a', fakeJpeg(ATTACHMENT_CHUNK_BYTES + 1))).statusCode).toBe(413);
    const tables = await attachmentTables(fixture.server);
    expect(tables.blobs).toEqual([]);
    expect(tables.sites).toEqual([]);
    expect(tables.chunks).toEqual([]);
  });

  it('refuses every byte route to a user of another site, and changes nothing', async () => {
    await setUp();
    const { alice, carol } = fixture.users;
    const bytes = fakeJpeg(SIZE);
    const hash = sha256Of(bytes);
    expect((await routes.uploadAll(alice.token, bytes, 'site-a', 'image/jpeg')).json()).toMatchObject({ complete: true });
    const pending = fakeJpeg(SIZE);
    await routes.start(alice.token, sha256Of(pending), { siteId: 'site-a', size: SIZE, mediaType: 'image/jpeg' });
    await routes.chunk(alice.token, sha256Of(pending), 0, 'site-a', chunkOf(pending, 0));
    const before = await attachmentTables(fixture.server);

    // Site A named outright: forbidden.
    expect((await routes.download(carol.token, hash, 'site-a')).statusCode).toBe(403);
    expect((await routes.start(carol.token, sha256Of(pending), { siteId: 'site-a', size: SIZE, mediaType: 'image/jpeg' })).statusCode).toBe(403);
    expect((await routes.chunk(carol.token, sha256Of(pending), 1, 'site-a', chunkOf(fakeJpeg(SIZE), 1))).statusCode).toBe(403);
    // Carol's own site for site A's bytes: not found, exactly as for bytes that do not exist.
    expect((await routes.download(carol.token, hash, 'site-b')).json()).toEqual({ error: 'not_found' });
    expect((await routes.download(carol.token, sha256Of(fakeJpeg(10)), 'site-b')).json()).toEqual({ error: 'not_found' });
    expect((await routes.chunk(carol.token, sha256Of(pending), 1, 'site-b', chunkOf(pending, 1))).statusCode).toBe(409);
    // No token at all.
    expect((await fixture.server.app.inject({ method: 'GET', url: `/api/attachments/${hash}?siteId=site-a` })).statusCode).toBe(401);
    expect(await attachmentTables(fixture.server)).toEqual(before);
  });

  it('erasure tombstones the person’s attachments and removes their bytes everywhere (directory storage)', async () => {
    directory = mkdtempSync(join(tmpdir(), 'vdc-attachments-'));
    await setUp(directory);
    const { alice, admin } = fixture.users;
    const candidateId = randomUUID();
    const attachmentId = randomUUID();
    const keptId = randomUUID();
    const photo = fakeJpeg(SIZE);
    const other = fakeJpeg(4000);
    const attachment = (id: string, bytes: Buffer, person?: string) => ({
      table: 'attachments',
      id,
      fields: { kind: 'photo', ownerTable: 'observations', ownerId: randomUUID(), mediaType: 'image/jpeg', size: bytes.byteLength, sha256: sha256Of(bytes), ...(person ? { candidateId: person } : {}) },
    });
    const pushed = await fixture.push(alice.token, pushBody(newClientId(), [
      { id: candidateId, fields: { firstName: 'Ŋadia', lastName: 'Photo' } },
      attachment(attachmentId, photo, candidateId),
      attachment(keptId, other),
    ]));
    expect(pushed.json<PushResponse>().results.map((result) => result.status)).toEqual(['applied', 'applied', 'applied']);
    await routes.uploadAll(alice.token, photo, 'site-a', 'image/jpeg');
    await routes.uploadAll(alice.token, other, 'site-a', 'image/jpeg');
    const files = () => readdirSync(directory ?? '', { recursive: true }).filter((name) => String(name).length > 60).map(String).sort();
    expect(files()).toHaveLength(2);
    expect((await fixture.server.db.selectFrom('attachment_blobs').select('bytes').execute()).every((row) => row.bytes === null)).toBe(true);

    expect((await fixture.server.app.inject({ method: 'POST', url: `/api/candidates/${candidateId}/erase`, headers: { authorization: `Bearer ${admin.token}` } })).statusCode).toBe(200);
    expect((await readRecord(fixture.server.db, 'attachments', attachmentId))?.deleted).toBe(true);
    expect((await readRecord(fixture.server.db, 'attachments', keptId))?.deleted).toBe(false);
    expect((await routes.download(alice.token, sha256Of(photo), 'site-a')).statusCode).toBe(404);
    expect((await routes.download(alice.token, sha256Of(other), 'site-a')).statusCode).toBe(200);
    expect(files()).toEqual([join(sha256Of(other).slice(0, 2), sha256Of(other))]);
    expect(existsSync(join(directory, sha256Of(photo).slice(0, 2), sha256Of(photo)))).toBe(false);
    // A tablet that had not heard of the erasure sends the bytes again: refused, nothing kept.
    expect((await routes.uploadAll(alice.token, photo, 'site-a', 'image/jpeg')).statusCode).toBe(410);
    expect((await attachmentTables(fixture.server)).blobs.map((row) => row.sha256)).toEqual([sha256Of(other)]);
  });
});
