// What every storage function needs: the adviser's open database and their unwrapped data key.
// Also the row <-> record conversion (clear fields + decrypted payload), shared by reads, local
// writes and pulls.
import type { RecordHead, SyncedTable } from '../domain/tables';
import { decryptJson, encryptJson, rowAad } from './crypto';
import { decryptPayloadOnce } from './decrypted-payloads';
import { clearFieldsOf, layoutOf, splitForStorage } from './table-registry';
import type { OutboxRow, StoredRow, UserDatabase } from './user-database';

export interface StoreContext {
  db: UserDatabase;
  key: CryptoKey;
}

/** A decrypted record (structurally the `LocalRecord` of sync/workspace.ts, plus `deleted`). */
export interface DecryptedRecord extends RecordHead {
  pendingFields: string[];
}

/** Thrown inside a transaction when a row changed since it was prepared; the caller retries. */
export class StaleRowError extends Error {
  constructor() {
    super('row changed while preparing the write');
    this.name = 'StaleRowError';
  }
}

export const MAX_WRITE_ATTEMPTS = 5;

export function outboxAad(table: SyncedTable, id: string, siteId: string): string {
  return `outbox|${rowAad(table, id, siteId)}`;
}

/** The fields a row keeps in clear (ids, links, dates of actions, codes). */
export function clearDataOf(table: SyncedTable, row: StoredRow): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const field of clearFieldsOf(table)) {
    if (row[field] !== undefined) data[field] = row[field];
  }
  return data;
}

/** True when every field now kept in clear is in the row's clear part (not in an older payload). */
export function hasCurrentLayout(table: SyncedTable, row: StoredRow): boolean {
  return (row.layout ?? 1) >= layoutOf(table);
}

export async function decryptRowData(ctx: StoreContext, table: SyncedTable, row: StoredRow): Promise<Record<string, unknown>> {
  const data = clearDataOf(table, row);
  if (row.enc) {
    const secret = await decryptPayloadOnce(ctx.key, row.enc, rowAad(table, row.id, row.siteId));
    Object.assign(data, secret);
  }
  return data;
}

/** Encrypts the personal part of a record; call it before the transaction that writes the row. */
export async function buildStoredRow(
  ctx: StoreContext,
  table: SyncedTable,
  meta: { id: string; siteId: string; rev: number; deleted: boolean; ver: number },
  data: Record<string, unknown>,
): Promise<StoredRow> {
  const { clear, secret } = splitForStorage(table, data);
  const row: StoredRow = { ...clear, ...meta };
  if (layoutOf(table) > 1) row.layout = layoutOf(table);
  if (Object.keys(secret).length > 0) row.enc = await encryptJson(ctx.key, secret, rowAad(table, meta.id, meta.siteId));
  return row;
}

/** Applies a patch where `null` clears a field. */
export function applyPatch(target: Record<string, unknown>, patch: Record<string, unknown>): Record<string, unknown> {
  const merged = { ...target };
  for (const [field, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    if (value === null) delete merged[field];
    else merged[field] = value;
  }
  return merged;
}

export function pendingFieldsOf(outboxRows: readonly OutboxRow[]): string[] {
  const fields = new Set<string>();
  for (const row of outboxRows) {
    if (row.op === 'delete') fields.add('deleted');
    for (const name of row.fieldNames) fields.add(name);
  }
  return [...fields];
}

export async function decryptOutboxFields(ctx: StoreContext, row: OutboxRow): Promise<Record<string, unknown>> {
  if (!row.enc) return {};
  return decryptJson<Record<string, unknown>>(ctx.key, row.enc, outboxAad(row.table, row.id, row.siteId));
}
