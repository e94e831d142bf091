// Many local changes at once (an import, a group's enrolment, a session's attendance): the rules of
// writeLocalChange (records.ts), one outbox row per change with consecutive seqs, but every row and
// outbox payload encrypted first, outside any transaction, then all of them written in ONE
// transaction (all or nothing) instead of one per change. See docs/read-model.md.
import { isClientWritable, type SyncedTable } from '../domain/tables';
import { withWorkSite } from '../domain/work-site';
import { encryptJson } from './crypto';
import { heldWrites, isQuotaError } from './held-writes';
import { InvalidRecordError, ReadOnlyTableError, RecordNotFoundError, validatedChange } from './records';
import {
  MAX_WRITE_ATTEMPTS,
  StaleRowError,
  buildStoredRow,
  decryptRowData,
  outboxAad,
  pendingFieldsOf,
  type DecryptedRecord,
  type StoreContext,
} from './store-context';
import { takeSeqs } from './sync-state';
import type { OutboxRow, StoredRow } from './user-database';

export interface LocalChange {
  table: SyncedTable;
  id: string;
  /** The record's site. Absent: the change needs an existing, not deleted record and keeps its site (an update or a removal). */
  siteId?: string;
  op: 'put' | 'delete';
  fields?: Record<string, unknown>;
  /**
   * Changes that stand or fall together (an imported row: the person, their SPOC action, their
   * accompaniment): when one of them is refused, the others are refused with GroupRefusedError.
   */
  group?: string;
}

/** Not written because another change of its group was refused. */
export class GroupRefusedError extends Error {
  constructor(readonly group: string) {
    super(`another change of ${group} was refused`);
    this.name = 'GroupRefusedError';
  }
}

type Refusal = InvalidRecordError | RecordNotFoundError | ReadOnlyTableError | GroupRefusedError;

/** Per change, in order: what it left, or why it was refused (nothing of it written). */
export type ChangeOutcome = { ok: true; record: DecryptedRecord } | { ok: false; error: Refusal };

/** One record as the changes of the batch leave it, one after the other. */
interface RecordState {
  table: SyncedTable;
  id: string;
  /** Its `ver` when read: checked again inside the transaction. */
  expectedVer: number;
  rev: number;
  ver: number;
  exists: boolean;
  deleted: boolean;
  siteId: string | undefined;
  data: Record<string, unknown>;
  written: boolean;
}

interface PlannedChange {
  index: number;
  change: LocalChange;
  state: RecordState;
  siteId: string;
  fieldNames: string[];
  patch: Record<string, unknown>;
  nextData: Record<string, unknown>;
}

const keyOf = (table: SyncedTable, id: string) => `${table}/${id}`;

function isRefusal(error: unknown): error is InvalidRecordError | RecordNotFoundError | ReadOnlyTableError {
  return error instanceof InvalidRecordError || error instanceof RecordNotFoundError || error instanceof ReadOnlyTableError;
}

function idsByTable(states: Iterable<RecordState>): Map<SyncedTable, string[]> {
  const byTable = new Map<SyncedTable, string[]>();
  for (const { table, id } of states) byTable.set(table, [...(byTable.get(table) ?? []), id]);
  return byTable;
}

