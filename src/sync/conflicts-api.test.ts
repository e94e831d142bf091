import { describe, expect, it } from 'vitest';
import { createConflictsApi } from './conflicts-api';
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

const row = {
  id: 'c-1',
  table: 'candidates',
  recordId: 'r-1',
  siteId: 'ml-schaerbeek',
  field: 'phone',
  serverValue: '0470 11 11 11',
  clientValue: '0470 22 22 22',
  clientId: 'client-b',
  createdAt: '2026-03-02T13:05:00.000Z',
  resolvedAt: null,
};

describe('conflicts API', () => {
  it('lists open conflicts with the bearer token', async () => {
    const { fetch, calls } = fakeFetch([{ status: 200, body: { conflicts: [row] } }]);
    const api = createConflictsApi({ baseUrl: 'https://vdc.example/', getToken: () => 'tok', fetch });
    const conflicts = await api.list();
    expect(conflicts[0]).toMatchObject({ id: 'c-1', field: 'phone', clientValue: '0470 22 22 22' });
    expect(calls[0]!.url).toBe('https://vdc.example/api/sync/conflicts');
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('posts the choice to resolve, and turns refusals into typed errors', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { conflict: row, record: {} } },
      { status: 409, body: { error: 'already_resolved' } },
    ]);
    const api = createConflictsApi({ getToken: () => 'tok', fetch });
    await api.resolve('c-1', { choice: 'value', value: '0470 33 33 33' });
    expect(calls[0]!.url).toBe('/api/sync/conflicts/c-1/resolve');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ choice: 'value', value: '0470 33 33 33' });
    const error = await api.resolve('c-1', { choice: 'server' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TransportError);
    expect((error as TransportError).details.body).toMatchObject({ error: 'already_resolved' });
  });

  it('says "network" when the server cannot be reached', async () => {
    const fetch = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof globalThis.fetch;
    const error = await createConflictsApi({ getToken: () => undefined, fetch }).list().catch((caught: unknown) => caught);
    expect((error as TransportError).kind).toBe('network');
  });
});
