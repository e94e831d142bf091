// A coordinator's acts on files, online only (contract in src/domain/file-admin.ts): transfer to
// another site, merge of two files of the same person. Same base URL, token and errors as the sync
// transport; the next sync brings the changed records to the device.
import { FILE_ADMIN_REFUSALS, mergeAnswerSchema, mergePath, transferAnswerSchema, transferPath, type FileAdminRefusal } from '../domain/file-admin';
import type { MergeAnswer, TransferAnswer } from '../domain/file-admin';
import { createJsonRequester, TransportError, type TransportOptions } from './transport';

export interface FileAdminApi {
  /**
   * Moves the file (and its pathway) to another site, with a handover note the person agreed to
   * when there is one; rejects with a TransportError.
   */
  transfer(candidateId: string, siteId: string, handoverNote?: string): Promise<TransferAnswer>;
  /** Merges `mergedAwayId` into `keptId`; rejects with a TransportError. */
  merge(mergedAwayId: string, keptId: string): Promise<MergeAnswer>;
}

export interface FileAdminApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

export function createFileAdminApi(options: FileAdminApiOptions): FileAdminApi {
  const request = createJsonRequester(options);
  return {
    transfer: (candidateId, siteId, handoverNote) =>
      request(transferAnswerSchema, transferPath(candidateId), {
        method: 'POST',
        body: handoverNote ? { siteId, handoverNote, personAgreed: true } : { siteId },
        token: options.getToken(),
      }),
    merge: (mergedAwayId, keptId) => request(mergeAnswerSchema, mergePath(mergedAwayId), { method: 'POST', body: { intoId: keptId }, token: options.getToken() }),
  };
}

export type FileAdminFailure = FileAdminRefusal | 'forbidden' | 'not_found' | 'network' | 'other';

/** Why a transfer or merge failed, as a code the screens put in words. */
export function fileAdminFailure(error: unknown): FileAdminFailure {
  if (!(error instanceof TransportError)) return 'other';
  if (error.kind === 'forbidden' || error.kind === 'unauthorized') return 'forbidden';
  if (error.kind === 'network') return 'network';
  if (error.details.status === 404) return 'not_found';
  const code = (error.details.body as { error?: unknown } | undefined)?.error;
  if (typeof code === 'string' && code in FILE_ADMIN_REFUSALS) return code as FileAdminRefusal;
  return 'other';
}
