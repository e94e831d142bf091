// Bearer-token authentication: a valid token of an active user, or 401. A token of a device that a
// coordinator revoked gets `401 {"error":"unauthorized","wipe":true}`: the tablet then deletes that
// user's local data. Every authenticated request counts as a contact of its device.
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { holderOfToken } from '../auth/tokens';
import { loadUser, toSessionUser } from '../auth/users';
import { isDeviceRevoked, recordDeviceContact } from '../accounts/devices';
import { HttpError, unauthorized } from './errors';

export const wipeDevice = () => new HttpError(401, { error: 'unauthorized', wipe: true });

export function bearerToken(request: FastifyRequest): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
}

export async function requireUser(database: ServerDatabase, request: FastifyRequest): Promise<SessionUser> {
  const token = bearerToken(request);
  if (!token) throw unauthorized();
  const holder = await holderOfToken(database.db, token);
  if (!holder) throw unauthorized();
  if (holder.deviceId && (await isDeviceRevoked(database.db, holder.userId, holder.deviceId))) throw wipeDevice();
  if (!holder.valid) throw unauthorized();
  const user = await loadUser(database.db, holder.userId);
  if (!user?.active) throw unauthorized();
  if (holder.deviceId) await recordDeviceContact(database.db, holder.userId, holder.deviceId);
  return toSessionUser(user);
}
