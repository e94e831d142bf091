// The byte routes' work (docs/attachments.md, "Upload protocol"): an upload is started (or resumed)
// per site and SHA-256, its chunks arrive in any order and any number of times, and the last one
// assembles the bytes, checks their hash and their type (magic numbers), stores them once per
// content and lets the site read them. A failed check drops the upload whole and stores nothing.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  ATTACHMENT_CHUNK_BYTES,
  baseMediaType,
  chunkCount,
  kindOfMediaType,
  maxBytesOf,
  sniffMediaType,
  type UploadRequest,
  type UploadState,
} from '../../src/domain/attachments';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { HttpError, badRequest, forbidden } from '../http/errors';
import { canAccessSite } from '../auth/users';
import type { BlobStore } from './blob-store';
import { onlyTombstonesName } from './erasure';

const complete = (): UploadState => ({ complete: true, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing: [] });

/** Same answer for a site the user may not see whether or not it holds anything. */
export function requireSite(user: SessionUser, siteId: string): void {
  if (!canAccessSite(user, siteId)) throw forbidden();
}

async function siteHolds(db: Kysely<Database>, siteId: string, sha256: string): Promise<boolean> {
  return (await db.selectFrom('attachment_sites').select('sha256').where('site_id', '=', siteId).where('sha256', '=', sha256).executeTakeFirst()) !== undefined;
}

async function missingChunks(db: Kysely<Database>, siteId: string, sha256: string, size: number): Promise<number[]> {
  const have = new Set((await db.selectFrom('attachment_chunks').select('n').where('site_id', '=', siteId).where('sha256', '=', sha256).execute()).map((row) => Number(row.n)));
  return Array.from({ length: chunkCount(size) }, (_, index) => index).filter((index) => !have.has(index));
}

export async function startUpload(database: ServerDatabase, user: SessionUser, sha256: string, request: UploadRequest): Promise<UploadState> {
  requireSite(user, request.siteId);
  const kind = kindOfMediaType(request.mediaType);
  if (!kind || request.size > maxBytesOf(kind)) {
    throw badRequest([{ path: ['size'], code: 'too_big', message: `A ${kind ?? 'file'} may be at most ${maxBytesOf(kind ?? 'photo')} bytes.` }]);
  }
  return database.db.transaction().execute(async (trx) => {
    // Dedup: a site that holds these bytes already has nothing to send.
    if (await siteHolds(trx, request.siteId, sha256)) return complete();
    const existing = await trx.selectFrom('attachment_uploads').selectAll().where('site_id', '=', request.siteId).where('sha256', '=', sha256).executeTakeFirst();
    if (existing && (Number(existing.size) !== request.size || existing.media_type !== baseMediaType(request.mediaType))) {
      // Another size for the same hash: one of the two is wrong; start over with this one.
      await trx.deleteFrom('attachment_chunks').where('site_id', '=', request.siteId).where('sha256', '=', sha256).execute();
      await trx.deleteFrom('attachment_uploads').where('site_id', '=', request.siteId).where('sha256', '=', sha256).execute();
    }
    if (!existing || Number(existing.size) !== request.size || existing.media_type !== baseMediaType(request.mediaType)) {
      await trx
        .insertInto('attachment_uploads')
        .values({ site_id: request.siteId, sha256, size: request.size, media_type: baseMediaType(request.mediaType), user_id: user.id, started_at: new Date().toISOString() })
        .onConflict((conflict) => conflict.columns(['site_id', 'sha256']).doNothing())
        .execute();
    }
    return { complete: false, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing: await missingChunks(trx, request.siteId, sha256, request.size) };
  });
}

type ChunkOutcome = { state: UploadState } | { error: HttpError };

