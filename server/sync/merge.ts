// The field-level merge (docs/sync-protocol.md, "The field-level merge"), as a pure function over
// the stored record.
// A field is applied unless, since the mutation's baseRev, ANOTHER clientId changed it to a
// different value: then the server value stays and the field is reported as a conflict.
// Deletes are tracked as the pseudo-field "deleted" and conflict with other devices' edits.
import type { FieldConflict, Mutation } from '../../src/domain/wire';
import { DELETED_FIELD } from '../db/records';
import type { StoredRecord } from '../db/records';
import { sameValue } from './json';

export interface MergePlan {
  data: Record<string, unknown>;
  deleted: boolean;
  /** Fields (and possibly "deleted") whose value changed: they get the new rev in field_meta. */
  changedFields: string[];
  conflicts: FieldConflict[];
}

interface MergeInput {
  existing: StoredRecord | undefined;
  op: Mutation['op'];
  baseRev: number;
  /** The mutation's fields, already validated (null clears a field). */
  fields: Record<string, unknown>;
  clientId: string;
}

function changedByOtherSince(existing: StoredRecord, field: string, baseRev: number, clientId: string): boolean {
  const meta = existing.fieldMeta[field];
  return meta !== undefined && meta.rev > baseRev && meta.clientId !== clientId;
}

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
