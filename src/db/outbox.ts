// The outbox as the sync engine sees it: batches to push, settling the server's results,
// renumbering after a seq gap, re-basing after a server restore, and the attention list
// (rejected mutations and conflicts, kept encrypted until the adviser deals with them).
import type { SyncedTable } from '../domain/tables';
import type { Mutation, PushResult } from '../domain/wire';
import { decryptJson, encryptJson, rowAad } from './crypto';
import { decryptOutboxFields, type StoreContext } from './store-context';
import { STATE_KEYS } from './sync-state';
import type { AttentionRow, OutboxRow } from './user-database';

export interface AttentionItem {
  kind: 'rejected' | 'conflict';
  localId: number;
  table: SyncedTable;
  id: string;
  siteId: string;
  createdAt: string;
  mutation: Mutation;
  error?: string;
  issues?: unknown[];
  conflicts?: { field: string; serverValue: unknown; clientValue: unknown }[];
}

export type AttentionPayload = Pick<AttentionItem, 'mutation' | 'error' | 'issues' | 'conflicts'>;

/** The kept copy's payload, encrypted for its row (bound to kind, table, record and site). */
export function encryptAttention(ctx: StoreContext, kind: AttentionItem['kind'], row: Pick<AttentionRow, 'table' | 'id' | 'siteId'>, payload: AttentionPayload) {
  return encryptJson(ctx.key, payload, attentionAad(kind, row.table, row.id, row.siteId));
}

function attentionAad(kind: AttentionItem['kind'], table: SyncedTable, id: string, siteId: string): string {
  return `${kind}|${rowAad(table, id, siteId)}`;
}

export async function countOutbox(ctx: StoreContext): Promise<number> {
  return ctx.db.outbox.count();
}

export async function countAttention(ctx: StoreContext): Promise<number> {
  const [rejected, conflicts] = await Promise.all([ctx.db.rejected.count(), ctx.db.conflicts.count()]);
  return rejected + conflicts;
}

/** The oldest unsent changes, in seq order, as wire mutations. */
export async function readOutboxBatch(ctx: StoreContext, limit: number): Promise<Mutation[]> {
  const rows = await ctx.db.outbox.orderBy('seq').limit(limit).toArray();
  return Promise.all(rows.map(async (row) => toMutation(row, await decryptOutboxFields(ctx, row))));
}

/**
 * Bytes a mutation adds to a push body besides its fields: the envelope (`seq`, `table`, `id` and
 * `siteId` of at most 64 characters each, `op`, `baseRev`), its JSON punctuation and a margin.
 */
const MUTATION_ENVELOPE_BYTES = 320;
/** AES-GCM's tag: a row's ciphertext is its fields' JSON (UTF-8) plus these bytes. */
const GCM_TAG_BYTES = 16;

/** A row's size in a push body, read from its ciphertext (no decryption needed). */
function wireBytes(row: OutboxRow): number {
  return MUTATION_ENVELOPE_BYTES + (row.enc ? row.enc.ct.byteLength - GCM_TAG_BYTES : 0);
}

/** The stored `sentThrough` mark (0 when nothing was ever taken). */
export async function readSentThrough(ctx: StoreContext): Promise<number> {
  const value = (await ctx.db.syncState.get(STATE_KEYS.sentThrough))?.value;
  return typeof value === 'number' ? value : 0;
}

/**
 * Has the row been taken for a push? Then its seq and content never change (the server may have
 * applied it under that seq). Rows taken are always the oldest ones, so one mark in `syncState`
 * says it for a whole batch; the `sent` flag is kept by rows marked before the mark existed and by
 * rows renumbered after a seq gap (renumberOutbox).
 */
export function isSent(row: Pick<OutboxRow, 'seq' | 'sent'>, sentThrough: number): boolean {
  return row.sent === true || row.seq <= sentThrough;
}

/**
 * The next push: the oldest rows in seq order (after the seq `after`, when the batch before it is
 * still being settled), at most `limit` of them and at most `maxBytes` of request body (always at
 * least one row), marked sent in the same transaction that reads them
 * (one write of `sentThrough`), then decrypted into wire mutations.
 */
export async function takeOutboxBatch(ctx: StoreContext, limit: number, maxBytes: number, after?: number): Promise<Mutation[]> {
  const rows = await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState], async () => {
    const from = after === undefined ? ctx.db.outbox.orderBy('seq') : ctx.db.outbox.where('seq').above(after);
    const [oldest, sentThrough] = await Promise.all([from.limit(limit).toArray(), readSentThrough(ctx)]);
    let bytes = 0;
    let count = 0;
    for (const row of oldest) {
      bytes += wireBytes(row);
      if (count > 0 && bytes > maxBytes) break;
      count += 1;
    }
    const taken = oldest.slice(0, count);
    const last = taken.at(-1)?.seq;
    if (last !== undefined && last > sentThrough) await ctx.db.syncState.put({ key: STATE_KEYS.sentThrough, value: last });
    return taken;
  });
  return Promise.all(rows.map(async (row) => toMutation(row, await decryptOutboxFields(ctx, row))));
}

function toMutation(row: OutboxRow, fields: Record<string, unknown>): Mutation {
  const mutation: Mutation = { seq: row.seq, table: row.table, id: row.id, siteId: row.siteId, op: row.op, baseRev: row.baseRev };
  if (row.op === 'put') mutation.fields = fields;
  return mutation;
}

/**
 * Applies the server's answers: every answered row leaves the outbox; conflicts and rejections
 * are kept for the adviser. For a refused or conflicting change to a record the device had
 * pulled, the cursor is lowered below that record's rev so the next pull brings back the
 * server's version (the local row showed the refused value). A refused creation is dropped.
 */
