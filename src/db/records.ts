// Local reads and writes of records. A write validates and encrypts first, then writes the row
// and its outbox row in ONE transaction with no foreign await inside (WebCrypto would end it).
import { Dexie, liveQuery } from 'dexie';
import { fieldSchemas, recordSchemas } from '../domain/entities';
import { isClientWritable, type SyncedTable } from '../domain/tables';
import type { ReportTable } from '../domain/report/types';
import { withWorkSite } from '../domain/work-site';
import { encryptJson } from './crypto';
import { heldWrites, isQuotaError } from './held-writes';
import { isKeptTable, keepPayloads, loadKeptPayloads } from './kept-payloads';
import { isKeptReportTable, loadKeptReport, reportRecordOf } from './kept-report';
import { mainThreadTurns } from './main-thread-turns';
import {
  MAX_WRITE_ATTEMPTS,
  StaleRowError,
  applyPatch,
  buildStoredRow,
  clearDataOf,
  decryptRowData,
  hasCurrentLayout,
  outboxAad,
  pendingFieldsOf,
  type DecryptedRecord,
  type StoreContext,
} from './store-context';
import { takeNextSeq } from './sync-state';
import { TABLE_STORAGE, arrayIndexesOf, clearFieldsOf, layoutOf } from './table-registry';
import type { OutboxRow, StoredRow } from './user-database';

export interface ValidationIssue {
  path: (string | number)[];
  message: string;
}

