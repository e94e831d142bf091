// POST /api/candidates/:id/erase (design/sync.md): a coordinator of the candidate's site, or an
// administrator, anonymises the person everywhere. The work is in ../sync/erase.ts.
import type { FastifyInstance } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { eraseCandidate } from '../sync/erase';

export const ERASE_PATH = '/api/candidates/:id/erase';

export function registerEraseRoute(app: FastifyInstance, database: ServerDatabase): void {
  app.post<{ Params: { id: string } }>(ERASE_PATH, async (request) => {
    const user = await requireUser(database, request);
    return eraseCandidate(database, user, request.params.id);
  });
}