/** Reads the records the changes touch, then applies the changes in order in memory, validating each. */
async function planOnce(ctx: StoreContext, changes: readonly LocalChange[], active: ReadonlySet<number>) {
  const states = new Map<string, RecordState>();
  for (const { table, id } of changes.filter((_, index) => active.has(index))) {
    if (!states.has(keyOf(table, id))) {
      states.set(keyOf(table, id), { table, id, expectedVer: -1, rev: 0, ver: 0, exists: false, deleted: false, siteId: undefined, data: {}, written: false });
    }
  }
  const pendingBefore = new Map<string, OutboxRow[]>();
  await Promise.all(
    [...idsByTable(states.values())].map(async ([table, ids]) => {
      const rows = await ctx.db.records(table).bulkGet(ids);
      const existingIds = rows.flatMap((row) => (row ? [row.id] : []));
      // Only a record already stored can have outbox rows from before this batch.
      const pending = existingIds.length > 0 ? await ctx.db.outbox.where('id').anyOf(existingIds).toArray() : [];
      for (const row of pending.filter((entry) => entry.table === table).sort((a, b) => a.seq - b.seq)) {
        pendingBefore.set(keyOf(table, row.id), [...(pendingBefore.get(keyOf(table, row.id)) ?? []), row]);
      }
      await Promise.all(
        rows.map(async (row) => {
          if (!row) return;
          const state = states.get(keyOf(table, row.id));
          if (!state) return;
          Object.assign(state, { expectedVer: row.ver, rev: row.rev, ver: row.ver, exists: true, deleted: row.deleted, siteId: row.siteId });
          state.data = await decryptRowData(ctx, table, row);
        }),
      );
    }),
  );

  const refusedAt = new Map<number, ChangeOutcome>();
  const planned: PlannedChange[] = [];
  for (const [index, change] of changes.entries()) {
    const state = active.has(index) ? states.get(keyOf(change.table, change.id)) : undefined;
    if (!state) continue;
    try {
      if (!isClientWritable(change.table)) throw new ReadOnlyTableError(change.table);
      if (change.siteId === undefined && (!state.exists || state.deleted)) throw new RecordNotFoundError(change.table, change.id);
      if (!state.exists && change.op === 'delete') throw new RecordNotFoundError(change.table, change.id);
      const siteId = change.siteId ?? state.siteId ?? '';
      if (state.exists && state.siteId !== siteId) throw new InvalidRecordError([{ path: ['siteId'], message: 'siteChangeNotAllowed' }]);
      const fields = change.op === 'put' ? withWorkSite(change.table, siteId, !state.exists, change.fields ?? {}) : (change.fields ?? {});
      const { patch, nextData } = validatedChange(change.table, state.data, change.op, fields);
      planned.push({ index, change, state, siteId, fieldNames: Object.keys(patch), patch, nextData });
      Object.assign(state, { exists: true, deleted: change.op === 'delete', siteId, data: nextData, ver: state.ver + 1, written: true });
    } catch (error) {
      if (!isRefusal(error)) throw error;
      refusedAt.set(index, { ok: false, error });
    }
  }
  return { states: [...states.values()].filter((state) => state.written), planned, refusedAt, pendingBefore };
}

/**
 * planOnce, then again without the groups that had a refusal (their other changes are refused
 * with GroupRefusedError), until no planned change belongs to such a group.
 */
async function plan(ctx: StoreContext, changes: readonly LocalChange[]) {
  const active = new Set(changes.keys());
  const groupRefusals = new Map<number, ChangeOutcome>();
  for (;;) {
    const planning = await planOnce(ctx, changes, active);
    const fallen = new Set([...planning.refusedAt.keys()].flatMap((index) => (changes[index]?.group === undefined ? [] : [changes[index]?.group])));
    const dragged = planning.planned.filter((entry) => entry.change.group !== undefined && fallen.has(entry.change.group));
    if (dragged.length === 0) {
      for (const [index, outcome] of groupRefusals) planning.refusedAt.set(index, outcome);
      return planning;
    }
    for (const entry of dragged) {
      active.delete(entry.index);
      groupRefusals.set(entry.index, { ok: false, error: new GroupRefusedError(entry.change.group ?? '') });
    }
  }
}

/** Encrypts every row the batch leaves and every outbox payload (WebCrypto: never inside the transaction). */
async function encrypt(ctx: StoreContext, states: readonly RecordState[], planned: readonly PlannedChange[]) {
  const [rows, payloads] = await Promise.all([
    Promise.all(
      states.map(async (state) => ({
        table: state.table,
        row: await buildStoredRow(ctx, state.table, { id: state.id, siteId: state.siteId ?? '', rev: state.rev, deleted: state.deleted, ver: state.ver }, state.data),
      })),
    ),
    Promise.all(
      planned.map((entry) =>
        entry.fieldNames.length > 0 ? encryptJson(ctx.key, entry.patch, outboxAad(entry.change.table, entry.change.id, entry.siteId)) : undefined,
      ),
    ),
  ]);
  const outbox = planned.map((entry, position): Omit<OutboxRow, 'seq'> => {
    const row: Omit<OutboxRow, 'seq'> = { table: entry.change.table, id: entry.change.id, siteId: entry.siteId, op: entry.change.op, baseRev: entry.state.rev, fieldNames: entry.fieldNames };
    const enc = payloads[position];
    if (enc) row.enc = enc;
    return row;
  });
  return { rows, outbox };
}

