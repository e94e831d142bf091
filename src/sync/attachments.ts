// Attachments on the tablet (docs/attachments.md, "On the tablet"): adding one writes its record
// (synced like any other) and then keeps its bytes, encrypted, queued for upload; after every sync
// the queue is sent chunk by chunk (a cut upload resumes where the server says it stopped), and
// bytes are fetched from the server the first time they are needed, checked against their hash.
import { ATTACHMENT_CHUNK_BYTES, baseMediaType, kindOfMediaType, type AttachmentKind } from '../domain/attachments';
import type { AttachmentData } from '../domain/entities';
import type { AttachmentByteStore, AttachmentSpace } from '../db/attachment-bytes';
import { AttachmentTransferError, type AttachmentBytesApi } from './attachments-api';
import type { LocalRecord, Repository } from './workspace';

export interface NewAttachment {
  siteId: string;
  bytes: ArrayBuffer;
  mediaType: string;
  ownerTable: string;
  ownerId: string;
  candidateId?: string;
  clipId?: string;
  language?: string;
  sharedWithSite?: boolean;
  recordedBy?: string;
  width?: number;
  height?: number;
}

export interface UploadRound {
  uploaded: number;
  /** Left in the queue for the next round (offline, server error). */
  waiting: number;
  /** Refused for good (gone, not an accepted type): taken out of the queue. */
  refused: number;
}

export interface Attachments {
  add(input: NewAttachment): Promise<LocalRecord<'attachments'>>;
  remove(id: string): Promise<void>;
  /** The bytes of an attachment: from the tablet, or fetched once (online) and kept. */
  bytesOf(attachment: { siteId: string; data: Pick<AttachmentData, 'sha256'> }): Promise<ArrayBuffer | undefined>;
  uploadPending(): Promise<UploadRound>;
  /** After each sync: drop what erasure or deletes left behind, send the queue, keep within budget. */
  afterSync(): Promise<void>;
  space(): Promise<AttachmentSpace>;
  setBudget(bytes: number): Promise<void>;
  /** The site's shared recording of a text, if there is one (the newest), from the tablet or fetched once. */
  siteVoice(language: string, clipId: string): Promise<{ audio: ArrayBuffer; mimeType: string } | undefined>;
}

/** The site's shared voices, newest first per text: `<language>/<clipId>` → record. */
export function siteVoicesByText(records: readonly LocalRecord<'attachments'>[]): Map<string, LocalRecord<'attachments'>> {
  const voices = new Map<string, LocalRecord<'attachments'>>();
  const shared = records.filter((record) => record.data.kind === 'voice' && record.data.sharedWithSite === true && record.data.clipId && record.data.language);
  shared.sort((a, b) => ((a.data.createdAt ?? '') < (b.data.createdAt ?? '') ? 1 : -1));
  for (const record of shared) {
    const key = `${record.data.language}/${record.data.clipId}`;
    if (!voices.has(key)) voices.set(key, record);
  }
  return voices;
}

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export interface AttachmentsOptions {
  repo: Repository<'attachments'>;
  store: AttachmentByteStore;
  api: AttachmentBytesApi;
  /** The server epoch as last pulled: a new one (a restore) queues every held copy again. */
  serverEpoch?: () => Promise<string | undefined>;
  now?: () => Date;
}

