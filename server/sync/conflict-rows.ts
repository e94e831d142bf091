// Conflict rows: the server value stayed, the client's value is kept here until someone resolves it.
import type { Kysely } from 'kysely';
import { newId } from '../../src/domain/ids';
import type { SyncedTable } from '../../src/domain/tables';
import type { ConflictRow, FieldConflict } from '../../src/domain/wire';
import type { ConflictsTable, Database } from '../db/schema';
import { chunked } from './bulk-records';
import { parseJson, toJson } from './json';

export interface ConflictTarget {
  table: SyncedTable;
  recordId: string;
  siteId: string;
  clientId: string;
}

/** Inserts the conflict rows of a push chunk, a few hundred per statement. */
export async function insertConflicts(
  trx: Kysely<Database>,
  entries: readonly { target: ConflictTarget; conflicts: readonly FieldConflict[] }[],
): Promise<void> {
  const createdAt = new Date().toISOString();
  const rows: ConflictsTable[] = entries.flatMap(({ target, conflicts }) =>
    conflicts.map((conflict) => ({
      id: newId(),
      table_name: target.table,
      record_id: target.recordId,
      site_id: target.siteId,
      field: conflict.field,
      server_value: toJson(conflict.serverValue),
      client_value: toJson(conflict.clientValue),
      client_id: target.clientId,
      created_at: createdAt,
      resolved_at: null,
      resolved_by: null,
      resolution: null,
    })),
  );
  for (const batch of chunked(rows)) await trx.insertInto('conflicts').values(batch).execute();
}

export type ConflictView = ConflictRow & { resolvedAt: string | null; resolvedBy: string | null };

export function toConflictView(row: ConflictsTable): ConflictView {
  return {
    id: row.id,
    table: row.table_name as SyncedTable,
    recordId: row.record_id,
    siteId: row.site_id,
    field: row.field,
    serverValue: parseJson(row.server_value),
    clientValue: parseJson(row.client_value),
    clientId: row.client_id,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
  };
}
