import { describe, expect, it } from 'vitest';
import { createErasureApi } from './erasure-api';
import { TransportError } from './transport';

function fakeFetch(answers: { status: number; body: unknown }[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift()!;
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('erasure API', () => {
  it('posts the erasure of one candidate with the bearer token', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { ok: true, rev: 42 } }]);
    const api = createErasureApi({ baseUrl: 'https://vdc.example/', getToken: () => 'tok', fetch });
    await api.erase('cand/1');
    expect(calls[0]!.url).toBe('https://vdc.example/api/candidates/cand%2F1/erase');
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('turns a refusal into a typed error', async () => {
    const { fetch } = fakeFetch([
      { status: 403, body: { error: 'forbidden' } },
      { status: 403, body: { error: 'forbidden' } },
    ]);
    const api = createErasureApi({ getToken: () => 'tok', fetch });
    await expect(api.erase('c-1')).rejects.toBeInstanceOf(TransportError);
    await expect(api.erase('c-1')).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