async function store(ctx: StoreContext, states: readonly RecordState[], rows: readonly { table: SyncedTable; row: StoredRow }[], outbox: readonly Omit<OutboxRow, 'seq'>[]) {
  const expected = idsByTable(states);
  const tables = [...expected.keys()];
  await ctx.db.transaction('rw', [...tables.map((table) => ctx.db.records(table)), ctx.db.outbox, ctx.db.syncState], async () => {
    const byKey = new Map(states.map((state) => [keyOf(state.table, state.id), state]));
    for (const [table, ids] of expected) {
      for (const [position, again] of (await ctx.db.records(table).bulkGet(ids)).entries()) {
        if ((again?.ver ?? -1) !== byKey.get(keyOf(table, ids[position] ?? ''))?.expectedVer) throw new StaleRowError();
      }
    }
    const firstSeq = await takeSeqs(ctx.db, outbox.length);
    for (const table of tables) await ctx.db.records(table).bulkPut(rows.filter((entry) => entry.table === table).map((entry) => entry.row));
    await ctx.db.outbox.bulkAdd(outbox.map((row, index) => ({ ...row, seq: firstSeq + index }) as OutboxRow));
  });
}

function outcomesOf(count: number, planned: readonly PlannedChange[], refusedAt: ReadonlyMap<number, ChangeOutcome>, pendingFields: (entry: PlannedChange) => string[]): ChangeOutcome[] {
  const byIndex = new Map(planned.map((entry) => [entry.index, entry]));
  return Array.from({ length: count }, (_, index): ChangeOutcome => {
    const refusal = refusedAt.get(index);
    if (refusal) return refusal;
    const entry = byIndex.get(index);
    if (!entry) throw new Error(`change ${index} was neither planned nor refused`);
    const { table, id } = entry.change;
    const record: DecryptedRecord = { table, id, siteId: entry.siteId, rev: entry.state.rev, deleted: entry.change.op === 'delete', data: entry.nextData, pendingFields: pendingFields(entry) };
    return { ok: true, record };
  });
}

/** The changes in one transaction; planned again when a record changed meanwhile. */
async function writeInOneTransaction(ctx: StoreContext, changes: readonly LocalChange[], holdWhenFull: boolean): Promise<ChangeOutcome[]> {
  for (let attempt = 0; attempt < MAX_WRITE_ATTEMPTS; attempt++) {
    const { states, planned, refusedAt, pendingBefore } = await plan(ctx, changes);
    if (planned.length === 0) return outcomesOf(changes.length, planned, refusedAt, () => []);
    const { rows, outbox } = await encrypt(ctx, states, planned);
    // The fields pending for each record once the batch is stored: its earlier outbox rows and this batch's.
    const pendingAfter = new Map<string, string[]>();
    for (const entry of planned) {
      const key = keyOf(entry.change.table, entry.change.id);
      pendingAfter.set(key, [...(pendingAfter.get(key) ?? pendingFieldsOf(pendingBefore.get(key) ?? [])), ...(entry.change.op === 'delete' ? ['deleted'] : entry.fieldNames)]);
    }
    const pendingFields = (entry: PlannedChange) => [...new Set(pendingAfter.get(keyOf(entry.change.table, entry.change.id)))];
    // Storage full: the valid changes are held in memory as one write, in order, as writeLocalChange does.
    const queueBehindHeld = holdWhenFull && heldWrites.has(ctx.db.name);
    try {
      if (queueBehindHeld) throw new DOMException('earlier changes wait for storage', 'QuotaExceededError');
      await store(ctx, states, rows, outbox);
    } catch (error) {
      if (error instanceof StaleRowError) continue;
      if (!holdWhenFull || !isQuotaError(error)) throw error;
      const valid = planned.map((entry) => entry.change);
      heldWrites.hold({ database: ctx.db.name, retry: () => writeInOneTransaction(ctx, valid, false) });
    }
    return outcomesOf(changes.length, planned, refusedAt, pendingFields);
  }
  throw new Error('records kept changing while a batch of changes was being written');
}

/**
 * Records many local changes, in order, as writeLocalChange would one by one: the same rows, the
 * same outbox rows with consecutive seqs (coalesced later like any), the same refusals (a refused
 * change writes nothing, the others go on, but for the rest of its group). Everything valid is
 * written in one transaction: after a crash or a closed tab, all of it is there or none of it.
 */
export function writeLocalChanges(ctx: StoreContext, changes: readonly LocalChange[], holdWhenFull = true): Promise<ChangeOutcome[]> {
  return writeInOneTransaction(ctx, changes, holdWhenFull);
}