export async function putChunk(database: ServerDatabase, store: BlobStore, user: SessionUser, sha256: string, siteId: string, index: number, bytes: Buffer): Promise<UploadState> {
  requireSite(user, siteId);
  const outcome = await database.db.transaction().execute(async (trx): Promise<ChunkOutcome> => {
    if (await siteHolds(trx, siteId, sha256)) return { state: complete() };
    // The upload row is the lock of this upload: two last chunks arriving together assemble once.
    let query = trx.selectFrom('attachment_uploads').selectAll().where('site_id', '=', siteId).where('sha256', '=', sha256);
    if (database.dialect === 'postgres') query = query.forUpdate();
    const upload = await query.executeTakeFirst();
    if (!upload) return { error: new HttpError(409, { error: 'no_upload', message: 'Start the upload (POST …/upload) before sending its chunks.' }) };
    const size = Number(upload.size);
    const count = chunkCount(size);
    const expected = index === count - 1 ? size - ATTACHMENT_CHUNK_BYTES * (count - 1) : ATTACHMENT_CHUNK_BYTES;
    if (index >= count || bytes.byteLength !== expected) {
      return { error: badRequest([{ path: ['chunk'], code: 'invalid_chunk', message: `Chunk ${index} of this upload must hold ${index >= count ? 'nothing: there are only ' + count + ' chunks' : expected + ' bytes'}.` }]) };
    }
    if (index === 0 && kindOfMediaType(sniffMediaType(bytes) ?? '') !== kindOfMediaType(upload.media_type)) {
      await dropUpload(trx, siteId, sha256);
      return { error: unsupportedType() };
    }
    await trx
      .insertInto('attachment_chunks')
      .values({ site_id: siteId, sha256, n: index, bytes })
      .onConflict((conflict) => conflict.columns(['site_id', 'sha256', 'n']).doNothing())
      .execute();
    const missing = await missingChunks(trx, siteId, sha256, size);
    if (missing.length > 0) return { state: { complete: false, chunkBytes: ATTACHMENT_CHUNK_BYTES, missing } };

    const chunks = await trx.selectFrom('attachment_chunks').select(['n', 'bytes']).where('site_id', '=', siteId).where('sha256', '=', sha256).orderBy('n').execute();
    const whole = Buffer.concat(chunks.map((chunk) => Buffer.from(chunk.bytes)));
    await dropUpload(trx, siteId, sha256);
    if (createHash('sha256').update(whole).digest('hex') !== sha256) {
      return { error: new HttpError(422, { error: 'hash_mismatch', message: 'The bytes received do not have the SHA-256 named in the path: nothing was kept; send them again.' }) };
    }
    if (await onlyTombstonesName(trx, siteId, sha256)) {
      return { error: new HttpError(410, { error: 'gone', message: 'These bytes belong to an attachment that was deleted or erased: nothing was kept.' }) };
    }
    const sniffed = sniffMediaType(whole);
    if (!sniffed || kindOfMediaType(sniffed) !== kindOfMediaType(upload.media_type)) return { error: unsupportedType() };
    const known = await trx.selectFrom('attachment_blobs').select('sha256').where('sha256', '=', sha256).executeTakeFirst();
    if (!known) {
      const stored = await store.bytesForRow(sha256, whole);
      await trx.insertInto('attachment_blobs').values({ sha256, media_type: sniffed, size: whole.byteLength, bytes: stored, created_at: new Date().toISOString() }).execute();
    }
    await trx
      .insertInto('attachment_sites')
      .values({ site_id: siteId, sha256, uploaded_by: user.id, uploaded_at: new Date().toISOString() })
      .onConflict((conflict) => conflict.columns(['site_id', 'sha256']).doNothing())
      .execute();
    return { state: complete() };
  });
  if ('error' in outcome) throw outcome.error;
  return outcome.state;
}

const unsupportedType = () =>
  new HttpError(415, { error: 'unsupported_type', message: 'The bytes are not a recording (WebM, Ogg, MP4, MP3) or a photo (JPEG, PNG, WebP) of the declared kind: nothing was kept.' });

async function dropUpload(trx: Kysely<Database>, siteId: string, sha256: string): Promise<void> {
  await trx.deleteFrom('attachment_chunks').where('site_id', '=', siteId).where('sha256', '=', sha256).execute();
  await trx.deleteFrom('attachment_uploads').where('site_id', '=', siteId).where('sha256', '=', sha256).execute();
}

/** The bytes and their type, for a user of a site that holds them; else 404 (same answer for any other site). */
export async function readAttachment(database: ServerDatabase, store: BlobStore, user: SessionUser, sha256: string, siteId: string): Promise<{ mediaType: string; bytes: Buffer }> {
  requireSite(user, siteId);
  const notHeld = () => new HttpError(404, { error: 'not_found' });
  if (!(await siteHolds(database.db, siteId, sha256))) throw notHeld();
  const blob = await database.db.selectFrom('attachment_blobs').select(['media_type']).where('sha256', '=', sha256).executeTakeFirst();
  const bytes = blob ? await store.read(database.db, sha256) : undefined;
  if (!blob || !bytes) throw notHeld();
  return { mediaType: blob.media_type, bytes };
}
