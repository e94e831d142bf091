// GET /api/candidates/:id/file?lang= : the person's complete file, written by the server (contract
// in src/domain/written-person-file.ts) for an adviser or coordinator of the person's site.
import type { FastifyInstance } from 'fastify';
import { PERSON_FILE_PATH, personFileQuerySchema, type WrittenPersonFile } from '../../src/domain/written-person-file';
import type { ServerDatabase } from '../db/connect';
import { requireUser } from '../http/authenticate';
import { parseOrBadRequest } from '../http/errors';
import { writePersonFile } from '../candidates/person-file';

export function registerPersonFileRoute(app: FastifyInstance, database: ServerDatabase): void {
  app.get<{ Params: { id: string } }>(PERSON_FILE_PATH, async (request): Promise<WrittenPersonFile> => {
    const user = await requireUser(database, request);
    const query = parseOrBadRequest(personFileQuerySchema, request.query);
    return writePersonFile(database.db, user, request.params.id, query.lang ?? 'fr');
  });
}
