// An in-memory stand-in for the attachment byte routes (docs/attachments.md), for unit tests of the
// tablet side: the same chunk protocol, with faults (a network cut at a given chunk, lost answers).
import { ATTACHMENT_CHUNK_BYTES, chunkCount, type UploadState } from '../../domain/attachments';
import { AttachmentTransferError, type AttachmentBytesApi } from '../attachments-api';

export interface FakeAttachmentServer extends AttachmentBytesApi {
  /** site/hash → bytes the site holds. */
  held: Map<string, Uint8Array>;
  /** Chunks received, counted (duplicates too). */
  chunksReceived: number;
  /** The next putChunk calls fail with a network error this many times. */
  failNextChunks: number;
  offline: boolean;
}

export function createFakeAttachmentServer(): FakeAttachmentServer {
  const uploads = new Map<string, { size: number; chunks: Map<number, Uint8Array> }>();
  const key = (siteId: string, hash: string) => `${siteId}/${hash}`;
  const state = (siteId: string, hash: string): UploadState => {
    if (server.held.has(key(siteId, hash))) return { complete: true, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing: [] };
    const upload = uploads.get(key(siteId, hash));
    const missing = upload ? Array.from({ length: chunkCount(upload.size) }, (_, index) => index).filter((index) => !upload.chunks.has(index)) : [];
    return { complete: false, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing };
  };
  const server: FakeAttachmentServer = {
    held: new Map(),
    chunksReceived: 0,
    failNextChunks: 0,
    offline: false,
    async start(hash, request) {
      if (server.offline) throw new AttachmentTransferError('network', 'network');
      if (!server.held.has(key(request.siteId, hash)) && !uploads.has(key(request.siteId, hash))) uploads.set(key(request.siteId, hash), { size: request.size, chunks: new Map() });
      return state(request.siteId, hash);
    },
    async putChunk(hash, index, siteId, bytes) {
      if (server.offline || server.failNextChunks > 0) {
        server.failNextChunks = Math.max(0, server.failNextChunks - 1);
        throw new AttachmentTransferError('network', 'network');
      }
      server.chunksReceived++;
      const upload = uploads.get(key(siteId, hash));
      if (!upload) return state(siteId, hash);
      upload.chunks.set(index, bytes.slice());
      if (state(siteId, hash).missing.length === 0) {
        const whole = new Uint8Array(upload.size);
        for (const [at, chunk] of upload.chunks) whole.set(chunk, at * ATTACHMENT_CHUNK_BYTES);
        server.held.set(key(siteId, hash), whole);
        uploads.delete(key(siteId, hash));
      }
      return state(siteId, hash);
    },
    async download(hash, siteId) {
      if (server.offline) throw new AttachmentTransferError('network', 'network');
      const bytes = server.held.get(key(siteId, hash));
      if (!bytes) throw new AttachmentTransferError(404, 'not_found');
      return bytes.slice().buffer;
    },
  };
  return server;
}
