// Helpers of the attachment tests (server and integration): fake media bytes with real magic
// numbers, and the byte routes driven through Fastify's inject.
import { createHash, randomBytes } from 'node:crypto';
import type { BuiltServer } from '../app';
import { ATTACHMENT_CHUNK_BYTES, ATTACHMENT_PATHS, chunkCount } from '../../src/domain/attachments';

export function fakeJpeg(size: number, seed = randomBytes(8)): Buffer {
  const bytes = Buffer.alloc(size);
  for (let index = 0; index < size; index++) bytes[index] = (seed[index % seed.length] ?? 0) ^ (index * 31);
  bytes.set([0xff, 0xd8, 0xff, 0xe0], 0);
  return bytes;
}

export function fakeWebm(size: number, seed = randomBytes(8)): Buffer {
  const bytes = fakeJpeg(size, seed);
  bytes.set([0x1a, 0x45, 0xdf, 0xa3], 0);
  return bytes;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function chunkOf(bytes: Buffer, index: number): Buffer {
  return bytes.subarray(index * ATTACHMENT_CHUNK_BYTES, Math.min(bytes.byteLength, (index + 1) * ATTACHMENT_CHUNK_BYTES));
}

export function byteRoutes(server: BuiltServer) {
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  return {
    start: (token: string, hash: string, body: object) => server.app.inject({ method: 'POST', url: ATTACHMENT_PATHS.upload(hash), headers: auth(token), payload: body }),
    chunk: (token: string, hash: string, index: number, siteId: string, bytes: Buffer) =>
      server.app.inject({ method: 'PUT', url: ATTACHMENT_PATHS.chunk(hash, index, siteId), headers: { ...auth(token), 'content-type': 'application/octet-stream' }, payload: bytes }),
    download: (token: string, hash: string, siteId: string) => server.app.inject({ method: 'GET', url: ATTACHMENT_PATHS.bytes(hash, siteId), headers: auth(token) }),
    /** Start, then every chunk in order; the last answer. */
    async uploadAll(token: string, bytes: Buffer, siteId: string, mediaType: string) {
      const hash = sha256Of(bytes);
      let answer = await this.start(token, hash, { siteId, size: bytes.byteLength, mediaType });
      for (let index = 0; index < chunkCount(bytes.byteLength) && answer.statusCode === 200 && !answer.json<{ complete: boolean }>().complete; index++) {
        answer = await this.chunk(token, hash, index, siteId, chunkOf(bytes, index));
      }
      return answer;
    },
  };
}

/** Every attachment table's rows, to show an attack changed nothing. */
export async function attachmentTables(server: BuiltServer) {
  const db = server.db;
  return {
    blobs: await db.selectFrom('attachment_blobs').select(['sha256', 'size', 'media_type']).orderBy('sha256').execute(),
    sites: await db.selectFrom('attachment_sites').select(['site_id', 'sha256']).orderBy('site_id').orderBy('sha256').execute(),
    uploads: await db.selectFrom('attachment_uploads').select(['site_id', 'sha256', 'size']).orderBy('site_id').orderBy('sha256').execute(),
    chunks: await db.selectFrom('attachment_chunks').select(['site_id', 'sha256', 'n']).orderBy('site_id').orderBy('sha256').orderBy('n').execute(),
  };
}
