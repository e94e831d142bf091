// POST /api/sync/push: idempotent, gap-free, per-client ordered application of mutations.
// A push is one transaction (at most MAX_MUTATIONS_PER_PUSH mutations, bounded by the wire
// schema): the client's row is locked before its lastSeq is read, so a retry sent while the first
// request runs waits and then replays instead of applying twice, and a push either lands whole or
// not at all. The work is set-based: the stored results of replays and the current records
// are read in a few queries after the locks, the mutations are decided in memory one by one (in
// seq order, each seeing the earlier ones), and the records, conflict rows, stored results and
// revs are written in a few multi-row statements.
import type { Kysely } from 'kysely';
import { freshMutations } from '../../src/domain/sync-merge';
import { SUPPORTED_SCHEMA_VERSIONS, type SyncedTable } from '../../src/domain/tables';
import type { FieldConflict, Mutation, PushRequest, PushResponse, PushResult, SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { readServerEpoch } from '../db/meta';
import type { StoredRecord } from '../db/records';
import { allocateRevs, currentRev, lockRevisionCounter } from '../db/revisions';
import { HttpError } from '../http/errors';
import { applyMutation, type MutationOutcome } from './apply-mutation';
import { chunked, readRecords, recordKey, saveRecords } from './bulk-records';
import { insertConflicts, type ConflictTarget } from './conflict-rows';
import { linkedCandidateId } from './erase';
import { candidateIdsNamedBy, redirectMerged, type Redirected } from '../candidates/redirect';
import { authorityRefusal, newLinks } from './authority';
import { canAccessSite } from '../auth/users';

export async function handlePush(database: ServerDatabase, user: SessionUser, request: PushRequest): Promise<PushResponse> {
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(request.schemaVersion)) throw new HttpError(426, { error: 'upgrade_required' });
  const serverEpoch = await readServerEpoch(database.db);
  if (request.serverEpoch !== undefined && request.serverEpoch !== serverEpoch) {
    throw new HttpError(409, { error: 'epoch_changed', serverEpoch });
  }

  // An empty list still binds the client and reports its lastSeq.
  return database.db.transaction().execute((trx) => pushChunk(trx, database, user, request.clientId, request.mutations));
}

async function pushChunk(
  trx: Kysely<Database>,
  database: ServerDatabase,
  user: SessionUser,
  clientId: string,
  mutations: readonly Mutation[],
): Promise<PushResponse> {
  const committedLastSeq = await lockClient(trx, database, user, clientId);
  const fresh = newMutations(mutations, committedLastSeq);
  if (fresh.length > 0) await lockRevisionCounter(trx);

  // Bulk reads, after the locks: the stored results of replays and every record the chunk reads.
  const stored = await storedResults(trx, clientId, mutations.filter((mutation) => mutation.seq <= committedLastSeq).map((mutation) => mutation.seq));
  const view = fresh.length > 0 ? await loadChunkView(trx, fresh) : undefined;

  let lastSeq = committedLastSeq;
  const results: PushResult[] = [];
  const answered = new Map<number, PushResult>();
  const written = new Map<string, StoredRecord>();
  const conflicts: { target: ConflictTarget; conflicts: FieldConflict[] }[] = [];
  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq) {
      // A replay: of an earlier request (stored result) or of a seq earlier in this chunk.
      results.push(answered.get(mutation.seq) ?? stored.get(mutation.seq) ?? { seq: mutation.seq, status: 'applied' });
      continue;
    }
    if (!view) throw new Error('a new mutation without its records loaded');
    // A mutation naming a merged-away file applies to the kept one (../candidates/redirect.ts).
    // Server-only fields and links are judged on the mutation as sent, before any redirect, so
    // that a merge elsewhere never turns a foreign link into an accepted one (./authority.ts).
    const atUsersSite = canAccessSite(user, mutation.siteId);
    const refusal = atUsersSite ? authorityRefusal((table, id) => view.get(table, id), user, mutation) : undefined;
    const redirected: Redirected | { refused: string } = refusal
      ? { refused: refusal }
      : atUsersSite
        ? redirectMerged(mutation, (id) => view.peekCandidate(id))
        : { mutation };
    const outcome: MutationOutcome =
      'refused' in redirected
        ? { result: { seq: mutation.seq, status: 'rejected', error: redirected.refused }, conflicts: [] }
        : applyMutation(view, user, clientId, redirected.mutation, { authorityJudged: atUsersSite && redirected.mutation === mutation });
    const applied = 'mutation' in redirected ? redirected.mutation : mutation;
    if (outcome.record) {
      view.set(outcome.record);
      written.set(recordKey(outcome.record.table, outcome.record.id), outcome.record);
    }
    if (outcome.conflicts.length > 0) {
      conflicts.push({ target: { table: applied.table, recordId: applied.id, siteId: applied.siteId, clientId }, conflicts: outcome.conflicts });
    }
    answered.set(mutation.seq, outcome.result);
    results.push(outcome.result);
    lastSeq = mutation.seq;
  }

  if (view && view.allocated() > 0) {
    // The revs used above, taken from the counter in one step (its lock is held since the start).
    const last = await allocateRevs(trx, view.allocated());
    if (last !== view.lastRev()) throw new Error(`rev counter moved under its lock (${last} ≠ ${view.lastRev()})`);
  }
  await saveRecords(trx, [...written.values()]);
  await insertConflicts(trx, conflicts);
  const resultRows = [...answered].map(([seq, result]) => ({ client_id: clientId, seq, result: JSON.stringify(result) }));
  for (const batch of chunked(resultRows)) await trx.insertInto('mutation_results').values(batch).execute();
  if (lastSeq !== committedLastSeq) {
    await trx.updateTable('clients').set({ last_seq: lastSeq }).where('client_id', '=', clientId).execute();
  }
  return { results, lastSeq };
}

