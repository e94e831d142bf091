import { describe, expect, it } from 'vitest';
import { FakeSyncServer } from './fake-sync-server';

describe('the engine tests’ fake server', () => {
  it('decides an edit after the same device’s delete like the real server: the record comes back', () => {
    const server = new FakeSyncServer();
    server.siteIds = ['site-1'];
    const mutation = { table: 'candidates' as const, id: 'c1', siteId: 'site-1' };
    server.push({ clientId: 'a', schemaVersion: 1, mutations: [{ ...mutation, seq: 1, op: 'put', baseRev: 0, fields: { firstName: 'Amina' } }] });
    server.push({ clientId: 'a', schemaVersion: 1, mutations: [{ ...mutation, seq: 2, op: 'delete', baseRev: 1 }] });
    const answer = server.push({ clientId: 'a', schemaVersion: 1, mutations: [{ ...mutation, seq: 3, op: 'put', baseRev: 2, fields: { notes: 'back' } }] });
    expect(answer.results).toEqual([{ seq: 3, status: 'applied', rev: 3 }]);
    expect(server.snapshot()['candidates/c1']).toEqual({ deleted: false, data: { firstName: 'Amina', notes: 'back' } });
  });
});
