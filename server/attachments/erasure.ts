// Attachments follow their person and their record out (docs/attachments.md, "Erasure and
// retention"): erasing a person tombstones the attachments that name them (a new rev, pulled by
// every tablet, which then drops their bytes), and bytes no live attachment of a site names any
// more leave that site; bytes no site holds leave the server (rows now, files after the commit).
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { DELETED_FIELD, fromRow, saveRecord } from '../db/records';
import { allocateRevs } from '../db/revisions';
import { blobStoreOf } from './blob-store';

/** Bytes a site uploaded without any attachment record naming them yet are kept this long. */
export const UNCLAIMED_UPLOAD_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/** An upload not completed this long after it started is abandoned: its chunks go (ATTACHMENT_UPLOAD_DAYS). */
export const ABANDONED_UPLOAD_MS = 7 * 24 * 60 * 60 * 1000;

export interface AttachmentSweepOptions {
  /** The pass's clock (tests move it instead of waiting). */
  now?: Date;
  /** How long an upload may stay unfinished; default ABANDONED_UPLOAD_MS. */
  abandonedUploadMs?: number;
}

const siteHash = (siteId: string, sha256: string) => `${siteId}/${sha256}`;

/** Inside the erasure's transaction (revision counter locked): tombstones the persons' attachments. */
export async function tombstoneAttachmentsOf(trx: Kysely<Database>, candidateIds: readonly string[], clientId: string): Promise<number> {
  let count = 0;
  for (const candidateId of candidateIds) {
    const rows = await trx
      .selectFrom('records')
      .selectAll()
      .where('table_name', '=', 'attachments')
      .where('deleted', '=', 0)
      .where('data', 'like', `%${JSON.stringify(candidateId).slice(1, -1)}%`)
      .execute();
    for (const record of rows.map(fromRow).filter((row) => row.data.candidateId === candidateId)) {
      const rev = await allocateRevs(trx);
      await saveRecord(trx, { ...record, rev, deleted: true, fieldMeta: { ...record.fieldMeta, [DELETED_FIELD]: { rev, clientId } } });
      count++;
    }
  }
  await unlinkUnreferenced(trx);
  return count;
}

/** The site/hash pairs named by live attachment records, and those named only by tombstones. */
export async function attachmentReferences(db: Kysely<Database>): Promise<{ live: Set<string>; tombstoned: Set<string> }> {
  const rows = await db.selectFrom('records').select(['site_id', 'deleted', 'data']).where('table_name', '=', 'attachments').execute();
  const live = new Set<string>();
  const tombstoned = new Set<string>();
  for (const row of rows) {
    const sha256 = (JSON.parse(row.data) as { sha256?: unknown }).sha256;
    if (typeof sha256 !== 'string') continue;
    (Number(row.deleted) === 1 ? tombstoned : live).add(siteHash(row.site_id, sha256));
  }
  for (const key of live) tombstoned.delete(key);
  return { live, tombstoned };
}

/**
 * Removes each site's bytes that only tombstones name (at once) or that nothing has named for
 * UNCLAIMED_UPLOAD_GRACE_MS, then the blobs no site holds, uploads in progress of removed bytes,
 * and uploads started longer ago than `abandonedUploadMs` (their chunks with them).
 */
export async function unlinkUnreferenced(trx: Kysely<Database>, { now = new Date(), abandonedUploadMs = ABANDONED_UPLOAD_MS }: AttachmentSweepOptions = {}): Promise<number> {
  const { live, tombstoned } = await attachmentReferences(trx);
  const graceStart = new Date(now.getTime() - UNCLAIMED_UPLOAD_GRACE_MS).toISOString();
  const abandonedBefore = new Date(now.getTime() - abandonedUploadMs).toISOString();
  let removed = 0;
  for (const row of await trx.selectFrom('attachment_sites').selectAll().execute()) {
    const key = siteHash(row.site_id, row.sha256);
    if (live.has(key) || (!tombstoned.has(key) && row.uploaded_at > graceStart)) continue;
    await trx.deleteFrom('attachment_sites').where('site_id', '=', row.site_id).where('sha256', '=', row.sha256).execute();
    removed++;
  }
  for (const row of await trx.selectFrom('attachment_uploads').select(['site_id', 'sha256', 'started_at']).execute()) {
    if (!tombstoned.has(siteHash(row.site_id, row.sha256)) && row.started_at >= abandonedBefore) continue;
    await trx.deleteFrom('attachment_chunks').where('site_id', '=', row.site_id).where('sha256', '=', row.sha256).execute();
    await trx.deleteFrom('attachment_uploads').where('site_id', '=', row.site_id).where('sha256', '=', row.sha256).execute();
  }
  const held = new Set((await trx.selectFrom('attachment_sites').select('sha256').execute()).map((row) => row.sha256));
  for (const row of await trx.selectFrom('attachment_blobs').select('sha256').execute()) {
    if (!held.has(row.sha256)) await trx.deleteFrom('attachment_blobs').where('sha256', '=', row.sha256).execute();
  }
  return removed;
}

/** Is this site's copy of these bytes named only by tombstones (erased or deleted)? Then an upload is refused. */
export async function onlyTombstonesName(db: Kysely<Database>, siteId: string, sha256: string): Promise<boolean> {
  const rows = await db.selectFrom('records').select(['deleted', 'data']).where('table_name', '=', 'attachments').where('site_id', '=', siteId).where('data', 'like', `%${sha256}%`).execute();
  const naming = rows.filter((row) => (JSON.parse(row.data) as { sha256?: unknown }).sha256 === sha256);
  return naming.length > 0 && naming.every((row) => Number(row.deleted) === 1);
}

/** After a commit: the removed blobs' files too (a directory store); the daily pass's attachment part. */
export async function sweepAttachments(database: ServerDatabase, options: AttachmentSweepOptions = {}): Promise<void> {
  await database.db.transaction().execute((trx) => unlinkUnreferenced(trx, options));
  await blobStoreOf(database).removeOrphans(database.db);
}
