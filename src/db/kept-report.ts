// The report's input kept between sessions (issue 26; docs/report-keep.md): for each table the
// report counts, its records as the reports screen reads them (projected on the report's fields,
// domain/report/fields.ts), in chunks by a hash of the id, each one AES-GCM payload under the data
// key in `syncState`. Opening the report then decrypts a few chunks instead of reading 100,000 rows.
// Stale-safe: every write of a report table's rows (local, pulled, erasure, reset, whatever the
// path) adds the ids it writes to its chunk's dirty list IN ITS OWN TRANSACTION (the DBCore
// middleware below), so a kept entry is never used once its row changed: at the next opening those
// rows alone are read again and the chunk saved anew; the save is refused if a write dirtied the
// chunk again since it was read. A range delete (a change of sites) and an erasure delete the
// chunks themselves, so nothing of the persons concerned stays kept.
import { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type Middleware } from 'dexie';
import { z } from 'zod';
import { REPORT_FIELDS, isReportTable, projectForReport } from '../domain/report/fields';
import type { ReportTable } from '../domain/report/types';
import type { SyncedTable } from '../domain/tables';
import { decryptJson, encryptJson, type EncryptedPayload } from './crypto';
import { keptChunkOf } from './kept-payloads';
import type { DecryptedRecord, StoreContext } from './store-context';
import type { StoredRow, SyncStateRow, UserDatabase } from './user-database';

/** Chunks per table: a write dirties the chunks of the ids it writes, a few of them. */
export const REPORT_CHUNKS = 16;
const PREFIX = 'keptReport:';
const DIRTY_PREFIX = 'keptReportDirty:';
const FORMAT = 1;
/** Past this many ids a chunk's dirty list says "all": the chunk is rebuilt from its rows. */
const MAX_DIRTY_IDS = 500;

export function keptReportKey(table: ReportTable, chunk: number): string {
  return `${PREFIX}${table}:${chunk}`;
}

function dirtyKey(table: ReportTable, chunk: number): string {
  return `${DIRTY_PREFIX}${table}:${chunk}`;
}

/** The dirty list that says "rebuild this chunk from its rows". */
function rebuildWhole(table: ReportTable, chunk: number): SyncStateRow {
  return { key: dirtyKey(table, chunk), value: { token: newToken(), ids: 'all' } };
}

/** A chunk's dirty list: the ids written since it was saved ('all': rebuild it), and a token new at every write. */
interface Dirty {
  token: string;
  ids: string[] | 'all';
}

export function keptReportAad(table: ReportTable, chunk: number): string {
  return `syncState|${keptReportKey(table, chunk)}`;
}

export function isKeptReportTable(table: SyncedTable): table is ReportTable {
  return isReportTable(table);
}

const payloadSchema = z.object({ iv: z.instanceof(Uint8Array), ct: z.instanceof(ArrayBuffer) });
const chunkSchema = z.object({ format: z.literal(FORMAT), entries: z.array(z.unknown()) });
type Data = Record<string, unknown>;
/** id, siteId, rev, the record's data projected on the report's fields. */
type Entry = [id: string, siteId: string, rev: number, data: Data];

/** Checked by hand: zod over 100,000 entries would cost more than the reads it saves. */
function isEntry(value: unknown): value is Entry {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [id, siteId, rev, data] = value as unknown[];
  return typeof id === 'string' && typeof siteId === 'string' && typeof rev === 'number' && typeof data === 'object' && data !== null && !Array.isArray(data);
}

const newToken = () => globalThis.crypto.randomUUID();

function dirtyOf(row: SyncStateRow | undefined): Dirty | undefined {
  const value = row?.value as Partial<Dirty> | undefined;
  if (typeof value !== 'object' || value === null || typeof value.token !== 'string') return undefined;
  return { token: value.token, ids: Array.isArray(value.ids) ? value.ids.filter((id): id is string => typeof id === 'string') : 'all' };
}

/** What the chunk's dirty list was when read: its save checks it is still so. */
const tokenOf = (row: SyncStateRow | undefined): string => dirtyOf(row)?.token ?? 'none';

