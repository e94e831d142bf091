// Listing and resolving conflicts online. A resolution is a new change of the record's field with
// a new rev (so every device pulls it), and the conflict row is marked resolved.
import { z } from 'zod';
import { fieldSchemas, recordSchemas } from '../../src/domain/entities';
import { toWireIssues } from '../../src/domain/wire';
import type { SessionUser, WireRecord } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { DELETED_FIELD, readRecord, saveRecord, toWireRecord } from '../db/records';
import { allocateRevs, lockRevisionCounter } from '../db/revisions';
import { canAccessSite, seesAllSites } from '../auth/users';
import { HttpError, badRequest, forbidden, notFound } from '../http/errors';
import { parseJson, toJson } from './json';
import { toConflictView } from './conflict-rows';
import { withAuthors, type ConflictWithAuthors } from './conflict-authors';
import type { ConflictView } from './conflict-rows';

export const resolveRequestSchema = z.object({
  choice: z.enum(['server', 'client', 'value']),
  value: z.unknown().optional(),
});
export type ResolveRequest = z.infer<typeof resolveRequestSchema>;

/** Open conflicts of the user's sites, with the names of who made each value (additions to the contract). */
export async function listOpenConflicts(database: ServerDatabase, user: SessionUser): Promise<ConflictWithAuthors[]> {
  let query = database.db.selectFrom('conflicts').selectAll().where('resolved_at', 'is', null);
  if (!seesAllSites(user.role)) {
    if (user.siteIds.length === 0) return [];
    query = query.where('site_id', 'in', user.siteIds);
  }
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return withAuthors(database.db, rows.map(toConflictView));
}

export async function resolveConflict(
  database: ServerDatabase,
  user: SessionUser,
  conflictId: string,
  request: ResolveRequest,
): Promise<{ conflict: ConflictView; record: WireRecord }> {
  return database.db.transaction().execute(async (trx) => {
    await lockRevisionCounter(trx);
    const row = await trx.selectFrom('conflicts').selectAll().where('id', '=', conflictId).executeTakeFirst();
    // An unknown id and a conflict of another site get the same answer (docs/server-authority.md).
    if (!row || !canAccessSite(user, row.site_id)) throw forbidden();
    if (row.resolved_at !== null) throw new HttpError(409, { error: 'already_resolved' });
    const conflict = toConflictView(row);
    const record = await readRecord(trx, conflict.table, conflict.recordId);
    if (!record) throw notFound();
    if (record.data.erased === true) throw new HttpError(409, { error: 'erased' });

    const isDeleteConflict = conflict.field === DELETED_FIELD;
    const serverValue = isDeleteConflict ? record.deleted : record.data[conflict.field];
    const chosen = request.choice === 'server' ? serverValue : request.choice === 'client' ? conflict.clientValue : request.value;
    if (request.choice === 'value' && request.value === undefined) {
      throw badRequest([{ path: ['value'], code: 'required', message: 'A value is required with choice "value".' }]);
    }

    if (isDeleteConflict) {
      if (typeof chosen !== 'boolean') throw badRequest([{ path: ['value'], code: 'invalid_type', message: 'Expected true or false.' }]);
      record.deleted = chosen;
    } else {
      const parsed = fieldSchemas[conflict.table].safeParse({ [conflict.field]: chosen ?? null });
      if (!parsed.success) throw badRequest(toWireIssues(parsed.error.issues));
      const value = (parsed.data as Record<string, unknown>)[conflict.field];
      if (value === null || value === undefined) delete record.data[conflict.field];
      else record.data[conflict.field] = value;
    }
    if (!record.deleted) {
      const whole = recordSchemas[conflict.table].safeParse(record.data);
      if (!whole.success) throw badRequest(toWireIssues(whole.error.issues));
    }

    record.rev = await allocateRevs(trx);
    record.fieldMeta[conflict.field] = { rev: record.rev, clientId: `resolution:${user.id}` };
    await saveRecord(trx, record);
    const resolvedAt = new Date().toISOString();
    await trx
      .updateTable('conflicts')
      .set({ resolved_at: resolvedAt, resolved_by: user.id, resolution: toJson({ choice: request.choice, value: chosen ?? null }) })
      .where('id', '=', conflictId)
      .execute();
    return { conflict: { ...conflict, resolvedAt, resolvedBy: user.id, serverValue: parseJson(row.server_value) }, record: toWireRecord(record) };
  });
}