/** The mutations of a chunk that are not replays (src/domain/sync-merge.ts), or `409 seq_gap`. */
function newMutations(mutations: readonly Mutation[], committedLastSeq: number): Mutation[] {
  const decided = freshMutations(mutations, committedLastSeq);
  if ('gap' in decided) throw new HttpError(409, { error: 'seq_gap', lastSeq: committedLastSeq });
  return decided.fresh;
}

/**
 * Reads, in a few queries, every record the new mutations may look at: their own records, then
 * the persons their notes and positionings are about (an erased person refuses the edit). The
 * view is then kept up to date in memory as the chunk applies, and allocates the chunk's revs
 * above the counter read under its lock.
 */
async function loadChunkView(trx: Kysely<Database>, fresh: readonly Mutation[]) {
  const known = new Map<string, StoredRecord | undefined>();
  const load = async (keys: { table: SyncedTable; id: string }[]) => {
    const missing = keys.filter(({ table, id }) => !known.has(recordKey(table, id)));
    const found = await readRecords(trx, missing);
    for (const { table, id } of missing) known.set(recordKey(table, id), found.get(recordKey(table, id)));
  };
  await load(fresh.map(({ table, id }) => ({ table, id })));
  const persons = fresh.flatMap((mutation) => {
    const personId = linkedCandidateId(mutation.table, known.get(recordKey(mutation.table, mutation.id)), mutation.fields);
    return personId === undefined ? [] : [{ table: 'candidates' as const, id: personId }];
  });
  await load(persons);
  // Every record the mutations link to (./authority.ts judges whether the user may see them).
  await load(fresh.flatMap((mutation) => newLinks(mutation.table, undefined, mutation.fields)));
  // The files the mutations name, and the files those were merged into (merges never chain; the
  // bound only guards against a cycle).
  // (and those the changed records already name: a SPOC action's consent check reads them)
  const named = (mutation: Mutation) => [...candidateIdsNamedBy(mutation), ...candidateIdsNamedBy({ ...mutation, fields: known.get(recordKey(mutation.table, mutation.id))?.data ?? {} })];
  await load(fresh.flatMap((mutation) => named(mutation).map((id) => ({ table: 'candidates' as const, id }))));
  for (let hop = 0; hop < 8; hop++) {
    const targets = [...known.values()].flatMap((record) =>
      record?.table === 'candidates' && typeof record.data.mergedInto === 'string' && !known.has(recordKey('candidates', record.data.mergedInto))
        ? [{ table: 'candidates' as const, id: record.data.mergedInto }]
        : [],
    );
    if (targets.length === 0) break;
    await load(targets);
  }

  const firstRev = (await currentRev(trx)) + 1;
  let nextRev = firstRev;
  return {
    get(table: SyncedTable, id: string): StoredRecord | undefined {
      const key = recordKey(table, id);
      if (!known.has(key)) throw new Error(`push chunk read ${key} without loading it`);
      return known.get(key);
    },
    /** A loaded candidate's site and `mergedInto` (undefined when unknown or not loaded). */
    peekCandidate(id: string): { siteId: string; mergedInto?: unknown } | undefined {
      const record = known.get(recordKey('candidates', id));
      return record && !record.deleted ? { siteId: record.siteId, mergedInto: record.data.mergedInto } : undefined;
    },
    set(record: StoredRecord): void {
      known.set(recordKey(record.table, record.id), record);
    },
    nextRev: () => nextRev++,
    allocated: () => nextRev - firstRev,
    lastRev: () => nextRev - 1,
  };
}

/** Binds the clientId to its first user, locks its row and returns its committed lastSeq. */
async function lockClient(trx: Kysely<Database>, database: ServerDatabase, user: SessionUser, clientId: string): Promise<number> {
  await trx
    .insertInto('clients')
    .values({ client_id: clientId, user_id: user.id, last_seq: 0, created_at: new Date().toISOString() })
    .onConflict((conflict) => conflict.column('client_id').doNothing())
    .execute();
  let query = trx.selectFrom('clients').select(['user_id', 'last_seq']).where('client_id', '=', clientId);
  if (database.dialect === 'postgres') query = query.forUpdate();
  const client = await query.executeTakeFirstOrThrow();
  if (client.user_id !== user.id) throw new HttpError(403, { error: 'client_user_mismatch' });
  return Number(client.last_seq);
}

async function storedResults(trx: Kysely<Database>, clientId: string, seqs: readonly number[]): Promise<Map<number, PushResult>> {
  const found = new Map<number, PushResult>();
  for (const batch of chunked([...new Set(seqs)])) {
    const rows = await trx.selectFrom('mutation_results').select(['seq', 'result']).where('client_id', '=', clientId).where('seq', 'in', batch).execute();
    for (const row of rows) found.set(Number(row.seq), JSON.parse(row.result) as PushResult);
  }
  return found;
}

