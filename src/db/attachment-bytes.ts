// The attachments' bytes on the tablet (docs/attachments.md, "On the tablet"): encrypted with the
// adviser's data key like every personal payload (AES-GCM, bound to the bytes' SHA-256), the upload
// queue, and the space budget. Bytes made here stay until the server has them; downloaded bytes
// are evicted least recently used first to stay within the budget, and bytes no live attachment
// record names (deleted, erased) are swept.
import { randomBytes } from './crypto';
import { isQuotaError } from './held-writes';
import { openUserDatabase, type AttachmentBytesRow, type AttachmentCipherRow, type AttachmentUploadRow, type StoredRow, type UserDatabase } from './user-database';

/** What a tablet keeps of attachments unless the adviser chooses otherwise (the panel). */
export const DEFAULT_ATTACHMENT_BUDGET_BYTES = 200 * 1024 * 1024;
export const ATTACHMENT_BUDGET_CHOICES = [50, 100, 200, 500, 1000].map((mib) => mib * 1024 * 1024);
const BUDGET_KEY = 'attachmentBudget';
const EPOCH_KEY = 'attachmentEpoch';

export interface AttachmentSpace {
  /** Bytes of every attachment held on the tablet (their encrypted size, near enough). */
  usedBytes: number;
  budgetBytes: number;
  /** Attachments made here and not yet on the server: never evicted. */
  pendingCount: number;
  pendingBytes: number;
  /** Downloaded attachments kept for use offline. */
  downloadedCount: number;
}

export interface AttachmentByteStore {
  /** Keeps bytes made on this tablet and queues their upload for the site (one transaction). */
  putLocal(siteId: string, sha256: string, bytes: ArrayBuffer, mediaType: string): Promise<void>;
  /** Keeps bytes fetched from the server, then evicts to stay within the budget. */
  putDownloaded(siteId: string, sha256: string, bytes: ArrayBuffer): Promise<void>;
  /** The bytes, or undefined (also when they cannot be decrypted any more); marks them used. */
  get(sha256: string): Promise<ArrayBuffer | undefined>;
  has(sha256: string): Promise<boolean>;
  pendingUploads(): Promise<AttachmentUploadRow[]>;
  /** The server holds them: the queue row goes, the bytes become evictable. */
  markUploaded(key: string): Promise<void>;
  /** A refusal that sending again cannot mend (gone, wrong type): the queue row goes. */
  dropUpload(key: string): Promise<void>;
  noteUploadError(key: string, code: string): Promise<void>;
  space(): Promise<AttachmentSpace>;
  setBudget(bytes: number): Promise<void>;
  /** Evicts downloaded bytes, least recently used first, until within `budget` (default: the set budget). */
  evictToBudget(budget?: number): Promise<number>;
  /** Drops bytes and queued uploads no live attachment record names (deleted, erased). */
  sweep(): Promise<number>;
  /**
   * After a server restore (a new epoch): queues again every held copy a live record names, made
   * here or downloaded, since the restored server may lack them (it answers at once if not).
   * `epoch` is the server's; nothing happens when it is the one seen last (the first one is noted).
   */
  requeueForEpoch(epoch: string): Promise<number>;
  close(): void;
}

const encoder = new TextEncoder();
const aad = (sha256: string) => encoder.encode(`attachmentBytes|${sha256}`);
export const uploadKey = (siteId: string, sha256: string) => `${siteId}/${sha256}`;

