// The tablet's side of attachments (docs/attachments.md, "On the tablet"): bytes encrypted at rest,
// an upload queue that resumes after a cut and survives a new page, downloads when first needed
// (checked against their hash), the space budget, and the sweep after a delete.
import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { ATTACHMENT_CHUNK_BYTES } from '../domain/attachments';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../db/crypto';
import { createAttachmentByteStore } from '../db/attachment-bytes';
import { UserDatabase } from '../db/user-database';
import { UserStore } from '../db/user-store';
import { createAttachments, sha256Hex } from './attachments';
import { createRepository } from './repository';
import { createFakeAttachmentServer } from './testing/fake-attachment-server';

const closers: (() => void)[] = [];
afterEach(() => {
  for (const close of closers.splice(0)) close();
});

async function dataKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

function jpeg(size: number, salt = 7): ArrayBuffer {
  const bytes = new Uint8Array(size);
  for (let index = 0; index < size; index++) bytes[index] = (index * 13 + salt) & 0xff;
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes.buffer;
}

/** A tablet: its database (reopened under the same name for "a new page"), key and attachments. */
async function tablet(server = createFakeAttachmentServer(), name = `test-att-${newId()}`, key?: CryptoKey) {
  const dataKeyOf = key ?? (await dataKey());
  const db = new UserDatabase(name);
  const store = new UserStore(new UserDatabase(name), dataKeyOf);
  const bytes = createAttachmentByteStore(db, dataKeyOf);
  closers.push(() => {
    store.close();
    db.close();
  });
  const repo = createRepository('attachments', store, () => {});
  return { name, key: dataKeyOf, db, store, bytes, repo, server, attachments: createAttachments({ repo, store: bytes, api: server }) };
}

const photo = (bytes: ArrayBuffer) => ({ siteId: 'site-a', bytes, mediaType: 'image/jpeg', ownerTable: 'observations', ownerId: newId() });

