// Keeping the outbox short and complete: coalescing never-sent rows of one record before a push,
// and, after a server restore, re-queuing what the device holds that the restored server lacks.
// Rows that were ever sent are never touched here: the server may have applied them under their
// seq, and a replay of that seq must carry the same content.
import { CLIENT_WRITABLE_TABLES, type SyncedTable } from '../domain/tables';
import { decryptJson, encryptJson, type EncryptedPayload } from './crypto';
import { isSent, readSentThrough, rebaseOutbox } from './outbox';
import { MAX_WRITE_ATTEMPTS, StaleRowError, decryptOutboxFields, decryptRowData, outboxAad, type StoreContext } from './store-context';
import { sameValue } from '../domain/sync-merge';
import { planKeptConflictResends } from './restore-conflicts';
import { STATE_KEYS, takeNextSeq } from './sync-state';
import type { OutboxRow } from './user-database';

interface Group {
  first: OutboxRow;
  op: 'put' | 'delete';
  fields: Record<string, unknown>;
  /** The whole group cancels out (a record created and deleted before anything was sent). */
  dropped: boolean;
  /** Later rows were folded into the first one (else it is kept as it is, renumbered). */
  merged: boolean;
}

/**
 * Merges never-sent rows of the same record into the first of them (fields merged, later values
 * win; first seq and baseRev kept). A delete ends a group; a delete of a record that the server
 * has never seen (every row unsent, created with baseRev 0, never pulled) drops its rows and the
 * local row. The unsent rows are then renumbered without gaps. Returns the rows removed.
 */