export async function settlePushResults(ctx: StoreContext, sent: readonly Mutation[], results: readonly PushResult[]): Promise<void> {
  const bySeq = new Map(sent.map((mutation) => [mutation.seq, mutation]));
  const answered: { mutation: Mutation; result: PushResult }[] = [];
  for (const result of results) {
    const mutation = bySeq.get(result.seq);
    if (mutation) answered.push({ mutation, result });
  }
  const createdAt = new Date().toISOString();
  const attention: { kind: 'rejected' | 'conflict'; row: AttentionRow }[] = [];
  for (const { mutation, result } of answered) {
    if (result.status === 'applied') continue;
    const kind = result.status === 'rejected' ? 'rejected' : 'conflict';
    const payload: AttentionPayload = { mutation, error: result.error, issues: result.issues, conflicts: result.conflicts };
    const enc = await encryptAttention(ctx, kind, mutation, payload);
    attention.push({ kind, row: { table: mutation.table, id: mutation.id, siteId: mutation.siteId, createdAt, enc } });
  }
  // Only refused or conflicting changes read their records: an all-applied batch (the usual case)
  // is one transaction over the outbox alone.
  const notApplied = answered.filter(({ result }) => result.status !== 'applied');
  const touchedTables = [...new Set(notApplied.map(({ mutation }) => mutation.table))].map((table) => ctx.db.records(table));
  const stores = [ctx.db.outbox, ...(notApplied.length > 0 ? [ctx.db.rejected, ctx.db.conflicts, ctx.db.syncState, ...touchedTables] : [])];

  const seqs = answered.map(({ mutation }) => mutation.seq);
  const [first, last] = [Math.min(...seqs), Math.max(...seqs)];
  await ctx.db.transaction('rw', stores, async () => {
    // A batch is the oldest rows, so its answered seqs usually fill a range of the outbox alone:
    // then one range delete (one request) instead of one delete per row.
    const inRange = seqs.length === 0 ? 0 : await ctx.db.outbox.where(':id').between(first, last, true, true).count();
    if (seqs.length > 0 && inRange === seqs.length && new Set(seqs).size === seqs.length) {
      await ctx.db.outbox.where(':id').between(first, last, true, true).delete();
    } else {
      await ctx.db.outbox.bulkDelete(seqs);
    }
    for (const { kind, row } of attention) await (kind === 'rejected' ? ctx.db.rejected : ctx.db.conflicts).add(row);
    let lowestCursor = Number.POSITIVE_INFINITY;
    for (const { mutation, result } of notApplied) {
      const row = await ctx.db.records(mutation.table).get(mutation.id);
      if (!row) continue;
      if (row.rev > 0) lowestCursor = Math.min(lowestCursor, row.rev - 1);
      else if (result.status === 'rejected') {
        const stillPending = await ctx.db.outbox.where('[table+id]').equals([mutation.table, mutation.id]).count();
        if (stillPending === 0) await ctx.db.records(mutation.table).delete(mutation.id);
      }
    }
    if (Number.isFinite(lowestCursor)) {
      const cursor = (await ctx.db.syncState.get(STATE_KEYS.cursor))?.value;
      if (typeof cursor !== 'number' || lowestCursor < cursor) {
        await ctx.db.syncState.put({ key: STATE_KEYS.cursor, value: lowestCursor });
      }
    }
  });
}

/** After `409 seq_gap`: renumber every unsent row from `firstSeq`, keeping their order. */
export async function renumberOutbox(ctx: StoreContext, firstSeq: number): Promise<void> {
  await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState], async () => {
    const [rows, sentThrough] = await Promise.all([ctx.db.outbox.orderBy('seq').toArray(), readSentThrough(ctx)]);
    await ctx.db.outbox.clear();
    // Rows already taken keep being sent (flagged, since their new seqs may fall below or above the mark).
    await ctx.db.outbox.bulkAdd(rows.map((row, index) => ({ ...row, seq: firstSeq + index, ...(isSent(row, sentThrough) ? { sent: true } : {}) })));
    await ctx.db.syncState.bulkPut([
      { key: STATE_KEYS.nextSeq, value: firstSeq + rows.length },
      { key: STATE_KEYS.sentThrough, value: firstSeq - 1 },
    ]);
  });
}

/** After a pull from 0 under a new epoch: pending rows take the revs the restored server has. */
export async function rebaseOutbox(ctx: StoreContext): Promise<void> {
  const tables = [...new Set((await ctx.db.outbox.toArray()).map((row) => row.table))];
  await ctx.db.transaction('rw', [ctx.db.outbox, ...tables.map((table) => ctx.db.records(table))], async () => {
    for (const row of await ctx.db.outbox.toArray()) {
      const record = await ctx.db.records(row.table).get(row.id);
      await ctx.db.outbox.update(row.seq, { baseRev: record?.rev ?? 0 });
    }
  });
}

export async function listAttention(ctx: StoreContext): Promise<AttentionItem[]> {
  const [rejected, conflicts] = await Promise.all([ctx.db.rejected.toArray(), ctx.db.conflicts.toArray()]);
  const decode = async (kind: AttentionItem['kind'], row: AttentionRow): Promise<AttentionItem> => {
    const payload = await decryptJson<AttentionPayload>(ctx.key, row.enc, attentionAad(kind, row.table, row.id, row.siteId));
    return { kind, localId: row.localId ?? 0, table: row.table, id: row.id, siteId: row.siteId, createdAt: row.createdAt, ...payload };
  };
  return Promise.all([...rejected.map((row) => decode('rejected', row)), ...conflicts.map((row) => decode('conflict', row))]);
}

export async function dismissAttention(ctx: StoreContext, kind: AttentionItem['kind'], localId: number): Promise<void> {
  await (kind === 'rejected' ? ctx.db.rejected : ctx.db.conflicts).delete(localId);
}
