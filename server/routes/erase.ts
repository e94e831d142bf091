// POST /api/candidates/:id/erase (docs/sync-protocol.md, "Erasure"): a coordinator of the
// candidate's site, or an administrator, anonymises the person everywhere. The work is in
// ../sync/erase.ts.
import type { FastifyInstance } from 'fastify';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { eraseCandidate } from '../sync/erase';
import { writeAudit } from '../accounts/audit';
import { readRecord } from '../db/records';
import { API_PATHS } from '../../src/domain/api-paths';

export const ERASE_PATH = API_PATHS.erase;

export function registerEraseRoute(app: FastifyInstance, database: ServerDatabase): void {
  app.post<{ Params: { id: string } }>(ERASE_PATH, async (request) => {
    const user = await requireUser(database, request);
    const result = await eraseCandidate(database, user, request.params.id);
    const candidate = await readRecord(database.db, 'candidates', request.params.id);
    await writeAudit(database.db, { actorId: user.id, action: 'candidate-erased', siteId: candidate?.siteId, targetTable: 'candidates', targetId: request.params.id });
    return result;
  });
}
