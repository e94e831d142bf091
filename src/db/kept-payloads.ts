// The candidates' decrypted payloads kept between sessions, so that an unlock decrypts a few chunks
// instead of every row, and the candidate list can be shown from them before the rows are read
// (issue 26; docs/unlock-keep.md). They are personal data: each chunk is one
// AES-GCM payload under the data key, bound to its `syncState` row, never in clear on the disk.
// A kept payload is used only for the row whose current payload has the same IV (each encryption
// draws a fresh one), so a stale chunk costs speed, never correctness. Kept in step by the full
// watch of the table (every local write and pulled page wakes it: changed chunks are written
// again); an erasure and a change of sites delete the chunks in their own transaction.
import { z } from 'zod';
import type { SyncedTable } from '../domain/tables';
import { decodeBase64Url, decryptJson, encodeBase64Url, encryptJson, rowAad } from './crypto';
import { decryptPayloadOnce, primePayload } from './decrypted-payloads';
import { mainThreadTurns } from './main-thread-turns';
import { clearDataOf, type DecryptedRecord, type StoreContext } from './store-context';
import type { StoredRow, UserDatabase } from './user-database';

/** The tables read whole at unlock (the candidate list and its search index). */
const KEPT_TABLES: ReadonlySet<SyncedTable> = new Set(['candidates']);
/** Rows are spread over this many chunks by a hash of their id: a change rewrites one chunk. */
export const KEPT_CHUNKS = 16;
const PREFIX = 'kept:';
const FORMAT = 1;

export function isKeptTable(table: SyncedTable): boolean {
  return KEPT_TABLES.has(table);
}

/** FNV-1a of the id, so a row's chunk is known without decrypting anything (erasure needs it). */
export function keptChunkOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let at = 0; at < id.length; at += 1) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
  return (hash >>> 0) % KEPT_CHUNKS;
}

export function keptChunkKey(table: SyncedTable, chunk: number): string {
  return `${PREFIX}${table}:${chunk}`;
}

export function keptChunkAad(table: SyncedTable, chunk: number): string {
  return `syncState|${keptChunkKey(table, chunk)}`;
}

const payloadSchema = z.object({ iv: z.instanceof(Uint8Array), ct: z.instanceof(ArrayBuffer) });
const chunkSchema = z.object({ format: z.literal(FORMAT), entries: z.array(z.unknown()) });
type Data = Record<string, unknown>;
/**
 * id, siteId, the row payload's IV (base64url), its decrypted secret, then what the record had
 * besides when kept (rev, fields pending, clear fields): enough to list it before its row is read.
 */
type Entry = [id: string, siteId: string, iv: string, secret: Data, rev: number, pendingFields: string[], clear: Data];

const isData = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checked by hand: zod over 50,000 entries costs more than the decryption it saves. */
function isEntry(value: unknown): value is Entry {
  if (!Array.isArray(value) || value.length !== 7) return false;
  const [id, siteId, iv, secret, rev, pending, clear] = value as unknown[];
  return (
    typeof id === 'string' &&
    typeof siteId === 'string' &&
    typeof iv === 'string' &&
    isData(secret) &&
    typeof rev === 'number' &&
    Array.isArray(pending) &&
    pending.every((field) => typeof field === 'string') &&
    isData(clear)
  );
}

interface KeptState {
  /** Per chunk, the ids and IVs it holds on the disk ('' for none): an unchanged chunk is not rewritten. */
  signatures: Map<number, string>;
  loaded: Promise<DecryptedRecord[] | undefined> | undefined;
  /** The newest full read of the table not yet kept (rows and their records), and the save running, if any. */
  next: { rows: readonly StoredRow[]; records: readonly DecryptedRecord[] } | undefined;
  saving: Promise<void> | undefined;
}

// Per data key (a session): the key's going ends it, like the in-memory cache of decrypted-payloads.ts.
const states = new WeakMap<CryptoKey, Map<string, KeptState>>();

