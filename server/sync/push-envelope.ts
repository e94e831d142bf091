// The push's request body, checked by hand for the usual well-formed case (docs/performance.md,
// "Push"): zod's walk over a thousand mutations was a tenth of a push's server time. Every check
// of `pushRequestSchema` (src/domain/wire.ts) is made here the same way, and the result has the
// same keys; the envelope's own fields (clientId, schemaVersion, serverEpoch) still go through
// zod. A body this check does not accept goes through zod whole, so a malformed one gets the very
// same `400 bad_request` and its issues (push-envelope.test.ts compares the two).
import { SYNCED_TABLES } from '../../src/domain/tables';
import { MAX_MUTATIONS_PER_PUSH, isFieldObject, pushRequestSchema, type Mutation, type PushRequest } from '../../src/domain/wire';
import { parseOrBadRequest } from '../http/errors';

const TABLES: ReadonlySet<string> = new Set(SYNCED_TABLES);
const MAX_ID_LENGTH = 64;

export function parsePushRequest(body: unknown): PushRequest {
  return wellFormedPush(body) ?? parseOrBadRequest(pushRequestSchema, body);
}

/** The request as zod would give it, when it is well formed; otherwise undefined. */
export function wellFormedPush(body: unknown): PushRequest | undefined {
  if (!isPlainObject(body)) return undefined;
  const sent = body.mutations;
  if (!Array.isArray(sent) || sent.length > MAX_MUTATIONS_PER_PUSH) return undefined;
  const envelope = pushRequestSchema.safeParse({ ...body, mutations: [] });
  if (!envelope.success) return undefined;
  const mutations: Mutation[] = [];
  for (const candidate of sent) {
    const mutation = wellFormedMutation(candidate);
    if (!mutation) return undefined;
    mutations.push(mutation);
  }
  return { ...envelope.data, mutations };
}

function wellFormedMutation(value: unknown): Mutation | undefined {
  if (!isPlainObject(value)) return undefined;
  const { seq, table, id, siteId, op, baseRev, fields } = value;
  if (!isSafeInteger(seq) || seq <= 0) return undefined;
  if (typeof table !== 'string' || !TABLES.has(table)) return undefined;
  if (!isId(id) || !isId(siteId)) return undefined;
  if (op !== 'put' && op !== 'delete') return undefined;
  if (!isSafeInteger(baseRev) || baseRev < 0) return undefined;
  if (fields !== undefined && !isFieldObject(fields)) return undefined;
  const mutation: Mutation = { seq, table: table as Mutation['table'], id, siteId, op, baseRev };
  if (fields !== undefined) mutation.fields = fields;
  return mutation;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= MAX_ID_LENGTH;
}
