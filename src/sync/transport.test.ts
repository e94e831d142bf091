import { describe, expect, it } from 'vitest';
import { TransportError, createHttpTransport } from './transport';

function answering(status: number, body: unknown, seen: { url?: string; init?: RequestInit } = {}): typeof fetch {
  return async (input, init) => {
    seen.url = String(input);
    seen.init = init;
    return new Response(body === undefined ? '' : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  };
}

async function kindOf(promise: Promise<unknown>) {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    return error instanceof TransportError ? { kind: error.kind, ...error.details, body: undefined } : String(error);
  }
}

const pushBody = { clientId: crypto.randomUUID(), schemaVersion: 1, mutations: [] };

describe('http transport', () => {
  it('calls relative /api paths by default, with the bearer token, and parses answers', async () => {
    const seen: { url?: string; init?: RequestInit } = {};
    const transport = createHttpTransport({ fetch: answering(200, { changes: [], cursor: 0, hasMore: false, serverEpoch: 'e', siteIds: [] }, seen) });
    const page = await transport.api(() => 'tok').pull(5, 100);
    expect(page.serverEpoch).toBe('e');
    expect(seen.url).toBe('/api/sync/pull?cursor=5&limit=100');
    expect((seen.init?.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('maps statuses and error bodies to typed errors', async () => {
    const api = (status: number, body: unknown) => createHttpTransport({ baseUrl: 'http://x/', fetch: answering(status, body) }).api(() => 't');
    expect(await kindOf(api(401, { error: 'unauthorized' }).push(pushBody))).toMatchObject({ kind: 'unauthorized' });
    expect(await kindOf(api(403, { error: 'forbidden' }).push(pushBody))).toMatchObject({ kind: 'forbidden' });
    expect(await kindOf(api(409, { error: 'seq_gap', lastSeq: 7 }).push(pushBody))).toMatchObject({ kind: 'seq_gap', lastSeq: 7 });
    expect(await kindOf(api(409, { error: 'epoch_changed', serverEpoch: 'e2' }).push(pushBody))).toMatchObject({ kind: 'epoch_changed', serverEpoch: 'e2' });
    expect(await kindOf(api(426, { error: 'upgrade_required' }).push(pushBody))).toMatchObject({ kind: 'upgrade_required' });
    expect(await kindOf(api(503, undefined).push(pushBody))).toMatchObject({ kind: 'server' });
    expect(await kindOf(api(200, { nonsense: true }).push(pushBody))).toMatchObject({ kind: 'server' });
  });

  it('maps unreachable servers and timeouts to network', async () => {
    const refused = createHttpTransport({ fetch: async () => Promise.reject(new TypeError('fetch failed')) });
    expect(await kindOf(refused.health())).toMatchObject({ kind: 'network' });
    const hanging = createHttpTransport({
      timeoutMs: 20,
      fetch: (_input, init) =>
        new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
    });
    expect(await kindOf(hanging.health())).toMatchObject({ kind: 'network' });
  });
});