export function createAttachmentByteStore(db: UserDatabase, dataKey: CryptoKey, now: () => Date = () => new Date()): AttachmentByteStore {
  async function encrypt(sha256: string, bytes: ArrayBuffer) {
    // Encrypt first: awaiting WebCrypto inside a Dexie transaction would end it.
    const iv = randomBytes(12);
    const ct = await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad(sha256) }, dataKey, bytes);
    return { iv, ct };
  }

  async function budget(): Promise<number> {
    const row = await db.syncState.get(BUDGET_KEY);
    return typeof row?.value === 'number' ? row.value : DEFAULT_ATTACHMENT_BUDGET_BYTES;
  }

  async function evict(target: number): Promise<number> {
    return db.transaction('rw', [db.attachmentBytes, db.attachmentCipher, db.attachmentUploads], async () => {
      const rows = await db.attachmentBytes.orderBy('usedAt').toArray();
      const queued = new Set((await db.attachmentUploads.toArray()).map((row) => row.sha256));
      let used = rows.reduce((sum, row) => sum + row.size, 0);
      let evicted = 0;
      for (const row of rows) {
        if (used <= target) break;
        if (row.origin === 'local' || queued.has(row.sha256)) continue;
        await db.attachmentBytes.delete(row.sha256);
        await db.attachmentCipher.delete(row.sha256);
        used -= row.size;
        evicted++;
      }
      return evicted;
    });
  }

  async function writeLocal(siteId: string, sha256: string, bytes: ArrayBuffer, mediaType: string, enc: AttachmentCipherRow['enc']) {
    const at = now().toISOString();
    await db.transaction('rw', [db.attachmentBytes, db.attachmentCipher, db.attachmentUploads], async () => {
      const existing = await db.attachmentBytes.get(sha256);
      // Already held (downloaded, or made here before): it becomes local again until uploaded.
      await db.attachmentBytes.put({ sha256, siteId, size: bytes.byteLength, origin: 'local', storedAt: existing?.storedAt ?? at, usedAt: at });
      if (!existing || !(await db.attachmentCipher.get(sha256))) await db.attachmentCipher.put({ sha256, enc });
      const key = uploadKey(siteId, sha256);
      if (!(await db.attachmentUploads.get(key))) await db.attachmentUploads.put({ key, siteId, sha256, mediaType, size: bytes.byteLength, queuedAt: at });
    });
  }

  return {
    async putLocal(siteId, sha256, bytes, mediaType) {
      const enc = await encrypt(sha256, bytes);
      try {
        await writeLocal(siteId, sha256, bytes, mediaType, enc);
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // Full: downloaded copies can be fetched again, work made here cannot. Make room, once.
        await evict(0);
        await writeLocal(siteId, sha256, bytes, mediaType, enc);
      }
    },
    async putDownloaded(siteId, sha256, bytes) {
      const enc = await encrypt(sha256, bytes);
      const at = now().toISOString();
      const row: AttachmentBytesRow = { sha256, siteId, size: bytes.byteLength, origin: 'downloaded', storedAt: at, usedAt: at };
      try {
        await db.transaction('rw', [db.attachmentBytes, db.attachmentCipher], async () => {
          if (await db.attachmentBytes.get(sha256)) return;
          await db.attachmentBytes.put(row);
          await db.attachmentCipher.put({ sha256, enc });
        });
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        return; // played from memory this time; fetched again next time
      }
      await evict(await budget());
    },
    async get(sha256) {
      const row = await db.attachmentCipher.get(sha256);
      if (!row) return undefined;
      try {
        const plain = await globalThis.crypto.subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(row.enc.iv), additionalData: aad(sha256) }, dataKey, row.enc.ct);
        await db.attachmentBytes.update(sha256, { usedAt: now().toISOString() }).catch(() => 0);
        return plain;
      } catch {
        return undefined; // written under another key: as good as absent
      }
    },
    async has(sha256) {
      return (await db.attachmentBytes.get(sha256)) !== undefined;
    },
    pendingUploads: () => db.attachmentUploads.orderBy('key').toArray(),
    async markUploaded(key) {
      await db.transaction('rw', [db.attachmentBytes, db.attachmentUploads], async () => {
        const upload = await db.attachmentUploads.get(key);
        await db.attachmentUploads.delete(key);
        if (!upload) return;
        const others = await db.attachmentUploads.where('sha256').equals(upload.sha256).count();
        if (others === 0) await db.attachmentBytes.update(upload.sha256, { origin: 'downloaded' });
      });
    },
    async dropUpload(key) {
      await db.attachmentUploads.delete(key);
    },
    async noteUploadError(key, code) {
      await db.attachmentUploads.update(key, { lastError: code });
    },
    async space() {
      const rows = await db.attachmentBytes.toArray();
      const uploads = await db.attachmentUploads.toArray();
      const pending = new Set(uploads.map((row) => row.sha256));
      const pendingRows = rows.filter((row) => pending.has(row.sha256) || row.origin === 'local');
      return {
        usedBytes: rows.reduce((sum, row) => sum + row.size, 0),
        budgetBytes: await budget(),
        pendingCount: uploads.length,
        pendingBytes: pendingRows.reduce((sum, row) => sum + row.size, 0),
        downloadedCount: rows.length - pendingRows.length,
      };
    },
    async setBudget(bytes) {
      await db.syncState.put({ key: BUDGET_KEY, value: bytes });
      await evict(bytes);
    },
    evictToBudget: async (target) => evict(target ?? (await budget())),
    async requeueForEpoch(epoch) {
      return db.transaction('rw', [db.syncState, db.records('attachments'), db.attachmentBytes, db.attachmentUploads], async () => {
        const seen = (await db.syncState.get(EPOCH_KEY))?.value;
        await db.syncState.put({ key: EPOCH_KEY, value: epoch });
        if (seen === undefined || seen === epoch) return 0;
        const records = (await db.records('attachments').toArray()) as (StoredRow & { sha256?: string; mediaType?: string })[];
        const at = now().toISOString();
        let queued = 0;
        for (const record of records) {
          if (record.deleted || !record.sha256 || !record.mediaType) continue;
          const held = await db.attachmentBytes.get(record.sha256);
          const key = uploadKey(record.siteId, record.sha256);
          if (!held || (await db.attachmentUploads.get(key))) continue;
          await db.attachmentUploads.put({ key, siteId: record.siteId, sha256: record.sha256, mediaType: record.mediaType, size: held.size, queuedAt: at });
          queued++;
        }
        return queued;
      });
    },
    close: () => db.close(),
    async sweep() {
      // No grace: the record is always written before its bytes (src/sync/attachments.ts).
      return db.transaction('rw', [db.records('attachments'), db.attachmentBytes, db.attachmentCipher, db.attachmentUploads], async () => {
        const records = (await db.records('attachments').toArray()) as (StoredRow & { sha256?: string })[];
        const liveRecords = records.filter((row) => !row.deleted && row.sha256 !== undefined);
        const live = new Set(liveRecords.map((row) => row.sha256));
        // An upload is for one site: it goes once no live record of that site names the bytes,
        // even while a record of another site keeps the bytes themselves.
        const liveUploads = new Set(liveRecords.map((row) => uploadKey(row.siteId, row.sha256 ?? '')));
        let dropped = 0;
        for (const upload of await db.attachmentUploads.toArray()) {
          if (liveUploads.has(upload.key)) continue;
          await db.attachmentUploads.delete(upload.key);
        }
        for (const row of await db.attachmentBytes.toArray()) {
          if (live.has(row.sha256)) continue;
          await db.attachmentBytes.delete(row.sha256);
          await db.attachmentCipher.delete(row.sha256);
          dropped++;
        }
        return dropped;
      });
    },
  };
}

/** The adviser's attachment bytes on their own connection to their database (closed at sign-out). */
export function openAttachmentByteStore(userId: string, dataKey: CryptoKey): AttachmentByteStore {
  return createAttachmentByteStore(openUserDatabase(userId), dataKey);
}
