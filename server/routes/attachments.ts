// The byte routes of attachments (docs/attachments.md, "Upload protocol"): start or resume an
// upload, send a chunk, read the bytes. Each is scoped like records: the user must belong to the
// `siteId` named, and reads only what that site uploaded. The work is in ../attachments.
import type { FastifyInstance } from 'fastify';
import { ATTACHMENT_CHUNK_BYTES, attachmentHashSchema, chunkParamsSchema, siteQuerySchema, uploadRequestSchema } from '../../src/domain/attachments';
import type { ServerDatabase } from '../db/connect';
import { requireWorkspaceUser } from '../http/workspace';
import { badRequest, parseOrBadRequest } from '../http/errors';
import { blobStoreOf } from '../attachments/blob-store';
import { putChunk, readAttachment, startUpload } from '../attachments/uploads';

export const ATTACHMENT_ROUTES = {
  upload: '/api/attachments/:hash/upload',
  chunk: '/api/attachments/:hash/chunks/:index',
  bytes: '/api/attachments/:hash',
} as const;

const hashParams = (params: unknown) => parseOrBadRequest(attachmentHashSchema, (params as { hash?: unknown }).hash);

export function registerAttachmentRoutes(app: FastifyInstance, database: ServerDatabase): void {
  // Chunks arrive as raw bytes; a chunk larger than the protocol's is refused before it is read whole.
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: ATTACHMENT_CHUNK_BYTES }, (_request, body, done) => done(null, body));

  app.post(ATTACHMENT_ROUTES.upload, async (request) => {
    const user = await requireWorkspaceUser(database, request);
    const hash = hashParams(request.params);
    return startUpload(database, user, hash, parseOrBadRequest(uploadRequestSchema, request.body));
  });

  app.put(ATTACHMENT_ROUTES.chunk, async (request) => {
    const user = await requireWorkspaceUser(database, request);
    const { hash, index } = parseOrBadRequest(chunkParamsSchema, request.params);
    const { siteId } = parseOrBadRequest(siteQuerySchema, request.query);
    if (!Buffer.isBuffer(request.body)) throw badRequest([{ path: ['body'], code: 'invalid_type', message: 'A chunk is sent as application/octet-stream.' }]);
    return putChunk(database, blobStoreOf(database), user, hash, siteId, index, request.body);
  });

  app.get(ATTACHMENT_ROUTES.bytes, async (request, reply) => {
    const user = await requireWorkspaceUser(database, request);
    const hash = hashParams(request.params);
    const { siteId } = parseOrBadRequest(siteQuerySchema, request.query);
    const { mediaType, bytes } = await readAttachment(database, blobStoreOf(database), user, hash, siteId);
    // Never rendered by the browser as a page, whatever the bytes say.
    return reply.type(mediaType).header('Content-Disposition', 'attachment').send(bytes);
  });
}
