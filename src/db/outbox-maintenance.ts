// Keeping the outbox short and complete: coalescing never-sent rows of one record before a push,
// and, after a server restore, re-queuing what the device holds that the restored server lacks.
// Rows that were ever sent are never touched here: the server may have applied them under their
// seq, and a replay of that seq must carry the same content.
import { CLIENT_WRITABLE_TABLES, type SyncedTable } from '../domain/tables';
import { encryptJson } from './crypto';
import { MAX_WRITE_ATTEMPTS, StaleRowError, decryptOutboxFields, decryptRowData, outboxAad, type StoreContext } from './store-context';
import { STATE_KEYS, takeNextSeq } from './sync-state';
import type { OutboxRow } from './user-database';

/** Marks rows as sent (before the request leaves): from then on they keep their seq and content. */
export async function markOutboxSent(ctx: StoreContext, seqs: readonly number[]): Promise<void> {
  await ctx.db.transaction('rw', ctx.db.outbox, async () => {
    for (const seq of seqs) await ctx.db.outbox.update(seq, { sent: true });
  });
}

interface Group {
  first: OutboxRow;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  /** The whole group cancels out (a record created and deleted before anything was sent). */
  dropped: boolean;
}

/**
 * Merges never-sent rows of the same record into the first of them (fields merged, later values
 * win; first seq and baseRev kept). A delete ends a group; a delete of a record that the server
 * has never seen (every row unsent, created with baseRev 0, never pulled) drops its rows and the
 * local row. The unsent rows are then renumbered without gaps. Returns the rows removed.
 */
export async function coalesceOutbox(ctx: StoreContext): Promise<number> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const all = await ctx.db.outbox.orderBy('seq').toArray();
    const firstUnsent = all.findIndex((row) => !row.sent);
    if (firstUnsent < 0) return 0;
    const sentKeys = new Set(all.slice(0, firstUnsent).map((row) => `${row.table}/${row.id}`));
    const unsent = all.slice(firstUnsent);
    if (unsent.some((row) => row.sent)) return 0; // not a suffix: leave it alone
    const open = new Map<string, Group>();
    const groups: Group[] = [];
    for (const row of unsent) {
      const key = `${row.table}/${row.id}`;
      const fields = row.op === 'put' ? await decryptOutboxFields(ctx, row) : {};
      const current = open.get(key);
      if (current && current.op === 'put') {
        if (row.op === 'put') {
          Object.assign(current.fields, fields);
          continue;
        }
        const local = await ctx.db.records(row.table).get(row.id);
        const neverSeen = !sentKeys.has(key) && current.first.baseRev === 0 && (local?.rev ?? 0) === 0;
        current.op = 'delete';
        current.fields = {};
        current.dropped = neverSeen;
        open.delete(key);
        continue;
      }
      const group: Group = { first: row, op: row.op, fields: { ...fields }, dropped: false };
      groups.push(group);
      if (row.op === 'put') open.set(key, group);
      else open.delete(key);
    }
    const kept = groups.filter((group) => !group.dropped);
    if (kept.length === unsent.length) return 0;

    const firstSeq = unsent[0]?.seq ?? 1;
    const rows: OutboxRow[] = [];
    for (const [index, group] of kept.entries()) {
      const { table, id, siteId, baseRev } = group.first;
      const row: OutboxRow = { seq: firstSeq + index, table, id, siteId, op: group.op, baseRev, fieldNames: Object.keys(group.fields) };
      if (row.fieldNames.length > 0) row.enc = await encryptJson(ctx.key, group.fields, outboxAad(table, id, siteId));
      rows.push(row);
    }
    const droppedRecords = groups.filter((group) => group.dropped).map((group) => group.first);
    const tables = [...new Set(droppedRecords.map((row) => row.table))].map((table) => ctx.db.records(table));
    const expected = all.map((row) => row.seq).join(',');
    try {
      await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState, ...tables], async () => {
        const again = (await ctx.db.outbox.orderBy('seq').primaryKeys()).join(',');
        if (again !== expected) throw new StaleRowError();
        await ctx.db.outbox.bulkDelete(unsent.map((row) => row.seq));
        await ctx.db.outbox.bulkAdd(rows);
        await ctx.db.syncState.put({ key: STATE_KEYS.nextSeq, value: firstSeq + rows.length });
        for (const row of droppedRecords) await ctx.db.records(row.table).delete(row.id);
      });
      return unsent.length - rows.length;
    } catch (error) {
      if (!(error instanceof StaleRowError)) throw error;
    }
  }
  return 0;
}