describe('attachments on the tablet', () => {
  it('keeps the bytes encrypted and queued, and resumes a cut upload with only the missing chunks', async () => {
    const device = await tablet();
    const bytes = jpeg(3 * ATTACHMENT_CHUNK_BYTES + 10);
    const record = await device.attachments.add(photo(bytes));
    expect(record.data).toMatchObject({ kind: 'photo', mediaType: 'image/jpeg', size: bytes.byteLength, sha256: await sha256Hex(bytes) });

    const row = await device.db.attachmentCipher.get(record.data.sha256 ?? '');
    expect(row?.enc.ct.byteLength).toBeGreaterThan(bytes.byteLength);
    const stored = new Uint8Array(row?.enc.ct ?? new ArrayBuffer(0));
    expect(stored.subarray(0, 4)).not.toEqual(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]));
    expect(await device.bytes.pendingUploads()).toHaveLength(1);

    device.server.failNextChunks = 1;
    const cut = await device.attachments.uploadPending();
    expect(cut).toEqual({ uploaded: 0, waiting: 1, refused: 0 });
    // The cut happened at chunk 0: it and the three others travel once each.
    expect(await device.attachments.uploadPending()).toEqual({ uploaded: 1, waiting: 0, refused: 0 });
    expect(device.server.chunksReceived).toBe(4);
    expect(await device.bytes.pendingUploads()).toEqual([]);
    expect([...(device.server.held.get(`site-a/${record.data.sha256}`) ?? [])]).toEqual([...new Uint8Array(bytes)]);
  });

  it('keeps the queue across a new page, and resumes after chunks the server already has', async () => {
    const server = createFakeAttachmentServer();
    const first = await tablet(server);
    const bytes = jpeg(2 * ATTACHMENT_CHUNK_BYTES + 1);
    await first.attachments.add(photo(bytes));
    // Chunk 0 arrives, then the page goes away before the rest.
    const sha256 = await sha256Hex(bytes);
    await server.start(sha256, { siteId: 'site-a', size: bytes.byteLength, mediaType: 'image/jpeg' });
    await server.putChunk(sha256, 0, 'site-a', new Uint8Array(bytes, 0, ATTACHMENT_CHUNK_BYTES));
    first.db.close();
    first.store.close();

    const again = await tablet(server, first.name, first.key);
    expect((await again.bytes.pendingUploads()).map((row) => row.sha256)).toEqual([sha256]);
    expect(await again.attachments.uploadPending()).toMatchObject({ uploaded: 1 });
    expect(server.chunksReceived).toBe(3);
  });

  it('downloads when first needed, checks the hash, then serves offline; and keeps within the budget', async () => {
    const server = createFakeAttachmentServer();
    const maker = await tablet(server);
    const first = await maker.attachments.add(photo(jpeg(5000, 1)));
    const second = await maker.attachments.add(photo(jpeg(6000, 2)));
    await maker.attachments.uploadPending();

    const other = await tablet(server);
    const pulled = (record: typeof first) => ({ siteId: record.siteId, data: record.data });
    expect(await other.bytes.has(first.data.sha256 ?? '')).toBe(false);
    expect(new Uint8Array((await other.attachments.bytesOf(pulled(first))) ?? new ArrayBuffer(0))).toEqual(new Uint8Array(jpeg(5000, 1)));
    server.offline = true;
    expect(new Uint8Array((await other.attachments.bytesOf(pulled(first))) ?? new ArrayBuffer(0))).toEqual(new Uint8Array(jpeg(5000, 1)));
    expect(await other.attachments.bytesOf(pulled(second))).toBeUndefined();
    server.offline = false;

    // Bytes that do not match the record's hash are never kept.
    server.held.set(`site-a/${second.data.sha256}`, new Uint8Array(jpeg(6000, 3)));
    expect(await other.attachments.bytesOf(pulled(second))).toBeUndefined();
    server.held.set(`site-a/${second.data.sha256}`, new Uint8Array(jpeg(6000, 2)));
    expect(await other.attachments.bytesOf(pulled(second))).toBeDefined();
    expect(await other.attachments.space()).toMatchObject({ usedBytes: 11000, pendingCount: 0, downloadedCount: 2 });

    // A budget below the total evicts the least recently used download; made-here bytes stay.
    await other.attachments.setBudget(7000);
    expect(await other.bytes.has(first.data.sha256 ?? '')).toBe(false);
    expect(await other.bytes.has(second.data.sha256 ?? '')).toBe(true);
    const pending = await other.attachments.add(photo(jpeg(9000, 4)));
    await other.attachments.setBudget(1000);
    expect(await other.bytes.has(pending.data.sha256 ?? '')).toBe(true);
    expect(await other.attachments.space()).toMatchObject({ usedBytes: 9000, pendingCount: 1, budgetBytes: 1000 });
  });

  it('drops the bytes and the queued upload of a deleted attachment', async () => {
    const device = await tablet();
    const record = await device.attachments.add(photo(jpeg(4000)));
    await device.attachments.remove(record.id);
    expect(await device.bytes.has(record.data.sha256 ?? '')).toBe(false);
    expect(await device.bytes.pendingUploads()).toEqual([]);
  });

  it('drops a pending upload whose record another tablet deleted (a pulled tombstone), sending nothing', async () => {
    const device = await tablet();
    device.server.offline = true;
    const record = await device.attachments.add(photo(jpeg(4000, 5)));
    expect(await device.attachments.uploadPending()).toMatchObject({ waiting: 1 });
    await device.store.applyPulledPage([{ table: 'attachments', id: record.id, siteId: 'site-a', rev: 9, deleted: true, data: record.data as Record<string, unknown> }], {
      cursor: 9,
      serverEpoch: 'e',
      siteIds: ['site-a'],
    });
    device.server.offline = false;
    await device.attachments.afterSync();
    expect(await device.bytes.pendingUploads()).toEqual([]);
    expect(await device.bytes.has(record.data.sha256 ?? '')).toBe(false);
    expect(device.server.held.size).toBe(0);
  });

  it('drops the upload to one site when its record there is deleted, keeping the bytes another site’s record names', async () => {
    const device = await tablet();
    device.server.offline = true;
    const bytes = jpeg(4000, 6);
    const here = await device.attachments.add(photo(bytes));
    const there = await device.attachments.add({ ...photo(bytes), siteId: 'site-b' });
    expect((await device.bytes.pendingUploads()).map((upload) => upload.siteId).sort()).toEqual(['site-a', 'site-b']);
    await device.attachments.remove(there.id);
    expect((await device.bytes.pendingUploads()).map((upload) => upload.siteId)).toEqual(['site-a']);
    expect(await device.bytes.has(here.data.sha256 ?? '')).toBe(true);
  });

  it('makes room by evicting downloads when the storage is full, never losing work made here', async () => {
    const server = createFakeAttachmentServer();
    const maker = await tablet(server);
    const shared = await maker.attachments.add(photo(jpeg(5000, 1)));
    await maker.attachments.uploadPending();
    const device = await tablet(server);
    await device.attachments.bytesOf({ siteId: 'site-a', data: shared.data });
    // The next write into attachmentBytes fails once as a full disk would.
    const table = device.db.attachmentCipher;
    const put = table.put.bind(table);
    let failures = 1;
    table.put = ((...args: Parameters<typeof put>) => {
      if (failures-- > 0) return Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
      return put(...args);
    }) as typeof table.put;
    const made = await device.attachments.add(photo(jpeg(7000, 2)));
    expect(await device.bytes.has(made.data.sha256 ?? '')).toBe(true);
    expect(await device.bytes.has(shared.data.sha256 ?? '')).toBe(false);
    expect(await device.bytes.pendingUploads()).toHaveLength(1);
  });
});
