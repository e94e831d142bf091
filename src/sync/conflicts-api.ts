// Open conflicts online (docs/sync-protocol.md, "Conflict rows and their resolution"): list those
// of the adviser's sites and resolve one.
// Same base URL and bearer token as the sync transport; failures are TransportErrors.
import { z } from 'zod';
import { API_PATHS, conflictRowSchema, type ConflictRow } from '../domain/wire';
import { createJsonRequester, type TransportOptions } from './transport';

export type ResolveChoice = { choice: 'server' } | { choice: 'client' } | { choice: 'value'; value: unknown };

export interface ConflictsApi {
  list(): Promise<ConflictRow[]>;
  resolve(conflictId: string, choice: ResolveChoice): Promise<void>;
}

const listSchema = z.object({ conflicts: z.array(conflictRowSchema.passthrough()) });

export interface ConflictsApiOptions extends TransportOptions {
  getToken: () => string | undefined;
}

/** Open conflicts online, with the sync transport's requests (same base URL, token and errors). */
export function createConflictsApi(options: ConflictsApiOptions): ConflictsApi {
  const request = createJsonRequester(options);
  return {
    async list() {
      const answer = await request(listSchema, API_PATHS.conflicts, { method: 'GET', token: options.getToken() });
      return answer.conflicts;
    },
    async resolve(conflictId, choice) {
      await request(z.unknown(), `${API_PATHS.conflicts}/${encodeURIComponent(conflictId)}/resolve`, {
        method: 'POST',
        body: choice,
        token: options.getToken(),
      });
    },
  };
}