export function createAttachments({ repo, store, api, serverEpoch, now = () => new Date() }: AttachmentsOptions): Attachments {
  let round: Promise<UploadRound> | undefined;

  async function uploadOne(key: string, siteId: string, sha256: string, mediaType: string, size: number): Promise<'uploaded' | 'waiting' | 'refused'> {
    const bytes = await store.get(sha256);
    if (!bytes) {
      await store.dropUpload(key); // unreadable (another key) or swept: nothing left to send
      return 'refused';
    }
    try {
      let state = await api.start(sha256, { siteId, size, mediaType });
      for (const index of state.missing) {
        const chunk = new Uint8Array(bytes, index * ATTACHMENT_CHUNK_BYTES, Math.min(ATTACHMENT_CHUNK_BYTES, size - index * ATTACHMENT_CHUNK_BYTES));
        state = await api.putChunk(sha256, index, siteId, chunk);
        if (state.complete) break;
      }
      if (!state.complete) return 'waiting';
      await store.markUploaded(key);
      return 'uploaded';
    } catch (error) {
      if (error instanceof AttachmentTransferError && error.final) {
        await store.dropUpload(key);
        return 'refused';
      }
      await store.noteUploadError(key, error instanceof AttachmentTransferError ? error.code : 'error').catch(() => undefined);
      return 'waiting';
    }
  }

  async function uploadAll(): Promise<UploadRound> {
    const result: UploadRound = { uploaded: 0, waiting: 0, refused: 0 };
    for (const upload of await store.pendingUploads()) {
      const outcome = await uploadOne(upload.key, upload.siteId, upload.sha256, upload.mediaType, upload.size);
      result[outcome]++;
    }
    return result;
  }

  return {
    async add(input) {
      const mediaType = baseMediaType(input.mediaType);
      const kind: AttachmentKind | undefined = kindOfMediaType(mediaType);
      if (!kind) throw new Error(`not an attachment type: ${mediaType}`);
      const sha256 = await sha256Hex(input.bytes);
      const data: AttachmentData = {
        kind,
        ownerTable: input.ownerTable,
        ownerId: input.ownerId,
        mediaType,
        size: input.bytes.byteLength,
        sha256,
        createdAt: now().toISOString(),
        ...(input.candidateId ? { candidateId: input.candidateId } : {}),
        ...(input.clipId ? { clipId: input.clipId } : {}),
        ...(input.language ? { language: input.language } : {}),
        ...(input.sharedWithSite !== undefined ? { sharedWithSite: input.sharedWithSite } : {}),
        ...(input.recordedBy ? { recordedBy: input.recordedBy } : {}),
        ...(input.width ? { width: input.width, height: input.height } : {}),
      };
      // The record first, then its bytes: a sweep never sees bytes that no record names yet.
      const record = await repo.create(input.siteId, data);
      try {
        await store.putLocal(input.siteId, sha256, input.bytes, mediaType);
      } catch (error) {
        await repo.remove(record.id).catch(() => undefined);
        throw error;
      }
      return record;
    },
    async remove(id) {
      await repo.remove(id);
      await store.sweep();
    },
    async bytesOf(attachment) {
      const sha256 = attachment.data.sha256;
      if (!sha256) return undefined;
      const local = await store.get(sha256);
      if (local) return local;
      try {
        const bytes = await api.download(sha256, attachment.siteId);
        if ((await sha256Hex(bytes)) !== sha256) return undefined;
        await store.putDownloaded(attachment.siteId, sha256, bytes);
        return bytes;
      } catch {
        return undefined; // offline, or the server does not hold them (yet)
      }
    },
    uploadPending() {
      // One round at a time: a sync while a round runs waits for it instead of sending twice.
      round ??= uploadAll().finally(() => {
        round = undefined;
      });
      return round;
    },
    async afterSync() {
      await store.sweep();
      const epoch = await serverEpoch?.();
      if (epoch) await store.requeueForEpoch(epoch);
      await this.uploadPending();
      // The site's voices are small and candidate mode needs them offline: fetched ahead.
      for (const voice of siteVoicesByText(await repo.list()).values()) {
        if (voice.data.sha256 && !(await store.has(voice.data.sha256))) await this.bytesOf(voice);
      }
      await store.evictToBudget();
    },
    async siteVoice(language, clipId) {
      const voice = siteVoicesByText(await repo.list()).get(`${language}/${clipId}`);
      const audio = voice ? await this.bytesOf(voice) : undefined;
      return voice && audio ? { audio, mimeType: voice.data.mediaType ?? 'audio/webm' } : undefined;
    },
    space: () => store.space(),
    setBudget: (bytes) => store.setBudget(bytes),
  };
}
