// A coordinator's acts on files (src/domain/file-admin.ts): transfer to another site and merge of
// two files of the same person. The work and its audit entries are in ../candidates/.
import type { FastifyInstance } from 'fastify';
import { canAdministerFiles, mergeBodySchema, transferBodySchema } from '../../src/domain/file-admin';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { forbidden, parseOrBadRequest } from '../http/errors';
import { transferCandidate } from '../candidates/transfer';
import { mergeCandidates } from '../candidates/merge';
import { API_PATHS } from '../../src/domain/api-paths';

export const TRANSFER_PATH = API_PATHS.transfer;
export const MERGE_PATH = API_PATHS.merge;

type IdParams = { Params: { id: string } };

export function registerFileAdminRoutes(app: FastifyInstance, database: ServerDatabase): void {
  app.post<IdParams>(TRANSFER_PATH, async (request) => {
    const user = await requireUser(database, request);
    if (!canAdministerFiles(user.role)) throw forbidden();
    const body = parseOrBadRequest(transferBodySchema, request.body ?? {});
    return transferCandidate(database, user, request.params.id, body.siteId, { handoverNote: body.handoverNote });
  });

  app.post<IdParams>(MERGE_PATH, async (request) => {
    const user = await requireUser(database, request);
    if (!canAdministerFiles(user.role)) throw forbidden();
    const body = parseOrBadRequest(mergeBodySchema, request.body ?? {});
    return mergeCandidates(database, user, request.params.id, body.intoId);
  });
}