function chunkNumberOf(key: string, prefix: string): number | undefined {
  const chunk = Number(key.slice(prefix.length));
  return Number.isInteger(chunk) && chunk >= 0 && chunk < REPORT_CHUNKS ? chunk : undefined;
}

/** The ids a mutation writes; undefined for a range (every chunk of the table). */
function idsOf(request: DBCoreMutateRequest): readonly string[] | undefined {
  switch (request.type) {
    case 'add':
    case 'put':
      return request.keys ? (request.keys as string[]) : request.values.map((value) => (value as StoredRow).id);
    case 'delete':
      return request.keys as string[];
    case 'deleteRange':
      return undefined;
  }
}

/**
 * Every mutation of a report table's rows adds its ids to their chunks' dirty lists in the same
 * transaction, so no path (local write, pulled page, erasure, change of sites, outbox repair, a
 * future one) can leave a kept entry that no longer matches its row. A range delete deletes the
 * table's chunks. A transaction that writes a report table must therefore include `syncState`:
 * one that does not fails, loudly.
 */
export const keptReportInStep: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'keptReportInStep',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (!isReportTable(name)) return table;
        return {
          ...table,
          async mutate(request: DBCoreMutateRequest): Promise<DBCoreMutateResponse> {
            const scope = (request.trans as unknown as IDBTransaction).objectStoreNames;
            if (scope && !scope.contains('syncState')) throw new Error(`a write of ${name} must include syncState (the kept report, src/db/kept-report.ts)`);
            const syncState = down.table('syncState');
            const ids = idsOf(request);
            if (!ids) {
              const chunks = Array.from({ length: REPORT_CHUNKS }, (_, chunk) => chunk);
              await syncState.mutate({ type: 'delete', trans: request.trans, keys: chunks.map((chunk) => keptReportKey(name, chunk)) });
              await syncState.mutate({ type: 'put', trans: request.trans, values: chunks.map((chunk) => rebuildWhole(name, chunk)) });
            } else if (ids.length > 0) {
              const byChunk = new Map<number, string[]>();
              for (const id of ids) byChunk.set(keptChunkOf(id), [...(byChunk.get(keptChunkOf(id)) ?? []), id]);
              const keys = [...byChunk.keys()].map((chunk) => dirtyKey(name, chunk));
              const existing = (await syncState.getMany({ trans: request.trans, keys })) as (SyncStateRow | undefined)[];
              const values = [...byChunk].map(([chunk, written], at) => {
                const before = dirtyOf(existing[at]);
                const merged = before?.ids === 'all' ? 'all' : [...new Set([...(before?.ids ?? []), ...written])];
                return { key: dirtyKey(name, chunk), value: { token: newToken(), ids: merged !== 'all' && merged.length > MAX_DIRTY_IDS ? 'all' : merged } };
              });
              await syncState.mutate({ type: 'put', trans: request.trans, values });
            }
            return table.mutate(request);
          },
        };
      },
    };
  },
};

/** Turns stored rows (tombstones included) into the records the report reads, tombstones left out. */
export type ReportRowReader = (rows: StoredRow[]) => Promise<DecryptedRecord[]>;

/**
 * The table's records as the report reads them, from the kept chunks, with the rows written since
 * (their dirty lists) read again, and the chunks not kept rebuilt from their rows; the rows are read
 * in the same transaction as the chunks, so both are of one moment. Sorted by id, as a read of the
 * table is. The chunks that changed are saved in the background.
 */