/** The data does not validate; nothing was written. (sync/ maps it to RecordValidationError.) */
export class InvalidRecordError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super('invalid record');
    this.name = 'InvalidRecordError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(table: string, id: string) {
    super(`no ${table} record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

export class ReadOnlyTableError extends Error {
  constructor(table: string) {
    super(`${table} is written by the server only`);
    this.name = 'ReadOnlyTableError';
  }
}

function toIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ValidationIssue[] {
  return issues.map((issue) => ({
    path: issue.path.filter((part): part is string | number => typeof part !== 'symbol'),
    message: issue.message,
  }));
}

/**
 * The patch a change writes and the record it leaves, both validated with the server's schemas
 * (a delete keeps the data and writes no fields). Throws InvalidRecordError; writes nothing.
 */
export function validatedChange(
  table: SyncedTable,
  currentData: Record<string, unknown>,
  op: 'put' | 'delete',
  changedFields: Record<string, unknown>,
): { patch: Record<string, unknown>; nextData: Record<string, unknown> } {
  if (op === 'delete') return { patch: {}, nextData: currentData };
  const parsedPatch = fieldSchemas[table].safeParse(changedFields);
  if (!parsedPatch.success) throw new InvalidRecordError(toIssues(parsedPatch.error.issues));
  const patch = Object.fromEntries(Object.entries(parsedPatch.data).filter(([, value]) => value !== undefined));
  const nextData = applyPatch(currentData, patch);
  const whole = recordSchemas[table].safeParse(nextData);
  if (!whole.success) throw new InvalidRecordError(toIssues(whole.error.issues));
  return { patch, nextData };
}

/** Rows decrypted together before the page may get its turn. */
const DECRYPT_SLICE = 500;

function pendingRowsOf(ctx: StoreContext, table: SyncedTable, id: string): Promise<OutboxRow[]> {
  return ctx.db.outbox.where('[table+id]').equals([table, id]).sortBy('seq');
}

function outboxRowsOfTable(ctx: StoreContext, table: SyncedTable): Promise<OutboxRow[]> {
  return ctx.db.outbox.where('[table+id]').between([table, Dexie.minKey], [table, Dexie.maxKey]).toArray();
}

/** Turns a raw row into a record: the whole record, or only its clear fields. */
type RowReader = (ctx: StoreContext, table: SyncedTable, row: StoredRow, pending: readonly OutboxRow[]) => Promise<DecryptedRecord>;

const toRecord: RowReader = async (ctx, table, row, pending) => ({
  table,
  id: row.id,
  siteId: row.siteId,
  rev: row.rev,
  deleted: row.deleted,
  data: await decryptRowData(ctx, table, row),
  pendingFields: pendingFieldsOf(pending),
});

/**
 * Only the fields kept in clear (ids, links, dates, codes): what reports count, with no decryption.
 * A row written before its table's current layout still holds some of them in its payload, so it
 * is decrypted (and its other fields come along: more than asked, never less).
 */
const toClearRecord: RowReader = async (ctx, table, row, pending) =>
  hasCurrentLayout(table, row)
    ? { table, id: row.id, siteId: row.siteId, rev: row.rev, deleted: row.deleted, data: clearDataOf(table, row), pendingFields: pendingFieldsOf(pending) }
    : toRecord(ctx, table, row, pending);

/**
 * What the report reads (its fields, domain/report/fields.ts): the candidates decrypted (names and
 * profile codes), every other table by its clear fields, as the reports screen always read them.
 */
const READ_WHOLE_FOR_REPORT: ReadonlySet<SyncedTable> = new Set(['candidates']);
const toReportRecord: RowReader = async (ctx, table, row, pending) =>
  reportRecordOf(await (READ_WHOLE_FOR_REPORT.has(table) ? toRecord : toClearRecord)(ctx, table, row, pending));

/** `report`: a report table's records projected on the report's fields, the first answer from what was kept (kept-report.ts). */
export type RecordReading = 'whole' | 'clear-fields' | 'report';
const READERS: Record<RecordReading, RowReader> = { whole: toRecord, 'clear-fields': toClearRecord, report: toReportRecord };

/**
 * Decrypts raw rows (read earlier, outside any transaction) into records; tombstones left out.
 * Rows go in slices, and the page gets its turn between slices: 50,000 rows decrypted in one go
 * would hold the main thread for seconds (taps and typing wait, and Lighthouse counts it).
 */
async function decryptRows(ctx: StoreContext, table: SyncedTable, rows: StoredRow[], outbox: OutboxRow[], read: RowReader = toRecord): Promise<DecryptedRecord[]> {
  const pendingById = new Map<string, OutboxRow[]>();
  for (const entry of outbox) pendingById.set(entry.id, [...(pendingById.get(entry.id) ?? []), entry]);
  const live = rows.filter((row) => !row.deleted);
  // The payloads kept from earlier sessions first: a row whose payload is unchanged is not decrypted.
  if ((read === toRecord || read === toReportRecord) && isKeptTable(table) && live.length > 0) await loadKeptPayloads(ctx, table);
  const records: DecryptedRecord[] = [];
  const turns = mainThreadTurns();
  for (let start = 0; start < live.length; start += DECRYPT_SLICE) {
    const slice = live.slice(start, start + DECRYPT_SLICE);
    records.push(...(await Promise.all(slice.map((row) => read(ctx, table, row, pendingById.get(row.id) ?? [])))));
    await turns.giveIfDue();
  }
  return records;
}

export async function getRecord(ctx: StoreContext, table: SyncedTable, id: string): Promise<DecryptedRecord | undefined> {
  const [row, pending] = await Promise.all([ctx.db.records(table).get(id), pendingRowsOf(ctx, table, id)]);
  return row ? toRecord(ctx, table, row, pending) : undefined;
}

/**
 * The table's records as kept at the end of an earlier session (kept-payloads.ts), read without
 * reading the rows; undefined when not all of them are kept. To show a list while the rows are
 * read: a change made since shows only once they are.
 */
export async function keptRecords(ctx: StoreContext, table: SyncedTable): Promise<DecryptedRecord[] | undefined> {
  return isKeptTable(table) ? loadKeptPayloads(ctx, table) : undefined;
}

export async function listRecords(ctx: StoreContext, table: SyncedTable): Promise<DecryptedRecord[]> {
  const [rows, outbox] = await Promise.all([ctx.db.records(table).toArray(), outboxRowsOfTable(ctx, table)]);
  return decryptRows(ctx, table, rows, outbox);
}

/** A full read of a kept table, as the list's first snapshot is, whose payloads are then kept (kept-payloads.ts). */
export async function readWholeAndKeep(ctx: StoreContext, table: SyncedTable): Promise<DecryptedRecord[]> {
  const [rows, outbox] = await Promise.all([ctx.db.records(table).toArray(), outboxRowsOfTable(ctx, table)]);
  const records = await decryptRows(ctx, table, rows, outbox);
  if (isKeptTable(table)) keepPayloads(ctx, table, rows, records);
  return records;
}

/**
 * The records whose `field` holds one of `values` (an array field: contains one). Over an index
 * (`id`, `siteId`, the table's indexes in table-registry.ts) only those rows and their outbox rows
 * are read, and a live query wakes only for changes in that range; over another clear field the
 * rows are scanned without decrypting. Never a field kept encrypted.
 */
export interface RecordQuery {
  field: string;
  values: readonly string[];
}

function isIndexed(table: SyncedTable, field: string): boolean {
  return field === 'id' || field === 'siteId' || (TABLE_STORAGE[table].indexes as readonly string[]).includes(field);
}

function matches(value: unknown, values: ReadonlySet<string>): boolean {
  return Array.isArray(value) ? value.some((item) => values.has(item as string)) : values.has(value as string);
}

type Snapshot = [StoredRow[], OutboxRow[]];

function readSnapshot(ctx: StoreContext, table: SyncedTable, query: RecordQuery | undefined): () => Promise<Snapshot> {
  if (!query) return () => Promise.all([ctx.db.records(table).toArray(), outboxRowsOfTable(ctx, table)]);
  const { field, values } = query;
  if (!isIndexed(table, field) && !clearFieldsOf(table).includes(field)) throw new Error(`${table}.${field} is encrypted: it cannot be queried`);
  const wanted = new Set(values);
  if (isIndexed(table, field)) {
    return async () => {
      if (values.length === 0) return [[], []];
      const rows = await ctx.db.records(table).where(field).anyOf([...wanted]).toArray();
      const ids = rows.map((row) => row.id);
      const outbox = ids.length === 0 ? [] : (await ctx.db.outbox.where('id').anyOf(ids).toArray()).filter((row) => row.table === table);
      return [rows, outbox];
    };
  }
  // A clear array field with a multi-entry index: the rows naming a value, plus the rows of an
  // older layout (which may hold the field in their payload; checked once decrypted).
  if (arrayIndexesOf(table).includes(field)) {
    return async () => {
      if (values.length === 0) return [[], []];
      const [named, older] = await Promise.all([
        ctx.db.records(table).where(field).anyOf([...wanted]).toArray(),
        ctx.db.records(table).where('layout').below(layoutOf(table)).toArray(),
      ]);
      const rows = [...new Map([...named, ...older].map((row) => [row.id, row])).values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const ids = rows.map((row) => row.id);
      const outbox = ids.length === 0 ? [] : (await ctx.db.outbox.where('id').anyOf(ids).toArray()).filter((row) => row.table === table);
      return [rows, outbox];
    };
  }
  // A clear field without an index: the rows are scanned (an older row holding the field in its
  // payload is kept, and checked once decrypted).
  return async () => {
    const [all, outbox] = await Promise.all([ctx.db.records(table).toArray(), outboxRowsOfTable(ctx, table)]);
    return [all.filter((row) => !hasCurrentLayout(table, row) || matches(row[field], wanted)), outbox];
  };
}

/**
 * The records `query` keeps of those its snapshot read: over an index, all of them; over a clear
 * field scanned, those whose decrypted value matches (an older row may hold it in its payload).
 */
function selectedBy(table: SyncedTable, query: RecordQuery | undefined): (records: DecryptedRecord[]) => DecryptedRecord[] {
  if (!query || isIndexed(table, query.field)) return (records) => records;
  const wanted = new Set(query.values);
  return (records) => records.filter((record) => matches(record.data[query.field], wanted));
}

/** Once, the records `query` selects: the rows watchRecords' first snapshot reads, and only those decrypted. */
export async function listRecordsWhere(ctx: StoreContext, table: SyncedTable, query: RecordQuery): Promise<DecryptedRecord[]> {
  const [rows, outbox] = await readSnapshot(ctx, table, query)();
  return selectedBy(table, query)(await decryptRows(ctx, table, rows, outbox));
}

/** Per database, the kept report answers still loading, and the live reads waiting for them. */
const keptAnswers = new Map<string, { loading: number; waiting: (() => void)[] }>();

/**
 * Counts one kept answer loading; the function returned takes the live read to start once every
 * answer loading in that database has arrived, after one more task of the page.
 */
function afterKeptAnswers(database: string): (start: () => void) => void {
  const group = keptAnswers.get(database) ?? { loading: 0, waiting: [] };
  keptAnswers.set(database, group);
  group.loading += 1;
  return (start) => {
    group.waiting.push(start);
    group.loading -= 1;
    if (group.loading > 0) return;
    const starts = group.waiting.splice(0);
    keptAnswers.delete(database);
    setTimeout(() => {
      for (const begin of starts) begin();
    }, 0);
  };
}

/** A report table's records as the reports screen first reads them: from the kept report (kept-report.ts). */
export function readKeptReport(ctx: StoreContext, table: ReportTable): Promise<DecryptedRecord[]> {
  return loadKeptReport(ctx, table, (rows) => decryptRows(ctx, table, rows, [], toReportRecord));
}

/**
 * Calls the listener with the table's records (or those `query` selects) now and after every
 * change (local or pulled); the same snapshot is delivered once. The live query reads raw rows
 * only; decryption happens outside it. Returns unsubscribe.
 */
export function watchRecords(
  ctx: StoreContext,
  table: SyncedTable,
  listener: (records: DecryptedRecord[]) => void,
  onError: (error: unknown) => void = () => {},
  reading: RecordReading = 'whole',
  query?: RecordQuery,
): () => void {
  let latest = 0;
  let closed = false;
  /** The snapshot being decrypted or last delivered: the same rows at the same versions are not decrypted twice. */
  let current: string | undefined;
  const read = readSnapshot(ctx, table, query);
  // The kept chunks are read and decrypted while IndexedDB reads the rows.
  if (reading === 'whole' && isKeptTable(table)) void loadKeptPayloads(ctx, table);
  const keep = selectedBy(table, query);
  const deliver = ([rows, outbox]: Snapshot) => {
    const signature = `${rows.map((row) => `${row.id}:${row.ver}`).join(',')}|${outbox.map((row) => `${row.seq}:${row.sent ? 1 : 0}`).join(',')}`;
    if (closed || signature === current) return;
    current = signature;
    const run = ++latest;
    decryptRows(ctx, table, rows, outbox, READERS[reading]).then(
      (records) => {
        // A newer snapshot may have been decrypted first: deliver only the latest.
        if (closed || run !== latest) return;
        listener(keep(records));
        // A full read of a table kept between sessions: its changed chunks are written again.
        if (reading === 'whole' && !query && isKeptTable(table)) keepPayloads(ctx, table, rows, records);
      },
      onError,
    );
  };
  // One read per snapshot: the live query's first run is the first answer (no separate direct
  // read; see docs/read-model.md and the database's `cache: 'disabled'` in user-database.ts).
  let subscription: { unsubscribe(): void } | undefined;
  const subscribe = () => {
    if (!closed) subscription = liveQuery(read).subscribe({ next: deliver, error: onError });
  };
  if (reading === 'report' && !query && isKeptReportTable(table)) {
    // The first answer from the kept report (a few decryptions), then the live query, started
    // once every report table opened with it has answered, and the page has had a turn (the
    // report is computed and painted from those answers), so that its read of every row does not
    // slow them down; its first snapshot, the same records, changes nothing (docs/report-keep.md).
    const start = afterKeptAnswers(ctx.db.name);
    readKeptReport(ctx, table).then(
      (records) => {
        if (!closed) listener(records);
        start(subscribe);
      },
      () => start(subscribe),
    );
  } else subscribe();
  return () => {
    closed = true;
    subscription?.unsubscribe();
  };
}

/**
 * Records a local change: validates the merged record, encrypts the row and the outbox fields,
 * then writes both in one transaction. `baseRev` is the row's rev as last pulled (0 if new).
 */
export async function writeLocalChange(
  ctx: StoreContext,
  table: SyncedTable,
  id: string,
  siteId: string,
  op: 'put' | 'delete',
  changedFields: Record<string, unknown> = {},
  /** False for the retry of a held change (it stays held, in its place, while storage is full). */
  holdWhenFull = true,
): Promise<DecryptedRecord> {
  if (!isClientWritable(table)) throw new ReadOnlyTableError(table);
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const current = await ctx.db.records(table).get(id);
    if (!current && op === 'delete') throw new RecordNotFoundError(table, id);
    if (current && current.siteId !== siteId) {
      throw new InvalidRecordError([{ path: ['siteId'], message: 'siteChangeNotAllowed' }]);
    }
    const currentData = current ? await decryptRowData(ctx, table, current) : {};

    // A new record of work records the site it is created at (src/domain/work-site.ts).
    const fields = op === 'put' ? withWorkSite(table, siteId, !current, changedFields) : changedFields;
    const { patch, nextData } = validatedChange(table, currentData, op, fields);

    const expectedVer = current?.ver ?? -1;
    const rev = current?.rev ?? 0;
    const row = await buildStoredRow(ctx, table, { id, siteId, rev, deleted: op === 'delete', ver: (current?.ver ?? 0) + 1 }, nextData);
    const fieldNames = Object.keys(patch);
    const enc = fieldNames.length > 0 ? await encryptJson(ctx.key, patch, outboxAad(table, id, siteId)) : undefined;

    // Storage full (QuotaExceededError): the change is kept in memory and retried in order (see
    // held-writes.ts; the shell tells the adviser); a later change queues behind held ones.
    const queueBehindHeld = holdWhenFull && heldWrites.has(ctx.db.name);
    try {
      if (queueBehindHeld) throw new DOMException('earlier changes wait for storage', 'QuotaExceededError');
      await ctx.db.transaction('rw', [ctx.db.records(table), ctx.db.outbox, ctx.db.syncState], async () => {
        const again = await ctx.db.records(table).get(id);
        if ((again?.ver ?? -1) !== expectedVer) throw new StaleRowError();
        const seq = await takeNextSeq(ctx.db);
        await ctx.db.records(table).put(row);
        const outboxRow: OutboxRow = { seq, table, id, siteId, op, baseRev: rev, fieldNames };
        if (enc) outboxRow.enc = enc;
        await ctx.db.outbox.add(outboxRow);
      });
    } catch (error) {
      if (error instanceof StaleRowError) continue;
      if (!holdWhenFull || !isQuotaError(error)) throw error;
      heldWrites.hold({ database: ctx.db.name, retry: () => writeLocalChange(ctx, table, id, siteId, op, changedFields, false) });
      const stored = await pendingRowsOf(ctx, table, id).catch(() => []);
      const pendingFields = [...new Set([...pendingFieldsOf(stored), ...(op === 'delete' ? ['deleted'] : fieldNames)])];
      return { table, id, siteId, rev, deleted: op === 'delete', data: nextData, pendingFields };
    }
    const pending = await pendingRowsOf(ctx, table, id);
    return { table, id, siteId, rev, deleted: op === 'delete', data: nextData, pendingFields: pendingFieldsOf(pending) };
  }
  throw new Error(`${table} ${id} kept changing while being written`);
}
