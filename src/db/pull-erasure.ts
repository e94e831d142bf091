// Erasure on the device (docs/sync-protocol.md, "Erasure"): a pulled candidate with `erased: true`
// purges what the device holds about that person — outbox rows, kept copies (rejected, conflicts),
// the personal fields of their linked records, and the drafts and recordings about them — in the
// transaction that stores the page.
import type { SyncedTable } from '../domain/tables';
import type { WireRecord } from '../domain/wire';
import { forgetKeptRecords } from './kept-copies';
import { StaleRowError, buildStoredRow, decryptRowData, type StoreContext } from './store-context';
import type { StoredRow } from './user-database';

/** Records of a person that carry personal fields, and what erasure leaves of those fields. */
const ERASED_LINKED_FIELDS: Partial<Record<SyncedTable, Record<string, null | string>>> = {
  followUpNotes: { text: '' },
  positionings: { answers: null, adviserRatings: null, moduleDecisions: null, agreedLevels: null, candidateWords: null, orientation: null },
  moduleWork: { note: null },
  observations: { task: null, conditions: null, criteria: null, observerName: null, note: null },
  // The server tombstones them; one never pulled is dropped here, and its bytes then go with the
  // next sweep of the attachment store (src/db/attachment-bytes.ts).
  attachments: {},
};
const ERASED_LINKED_TABLES = Object.keys(ERASED_LINKED_FIELDS) as SyncedTable[];

export function recordKey(table: SyncedTable, id: string): string {
  return `${table}/${id}`;
}

/** The data of a linked record without the personal fields of an erased person. */
export function wipeLinked(table: SyncedTable, data: Record<string, unknown>): Record<string, unknown> {
  const wipes = ERASED_LINKED_FIELDS[table];
  if (!wipes) return data;
  const wiped = { ...data };
  for (const [field, replacement] of Object.entries(wipes)) {
    if (wiped[field] === undefined) continue;
    if (replacement === null) delete wiped[field];
    else wiped[field] = replacement;
  }
  return wiped;
}

interface RewrittenRow {
  table: SyncedTable;
  row: StoredRow;
  expectedVer: number;
}

export interface Purge {
  /** Ids of the erased persons of the page: their drafts and recordings go. */
  persons: string[];
  /** `table/id` of every record whose outbox rows and attention copies go. */
  keys: Set<string>;
  /** Local linked rows not in the page: rewritten without their personal fields (or dropped if never pulled). */
  rewrites: RewrittenRow[];
  drops: { table: SyncedTable; id: string; expectedVer: number }[];
}

/** Outside the transaction: what the page's erasures purge (rewritten rows are encrypted here). */
export async function planPurge(ctx: StoreContext, changes: readonly WireRecord[]): Promise<Purge> {
  const erased = changes.filter((change) => change.table === 'candidates' && change.data.erased === true).map((change) => change.id);
  const purge: Purge = { persons: erased, keys: new Set(), rewrites: [], drops: [] };
  if (erased.length === 0) return purge;
  for (const id of erased) purge.keys.add(recordKey('candidates', id));
  const inPage = new Set(changes.map((change) => recordKey(change.table, change.id)));
  for (const change of changes) {
    if (ERASED_LINKED_TABLES.includes(change.table) && erased.includes(change.data.candidateId as string)) purge.keys.add(recordKey(change.table, change.id));
  }
  for (const table of ERASED_LINKED_TABLES) {
    for (const row of await ctx.db.records(table).where('candidateId').anyOf(erased).toArray()) {
      const key = recordKey(table, row.id);
      purge.keys.add(key);
      if (inPage.has(key)) continue;
      if (row.rev === 0) {
        purge.drops.push({ table, id: row.id, expectedVer: row.ver });
        continue;
      }
      const data = wipeLinked(table, await decryptRowData(ctx, table, row));
      const meta = { id: row.id, siteId: row.siteId, rev: row.rev, deleted: row.deleted, ver: row.ver + 1 };
      purge.rewrites.push({ table, row: await buildStoredRow(ctx, table, meta, data), expectedVer: row.ver });
    }
  }
  return purge;
}

/** Inside the page's transaction (which includes syncState, outbox, rejected, conflicts, drafts, recordings). */
export async function applyPurge(ctx: StoreContext, purge: Purge): Promise<void> {
  if (purge.persons.length > 0) {
    // The kept copies holding their names go too (a write alone only marks the report's ids).
    await forgetKeptRecords(ctx, 'candidates', purge.persons);
    await ctx.db.drafts.where('candidateId').anyOf(purge.persons).delete();
    await ctx.db.recordings.where('candidateId').anyOf(purge.persons).delete();
  }
  if (purge.keys.size === 0) return;
  const keys = [...purge.keys].map((key) => key.split('/') as [SyncedTable, string]);
  await ctx.db.outbox.where('[table+id]').anyOf(keys).delete();
  await ctx.db.rejected.where('[table+id]').anyOf(keys).delete();
  await ctx.db.conflicts.where('[table+id]').anyOf(keys).delete();
  for (const { table, row, expectedVer } of purge.rewrites) {
    if (((await ctx.db.records(table).get(row.id))?.ver ?? -1) !== expectedVer) throw new StaleRowError();
    await ctx.db.records(table).put(row);
  }
  for (const { table, id, expectedVer } of purge.drops) {
    if (((await ctx.db.records(table).get(id))?.ver ?? -1) !== expectedVer) throw new StaleRowError();
    await ctx.db.records(table).delete(id);
  }
}
