// One new mutation of a push, inside the chunk's transaction: authorization, validation, merge,
// then the record, its conflict rows and a new rev are written — or nothing at all.
import type { Kysely } from 'kysely';
import { fieldSchemas, recordSchemas } from '../../src/domain/entities';
import { isClientWritable } from '../../src/domain/tables';
import { toWireIssues } from '../../src/domain/wire';
import type { Mutation, PushResult, SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { readRecord, saveRecord } from '../db/records';
import type { StoredRecord } from '../db/records';
import { allocateRevs } from '../db/revisions';
import { canAccessSite } from '../auth/users';
import { planMerge } from './merge';
import { insertConflicts } from './conflict-rows';
import { linksToErasedCandidate } from './erase';

export async function applyMutation(trx: Kysely<Database>, user: SessionUser, clientId: string, mutation: Mutation): Promise<PushResult> {
  const { seq, table } = mutation;
  const rejected = (error: string, issues?: PushResult['issues']): PushResult => ({ seq, status: 'rejected', error, ...(issues ? { issues } : {}) });

  if (!isClientWritable(table)) return rejected('forbidden');
  if (!canAccessSite(user, mutation.siteId)) return rejected('forbidden_site');

  const existing = await readRecord(trx, table, mutation.id);
  // Moving a record to another site is a coordinator's transfer, never a sync edit.
  if (existing && existing.siteId !== mutation.siteId) return rejected('forbidden_site');
  if (existing && existing.data.erased === true) return rejected('erased');
  if (await linksToErasedCandidate(trx, table, existing, mutation.fields)) return rejected('erased');

  const parsedFields = fieldSchemas[table].safeParse(mutation.fields ?? {});
  if (!parsedFields.success) return rejected('invalid', toWireIssues(parsedFields.error.issues));

  const plan = planMerge({
    existing,
    op: mutation.op,
    baseRev: mutation.baseRev,
    fields: parsedFields.data as Record<string, unknown>,
    clientId,
  });

  if (plan.changedFields.length > 0 && !plan.deleted) {
    const whole = recordSchemas[table].safeParse(plan.data);
    if (!whole.success) return rejected('invalid', toWireIssues(whole.error.issues));
  }

  let rev = existing?.rev;
  if (plan.changedFields.length > 0) {
    rev = await allocateRevs(trx);
    const fieldMeta = { ...(existing?.fieldMeta ?? {}) };
    for (const field of plan.changedFields) fieldMeta[field] = { rev, clientId };
    const record: StoredRecord = { table, id: mutation.id, siteId: mutation.siteId, rev, deleted: plan.deleted, data: plan.data, fieldMeta };
    await saveRecord(trx, record);
  }

  if (plan.conflicts.length > 0) {
    await insertConflicts(trx, { table, recordId: mutation.id, siteId: mutation.siteId, clientId }, plan.conflicts);
    const appliedSomething = plan.changedFields.length > 0;
    return { seq, status: 'conflict', ...(appliedSomething && rev !== undefined ? { rev } : {}), conflicts: plan.conflicts };
  }
  return { seq, status: 'applied', ...(rev !== undefined ? { rev } : {}) };
}
