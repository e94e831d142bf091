// The report's input kept between sessions (issue 26; docs/report-keep.md): for each table the
// report counts, its records as the reports screen reads them (projected on the report's fields,
// domain/report/fields.ts), in chunks by a hash of the id, each one AES-GCM payload under the data
// key in `syncState`. Opening the report then decrypts a few chunks instead of reading 100,000 rows.
// Stale-safe: every write of a report table's rows (local, pulled, erasure, reset, whatever the
// path) replaces the chunks of the ids it writes by a "dirty" marker IN ITS OWN TRANSACTION (the
// DBCore middleware below), so a chunk is never used once one of its rows changed; a dirty chunk
// is rebuilt from its rows at the next opening, and its save is refused if a write marked it again
// since it was read.
import { type DBCore, type DBCoreMutateRequest, type DBCoreMutateResponse, type Middleware } from 'dexie';
import { z } from 'zod';
import { isReportTable, projectForReport } from '../domain/report/fields';
import type { ReportTable } from '../domain/report/types';
import type { SyncedTable } from '../domain/tables';
import { decryptJson, encryptJson } from './crypto';
import { keptChunkOf } from './kept-payloads';
import type { DecryptedRecord, StoreContext } from './store-context';
import type { StoredRow, SyncStateRow, UserDatabase } from './user-database';

/** Chunks per table: a write dirties the chunks of the ids it writes, a few of them. */
export const REPORT_CHUNKS = 16;
const PREFIX = 'keptReport:';
const FORMAT = 1;

export function keptReportKey(table: ReportTable, chunk: number): string {
  return `${PREFIX}${table}:${chunk}`;
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

/** What a write leaves in place of a chunk: a token that changes with every write. */
function dirtyMarker(): { dirty: string } {
  return { dirty: globalThis.crypto.randomUUID() };
}

/** The state of a chunk's row as read: the encrypted chunk, or what stands for "not kept" (a marker, nothing). */
function tokenOf(row: SyncStateRow | undefined): string {
  if (!row) return 'absent';
  const value = row.value as { dirty?: unknown } | null;
  return typeof value === 'object' && value !== null && typeof value.dirty === 'string' ? `dirty:${value.dirty}` : 'other';
}

function chunkNumberOf(key: string, table: ReportTable): number | undefined {
  const chunk = Number(key.slice(`${PREFIX}${table}:`.length));
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
 * Every mutation of a report table's rows marks the chunks of its ids dirty in the same
 * transaction, so no path (local write, pulled page, erasure, change of sites, outbox repair, a
 * future one) can leave a chunk that no longer matches its rows. A transaction that writes a
 * report table must therefore include `syncState`: one that does not fails, loudly.
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
            const ids = idsOf(request);
            const chunks = ids ? [...new Set(ids.map(keptChunkOf))] : Array.from({ length: REPORT_CHUNKS }, (_, chunk) => chunk);
            if (chunks.length > 0) {
              const values = chunks.map((chunk) => ({ key: keptReportKey(name, chunk), value: dirtyMarker() }));
              await down.table('syncState').mutate({ type: 'put', trans: request.trans, values });
            }
            return table.mutate(request);
          },
        };
      },
    };
  },
};

/** Turns a stored row into the record the report reads (decrypting only what it must). */
export type ReportRowReader = (row: StoredRow) => Promise<DecryptedRecord>;

/**
 * The table's records as the report reads them, from the kept chunks, the dirty ones rebuilt from
 * their rows (read in the same transaction as the chunks, so both are of one moment). Sorted by
 * id, as a read of the table is. The rebuilt chunks are saved in the background.
 */
