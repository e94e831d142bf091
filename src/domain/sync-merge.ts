// The sync contract's decisions, as pure functions (docs/sync-protocol.md, "The field-level merge"
// and "Seqs"), used by the server (server/sync/push.ts, apply-mutation.ts) and by the engine's test
// double (src/sync/testing/fake-sync-server.ts), so the two cannot disagree. The independent model
// of the integration tests (tests/integration/sync-model.ts) stays separate on purpose: it is the
// oracle these are checked against.
import type { FieldConflict, Mutation } from './wire';
import { DELETED_FIELD } from './wire';

/** Who changed a field last, and at which rev: the basis of the field-level merge. */
export interface FieldMeta {
  rev: number;
  clientId: string;
}

/** What the merge reads of a stored record. */
export interface MergeableRecord {
  deleted: boolean;
  data: Record<string, unknown>;
  fieldMeta: Record<string, FieldMeta>;
}

export interface MergePlan {
  data: Record<string, unknown>;
  deleted: boolean;
  /** Fields (and possibly "deleted") whose value changed: they get the new rev in field_meta. */
  changedFields: string[];
  conflicts: FieldConflict[];
}

export interface MergeInput {
  existing: MergeableRecord | undefined;
  op: Mutation['op'];
  baseRev: number;
  /** The mutation's fields, already validated (null clears a field). */
  fields: Record<string, unknown>;
  clientId: string;
}

/** Two values are the same when their JSON is, key order aside; absent and null are both "no value". */
export function sameValue(left: unknown, right: unknown): boolean {
  return canonical(left ?? null) === canonical(right ?? null);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function changedByOtherSince(existing: MergeableRecord, field: string, baseRev: number, clientId: string): boolean {
  const meta = existing.fieldMeta[field];
  return meta !== undefined && meta.rev > baseRev && meta.clientId !== clientId;
}

/**
 * A field is applied unless, since the mutation's baseRev, ANOTHER clientId changed it to a
 * different value: then the server value stays and the field is reported as a conflict. Deletes
 * are tracked as the pseudo-field "deleted" and conflict with other devices' edits.
 */
export function planMerge({ existing, op, baseRev, fields, clientId }: MergeInput): MergePlan {
  const data = { ...(existing?.data ?? {}) };
  const plan: MergePlan = { data, deleted: existing?.deleted ?? false, changedFields: [], conflicts: [] };

  if (op === 'delete') {
    if (!existing || existing.deleted) return plan; // nothing to delete: already gone
    const editedElsewhere = Object.keys(existing.fieldMeta).some((field) => changedByOtherSince(existing, field, baseRev, clientId));
    if (editedElsewhere) {
      plan.conflicts.push({ field: DELETED_FIELD, serverValue: false, clientValue: true });
    } else {
      plan.deleted = true;
      plan.changedFields.push(DELETED_FIELD);
    }
    return plan;
  }

  if (existing?.deleted) {
    // An edit of a record deleted by another device is a conflict on "deleted"; the edit is
    // still merged into the tombstone's data so that "keep the client's version" restores it.
    // The device that deleted it may bring it back (an undo).
    if (existing.fieldMeta[DELETED_FIELD]?.clientId === clientId) {
      plan.deleted = false;
      plan.changedFields.push(DELETED_FIELD);
    } else {
      plan.conflicts.push({ field: DELETED_FIELD, serverValue: true, clientValue: false });
    }
  }

  for (const [field, clientValue] of Object.entries(fields)) {
    if (clientValue === undefined) continue;
    const serverValue = data[field];
    if (sameValue(serverValue, clientValue)) continue;
    if (existing && changedByOtherSince(existing, field, baseRev, clientId)) {
      plan.conflicts.push({ field, serverValue: serverValue ?? null, clientValue });
      continue;
    }
    if (clientValue === null) delete data[field];
    else data[field] = clientValue;
    plan.changedFields.push(field);
  }
  return plan;
}

/**
 * The mutations of a request that are not replays, in order. Seqs must follow the client's
 * lastSeq without gaps: otherwise the whole request is a `409 seq_gap` and changes nothing.
 */
export function freshMutations<M extends Pick<Mutation, 'seq'>>(mutations: readonly M[], committedLastSeq: number): { fresh: M[] } | { gap: true } {
  let lastSeq = committedLastSeq;
  const fresh: M[] = [];
  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq) continue;
    if (mutation.seq !== lastSeq + 1) return { gap: true };
    fresh.push(mutation);
    lastSeq = mutation.seq;
  }
  return { fresh };
}
