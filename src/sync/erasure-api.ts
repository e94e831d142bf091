// Erasure of a person (POST /api/candidates/:id/erase, docs/sync-protocol.md, "Erasure"): online
// only, for a coordinator of the candidate's site or an administrator. Same base URL, token and
// errors as the sync transport; the next sync brings the anonymised records to the device.
import { z } from 'zod';
import { createJsonRequester, type TransportOptions } from './transport';
import { API_PATHS, pathWithId } from '../domain/api-paths';

export interface ErasureApi {
  /** Anonymises the person on the server; rejects with a TransportError (forbidden, network…). */
  erase(candidateId: string): Promise<void>;
}

export interface ErasureApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

const eraseAnswerSchema = z.object({ ok: z.literal(true), rev: z.number() }).passthrough();

export function erasePath(candidateId: string): string {
  return pathWithId(API_PATHS.erase, candidateId);
}

export function createErasureApi(options: ErasureApiOptions): ErasureApi {
  const request = createJsonRequester(options);
  return {
    async erase(candidateId) {
      await request(eraseAnswerSchema, erasePath(candidateId), { method: 'POST', body: {}, token: options.getToken() });
    },
  };
}
