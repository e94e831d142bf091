// POST /api/sync/push: idempotent, gap-free, per-client ordered application of mutations.
// Each chunk is one transaction: the client's row is locked before its lastSeq is read, so a
// retry sent while the first request runs waits and then replays instead of applying twice.
import type { Kysely } from 'kysely';
import { SUPPORTED_SCHEMA_VERSIONS } from '../../src/domain/tables';
import type { Mutation, PushRequest, PushResponse, PushResult, SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { readServerEpoch } from '../db/meta';
import { lockRevisionCounter } from '../db/revisions';
import { HttpError } from '../http/errors';
import { applyMutation } from './apply-mutation';

/** Mutations per transaction: keeps the counter lock short on long offline backlogs. */
export const PUSH_CHUNK_SIZE = 200;

export async function handlePush(database: ServerDatabase, user: SessionUser, request: PushRequest): Promise<PushResponse> {
  if (!SUPPORTED_SCHEMA_VERSIONS.includes(request.schemaVersion)) throw new HttpError(426, { error: 'upgrade_required' });
  const serverEpoch = await readServerEpoch(database.db);
  if (request.serverEpoch !== undefined && request.serverEpoch !== serverEpoch) {
    throw new HttpError(409, { error: 'epoch_changed', serverEpoch });
  }

  const results: PushResult[] = [];
  let lastSeq = 0;
  const chunks = chunk(request.mutations, PUSH_CHUNK_SIZE);
  if (chunks.length === 0) chunks.push([]); // still bind the client and report its lastSeq
  for (const mutations of chunks) {
    const outcome = await database.db.transaction().execute((trx) => pushChunk(trx, database, user, request.clientId, mutations));
    results.push(...outcome.results);
    lastSeq = outcome.lastSeq;
  }
  return { results, lastSeq };
}

async function pushChunk(
  trx: Kysely<Database>,
  database: ServerDatabase,
  user: SessionUser,
  clientId: string,
  mutations: readonly Mutation[],
): Promise<PushResponse> {
  const committedLastSeq = await lockClient(trx, database, user, clientId);
  if (mutations.some((mutation) => mutation.seq > committedLastSeq)) await lockRevisionCounter(trx);

  let lastSeq = committedLastSeq;
  const results: PushResult[] = [];
  for (const mutation of mutations) {
    if (mutation.seq <= lastSeq) {
      results.push(await storedResult(trx, clientId, mutation.seq));
      continue;
    }
    if (mutation.seq !== lastSeq + 1) throw new HttpError(409, { error: 'seq_gap', lastSeq: committedLastSeq });
    const result = await applyMutation(trx, user, clientId, mutation);
    await trx.insertInto('mutation_results').values({ client_id: clientId, seq: mutation.seq, result: JSON.stringify(result) }).execute();
    results.push(result);
    lastSeq = mutation.seq;
  }
  if (lastSeq !== committedLastSeq) {
    await trx.updateTable('clients').set({ last_seq: lastSeq }).where('client_id', '=', clientId).execute();
  }
  return { results, lastSeq };
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

async function storedResult(trx: Kysely<Database>, clientId: string, seq: number): Promise<PushResult> {
  const row = await trx
    .selectFrom('mutation_results')
    .select('result')
    .where('client_id', '=', clientId)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row ? (JSON.parse(row.result) as PushResult) : { seq, status: 'applied' };
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
