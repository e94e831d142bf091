// Session tokens: 32 random bytes, given once to the device, stored only as a SHA-256 hash.
import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export const DEFAULT_TOKEN_TTL_HOURS = 24 * 7; // an adviser may stay offline for days

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

export async function issueToken(
  db: Kysely<Database>,
  userId: string,
  deviceId: string | undefined,
  ttlHours: number,
): Promise<{ token: string; expiresAt: string }> {
  const token = randomSecret();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + ttlHours * 3600_000).toISOString();
  await db
    .insertInto('tokens')
    .values({ token_hash: hashToken(token), user_id: userId, device_id: deviceId ?? null, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { token, expiresAt };
}

export interface TokenHolder {
  userId: string;
  deviceId: string | null;
  /** Known but revoked or expired. */
  valid: boolean;
}

/** Whom a known token belongs to, valid or not (to tell a revoked device to wipe itself). */
export async function holderOfToken(db: Kysely<Database>, token: string, now = new Date()): Promise<TokenHolder | undefined> {
  const row = await db.selectFrom('tokens').select(['user_id', 'device_id', 'revoked', 'expires_at']).where('token_hash', '=', hashToken(token)).executeTakeFirst();
  if (!row) return undefined;
  return { userId: row.user_id, deviceId: row.device_id, valid: Number(row.revoked) === 0 && row.expires_at > now.toISOString() };
}

export async function revokeToken(db: Kysely<Database>, token: string): Promise<void> {
  await db.updateTable('tokens').set({ revoked: 1 }).where('token_hash', '=', hashToken(token)).execute();
}

export async function revokeTokensOf(db: Kysely<Database>, userId: string): Promise<void> {
  await db.updateTable('tokens').set({ revoked: 1 }).where('user_id', '=', userId).execute();
}

/** Ends every session of the user but the one holding `keptToken` (a password change). */
export async function revokeOtherTokensOf(db: Kysely<Database>, userId: string, keptToken: string): Promise<void> {
  await db.updateTable('tokens').set({ revoked: 1 }).where('user_id', '=', userId).where('token_hash', '!=', hashToken(keptToken)).execute();
}

/** The user id of a valid (known, unrevoked, unexpired) token. */
export async function userIdOfToken(db: Kysely<Database>, token: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('tokens')
    .select('user_id')
    .where('token_hash', '=', hashToken(token))
    .where('revoked', '=', 0)
    .where('expires_at', '>', new Date().toISOString())
    .executeTakeFirst();
  return row?.user_id;
}

/** The per-user, per-device secret the tablet wraps its data key with; created on first use. */
export async function deviceSecretFor(db: Kysely<Database>, userId: string, deviceId: string): Promise<string> {
  await db
    .insertInto('device_secrets')
    .values({ user_id: userId, device_id: deviceId, secret: randomSecret(), created_at: new Date().toISOString() })
    .onConflict((conflict) => conflict.columns(['user_id', 'device_id']).doNothing())
    .execute();
  const row = await db
    .selectFrom('device_secrets')
    .select('secret')
    .where('user_id', '=', userId)
    .where('device_id', '=', deviceId)
    .executeTakeFirstOrThrow();
  return row.secret;
}
