// The global revision counter (docs/sync-protocol.md, "Revisions"). Revs are allocated by updating
// one counter row inside the writing transaction: the row lock orders commits, so a reader that has
// seen rev n has seen every smaller rev (a bare sequence would let transactions commit out of
// order).
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Allocates `count` consecutive revs and returns the last one (the first is last - count + 1). */
export async function allocateRevs(trx: Kysely<Database>, count = 1): Promise<number> {
  const row = await trx
    .updateTable('counters')
    .set({ value: sql<number>`value + ${count}` })
    .where('name', '=', 'rev')
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** The highest committed rev as seen by this transaction's snapshot. */
export async function currentRev(trx: Kysely<Database>): Promise<number> {
  const row = await trx.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
  return Number(row.value);
}

/**
 * Takes the writers' lock (the counter row) at the start of a writing transaction, before any
 * record is read: in PostgreSQL a row lock held to commit, in SQLite the database write lock.
 * Reads made after it see every committed write, so a merge never works on a stale record.
 */
export async function lockRevisionCounter(trx: Kysely<Database>): Promise<void> {
  await trx.updateTable('counters').set({ value: sql<number>`value` }).where('name', '=', 'rev').execute();
}
