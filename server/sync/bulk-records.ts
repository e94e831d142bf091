// Set-based reads and writes of records for a push chunk: one query per table for the current
// rows, and multi-row upserts for the results (server/db/records.ts does one record at a time).
import type { Kysely } from 'kysely';
import type { SyncedTable } from '../../src/domain/tables';
import type { Database } from '../db/schema';
import { fromRow, toRow } from '../db/records';
import type { StoredRecord } from '../db/records';

/** Rows per statement: far below the bound-parameter limits of SQLite (32,766) and PostgreSQL (65,535). */
const ROWS_PER_STATEMENT = 200;

export function recordKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

/** The stored records with these keys, keyed by `table/id` (absent keys are not in the map). */
export async function readRecords(db: Kysely<Database>, keys: readonly { table: SyncedTable; id: string }[]): Promise<Map<string, StoredRecord>> {
  const byTable = new Map<SyncedTable, Set<string>>();
  for (const { table, id } of keys) byTable.set(table, (byTable.get(table) ?? new Set()).add(id));
  const found = new Map<string, StoredRecord>();
  for (const [table, idSet] of byTable) {
    const ids = [...idSet];
    for (let start = 0; start < ids.length; start += ROWS_PER_STATEMENT) {
      const rows = await db
        .selectFrom('records')
        .selectAll()
        .where('table_name', '=', table)
        .where('id', 'in', ids.slice(start, start + ROWS_PER_STATEMENT))
        .execute();
      for (const row of rows) found.set(recordKey(table, row.id), fromRow(row));
    }
  }
  return found;
}

/** Inserts or replaces these records (each key at most once), a few hundred per statement. */
export async function saveRecords(db: Kysely<Database>, records: readonly StoredRecord[]): Promise<void> {
  for (let start = 0; start < records.length; start += ROWS_PER_STATEMENT) {
    await db
      .insertInto('records')
      .values(records.slice(start, start + ROWS_PER_STATEMENT).map(toRow))
      .onConflict((conflict) =>
        conflict.columns(['table_name', 'id']).doUpdateSet((eb) => ({
          site_id: eb.ref('excluded.site_id'),
          rev: eb.ref('excluded.rev'),
          deleted: eb.ref('excluded.deleted'),
          data: eb.ref('excluded.data'),
          field_meta: eb.ref('excluded.field_meta'),
          report_data: eb.ref('excluded.report_data'),
          report_rev: eb.ref('excluded.report_rev'),
        })),
      )
      .execute();
  }
}

export function chunked<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
