// One new mutation of a push, decided in memory against the chunk's view of the records (read in
// bulk by push.ts, and updated as the chunk's earlier mutations apply): authorization, validation,
// merge. It returns the result and what to write (the record with its new rev, conflict rows);
// push.ts writes everything of the chunk at once, in the chunk's transaction — or nothing at all.
import { consentIssues } from '../../src/domain/consent-scopes';
import { fieldSchemas, recordSchemas } from '../../src/domain/entities';
import { validationText } from '../../src/domain/validation-messages';
import { isClientWritable, mayWriteTable, type SyncedTable } from '../../src/domain/tables';
import { toWireIssues } from '../../src/domain/wire';
import type { FieldConflict, Mutation, PushResult, SessionUser } from '../../src/domain/wire';
import type { StoredRecord } from '../db/records';
import { canAccessSite } from '../auth/users';
import { planMerge } from './merge';
import { linkedCandidateId } from './erase';
import { authorityRefusal } from './authority';
import { withWorkSite } from '../../src/domain/work-site';
import { catalogueRefusal, siteRefusal } from '../../src/domain/metiers/write-rules';
import { parseNewRecordOnce } from './one-pass';

/** The records a chunk reads, as they stand after its earlier mutations. */
export interface ChunkView {
  /** The record, or undefined when it does not exist. Throws for a record that was not loaded. */
  get(table: SyncedTable, id: string): StoredRecord | undefined;
  /** Allocates the next rev of the chunk (consecutive, above every committed rev). */
  nextRev(): number;
}

export interface MutationOutcome {
  result: PushResult;
  /** The record to store (already in the view), when a field or the delete flag changed. */
  record?: StoredRecord;
  conflicts: FieldConflict[];
}

export interface ApplyOptions {
  /**
   * push.ts already judged this very mutation (same object, same view) with authorityRefusal and
   * found nothing: the judgement is not run twice.
   */
  authorityJudged?: boolean;
}

export function applyMutation(view: ChunkView, user: SessionUser, clientId: string, mutation: Mutation, options: ApplyOptions = {}): MutationOutcome {
  const { seq, table } = mutation;
  const rejected = (error: string, issues?: PushResult['issues']): MutationOutcome => ({
    result: { seq, status: 'rejected', error, ...(issues ? { issues } : {}) },
    conflicts: [],
  });

  if (!isClientWritable(table)) return rejected('forbidden');
  // The métier catalogue is kept by administrators, the sites' choices of métiers by their
  // coordinators: the others only read them (src/domain/tables.ts).
  if (!mayWriteTable(user.role, table)) return rejected('forbidden');
  if (!canAccessSite(user, mutation.siteId)) return rejected('forbidden_site');
  // Network data lives at the network pseudo-site only, and nothing else ever does.
  const misplaced = siteRefusal(table, mutation.siteId);
  if (misplaced) return rejected(misplaced.error);

  const existing = view.get(table, mutation.id);
  // Moving a record to another site is a coordinator's transfer, never a sync edit: `forbidden`
  // between two of the user's sites; a record of a site not theirs stays `forbidden_site`.
  if (existing && existing.siteId !== mutation.siteId) return rejected(canAccessSite(user, existing.siteId) ? 'forbidden' : 'forbidden_site');
  // Server-only fields, and links to records the user may not see (after a merge's redirect too).
  const refusal = options.authorityJudged ? undefined : authorityRefusal((linkTable, id) => view.get(linkTable, id), user, mutation);
  if (refusal) return rejected(refusal);
  if (existing && existing.data.erased === true) return rejected('erased');
  const personId = linkedCandidateId(table, existing, mutation.fields);
  if (personId !== undefined && view.get('candidates', personId)?.data.erased === true) return rejected('erased');
  // Follow-up notes stay at the site that wrote them when the person is transferred, read-only
  // there (docs/transfers.md): the person's file is now held by another site.
  if (table === 'followUpNotes' && existing && personId !== undefined && transferredAway(view.get('candidates', personId), existing.siteId)) return rejected('forbidden');

  // A new record of work without its work site gets the site it is created at (src/domain/work-site.ts).
  const sentFields = mutation.op === 'put' ? withWorkSite(table, mutation.siteId, existing === undefined, mutation.fields ?? {}) : (mutation.fields ?? {});
  // A creation is judged in one pass when that pass is provably the two below (./one-pass.ts);
  // when it fails, the two run as ever, so a refusal's answer is the same.
  const onePass = mutation.op === 'put' && existing === undefined ? parseNewRecordOnce(table, sentFields) : undefined;
  const parsedFields = onePass ?? fieldSchemas[table].safeParse(sentFields);
  if (!parsedFields.success) return rejected('invalid', toWireIssues(parsedFields.error.issues));

  const plan = planMerge({
    existing,
    op: mutation.op,
    baseRev: mutation.baseRev,
    fields: parsedFields.data as Record<string, unknown>,
    clientId,
  });

  const catalogueRule = catalogueRefusal(mutation, existing && !existing.deleted ? existing.data : undefined, plan.data);
  if (catalogueRule) return rejected(catalogueRule.error, catalogueRule.issues);

  if (plan.changedFields.length > 0 && !plan.deleted) {
    if (!onePass) {
      const whole = recordSchemas[table].safeParse(plan.data);
      if (!whole.success) return rejected('invalid', toWireIssues(whole.error.issues));
    }
    // Consent scopes (src/domain/consent-scopes.ts): the person's consent as the chunk sees it.
    const refusals = consentIssues(table, parsedFields.data as Record<string, unknown>, existing?.data, plan.data, (id) => view.get('candidates', id)?.data);
    if (refusals.length > 0) return rejected('consent', refusals.map((issue) => ({ ...issue, message: validationText(issue.code) })));
  }

  let rev = existing?.rev;
  let record: StoredRecord | undefined;
  if (plan.changedFields.length > 0) {
    rev = view.nextRev();
    const fieldMeta = { ...(existing?.fieldMeta ?? {}) };
    for (const field of plan.changedFields) fieldMeta[field] = { rev, clientId };
    record = { table, id: mutation.id, siteId: mutation.siteId, rev, deleted: plan.deleted, data: plan.data, fieldMeta };
  }

  if (plan.conflicts.length > 0) {
    const result: PushResult = { seq, status: 'conflict', ...(record ? { rev } : {}), conflicts: plan.conflicts };
    return { result, ...(record ? { record } : {}), conflicts: plan.conflicts };
  }
  return { result: { seq, status: 'applied', ...(rev !== undefined ? { rev } : {}) }, ...(record ? { record } : {}), conflicts: [] };
}

/** Is the person's file held by another site than the note's (a transfer took it away)? */
function transferredAway(person: StoredRecord | undefined, noteSiteId: string): boolean {
  return person !== undefined && !person.deleted && typeof person.data.mergedInto !== 'string' && person.siteId !== noteSiteId;
}