function stateOf(ctx: StoreContext, table: SyncedTable): KeptState {
  let byTable = states.get(ctx.key);
  if (!byTable) {
    byTable = new Map();
    states.set(ctx.key, byTable);
  }
  const name = `${ctx.db.name}|${table}`;
  let state = byTable.get(name);
  if (!state) {
    state = { signatures: new Map(), loaded: undefined, next: undefined, saving: undefined };
    byTable.set(name, state);
  }
  return state;
}

function signatureOf(parts: readonly string[]): string {
  return [...parts].sort().join(',');
}

/**
 * Reads and decrypts the kept chunks once per session and seeds the in-memory cache with them.
 * Resolves to the records they hold when every chunk is there and reads (the list can be shown
 * from them before the rows are read), otherwise to undefined. A chunk that does not decrypt or
 * read (another version's, tampered) is ignored: its rows are decrypted one by one and the chunk
 * written again.
 */
export function loadKeptPayloads(ctx: StoreContext, table: SyncedTable): Promise<DecryptedRecord[] | undefined> {
  const state = stateOf(ctx, table);
  state.loaded ??= (async () => {
    const prefix = `${PREFIX}${table}:`;
    const rows = await ctx.db.syncState.where('key').startsWith(prefix).toArray();
    const chunks = await Promise.all(
      rows.map(async (row): Promise<DecryptedRecord[] | undefined> => {
        const chunk = Number(row.key.slice(prefix.length));
        const payload = payloadSchema.safeParse(row.value);
        if (!Number.isInteger(chunk) || !payload.success) return undefined;
        const parsed = chunkSchema.safeParse(await decryptJson(ctx.key, payload.data, keptChunkAad(table, chunk)).catch(() => undefined));
        if (!parsed.success) return undefined;
        const parts: string[] = [];
        const records: DecryptedRecord[] = [];
        for (const entry of parsed.data.entries) {
          if (!isEntry(entry)) return undefined;
          const [id, siteId, iv, secret, rev, pendingFields, clear] = entry;
          primePayload(ctx.key, rowAad(table, id, siteId), decodeBase64Url(iv), secret);
          parts.push(`${id}:${iv}`);
          records.push({ table, id, siteId, rev, deleted: false, data: { ...clear, ...secret }, pendingFields });
        }
        state.signatures.set(chunk, signatureOf(parts));
        return records;
      }),
    ).catch(() => []);
    const complete = chunks.length === KEPT_CHUNKS && chunks.every((records) => records !== undefined);
    return complete ? chunks.flatMap((records) => records ?? []) : undefined;
  })();
  return state.loaded;
}

/**
 * Keeps the payloads of this full read of the table (every row, as the full watch reads them), in
 * the background; only the chunks whose rows or IVs changed are written. Reads arriving while a
 * save runs are folded into one next save.
 */
export function keepPayloads(ctx: StoreContext, table: SyncedTable, rows: readonly StoredRow[], records: readonly DecryptedRecord[]): void {
  const state = stateOf(ctx, table);
  state.next = { rows, records };
  state.saving ??= (async () => {
    await loadKeptPayloads(ctx, table);
    while (state.next) {
      const latest = state.next;
      state.next = undefined;
      await saveChunks(ctx, table, state, latest.rows, latest.records).catch(() => undefined);
    }
    state.saving = undefined;
  })();
}

/** Whether every chunk of the table is on the disk (whether each reads is checked when used): keys only. */
export async function keptPayloadsPresent(db: UserDatabase, table: SyncedTable): Promise<boolean> {
  return (await db.syncState.where('key').startsWith(`${PREFIX}${table}:`).count()) === KEPT_CHUNKS;
}

/** Resolves once no save of this table's kept payloads is running (tests, benches). */
export async function keptPayloadsSettled(ctx: StoreContext, table: SyncedTable): Promise<void> {
  const state = stateOf(ctx, table);
  while (state.saving) await state.saving;
}

