// Which record ids may exist on the device, per table: a hint that lets a pulled page skip
// reading rows that cannot exist (in Chromium a `get` per row costs about as much as writing it,
// and an empty device's first pull only creates rows). The hint is a superset of the ids present:
// every id of a table when it is first read, plus every id a pull adds. Nothing relies on it for
// correctness: a row written as new goes in with `add`, which fails if the row exists after all
// (the page then retries with the hint forgotten). It is forgotten too whenever the outbox seq
// counter moved, since a local write may have created a row. One hint per open database.
import type { SyncedTable } from '../domain/tables';
import { STATE_KEYS } from './sync-state';
import type { UserDatabase } from './user-database';

interface KnownIds {
  /** The `nextSeq` state value the hint was built under. */
  nextSeq: unknown;
  tables: Map<SyncedTable, Set<string>>;
}

const hints = new WeakMap<UserDatabase, KnownIds>();

/** The state value a hint is built under: read it in the transaction that uses the hint. */
export async function readNextSeq(db: UserDatabase): Promise<unknown> {
  return (await db.syncState.get(STATE_KEYS.nextSeq))?.value;
}

/**
 * The ids of `table` that may exist. Call inside a transaction that includes `syncState` and the
 * table, with the `nextSeq` read in it (readNextSeq), before the page's rows are written.
 */
export async function knownIds(db: UserDatabase, table: SyncedTable, nextSeq: unknown): Promise<Set<string>> {
  let hint = hints.get(db);
  if (!hint || hint.nextSeq !== nextSeq) {
    hint = { nextSeq, tables: new Map() };
    hints.set(db, hint);
  }
  let ids = hint.tables.get(table);
  if (!ids) {
    ids = new Set(await db.records(table).toCollection().primaryKeys());
    hint.tables.set(table, ids);
  }
  return ids;
}

/**
 * The `nextSeq` the hint was built under, when it holds every table given: a page may write on the
 * hint before it has read `nextSeq` in its transaction, provided it reads it there and aborts the
 * transaction when it differs.
 */
export function hintedNextSeq(db: UserDatabase, tables: readonly SyncedTable[]): { nextSeq: unknown } | undefined {
  const hint = hints.get(db);
  if (!hint || !tables.every((table) => hint.tables.has(table))) return undefined;
  return { nextSeq: hint.nextSeq };
}

/** After a failed `add`: the hint was wrong (it never should be); rebuild it from the database. */
export function forgetKnownIds(db: UserDatabase): void {
  hints.delete(db);
}
