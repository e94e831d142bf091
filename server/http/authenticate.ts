// Bearer-token authentication of the sync routes: a valid token of an active user, or 401.
import type { FastifyRequest } from 'fastify';
import type { SessionUser } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { userIdOfToken } from '../auth/tokens';
import { loadUser, toSessionUser } from '../auth/users';
import { unauthorized } from './errors';

export async function requireUser(database: ServerDatabase, request: FastifyRequest): Promise<SessionUser> {
  const header = request.headers.authorization ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw unauthorized();
  const userId = await userIdOfToken(database.db, match[1]);
  const user = userId ? await loadUser(database.db, userId) : undefined;
  if (!user?.active) throw unauthorized();
  return toSessionUser(user);
}
