// The devices each user signs in from: first and last contact, and revocation. A revoked device is
// told to wipe that user's local data at its next contact (login or sync).
import type { Kysely } from 'kysely';
import type { DeviceSummary } from '../../src/domain/accounts';
import type { Database } from '../db/schema';

/** Contacts closer together than this do not rewrite last_seen_at (a sync is many requests). */
const SEEN_RESOLUTION_MS = 60_000;

export async function recordDeviceContact(db: Kysely<Database>, userId: string, deviceId: string, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const row = await db.selectFrom('devices').select('last_seen_at').where('user_id', '=', userId).where('device_id', '=', deviceId).executeTakeFirst();
  if (!row) {
    await db
      .insertInto('devices')
      .values({ user_id: userId, device_id: deviceId, first_seen_at: at, last_seen_at: at, revoked_at: null })
      .onConflict((conflict) => conflict.columns(['user_id', 'device_id']).doNothing())
      .execute();
    return;
  }
  if (now.getTime() - Date.parse(row.last_seen_at) < SEEN_RESOLUTION_MS) return;
  await db.updateTable('devices').set({ last_seen_at: at }).where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
}

export async function isDeviceRevoked(db: Kysely<Database>, userId: string, deviceId: string): Promise<boolean> {
  const row = await db.selectFrom('devices').select('revoked_at').where('user_id', '=', userId).where('device_id', '=', deviceId).executeTakeFirst();
  return Boolean(row?.revoked_at);
}

/** Revokes the device for that user: its tokens stop working and its next contact wipes it. */
export async function revokeDevice(db: Kysely<Database>, userId: string, deviceId: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('devices')
      .set({ revoked_at: now.toISOString() })
      .where('user_id', '=', userId)
      .where('device_id', '=', deviceId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    await trx.updateTable('tokens').set({ revoked: 1 }).where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
    // The device secret goes too: the lost tablet's copy of the data key can no longer be re-wrapped.
    await trx.deleteFrom('device_secrets').where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
    // And its PIN unlock: the PIN-wrapped key on the lost tablet can no longer be opened.
    await trx.deleteFrom('device_unlocks').where('user_id', '=', userId).where('device_id', '=', deviceId).execute();
    return Number(result.numUpdatedRows) > 0;
  });
}

export async function devicesOf(db: Kysely<Database>, userIds: readonly string[]): Promise<Map<string, DeviceSummary[]>> {
  const byUser = new Map<string, DeviceSummary[]>();
  if (userIds.length === 0) return byUser;
  const rows = await db.selectFrom('devices').selectAll().where('user_id', 'in', [...userIds]).orderBy('last_seen_at', 'desc').execute();
  for (const row of rows) {
    const list = byUser.get(row.user_id) ?? [];
    list.push({ deviceId: row.device_id, firstSeenAt: row.first_seen_at, lastSeenAt: row.last_seen_at, ...(row.revoked_at ? { revokedAt: row.revoked_at } : {}) });
    byUser.set(row.user_id, list);
  }
  return byUser;
}
