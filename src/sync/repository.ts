// The Repository of workspace.ts over the adviser's encrypted store: features get decrypted
// domain records and never see rows, keys or the outbox.
import { InvalidRecordError, RecordNotFoundError } from '../db/records';
import type { ChangeOutcome, DecryptedRecord, LocalChange, UserStore } from '../db/user-store';
import { newId } from '../domain/ids';
import type { SyncedTable } from '../domain/tables';
import { RecordValidationError, type BatchChange, type BatchOutcome, type LocalRecord, type Repository } from './workspace';

function toLocal<T extends SyncedTable>(record: DecryptedRecord): LocalRecord<T> {
  const { table, id, siteId, rev, data, pendingFields } = record;
  return { table: table as T, id, siteId, rev, data: data as LocalRecord<T>['data'], pendingFields };
}

async function mapValidation<R>(write: () => Promise<R>): Promise<R> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof InvalidRecordError) throw new RecordValidationError(error.issues);
    throw error;
  }
}

function toOutcome<T extends SyncedTable>(outcome: ChangeOutcome): BatchOutcome<T> {
  if (outcome.ok) return { ok: true, record: toLocal<T>(outcome.record) };
  const { error } = outcome;
  return { ok: false, error: error instanceof InvalidRecordError ? new RecordValidationError(error.issues) : error };
}

/** `afterLocalWrite` lets the sync status count the new pending change right away. */
export function createRepository<T extends SyncedTable>(table: T, store: UserStore, afterLocalWrite: () => void): Repository<T> {
  async function existing(id: string): Promise<DecryptedRecord> {
    const record = await store.get(table, id);
    if (!record || record.deleted) throw new RecordNotFoundError(table, id);
    return record;
  }

  async function writeMany(changes: LocalChange[]): Promise<BatchOutcome<T>[]> {
    if (changes.length === 0) return [];
    const outcomes = await store.writeMany(changes);
    if (outcomes.some((outcome) => outcome.ok)) afterLocalWrite();
    return outcomes.map((outcome) => toOutcome<T>(outcome));
  }

  return {
    async list() {
      return (await store.list(table)).map((record) => toLocal<T>(record));
    },
    async get(id) {
      const record = await store.get(table, id);
      return record && !record.deleted ? toLocal<T>(record) : undefined;
    },
    async create(siteId, data) {
      const record = await mapValidation(() => store.write(table, newId(), siteId, 'put', data as Record<string, unknown>));
      afterLocalWrite();
      return toLocal<T>(record);
    },
    async update(id, changes) {
      const { siteId } = await existing(id);
      await mapValidation(() => store.write(table, id, siteId, 'put', changes as Record<string, unknown>));
      afterLocalWrite();
    },
    async put(id, siteId, fields) {
      await mapValidation(() => store.write(table, id, siteId, 'put', fields as Record<string, unknown>));
      afterLocalWrite();
    },
    async remove(id) {
      const { siteId } = await existing(id);
      await store.write(table, id, siteId, 'delete');
      afterLocalWrite();
    },
    createMany(items) {
      return writeMany(items.map(({ siteId, data }) => ({ table, id: newId(), siteId, op: 'put', fields: data as Record<string, unknown> })));
    },
    updateMany(items) {
      return writeMany(items.map(({ id, changes }) => ({ table, id, op: 'put', fields: changes as Record<string, unknown> })));
    },
    removeMany(ids) {
      return writeMany(ids.map((id) => ({ table, id, op: 'delete' })));
    },
    async keptList() {
      return (await store.keptList(table))?.map((record) => toLocal<T>(record));
    },
    watch(listener) {
      return store.watch(table, (records) => listener(records.map((record) => toLocal<T>(record))));
    },
    async listWhere(field, values) {
      return (await store.listWhere(table, { field, values })).map((record) => toLocal<T>(record));
    },
    watchWhere(field, values, listener) {
      return store.watchWhere(table, { field, values }, (records) => listener(records.map((record) => toLocal<T>(record))));
    },
    watchReport(listener) {
      return store.watch(table, (records) => listener(records.map((record) => toLocal<T>(record))), undefined, 'report');
    },
  };
}

/** Workspace.writeBatch over the store: one transaction for every change (db/batched-writes.ts). */
export function createBatchWriter(store: UserStore, afterLocalWrite: () => void): (changes: readonly BatchChange[]) => Promise<BatchOutcome<SyncedTable>[]> {
  return async (changes) => {
    if (changes.length === 0) return [];
    const outcomes = await store.writeMany(
      changes.map((change): LocalChange => (change.op === 'put' ? { ...change, fields: change.fields as Record<string, unknown> } : { ...change })),
    );
    if (outcomes.some((outcome) => outcome.ok)) afterLocalWrite();
    return outcomes.map((outcome) => toOutcome<SyncedTable>(outcome));
  };
}
