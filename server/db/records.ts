// Reading and writing synced records with their per-field sync metadata.
import type { Kysely } from 'kysely';
import { isReportTable, projectForReport } from '../../src/domain/report/fields';
import type { FieldMeta } from '../../src/domain/sync-merge';
import type { RecordHead, SyncedTable } from '../../src/domain/tables';
import type { WireRecord } from '../../src/domain/wire';
import type { Database, RecordsTable } from './schema';

export type { FieldMeta };

export interface StoredRecord extends RecordHead {
  fieldMeta: Record<string, FieldMeta>;
}

/** The field name under which a delete (or undelete) is tracked in field_meta and conflicts. */
export { DELETED_FIELD } from '../../src/domain/wire';

export function fromRow(row: RecordsTable): StoredRecord {
  return {
    table: row.table_name as SyncedTable,
    id: row.id,
    siteId: row.site_id,
    rev: Number(row.rev),
    deleted: Number(row.deleted) === 1,
    data: JSON.parse(row.data) as Record<string, unknown>,
    fieldMeta: JSON.parse(row.field_meta) as Record<string, FieldMeta>,
  };
}

export function toRow(record: StoredRecord): RecordsTable {
  return {
    table_name: record.table,
    id: record.id,
    site_id: record.siteId,
    rev: record.rev,
    deleted: record.deleted ? 1 : 0,
    data: JSON.stringify(record.data),
    field_meta: JSON.stringify(record.fieldMeta),
    ...reportProjection(record.table, record.data, record.rev),
  };
}

/** The report_data and report_rev columns of a record (see schema.ts): written with every data. */
export function reportProjection(table: string, data: Readonly<Record<string, unknown>>, rev: number): Pick<RecordsTable, 'report_data' | 'report_rev'> {
  if (!isReportTable(table)) return { report_data: null, report_rev: null };
  return { report_data: JSON.stringify(projectForReport(table, data)), report_rev: rev };
}

export function toWireRecord(record: StoredRecord): WireRecord {
  return { table: record.table, id: record.id, siteId: record.siteId, rev: record.rev, deleted: record.deleted, data: record.data };
}

export async function readRecord(db: Kysely<Database>, table: SyncedTable, id: string): Promise<StoredRecord | undefined> {
  const row = await db.selectFrom('records').selectAll().where('table_name', '=', table).where('id', '=', id).executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function saveRecord(db: Kysely<Database>, record: StoredRecord): Promise<void> {
  const row = toRow(record);
  await db
    .insertInto('records')
    .values(row)
    .onConflict((conflict) =>
      conflict.columns(['table_name', 'id']).doUpdateSet({
        site_id: row.site_id,
        rev: row.rev,
        deleted: row.deleted,
        data: row.data,
        field_meta: row.field_meta,
        report_data: row.report_data,
        report_rev: row.report_rev,
      }),
    )
    .execute();
}

/** Bulk insert of new records (seed, admin imports), in statements small enough for both dialects. */
export async function insertRecords(db: Kysely<Database>, records: readonly StoredRecord[]): Promise<void> {
  const BATCH = 500;
  for (let start = 0; start < records.length; start += BATCH) {
    await db.insertInto('records').values(records.slice(start, start + BATCH).map(toRow)).execute();
  }
}

/** Field meta stamping every present field of `data` with one rev and clientId (server-written records). */
export function stampAllFields(data: Record<string, unknown>, rev: number, clientId: string): Record<string, FieldMeta> {
  return Object.fromEntries(Object.keys(data).map((field) => [field, { rev, clientId }]));
}
