// The signed-in user of a route that serves a tablet workspace (sync): a network reporter has none
// and gets 403 {"error":"forbidden"} (server/auth/roles.ts).
import type { FastifyRequest } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import type { SessionUser } from '../../src/domain/wire';
import { hasTabletWorkspace } from '../auth/roles';
import { requireUser } from './authenticate';
import { forbidden } from './errors';

export async function requireWorkspaceUser(database: ServerDatabase, request: FastifyRequest): Promise<SessionUser> {
  const user = await requireUser(database, request);
  if (!hasTabletWorkspace(user.role)) throw forbidden();
  return user;
}
