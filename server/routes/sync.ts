// The sync endpoints of docs/sync-protocol.md; the work is in ../sync. A network reporter has no
// tablet workspace: 403 on all of them.
import type { FastifyInstance } from 'fastify';
import { API_PATHS, pullQuerySchema } from '../../src/domain/wire';
import type { ServerDatabase } from '../db/connect';
import { requireWorkspaceUser } from '../http/workspace';
import { HttpError, parseOrBadRequest } from '../http/errors';
import type { PushRateLimiter } from '../http/rate-limit';
import { handlePush } from '../sync/push';
import { parsePushRequest } from '../sync/push-envelope';
import { handlePullJson } from '../sync/pull';
import { listOpenConflicts, resolveConflict, resolveRequestSchema } from '../sync/conflicts';

export function registerSyncRoutes(app: FastifyInstance, database: ServerDatabase, pushRate?: PushRateLimiter): void {
  app.post(API_PATHS.push, async (request) => {
    const user = await requireWorkspaceUser(database, request);
    const body = parsePushRequest(request.body);
    const wait = pushRate?.admit(user.id, body.mutations.length) ?? 0;
    if (wait > 0) {
      const message = `Too many changes sent in a short time: nothing was stored; try again in ${wait} seconds.`;
      throw new HttpError(429, { error: 'rate_limited', message, retryAfterSeconds: wait }, { 'Retry-After': String(wait) });
    }
    return handlePush(database, user, body);
  });

  app.get(API_PATHS.pull, async (request, reply) => {
    const user = await requireWorkspaceUser(database, request);
    const page = parseOrBadRequest(pullQuerySchema, request.query);
    // Already JSON text (../sync/pull.ts): sent as is.
    return reply.type('application/json').send(await handlePullJson(database, user, page));
  });

  app.get(API_PATHS.conflicts, async (request) => {
    const user = await requireWorkspaceUser(database, request);
    return { conflicts: await listOpenConflicts(database, user) };
  });

  app.post<{ Params: { id: string } }>(`${API_PATHS.conflicts}/:id/resolve`, async (request) => {
    const user = await requireWorkspaceUser(database, request);
    const body = parseOrBadRequest(resolveRequestSchema, request.body);
    return resolveConflict(database, user, request.params.id, body);
  });
}