export async function coalesceOutbox(ctx: StoreContext): Promise<number> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const [all, sentThrough] = await Promise.all([ctx.db.outbox.orderBy('seq').toArray(), readSentThrough(ctx)]);
    const firstUnsent = all.findIndex((row) => !isSent(row, sentThrough));
    if (firstUnsent < 0) return 0;
    const sentKeys = new Set(all.slice(0, firstUnsent).map((row) => `${row.table}/${row.id}`));
    const unsent = all.slice(firstUnsent);
    if (unsent.some((row) => isSent(row, sentThrough))) return 0; // not a suffix: leave it alone
    // Only a record with several unsent rows can be coalesced: only their fields are decrypted.
    const rowsPerKey = new Map<string, number>();
    for (const row of unsent) rowsPerKey.set(`${row.table}/${row.id}`, (rowsPerKey.get(`${row.table}/${row.id}`) ?? 0) + 1);
    if (unsent.every((row) => rowsPerKey.get(`${row.table}/${row.id}`) === 1)) return 0;
    const open = new Map<string, Group>();
    const groups: Group[] = [];
    for (const row of unsent) {
      const key = `${row.table}/${row.id}`;
      const fields = row.op === 'put' && (rowsPerKey.get(key) ?? 0) > 1 ? await decryptOutboxFields(ctx, row) : {};
      const current = open.get(key);
      // A put re-queued after a restore carries data the server may have lost: a delete after it
      // is sent after it, never folded into it.
      if (current && current.op === 'put' && !(row.op === 'delete' && current.first.restored)) {
        current.merged = true;
        if (row.op === 'put') {
          Object.assign(current.fields, fields);
          continue;
        }
        const local = await ctx.db.records(row.table).get(row.id);
        const neverSeen = !sentKeys.has(key) && !current.first.restored && current.first.baseRev === 0 && (local?.rev ?? 0) === 0;
        current.op = 'delete';
        current.fields = {};
        current.dropped = neverSeen;
        open.delete(key);
        continue;
      }
      const group: Group = { first: row, op: row.op, fields: { ...fields }, dropped: false, merged: false };
      groups.push(group);
      if (row.op === 'put') open.set(key, group);
      else open.delete(key);
    }
    const kept = groups.filter((group) => !group.dropped);
    if (kept.length === unsent.length) return 0;

    const firstSeq = unsent[0]?.seq ?? 1;
    const rows: OutboxRow[] = [];
    for (const [index, group] of kept.entries()) {
      if (!group.merged) {
        rows.push({ ...group.first, seq: firstSeq + index }); // unsent, so free to renumber
        continue;
      }
      const { table, id, siteId, baseRev } = group.first;
      const row: OutboxRow = { seq: firstSeq + index, table, id, siteId, op: group.op, baseRev, fieldNames: Object.keys(group.fields) };
      if (group.first.restored) row.restored = true;
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

// ---- Restore recovery (new epoch) -------------------------------------------------------------
// Revs of a restored server restart below the ones a device has seen, so "held above the restored
// highest rev" cannot tell what the restore lost. Instead, before pulling from 0, the device keeps
// an encrypted snapshot of every record it holds and marks them unconfirmed (rev 0); after the
// full pull, every field the device held that differs from the restored server's copy is queued
// again with baseRev 0: a lost acknowledged change comes back, a stale copy becomes a conflict
// (never an overwrite). The snapshot lives in syncState so that a pull cut half-way still ends in
// the re-queue on the next run.

const RESTORE_SNAPSHOT_KEY = 'restoreSnapshot';
const RESTORE_SNAPSHOT_AAD = 'syncState|restoreSnapshot';

interface HeldRecord {
  table: SyncedTable;
  id: string;
  siteId: string;
  deleted: boolean;
  data: Record<string, unknown>;
}

async function readRestoreSnapshot(ctx: StoreContext): Promise<HeldRecord[] | undefined> {
  const enc = (await ctx.db.syncState.get(RESTORE_SNAPSHOT_KEY))?.value as EncryptedPayload | undefined;
  return enc ? decryptJson<HeldRecord[]>(ctx.key, enc, RESTORE_SNAPSHOT_AAD) : undefined;
}

/**
 * Starts the recovery from a restore: snapshots the held records (kept encrypted; an unfinished
 * earlier snapshot wins for the records it has), marks them unconfirmed, and resets the cursor
 * and epoch so that the next pull starts from 0.
 */
export async function beginRestoreRecovery(ctx: StoreContext, serverEpoch: string): Promise<void> {
  const earlier = (await readRestoreSnapshot(ctx)) ?? [];
  const seen = new Set(earlier.map((record) => `${record.table}/${record.id}`));
  const held: HeldRecord[] = [...earlier];
  for (const table of CLIENT_WRITABLE_TABLES) {
    for (const row of await ctx.db.records(table).toArray()) {
      if (seen.has(`${table}/${row.id}`)) continue;
      held.push({ table, id: row.id, siteId: row.siteId, deleted: row.deleted, data: await decryptRowData(ctx, table, row) });
    }
  }
  const enc = await encryptJson(ctx.key, held, RESTORE_SNAPSHOT_AAD);
  const tables = CLIENT_WRITABLE_TABLES.map((table) => ctx.db.records(table));
  await ctx.db.transaction('rw', [ctx.db.syncState, ...tables], async () => {
    for (const table of CLIENT_WRITABLE_TABLES) {
      // Its rev belongs to the lost history: until the pull returns it, it is new to the server.
      await ctx.db.records(table).toCollection().modify((row) => {
        row.rev = 0;
        row.ver += 1;
      });
    }
    await ctx.db.syncState.bulkPut([
      { key: RESTORE_SNAPSHOT_KEY, value: enc },
      { key: STATE_KEYS.cursor, value: 0 },
      { key: STATE_KEYS.serverEpoch, value: serverEpoch },
    ]);
  });
}

/**
 * Ends the recovery after the full pull (a no-op when none is under way): pending rows take the
 * restored server's revs, then what the device held and the server lacks or holds differently is
 * queued again with baseRev 0. A record the server does not have at all is sent whole (folded into
 * its first pending put, or as a put, with its delete after it if it was deleted). Fields with a
 * pending change go with their own rows; an erased record is never sent back. Returns the rows
 * added or rewritten.
 */
export async function finishRestoreRecovery(ctx: StoreContext): Promise<number> {
  const snapshot = await readRestoreSnapshot(ctx);
  if (!snapshot) return 0;
  await rebaseOutbox(ctx);

  // `delBaseRev`: the delete sent after the put is based on rev 0 (a delete the device held and the
  // server lost: any other device's edit makes it a conflict), or on the rev just pulled when it
  // repeats the device's own pending delete (what rebaseOutbox gave that delete).
  type Work = { replace?: OutboxRow; put?: { fields: Record<string, unknown> }; del?: boolean; delBaseRev?: number; record: HeldRecord };
  const work: Work[] = [];
  for (const held of snapshot) {
    const { table, id } = held;
    const row = await ctx.db.records(table).get(id);
    if (!row) continue;
    const current = await decryptRowData(ctx, table, row);
    if (current.erased === true) continue;
    const pending = await ctx.db.outbox.where('[table+id]').equals([table, id]).sortBy('seq');
    const first = pending[0];
    if (row.rev === 0) {
      // Absent from the restored server: its whole data must reach it before any partial change.
      if (Object.keys(current).length === 0) continue;
      if (first?.op === 'put') work.push({ record: held, replace: first, put: { fields: current } });
      else if (first?.op === 'delete') work.push({ record: held, put: { fields: current }, del: true });
      else work.push({ record: held, put: { fields: current }, del: row.deleted });
      continue;
    }
    const pendingFields = new Set(pending.flatMap((entry) => entry.fieldNames));
    const pendingDelete = pending.some((entry) => entry.op === 'delete');
    const fields: Record<string, unknown> = {};
    // A field the device held and the server lacks or holds differently. A field the device lacks
    // is not sent as a clear: on a device that had not pulled everything before the restore, it
    // would turn every field another device filled in into a conflict.
    for (const [field, value] of Object.entries(held.data)) {
      if (pendingFields.has(field)) continue;
      if (!sameValue(value, current[field])) fields[field] = value;
    }
    const serverDeleted = row.deleted && !pendingDelete;
    const resent = Object.keys(fields).length > 0;
    if (pendingDelete && resent) {
      // The put goes after the device's own pending delete, and a put after one's own delete
      // brings the record back: the delete is sent once more after it, so that it stays the
      // device's last word (found by the property test, seed 1845935717).
      work.push({ record: held, put: { fields }, del: true, delBaseRev: row.rev });
      continue;
    }
    const del = held.deleted && !serverDeleted && !pendingDelete;
    if (resent || del) work.push({ record: held, ...(resent ? { put: { fields } } : {}), del });
  }

  const queued = new Set(work.flatMap((item) => Object.keys(item.put?.fields ?? {}).map((field) => `${item.record.table}/${item.record.id}/${field}`)));
  const pendingRows = await ctx.db.outbox.toArray();
  const pendingFieldKeys = new Set(pendingRows.flatMap((row) => row.fieldNames.map((field) => `${row.table}/${row.id}/${field}`)));
  const kept = await planKeptConflictResends(ctx, (table, id, field) => queued.has(`${table}/${id}/${field}`) || pendingFieldKeys.has(`${table}/${id}/${field}`));
  const preparedKept = await Promise.all(
    kept.resends.map(async (resend) => ({ resend, enc: await encryptJson(ctx.key, resend.fields, outboxAad(resend.table, resend.id, resend.siteId)) })),
  );
  const prepared = await Promise.all(
    work.map(async (item) => ({
      item,
      enc: item.put ? await encryptJson(ctx.key, item.put.fields, outboxAad(item.record.table, item.record.id, item.record.siteId)) : undefined,
    })),
  );
  await ctx.db.transaction('rw', [ctx.db.outbox, ctx.db.syncState, ctx.db.conflicts], async () => {
    for (const { item, enc } of prepared) {
      const { table, id, siteId } = item.record;
      const fieldNames = Object.keys(item.put?.fields ?? {});
      if (item.replace && enc) {
        await ctx.db.outbox.put({ ...item.replace, op: 'put', baseRev: 0, fieldNames, enc, restored: true });
      } else if (enc) {
        await ctx.db.outbox.add({ seq: await takeNextSeq(ctx.db), table, id, siteId, op: 'put', baseRev: 0, fieldNames, enc, restored: true });
      }
      if (item.del) await ctx.db.outbox.add({ seq: await takeNextSeq(ctx.db), table, id, siteId, op: 'delete', baseRev: item.delBaseRev ?? 0, fieldNames: [], restored: true });
    }
    // After the held records, so a record the server lacked is there again before its conflict.
    for (const { resend, enc } of preparedKept) {
      const { table, id, siteId } = resend;
      await ctx.db.outbox.add({ seq: await takeNextSeq(ctx.db), table, id, siteId, op: 'put', baseRev: 0, fieldNames: Object.keys(resend.fields), enc, restored: true });
    }
    await ctx.db.conflicts.bulkDelete(kept.dropped);
    for (const { localId, enc } of kept.shortened) await ctx.db.conflicts.update(localId, { enc });
    await ctx.db.syncState.delete(RESTORE_SNAPSHOT_KEY);
  });
  return work.length + kept.resends.length;
}
