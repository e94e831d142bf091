// The server's half of the PIN unlock (docs/key-handling.md): per user and device it keeps a random
// secret and the SHA-256 of the PIN proof the tablet derived. The tablet's PIN-wrapped data key
// opens only with both the PIN and that secret, so a copy of the tablet's disk cannot try PINs: each
// try is counted here, before it is checked, and the fifth wrong one destroys the secret.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import { MAX_SERVER_PIN_ATTEMPTS, PIN_UNLOCK_TTL_HOURS } from '../../src/domain/device-unlock';
import type { Database } from '../db/schema';
import { randomSecret } from './tokens';

export type PinUnlockOutcome =
  | { result: 'ok'; secret: string }
  | { result: 'wrong'; remaining: number }
  | { result: 'locked-out' }
  | { result: 'unavailable' };

const proofHash = (proof: string) => createHash('sha256').update(proof).digest('hex');

/** A fresh secret for the device (any earlier one is replaced), kept for PIN_UNLOCK_TTL_HOURS. */
export async function enrolPinUnlock(db: Kysely<Database>, userId: string, deviceId: string, proof: string, now = new Date()): Promise<{ secret: string; expiresAt: string }> {
  const secret = randomSecret();
  const expiresAt = new Date(now.getTime() + PIN_UNLOCK_TTL_HOURS * 3600_000).toISOString();
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('device_unlocks').where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
    await trx
      .insertInto('device_unlocks')
      .values({ user_id: userId, device_id: deviceId, secret, proof_hash: proofHash(proof), attempts: 0, created_at: now.toISOString(), expires_at: expiresAt })
      .execute();
  });
  return { secret, expiresAt };
}

/**
 * One PIN try. The attempt is counted first, in one statement that also refuses a sixth (so
 * parallel tries cannot get past the limit), then the proof is compared.
 */
export async function tryPinUnlock(db: Kysely<Database>, userId: string, deviceId: string, proof: string, now = new Date()): Promise<PinUnlockOutcome> {
  const at = now.toISOString();
  await db.deleteFrom('device_unlocks').where('user_id', '=', userId).where('device_id', '=', deviceId).where('expires_at', '<=', at).execute();
  const counted = await db
    .updateTable('device_unlocks')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('user_id', '=', userId)
    .where('device_id', '=', deviceId)
    .where('attempts', '<', MAX_SERVER_PIN_ATTEMPTS)
    .where('expires_at', '>', at)
    .returning(['attempts', 'proof_hash', 'secret'])
    .executeTakeFirst();
  if (!counted) return { result: 'unavailable' };
  const right = timingSafeEqual(Buffer.from(proofHash(proof), 'hex'), Buffer.from(counted.proof_hash, 'hex'));
  if (right) {
    await db.updateTable('device_unlocks').set({ attempts: 0 }).where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
    return { result: 'ok', secret: counted.secret };
  }
  const attempts = Number(counted.attempts);
  if (attempts >= MAX_SERVER_PIN_ATTEMPTS) {
    await forgetPinUnlock(db, userId, deviceId);
    return { result: 'locked-out' };
  }
  return { result: 'wrong', remaining: MAX_SERVER_PIN_ATTEMPTS - attempts };
}

/** Whether the device holds a secret that a PIN try could still open (not expired, not locked out). */
export async function hasLivePinUnlock(db: Kysely<Database>, userId: string, deviceId: string, now = new Date()): Promise<boolean> {
  const row = await db
    .selectFrom('device_unlocks')
    .select('attempts')
    .where('user_id', '=', userId)
    .where('device_id', '=', deviceId)
    .where('attempts', '<', MAX_SERVER_PIN_ATTEMPTS)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}

/** Logout, revocation: the device's secret is destroyed (every device of the user when no device is given). */
export async function forgetPinUnlock(db: Kysely<Database>, userId: string, deviceId?: string | null): Promise<void> {
  let query = db.deleteFrom('device_unlocks').where('user_id', '=', userId);
  if (deviceId) query = query.where('device_id', '=', deviceId);
  await query.execute();
}
