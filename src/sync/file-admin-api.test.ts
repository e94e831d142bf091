import { describe, expect, it } from 'vitest';
import { createFileAdminApi, fileAdminFailure } from './file-admin-api';

function fakeFetch(answers: { status: number; body: unknown }[]) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const answer = answers.shift()!;
    return new Response(JSON.stringify(answer.body), { status: answer.status });
  }) as unknown as typeof globalThis.fetch;
  return { fetch, calls };
}

describe('file admin API', () => {
  it('posts a transfer and a merge with the bearer token', async () => {
    const { fetch, calls } = fakeFetch([
      { status: 200, body: { ok: true, rev: 5, moved: 2 } },
      { status: 200, body: { ok: true, rev: 6, repointed: 3 } },
    ]);
    const api = createFileAdminApi({ baseUrl: 'https://vdc.example/', getToken: () => 'tok', fetch });
    expect(await api.transfer('c/1', 'site-b')).toEqual({ ok: true, rev: 5, moved: 2 });
    expect(await api.merge('c-2', 'c-3')).toEqual({ ok: true, rev: 6, repointed: 3 });
    expect(calls.map((call) => call.url)).toEqual(['https://vdc.example/api/candidates/c%2F1/transfer', 'https://vdc.example/api/candidates/c-2/merge']);
    expect(calls.map((call) => JSON.parse(String(call.init.body)) as unknown)).toEqual([{ siteId: 'site-b' }, { intoId: 'c-3' }]);
    expect((calls[0]!.init.headers as Record<string, string>).authorization).toBe('Bearer tok');
  });

  it('tells the screens why it failed', async () => {
    const { fetch } = fakeFetch([
      { status: 403, body: { error: 'forbidden' } },
      { status: 404, body: { error: 'not_found' } },
      { status: 409, body: { error: 'into_merged', message: 'The file to keep was itself merged into another one: choose that one.' } },
      { status: 500, body: { error: 'internal' } },
    ]);
    const api = createFileAdminApi({ getToken: () => 'tok', fetch });
    const failures = [];
    for (let i = 0; i < 4; i++) failures.push(await api.merge('a', 'b').then(() => 'ok', fileAdminFailure));
    expect(failures).toEqual(['forbidden', 'not_found', 'into_merged', 'other']);
    expect(fileAdminFailure(new Error('boom'))).toBe('other');
  });
});
