// The HTTP client of the sync contract (docs/sync-protocol.md). Every answer is parsed with the
// shared wire schemas; every failure becomes a typed TransportError the engine can reason about.
import type { z } from 'zod';
import {
  API_PATHS,
  DEFAULT_PULL_LIMIT,
  errorBodySchema,
  healthSchema,
  loginResponseSchema,
  pushResponseSchema,
  type Health,
  type LoginRequest,
  type LoginResponse,
  type PullResponse,
  type PushRequest,
  type PushResponse,
} from '../domain/wire';
import { pullResponseFastSchema } from './pull-response-schema';

export type TransportErrorKind =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'client_user_mismatch'
  | 'rate_limited'
  | 'bad_request'
  | 'seq_gap'
  | 'epoch_changed'
  | 'upgrade_required'
  | 'server';

export class TransportError extends Error {
  constructor(
    readonly kind: TransportErrorKind,
    readonly details: { status?: number; lastSeq?: number; serverEpoch?: string; body?: unknown } = {},
  ) {
    super(`sync transport: ${kind}${details.status ? ` (${details.status})` : ''}`);
    this.name = 'TransportError';
  }
}

/** What the engine needs from the server, already authenticated. Fakes implement it in tests. */
export interface SyncApi {
  push(request: PushRequest): Promise<PushResponse>;
  pull(cursor: number, limit: number): Promise<PullResponse>;
}

export interface TransportOptions {
  /** '' (default) means same origin: requests go to relative `/api/...`. */
  baseUrl?: string;
  timeoutMs?: number;
  fetch?: typeof globalThis.fetch;
}

export interface HttpTransport {
  health(): Promise<Health>;
  login(request: LoginRequest): Promise<LoginResponse>;
  /** The authenticated sync API; `getToken` is read at every request (the token may change). */
  api(getToken: () => string | undefined): SyncApi;
}

function errorFor(status: number, body: unknown): TransportError {
  const parsed = errorBodySchema.safeParse(body);
  const code = parsed.success ? parsed.data.error : undefined;
  const details = { status, body, lastSeq: parsed.data?.lastSeq, serverEpoch: parsed.data?.serverEpoch };
  if (status === 401) return new TransportError('unauthorized', details);
  if (status === 403) return new TransportError(code === 'client_user_mismatch' ? 'client_user_mismatch' : 'forbidden', details);
  if (status === 409 && code === 'seq_gap') return new TransportError('seq_gap', details);
  if (status === 409 && code === 'epoch_changed') return new TransportError('epoch_changed', details);
  if (status === 426) return new TransportError('upgrade_required', details);
  if (status === 429) return new TransportError('rate_limited', details);
  if (status >= 400 && status < 500) return new TransportError('bad_request', details);
  return new TransportError('server', details);
}

export type JsonRequest = <S extends z.ZodType>(
  schema: S,
  path: string,
  init: { method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'; body?: unknown; token?: string },
) => Promise<z.infer<S>>;

/** One JSON request against the server: timeout, bearer token, answer parsed with `schema`, typed errors. */
export function createJsonRequester(options: TransportOptions = {}): JsonRequest {
  const baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? 30_000;
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async (schema, path, init) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: Response;
    let body: unknown;
    try {
      const headers: Record<string, string> = { accept: 'application/json' };
      if (init.body !== undefined) headers['content-type'] = 'application/json';
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      response = await doFetch(`${baseUrl}${path}`, {
        method: init.method,
        headers,
        body: init.body === undefined ? undefined : JSON.stringify(init.body),
        signal: controller.signal,
      });
      const text = await response.text();
      body = text ? JSON.parse(text) : undefined;
    } catch (error) {
      // Offline, DNS, refused connection, timeout, or a proxy's HTML page: the server is not reachable.
      if (error instanceof SyntaxError) throw new TransportError('server', { body: String(error) });
      throw new TransportError('network', { body: String(error) });
    } finally {
      clearTimeout(timer);
    }
    if (!response.ok) throw errorFor(response.status, body);
    const parsed = schema.safeParse(body);
    if (!parsed.success) throw new TransportError('server', { status: response.status, body: parsed.error.issues });
    return parsed.data;
  };
}

export function createHttpTransport(options: TransportOptions = {}): HttpTransport {
  const request = createJsonRequester(options);
  return {
    health: () => request(healthSchema, API_PATHS.health, { method: 'GET' }),
    login: (body) => request(loginResponseSchema, API_PATHS.login, { method: 'POST', body }),
    api: (getToken) => ({
      push: (body) => request(pushResponseSchema, API_PATHS.push, { method: 'POST', body, token: getToken() }),
      pull: (cursor, limit = DEFAULT_PULL_LIMIT) =>
        request(pullResponseFastSchema, `${API_PATHS.pull}?cursor=${cursor}&limit=${limit}`, { method: 'GET', token: getToken() }),
    }),
  };
}