export async function loadKeptReport(ctx: StoreContext, table: ReportTable, readRow: ReportRowReader): Promise<DecryptedRecord[]> {
  const chunkPrefix = `${PREFIX}${table}:`;
  const dirtyPrefix = `${DIRTY_PREFIX}${table}:`;
  const read = await ctx.db.transaction('r', [ctx.db.records(table), ctx.db.syncState], async () => {
    const [chunkRows, dirtyRows] = await Promise.all([ctx.db.syncState.where('key').startsWith(chunkPrefix).toArray(), ctx.db.syncState.where('key').startsWith(dirtyPrefix).toArray()]);
    const payloads = new Map<number, EncryptedPayload>();
    for (const row of chunkRows) {
      const chunk = chunkNumberOf(row.key, chunkPrefix);
      const payload = payloadSchema.safeParse(row.value);
      if (chunk !== undefined && payload.success) payloads.set(chunk, payload.data);
    }
    const dirty = new Map<number, SyncStateRow>();
    for (const row of dirtyRows) {
      const chunk = chunkNumberOf(row.key, dirtyPrefix);
      if (chunk !== undefined) dirty.set(chunk, row);
    }
    // Rebuilt whole: a chunk not kept, or whose dirty list says all; otherwise only its dirty ids are read.
    const whole = new Set(Array.from({ length: REPORT_CHUNKS }, (_, chunk) => chunk).filter((chunk) => !payloads.has(chunk) || dirtyOf(dirty.get(chunk))?.ids === 'all'));
    const patched = [...dirty.keys()].filter((chunk) => !whole.has(chunk));
    const ids = patched.flatMap((chunk) => dirtyOf(dirty.get(chunk))?.ids as string[]);
    let rows: StoredRow[];
    if (whole.size === REPORT_CHUNKS) rows = await ctx.db.records(table).toArray();
    else {
      if (whole.size > 0) ids.push(...((await ctx.db.records(table).toCollection().primaryKeys()) as string[]).filter((id) => whole.has(keptChunkOf(id))));
      rows = ids.length === 0 ? [] : (await ctx.db.records(table).bulkGet(ids)).filter((row): row is StoredRow => row !== undefined);
    }
    return { payloads, dirty, whole, rows };
  });

  const records = new Map<number, DecryptedRecord[]>();
  const unreadable: number[] = [];
  await Promise.all(
    [...read.payloads].map(async ([chunk, payload]) => {
      if (read.whole.has(chunk)) return;
      const parsed = chunkSchema.safeParse(await decryptJson(ctx.key, payload, keptReportAad(table, chunk)).catch(() => undefined));
      if (!parsed.success || !parsed.data.entries.every(isEntry)) {
        unreadable.push(chunk);
        return;
      }
      const stale = dirtyOf(read.dirty.get(chunk))?.ids;
      const written = new Set(Array.isArray(stale) ? stale : []);
      const kept: DecryptedRecord[] = [];
      for (const [id, siteId, rev, data] of parsed.data.entries as Entry[]) if (!written.has(id)) kept.push({ table, id, siteId, rev, deleted: false, data, pendingFields: [] });
      records.set(chunk, kept);
    }),
  );
  // A chunk of another format, or that does not decrypt: rebuilt from its rows, like one not kept.
  if (unreadable.length > 0) return readAgain(ctx, table, readRow, unreadable);

  for (const record of await readRow(read.rows)) {
    const chunk = keptChunkOf(record.id);
    records.set(chunk, [...(records.get(chunk) ?? []), record]);
  }
  const changed = new Map<number, string>();
  for (let chunk = 0; chunk < REPORT_CHUNKS; chunk += 1) if (read.whole.has(chunk) || read.dirty.has(chunk)) changed.set(chunk, tokenOf(read.dirty.get(chunk)));
  if (changed.size > 0) {
    const name = `${ctx.db.name}|${table}`;
    const save = (saving.get(name) ?? Promise.resolve()).then(() => saveChunks(ctx, table, records, changed)).catch(() => undefined);
    saving.set(name, save);
  }
  return [...records.values()].flat().sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Whether the next opening would rebuild a chunk of the table from every one of its rows: a chunk
 * never kept (a new tablet's first pull), or one that a large write marked `'all'`. Reads the
 * chunks' keys and the dirty lists only, nothing to decrypt.
 */
export async function keptReportNeedsRebuild(ctx: StoreContext, table: ReportTable): Promise<boolean> {
  return ctx.db.transaction('r', ctx.db.syncState, async () => {
    const [chunkKeys, dirtyRows] = await Promise.all([
      ctx.db.syncState.where('key').startsWith(`${PREFIX}${table}:`).primaryKeys(),
      ctx.db.syncState.where('key').startsWith(`${DIRTY_PREFIX}${table}:`).toArray(),
    ]);
    return chunkKeys.length < REPORT_CHUNKS || dirtyRows.some((row) => dirtyOf(row)?.ids === 'all');
  });
}

/** Saves running, per database and table (one after another). */
const saving = new Map<string, Promise<void>>();

/** Resolves once no save of the table's kept report is running (tests, benches). */
export async function keptReportSettled(ctx: StoreContext, table: ReportTable): Promise<void> {
  const name = `${ctx.db.name}|${table}`;
  for (let last = saving.get(name); last; last = saving.get(name) === last ? undefined : saving.get(name)) await last;
}

/** Unreadable chunks are deleted and marked to rebuild, then the load runs again (rare: another version's chunk). */
async function readAgain(ctx: StoreContext, table: ReportTable, readRow: ReportRowReader, chunks: readonly number[]): Promise<DecryptedRecord[]> {
  await ctx.db.transaction('rw', ctx.db.syncState, () => dropChunks(ctx.db, table, chunks));
  return loadKeptReport(ctx, table, readRow);
}

/**
 * Writes each changed chunk, and clears its dirty list, only if the list is still what it was when
 * the rows were read (`tokens`): a write since then dirtied it again, and the chunk must wait for
 * the next opening rather than come back from an older read. An empty chunk is written too.
 */
async function saveChunks(ctx: StoreContext, table: ReportTable, records: ReadonlyMap<number, readonly DecryptedRecord[]>, tokens: ReadonlyMap<number, string>): Promise<void> {
  for (const [chunk, token] of tokens) {
    const entries: Entry[] = (records.get(chunk) ?? []).map((record) => [record.id, record.siteId, record.rev, record.data]);
    const enc = await encryptJson(ctx.key, { format: FORMAT, entries }, keptReportAad(table, chunk));
    await ctx.db.transaction('rw', ctx.db.syncState, async () => {
      if (tokenOf(await ctx.db.syncState.get(dirtyKey(table, chunk))) !== token) return;
      await ctx.db.syncState.put({ key: keptReportKey(table, chunk), value: enc });
      await ctx.db.syncState.delete(dirtyKey(table, chunk));
    });
  }
}

/**
 * Inside a transaction that includes `syncState` (an erasure, a file moved away): deletes the chunks
 * that may hold these records, so that nothing kept outlives them; the next opening rebuilds them.
 */
export async function dropKeptReportRecords(db: UserDatabase, table: SyncedTable, ids: readonly string[]): Promise<void> {
  if (!isReportTable(table) || ids.length === 0) return;
  await dropChunks(db, table, [...new Set(ids.map(keptChunkOf))]);
}

/** Inside a transaction that includes `syncState`: deletes these chunks and marks them to rebuild from their rows. */
async function dropChunks(db: UserDatabase, table: ReportTable, chunks: readonly number[]): Promise<void> {
  await db.syncState.bulkDelete(chunks.map((chunk) => keptReportKey(table, chunk)));
  await db.syncState.bulkPut(chunks.map((chunk) => rebuildWhole(table, chunk)));
}

/** Inside a transaction that includes `syncState`: deletes every kept chunk (a change of sites), each to be rebuilt. */
export async function dropAllKeptReport(db: UserDatabase): Promise<void> {
  await db.syncState.where('key').startsWith(PREFIX).delete();
  const tables = Object.keys(REPORT_FIELDS) as ReportTable[];
  await db.syncState.bulkPut(tables.flatMap((table) => Array.from({ length: REPORT_CHUNKS }, (_, chunk) => rebuildWhole(table, chunk))));
}

/** Projects a record's data on the report's fields (what is kept, and what the screen reads). */
export function reportRecordOf(record: DecryptedRecord): DecryptedRecord {
  return { ...record, data: projectForReport(record.table as ReportTable, record.data), pendingFields: [] };
}

/** The `syncState` keys of the kept report's chunks (tests). */
export async function keptReportKeys(db: UserDatabase): Promise<string[]> {
  return (await db.syncState.where('key').startsWith(PREFIX).primaryKeys()) as string[];
}