interface Member {
  row: StoredRow;
  iv: string;
  record: DecryptedRecord | undefined;
}

async function saveChunks(ctx: StoreContext, table: SyncedTable, state: KeptState, rows: readonly StoredRow[], records: readonly DecryptedRecord[]): Promise<void> {
  const recordsById = new Map(records.map((record) => [record.id, record]));
  const byChunk = new Map<number, Member[]>();
  for (let chunk = 0; chunk < KEPT_CHUNKS; chunk += 1) byChunk.set(chunk, []);
  for (const row of rows) {
    if (row.deleted || !row.enc) continue;
    byChunk.get(keptChunkOf(row.id))?.push({ row, iv: encodeBase64Url(row.enc.iv), record: recordsById.get(row.id) });
  }
  const turns = mainThreadTurns();
  for (const [chunk, members] of byChunk) {
    const signature = signatureOf(members.map(({ row, iv }) => `${row.id}:${iv}`));
    if (state.signatures.get(chunk) === signature) continue;
    await saveChunk(ctx, table, state, chunk, members, signature);
    await turns.giveIfDue();
  }
}

// An empty chunk is written too: "every chunk there" then tells a complete kept list.
async function saveChunk(ctx: StoreContext, table: SyncedTable, state: KeptState, chunk: number, members: Member[], signature: string): Promise<void> {
  const entries: Entry[] = await Promise.all(
    members.map(async ({ row, iv, record }): Promise<Entry> => {
      const enc = row.enc as NonNullable<StoredRow['enc']>;
      const secret = { ...(await decryptPayloadOnce(ctx.key, enc, rowAad(table, row.id, row.siteId))) };
      return [row.id, row.siteId, iv, secret, row.rev, record?.pendingFields ?? [], clearDataOf(table, row)];
    }),
  );
  const enc = await encryptJson(ctx.key, { format: FORMAT, entries }, keptChunkAad(table, chunk));
  const key = keptChunkKey(table, chunk);
  await ctx.db.transaction('rw', [ctx.db.records(table), ctx.db.syncState], async () => {
    // Written only if every row still has the payload read: a row changed or erased since (its
    // transaction deleted this chunk) must not come back from an older read.
    const current = await ctx.db.records(table).bulkGet(members.map(({ row }) => row.id));
    const unchanged = current.every((row, at) => row && !row.deleted && row.enc && encodeBase64Url(row.enc.iv) === members[at]?.iv);
    if (unchanged) {
      await ctx.db.syncState.put({ key, value: enc });
      state.signatures.set(chunk, signature);
    } else {
      await ctx.db.syncState.delete(key);
      state.signatures.delete(chunk);
    }
  });
}

/**
 * Inside an erasure's transaction (which includes `syncState`): deletes the chunks that may hold
 * these persons, so that no copy of their names outlives the erasure; the next read keeps the
 * others' payloads again.
 */
export async function dropKeptPersons(ctx: StoreContext, table: SyncedTable, ids: readonly string[]): Promise<void> {
  if (!isKeptTable(table) || ids.length === 0) return;
  const chunks = [...new Set(ids.map(keptChunkOf))];
  await ctx.db.syncState.bulkDelete(chunks.map((chunk) => keptChunkKey(table, chunk)));
  const state = stateOf(ctx, table);
  for (const chunk of chunks) state.signatures.delete(chunk);
}

/** Inside a transaction that includes `syncState`: deletes every kept chunk (the sites changed). */
export async function dropAllKept(ctx: StoreContext): Promise<void> {
  await ctx.db.syncState.where('key').startsWith(PREFIX).delete();
  for (const table of KEPT_TABLES) stateOf(ctx, table).signatures.clear();
}

/** The `syncState` keys of kept chunks (tests: what a scan of the database must decrypt). */
export async function keptChunkKeys(db: UserDatabase): Promise<string[]> {
  return (await db.syncState.where('key').startsWith(PREFIX).primaryKeys()) as string[];
}
