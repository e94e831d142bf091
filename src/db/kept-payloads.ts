// The candidates' decrypted payloads kept between sessions, so that an unlock decrypts a few chunks
// instead of every row (issue 26; docs/unlock-keep.md). They are personal data: each chunk is one
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
import type { StoreContext } from './store-context';
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
/** id, siteId, the row payload's IV (base64url) and its decrypted secret. */
const entrySchema = z.tuple([z.string().min(1), z.string().min(1), z.string().min(1), z.record(z.string(), z.unknown())]);
const chunkSchema = z.object({ format: z.literal(FORMAT), entries: z.array(z.unknown()) });
type Entry = z.infer<typeof entrySchema>;

interface KeptState {
  /** Per chunk, the ids and IVs it holds on the disk ('' for none): an unchanged chunk is not rewritten. */
  signatures: Map<number, string>;
  loaded: Promise<void> | undefined;
  /** The newest full read of the table not yet kept, and the save running, if any. */
  next: readonly StoredRow[] | undefined;
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
 * A chunk that does not decrypt or read (another version's, tampered) is ignored: its rows are
 * decrypted one by one and the chunk written again.
 */
export function loadKeptPayloads(ctx: StoreContext, table: SyncedTable): Promise<void> {
  const state = stateOf(ctx, table);
  state.loaded ??= (async () => {
    const rows = await ctx.db.syncState.where('key').startsWith(`${PREFIX}${table}:`).toArray();
    await Promise.all(
      rows.map(async (row) => {
        const chunk = Number(row.key.slice(`${PREFIX}${table}:`.length));
        const payload = payloadSchema.safeParse(row.value);
        if (!Number.isInteger(chunk) || !payload.success) return;
        const parsed = chunkSchema.safeParse(await decryptJson(ctx.key, payload.data, keptChunkAad(table, chunk)).catch(() => undefined));
        if (!parsed.success) return;
        const parts: string[] = [];
        for (const item of parsed.data.entries) {
          const entry = entrySchema.safeParse(item);
          if (!entry.success) continue;
          const [id, siteId, iv, secret] = entry.data;
          primePayload(ctx.key, rowAad(table, id, siteId), decodeBase64Url(iv), secret);
          parts.push(`${id}:${iv}`);
        }
        state.signatures.set(chunk, signatureOf(parts));
      }),
    ).catch(() => undefined);
  })();
  return state.loaded;
}

/**
 * Keeps the payloads of this full read of the table (every row, as the full watch reads them), in
 * the background; only the chunks whose rows or IVs changed are written. Reads arriving while a
 * save runs are folded into one next save.
 */
export function keepPayloads(ctx: StoreContext, table: SyncedTable, rows: readonly StoredRow[]): void {
  const state = stateOf(ctx, table);
  state.next = rows;
  state.saving ??= (async () => {
    await loadKeptPayloads(ctx, table);
    while (state.next) {
      const latest = state.next;
      state.next = undefined;
      await saveChunks(ctx, table, state, latest).catch(() => undefined);
    }
    state.saving = undefined;
  })();
}

/** Resolves once no save of this table's kept payloads is running (tests, benches). */
export async function keptPayloadsSettled(ctx: StoreContext, table: SyncedTable): Promise<void> {
  const state = stateOf(ctx, table);
  while (state.saving) await state.saving;
}

async function saveChunks(ctx: StoreContext, table: SyncedTable, state: KeptState, rows: readonly StoredRow[]): Promise<void> {
  const byChunk = new Map<number, { row: StoredRow; iv: string }[]>();
  for (let chunk = 0; chunk < KEPT_CHUNKS; chunk += 1) byChunk.set(chunk, []);
  for (const row of rows) {
    if (row.deleted || !row.enc) continue;
    byChunk.get(keptChunkOf(row.id))?.push({ row, iv: encodeBase64Url(row.enc.iv) });
  }
  const turns = mainThreadTurns();
  for (const [chunk, members] of byChunk) {
    const signature = signatureOf(members.map(({ row, iv }) => `${row.id}:${iv}`));
    if (state.signatures.get(chunk) === signature || (members.length === 0 && !state.signatures.has(chunk))) continue;
    await saveChunk(ctx, table, state, chunk, members, signature);
    await turns.giveIfDue();
  }
}

async function saveChunk(ctx: StoreContext, table: SyncedTable, state: KeptState, chunk: number, members: { row: StoredRow; iv: string }[], signature: string): Promise<void> {
  const entries: Entry[] = await Promise.all(
    members.map(async ({ row, iv }): Promise<Entry> => {
      const enc = row.enc as NonNullable<StoredRow['enc']>;
      return [row.id, row.siteId, iv, { ...(await decryptPayloadOnce(ctx.key, enc, rowAad(table, row.id, row.siteId))) }];
    }),
  );
  const enc = entries.length > 0 ? await encryptJson(ctx.key, { format: FORMAT, entries }, keptChunkAad(table, chunk)) : undefined;
  const key = keptChunkKey(table, chunk);
  await ctx.db.transaction('rw', [ctx.db.records(table), ctx.db.syncState], async () => {
    // Written only if every row still has the payload read: a row changed or erased since (its
    // transaction deleted this chunk) must not come back from an older read.
    const current = await ctx.db.records(table).bulkGet(members.map(({ row }) => row.id));
    const unchanged = current.every((row, at) => row && !row.deleted && row.enc && encodeBase64Url(row.enc.iv) === members[at]?.iv);
    if (enc && unchanged) {
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
