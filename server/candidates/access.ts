// Who may transfer or merge files, and the refusals of both acts in words (src/domain/file-admin.ts).
import type { Kysely } from 'kysely';
import { canAdministerFiles, FILE_ADMIN_REFUSALS, type FileAdminRefusal } from '../../src/domain/file-admin';
import type { SessionUser } from '../../src/domain/wire';
import { validationText } from '../../src/domain/validation-messages';
import type { Database } from '../db/schema';
import { readRecord, type StoredRecord } from '../db/records';
import { canAccessSite } from '../auth/users';
import { badRequest, forbidden, HttpError, notFound } from '../http/errors';

/** A coordinator of every one of these sites, or an administrator; otherwise 403 forbidden. */
export function assertAdministers(user: SessionUser, siteIds: readonly string[]): void {
  if (!canAdministerFiles(user.role)) throw forbidden();
  if (!siteIds.every((siteId) => canAccessSite(user, siteId))) throw forbidden();
}

export function refused(code: FileAdminRefusal): HttpError {
  return new HttpError(409, { error: code, message: FILE_ADMIN_REFUSALS[code] });
}

/**
 * The live candidate with this id, of a site this coordinator administers. An unknown id and a
 * file of another site get the same 403 (the answer never tells whether a foreign id exists,
 * docs/server-authority.md); a deleted file of their own site gets 404.
 */
export async function administeredLiveCandidate(trx: Kysely<Database>, user: SessionUser, id: string): Promise<StoredRecord> {
  const candidate = await readRecord(trx, 'candidates', id);
  if (!candidate) throw forbidden();
  assertAdministers(user, [candidate.siteId]);
  if (candidate.deleted) throw notFound();
  return candidate;
}

/** The live site with this id, or 400 with the field and the words. */
export async function assertSiteExists(trx: Kysely<Database>, siteId: string): Promise<void> {
  const site = await readRecord(trx, 'sites', siteId);
  if (!site || site.deleted) throw badRequest([{ path: ['siteId'], code: 'unknownSite', message: validationText('unknownSite') }]);
}
