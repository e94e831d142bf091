// The pull answer as the transport checks it: the envelope with the shared wire schema, and the
// records with a hand-written guard that accepts exactly what `wireRecordSchema` accepts. A page
// holds hundreds of records, and zod's walk over each of them cost as much as parsing the JSON.
import { z } from 'zod';
import { SYNCED_TABLES } from '../domain/tables';
import { pullResponseSchema, type WireRecord } from '../domain/wire';

const TABLES = new Set<string>(SYNCED_TABLES);

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A well-formed record, of any table name. */
function isRecordShape(value: unknown): value is WireRecord {
  if (!isObject(value)) return false;
  const { table, id, siteId, rev, deleted, data } = value;
  return (
    typeof table === 'string' &&
    typeof id === 'string' &&
    typeof siteId === 'string' &&
    typeof rev === 'number' &&
    Number.isSafeInteger(rev) &&
    typeof deleted === 'boolean' &&
    isObject(data)
  );
}

export function isWireRecord(value: unknown): value is WireRecord {
  return isRecordShape(value) && TABLES.has(value.table);
}

/**
 * The records are checked one by one; a record of a table this version does not know (from a
 * newer server, after a table was added) is left out of the page instead of refusing it, so an
 * older tablet keeps syncing until it updates, and then pulls again from 0 (db/sync-state.ts).
 */
export const pullResponseFastSchema = pullResponseSchema.extend({
  changes: z
    .custom<WireRecord[]>((value) => Array.isArray(value) && value.every(isRecordShape), { message: 'invalid pulled records' })
    .transform((changes) => changes.filter((change) => TABLES.has(change.table))),
});
