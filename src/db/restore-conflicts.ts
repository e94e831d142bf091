// After a server restore (docs/sync-protocol.md, "Epoch change and restore"): a conflict this
// tablet keeps for the adviser may be one that the restore lost on the server (raised after the
// backup was taken). The value the adviser typed then exists nowhere else, and online the kept
// copy would look resolved elsewhere ("stale") and be dismissed. So the recovery sends each kept
// conflict's value again with baseRev 0: a restored server holding another value raises the
// conflict again (the push answer keeps a fresh copy, the old one goes); a server holding the
// same value has nothing left to decide, and the copy stays until the adviser dismisses it.
import { sameValue } from '../domain/sync-merge';
import { DELETED_FIELD } from '../domain/wire';
import type { SyncedTable } from '../domain/tables';
import type { EncryptedPayload } from './crypto';
import { encryptAttention, listAttention, type AttentionItem } from './outbox';
import { decryptRowData, type StoreContext } from './store-context';

export interface ConflictResend {
  table: SyncedTable;
  id: string;
  siteId: string;
  fields: Record<string, unknown>;
}

/** What to do with the kept copies: values to send again, copies to drop or to keep shortened. */
export interface KeptConflictPlan {
  resends: ConflictResend[];
  dropped: number[];
  shortened: { localId: number; enc: EncryptedPayload }[];
}

/**
 * `taken(table, id, field)` says a field is already on its way (a pending edit of the adviser, or
 * the device's own held value queued by the recovery): that newer value wins, the copy stays.
 */
export async function planKeptConflictResends(ctx: StoreContext, taken: (table: SyncedTable, id: string, field: string) => boolean): Promise<KeptConflictPlan> {
  const copies = (await listAttention(ctx)).filter((item) => item.kind === 'conflict').sort((a, b) => a.localId - b.localId);
  const resends = new Map<string, ConflictResend>();
  const plan: KeptConflictPlan = { resends: [], dropped: [], shortened: [] };
  for (const copy of copies) {
    const row = await ctx.db.records(copy.table).get(copy.id);
    if (!row || row.deleted) continue;
    const current = await decryptRowData(ctx, copy.table, row);
    if (current.erased === true) continue;
    const conflicts = copy.conflicts ?? [];
    const sent = conflicts.filter(
      (conflict) =>
        conflict.field !== DELETED_FIELD && !taken(copy.table, copy.id, conflict.field) && !sameValue(conflict.clientValue, current[conflict.field]),
    );
    if (sent.length === 0) continue;
    const key = `${copy.table}/${copy.id}`;
    const resend = resends.get(key) ?? { table: copy.table, id: copy.id, siteId: copy.siteId, fields: {} };
    for (const conflict of sent) resend.fields[conflict.field] = conflict.clientValue; // the latest copy wins
    resends.set(key, resend);
    const remaining = conflicts.filter((conflict) => !sent.includes(conflict));
    if (remaining.length === 0) plan.dropped.push(copy.localId);
    else plan.shortened.push({ localId: copy.localId, enc: await encryptAttention(ctx, 'conflict', copy, payloadOf(copy, remaining)) });
  }
  plan.resends = [...resends.values()];
  return plan;
}

function payloadOf(copy: AttentionItem, conflicts: NonNullable<AttentionItem['conflicts']>) {
  return { mutation: copy.mutation, error: copy.error, issues: copy.issues, conflicts };
}