/**
 * After a restore: every record of a writable table that the device holds with a rev above the
 * restored server's highest rev was acknowledged after the backup, so the server lacks it. It is
 * queued again as a put of its full data with baseRev 0 (a tombstone as a delete after it);
 * the engine then pulls from 0 and re-bases the pending rows onto the restored server's revs.
 */
export async function requeueHeldRecords(ctx: StoreContext, highestRev: number): Promise<number> {
  const held: { table: SyncedTable; id: string; siteId: string; deleted: boolean; data: Record<string, unknown> }[] = [];
  for (const table of CLIENT_WRITABLE_TABLES) {
    for (const row of await ctx.db.records(table).where('rev').above(highestRev).toArray()) {
      held.push({ table, id: row.id, siteId: row.siteId, deleted: row.deleted, data: await decryptRowData(ctx, table, row) });
    }
  }
  if (held.length === 0) return 0;
  const prepared = await Promise.all(
    held.map(async (record) => ({
      record,
      enc: Object.keys(record.data).length > 0 ? await encryptJson(ctx.key, record.data, outboxAad(record.table, record.id, record.siteId)) : undefined,
    })),
  );
  const tables = [...new Set(held.map((record) => record.table))].map((table) => ctx.db.records(table));
  await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState, ...tables], async () => {
    for (const { record, enc } of prepared) {
      const { table, id, siteId } = record;
      // Its rev belongs to the lost history: until the pull says otherwise it is new to the server.
      const row = await ctx.db.records(table).get(id);
      if (row) await ctx.db.records(table).put({ ...row, rev: 0, ver: row.ver + 1 });
      if (enc) {
        const put: OutboxRow = { seq: await takeNextSeq(ctx.db), table, id, siteId, op: 'put', baseRev: 0, fieldNames: Object.keys(record.data), enc };
        await ctx.db.outbox.add(put);
      }
      if (record.deleted) {
        await ctx.db.outbox.add({ seq: await takeNextSeq(ctx.db), table, id, siteId, op: 'delete', baseRev: 0, fieldNames: [] });
      }
    }
  });
  return held.length;
}

/**
 * After the pull from 0 that follows a restore: a record still at rev 0 is absent from the
 * restored server, although this device may have had it acknowledged (then the restore lost it).
 * Its full data must reach the server before any partial change of it: it is folded into the
 * record's first pending put, or queued as a put when nothing of it is pending. A record absent
 * from the server cannot have had any of its seqs applied there, so rewriting that row is safe.
 */
export async function requeueUnconfirmed(ctx: StoreContext): Promise<number> {
  const work: { row: OutboxRow; replace: boolean }[] = [];
  for (const table of CLIENT_WRITABLE_TABLES) {
    for (const stored of await ctx.db.records(table).where('rev').equals(0).toArray()) {
      const pending = await ctx.db.outbox.where('[table+id]').equals([table, stored.id]).sortBy('seq');
      const first = pending[0];
      if (stored.deleted && !first) continue;
      if (first && first.op === 'delete') continue;
      const data = await decryptRowData(ctx, table, stored);
      if (Object.keys(data).length === 0) continue;
      const enc = await encryptJson(ctx.key, data, outboxAad(table, stored.id, stored.siteId));
      const base = { table, id: stored.id, siteId: stored.siteId, op: 'put' as const, baseRev: 0, fieldNames: Object.keys(data), enc };
      work.push(first ? { row: { ...first, ...base }, replace: true } : { row: { ...base, seq: 0 }, replace: false });
    }
  }
  if (work.length === 0) return 0;
  await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState], async () => {
    for (const { row, replace } of work) {
      if (replace) await ctx.db.outbox.put(row);
      else await ctx.db.outbox.add({ ...row, seq: await takeNextSeq(ctx.db) });
    }
  });
  return work.length;
}
