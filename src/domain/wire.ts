// The HTTP envelopes of docs/sync-protocol.md, shared by the server (validation) and the tablet
// (parsing).
// Paths, fields and codes are the contract: additions are fine, renames are not.
import { z } from 'zod';
import { ROLE_CODES } from './codes';
import { SYNCED_TABLES } from './tables';

export { API_PATHS } from './api-paths';

export const MAX_MUTATIONS_PER_PUSH = 1000;
export const DEFAULT_PULL_LIMIT = 500;
export const MAX_PULL_LIMIT = 1000;

export const tableName = z.enum(SYNCED_TABLES);

/** A JSON object (not an array, not null): what `fields` must be. */
export function isFieldObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

export const mutationSchema = z.object({
  seq: z.number().int().positive(),
  table: tableName,
  id: z.string().min(1).max(64),
  siteId: z.string().min(1).max(64),
  op: z.enum(['put', 'delete']),
  baseRev: z.number().int().min(0),
  // Each table's own schema judges the fields (server/sync/apply-mutation.ts); here only "an
  // object": a z.record walk copied every field of every mutation a second time.
  fields: z.custom<Record<string, unknown>>(isFieldObject, { message: 'Expected an object of fields.' }).optional(),
});
export type Mutation = z.infer<typeof mutationSchema>;

export const pushRequestSchema = z.object({
  clientId: z.uuid(),
  schemaVersion: z.number().int().positive(),
  serverEpoch: z.string().min(1).max(100).optional(),
  mutations: z.array(mutationSchema).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof pushRequestSchema>;

export const fieldConflictSchema = z.object({
  field: z.string(),
  serverValue: z.unknown(),
  clientValue: z.unknown(),
});
export type FieldConflict = z.infer<typeof fieldConflictSchema>;

export const issueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  code: z.string(),
  message: z.string(),
});
export type WireIssue = z.infer<typeof issueSchema>;

export const pushResultSchema = z.object({
  seq: z.number().int(),
  status: z.enum(['applied', 'conflict', 'rejected']),
  rev: z.number().int().optional(),
  conflicts: z.array(fieldConflictSchema).optional(),
  error: z.string().optional(),
  issues: z.array(issueSchema).optional(),
});
export type PushResult = z.infer<typeof pushResultSchema>;

/** The field name a conflict carries when a delete (or undelete) conflicted. */
export const DELETED_FIELD = 'deleted';

export const pushResponseSchema = z.object({
  results: z.array(pushResultSchema),
  lastSeq: z.number().int().min(0),
});
export type PushResponse = z.infer<typeof pushResponseSchema>;

export const wireRecordSchema = z.object({
  table: tableName,
  id: z.string(),
  siteId: z.string(),
  rev: z.number().int(),
  deleted: z.boolean(),
  data: z.record(z.string(), z.unknown()),
});
export type WireRecord = z.infer<typeof wireRecordSchema>;

export const pullQuerySchema = z.object({
  cursor: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_PULL_LIMIT).default(DEFAULT_PULL_LIMIT),
});

export const pullResponseSchema = z.object({
  changes: z.array(wireRecordSchema),
  cursor: z.number().int().min(0),
  hasMore: z.boolean(),
  serverEpoch: z.string(),
  siteIds: z.array(z.string()),
});
export type PullResponse = z.infer<typeof pullResponseSchema>;

export const healthSchema = z.object({
  ok: z.literal(true),
  schemaVersion: z.number().int(),
  serverEpoch: z.string(),
});
export type Health = z.infer<typeof healthSchema>;

export const loginRequestSchema = z.object({
  email: z.string().trim().min(3).max(200),
  password: z.string().min(1).max(200),
  /** The device asks for its per-device key-wrapping secret (docs/key-handling.md). */
  deviceId: z.uuid().optional(),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLE_CODES),
  siteIds: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  user: sessionUserSchema,
  expiresAt: z.string().optional(),
  deviceSecret: z.string().optional(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const errorBodySchema = z.object({
  error: z.string(),
  issues: z.array(z.unknown()).optional(),
  lastSeq: z.number().int().optional(),
  serverEpoch: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const conflictRowSchema = z.object({
  id: z.string(),
  table: tableName,
  recordId: z.string(),
  siteId: z.string(),
  field: z.string(),
  serverValue: z.unknown(),
  clientValue: z.unknown(),
  clientId: z.string(),
  createdAt: z.string(),
  /** The names of the users behind the client's value and the server's value, when known. */
  clientUserName: z.string().optional(),
  serverUserName: z.string().optional(),
});
export type ConflictRow = z.infer<typeof conflictRowSchema>;

/** Formats zod issues as the API's `issues`, in words (see validation-messages.ts). */
export { toWireIssues } from './wire-issues';