export async function loadKeptReport(ctx: StoreContext, table: ReportTable, readRow: ReportRowReader): Promise<DecryptedRecord[]> {
  const prefix = `${PREFIX}${table}:`;
  const { stateRows, dirty, dirtyRows } = await ctx.db.transaction('r', [ctx.db.records(table), ctx.db.syncState], async () => {
    const stateRows = await ctx.db.syncState.where('key').startsWith(prefix).toArray();
    const kept = new Set(stateRows.filter((row) => payloadSchema.safeParse(row.value).success).map((row) => chunkNumberOf(row.key, table)));
    const dirty = new Set(Array.from({ length: REPORT_CHUNKS }, (_, chunk) => chunk).filter((chunk) => !kept.has(chunk)));
    if (dirty.size === 0) return { stateRows, dirty, dirtyRows: [] as StoredRow[] };
    if (dirty.size === REPORT_CHUNKS) return { stateRows, dirty, dirtyRows: await ctx.db.records(table).toArray() };
    const ids = (await ctx.db.records(table).toCollection().primaryKeys()) as string[];
    const rows = await ctx.db.records(table).bulkGet(ids.filter((id) => dirty.has(keptChunkOf(id))));
    return { stateRows, dirty, dirtyRows: rows.filter((row): row is StoredRow => row !== undefined) };
  });

  // What each dirty chunk's row was when its rows were read: its save checks it is still so.
  const tokens = new Map<number, string>([...dirty].map((chunk) => [chunk, 'absent']));
  const records: DecryptedRecord[] = [];
  const unreadable: number[] = [];
  await Promise.all(
    stateRows.map(async (row) => {
      const chunk = chunkNumberOf(row.key, table);
      if (chunk === undefined) return;
      if (dirty.has(chunk)) {
        tokens.set(chunk, tokenOf(row));
        return;
      }
      const payload = payloadSchema.parse(row.value);
      const parsed = chunkSchema.safeParse(await decryptJson(ctx.key, payload, keptReportAad(table, chunk)).catch(() => undefined));
      if (!parsed.success || !parsed.data.entries.every(isEntry)) {
        unreadable.push(chunk);
        return;
      }
      for (const [id, siteId, rev, data] of parsed.data.entries as Entry[]) records.push({ table, id, siteId, rev, deleted: false, data, pendingFields: [] });
    }),
  );
  // A chunk of another format, or that does not decrypt: read from its rows, like a dirty one.
  if (unreadable.length > 0) return readAgain(ctx, table, readRow, unreadable);

  const rebuilt = await Promise.all(dirtyRows.filter((row) => !row.deleted).map(readRow));
  if (dirty.size > 0) {
    const name = `${ctx.db.name}|${table}`;
    const save = (saving.get(name) ?? Promise.resolve()).then(() => saveChunks(ctx, table, rebuilt, tokens)).catch(() => undefined);
    saving.set(name, save);
  }
  return [...records, ...rebuilt].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Saves running, per database and table (one after another). */
const saving = new Map<string, Promise<void>>();

/** Resolves once no save of the table's kept report is running (tests, benches). */
export async function keptReportSettled(ctx: StoreContext, table: ReportTable): Promise<void> {
  const name = `${ctx.db.name}|${table}`;
  for (let last = saving.get(name); last; last = saving.get(name) === last ? undefined : saving.get(name)) await last;
}

/** Unreadable chunks are marked dirty, then the load runs again (rare: another version's chunk). */
async function readAgain(ctx: StoreContext, table: ReportTable, readRow: ReportRowReader, chunks: readonly number[]): Promise<DecryptedRecord[]> {
  await ctx.db.transaction('rw', ctx.db.syncState, () => ctx.db.syncState.bulkPut(chunks.map((chunk) => ({ key: keptReportKey(table, chunk), value: dirtyMarker() }))));
  return loadKeptReport(ctx, table, readRow);
}

/**
 * Writes each rebuilt chunk only if its row in `syncState` is still what it was when its rows were
 * read (`tokens`): a write since then marked it again, and the chunk must wait for the next
 * opening rather than come back from an older read. An empty chunk is written too.
 */
async function saveChunks(ctx: StoreContext, table: ReportTable, rebuilt: readonly DecryptedRecord[], tokens: ReadonlyMap<number, string>): Promise<void> {
  const byChunk = new Map<number, Entry[]>([...tokens.keys()].map((chunk) => [chunk, []]));
  for (const record of rebuilt) byChunk.get(keptChunkOf(record.id))?.push([record.id, record.siteId, record.rev, record.data]);
  for (const [chunk, entries] of byChunk) {
    const enc = await encryptJson(ctx.key, { format: FORMAT, entries }, keptReportAad(table, chunk));
    const key = keptReportKey(table, chunk);
    await ctx.db.transaction('rw', ctx.db.syncState, async () => {
      if (tokenOf(await ctx.db.syncState.get(key)) === tokens.get(chunk)) await ctx.db.syncState.put({ key, value: enc });
    });
  }
}

/** Projects a record's data on the report's fields (what is kept, and what the screen reads). */
export function reportRecordOf(record: DecryptedRecord): DecryptedRecord {
  return { ...record, data: projectForReport(record.table as ReportTable, record.data), pendingFields: [] };
}

/** The `syncState` keys of the kept report (tests: what a scan of the database must decrypt). */
export async function keptReportKeys(db: UserDatabase): Promise<string[]> {
  return (await db.syncState.where('key').startsWith(PREFIX).primaryKeys()) as string[];
}
