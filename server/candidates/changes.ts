// Server-written changes of a coordinator's act on files (transfer, merge): each changed record
// gets a new rev from the counter, inside the act's transaction, so every device pulls it; the
// fields it changes are stamped with the act's clientId (the basis of later field merges).
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { fromRow, saveRecord, type StoredRecord } from '../db/records';
import { allocateRevs } from '../db/revisions';
import { sameValue } from '../sync/json';

export interface RecordChange {
  before: StoredRecord;
  /** The new site (a transfer), when it changes. */
  siteId?: string;
  /** Fields to set (a merge), when any. */
  fields?: Record<string, unknown>;
}

/** Writes the changes with consecutive new revs; returns the rev given to each record, by id. */
export async function writeChanges(trx: Kysely<Database>, clientId: string, changes: readonly RecordChange[]): Promise<Map<string, number>> {
  const revs = new Map<string, number>();
  if (changes.length === 0) return revs;
  const last = await allocateRevs(trx, changes.length);
  let rev = last - changes.length + 1;
  for (const change of changes) {
    const { before } = change;
    const data = { ...before.data, ...(change.fields ?? {}) };
    const fieldMeta = { ...before.fieldMeta };
    for (const [field, value] of Object.entries(change.fields ?? {})) {
      if (!sameValue(before.data[field], value)) fieldMeta[field] = { rev, clientId };
    }
    await saveRecord(trx, { ...before, siteId: change.siteId ?? before.siteId, rev, data, fieldMeta });
    revs.set(`${before.table}/${before.id}`, rev);
    rev++;
  }
  return revs;
}

/**
 * Every record whose data mentions this id (JSON text prefiltered with LIKE, in any table): the
 * caller checks which field names it. A rare act of a coordinator: a scan is fine.
 */
export async function recordsMentioning(trx: Kysely<Database>, id: string): Promise<StoredRecord[]> {
  const rows = await trx
    .selectFrom('records')
    .selectAll()
    .where('data', 'like', `%${JSON.stringify(id).slice(1, -1)}%`)
    .execute();
  return rows.map(fromRow).filter((record) => record.id !== id || record.table !== 'candidates');
}
