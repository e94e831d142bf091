// Open conflicts online (design/sync.md): list those of the adviser's sites and resolve one.
// Same base URL and bearer token as the sync transport; failures are TransportErrors.
import { z } from 'zod';
import { API_PATHS, conflictRowSchema, errorBodySchema, type ConflictRow } from '../domain/wire';
import { TransportError } from './transport';

export type ResolveChoice = { choice: 'server' } | { choice: 'client' } | { choice: 'value'; value: unknown };

export interface ConflictsApi {
  list(): Promise<ConflictRow[]>;
  resolve(conflictId: string, choice: ResolveChoice): Promise<void>;
}

const listSchema = z.object({ conflicts: z.array(conflictRowSchema.passthrough()) });

export interface ConflictsApiOptions {
  baseUrl?: string;
  getToken: () => string | undefined;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
}

export function createConflictsApi(options: ConflictsApiOptions): ConflictsApi {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const timeoutMs = options.timeoutMs ?? 30_000;

  async function call(path: string, init: { method: 'GET' | 'POST'; body?: unknown }): Promise<unknown> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let body: unknown;
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      const token = options.getToken();
      if (token) headers.authorization = `Bearer ${token}`;
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      response = await doFetch(`${baseUrl}${path}`, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
      const text = await response.text();
      body = text ? JSON.parse(text) : undefined;
    } catch (error) {
      if (error instanceof SyntaxError) throw new TransportError('server', { body: String(error) });
      throw new TransportError('network', { body: String(error) });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) {
      const parsed = errorBodySchema.safeParse(body);
      const details = { status: response.status, body };
      if (response.status === 401) throw new TransportError('unauthorized', details);
      if (response.status === 403) throw new TransportError('forbidden', details);
      if (response.status >= 400 && response.status < 500) throw new TransportError('bad_request', { ...details, body: parsed.success ? parsed.data : body });
      throw new TransportError('server', details);
    }
    return body;
  }

  return {
    async list() {
      const parsed = listSchema.safeParse(await call(API_PATHS.conflicts, { method: 'GET' }));
      if (!parsed.success) throw new TransportError('server', { body: parsed.error.issues });
      return parsed.data.conflicts;
    },
    async resolve(conflictId, choice) {
      await call(`${API_PATHS.conflicts}/${encodeURIComponent(conflictId)}/resolve`, { method: 'POST', body: choice });
    },
  };
}
