// Shared set-up of the server tests: a fresh database with two sites and four signed-in users.
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { SCHEMA_VERSION } from '../src/domain/tables';
import type { TestDatabase } from '../tests/support/postgres';
import { buildServer } from './app';
import type { BuiltServer, ServerOptions } from './app';
import { createSite, createUser } from './admin/accounts';
import { hashPassword } from './auth/passwords';
import { issueToken } from './auth/tokens';

export const PASSWORD = 'correct horse battery';

export interface Fixture {
  server: BuiltServer;
  epoch: string;
  users: Record<'alice' | 'bob' | 'carol' | 'admin', { id: string; email: string; token: string }>;
  push(token: string, body: unknown): Promise<LightMyRequestResponse>;
  pull(token: string, cursor?: number, limit?: number): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function createFixture(target: TestDatabase, options: ServerOptions = {}): Promise<Fixture> {
  const fresh = await target.create();
  const server = await buildServer({ ...options, databaseUrl: fresh.url });
  await createSite(server.db, { id: 'site-a', name: 'Mission Locale A', kind: 'mission-locale', communeCode: 'schaerbeek' });
  await createSite(server.db, { id: 'site-b', name: 'Mission Locale B', kind: 'mission-locale', communeCode: 'ixelles' });
  const accounts = {
    alice: { role: 'adviser', siteIds: ['site-a'] },
    bob: { role: 'adviser', siteIds: ['site-a'] },
    carol: { role: 'adviser', siteIds: ['site-b'] },
    admin: { role: 'admin', siteIds: [] },
  } as const;
  const users = {} as Fixture['users'];
  const passwordHash = await hashPassword(PASSWORD);
  for (const [name, account] of Object.entries(accounts)) {
    const email = `${name}@test.vdc.brussels`;
    const id = await createUser(server.db, { email, password: PASSWORD, passwordHash, name, role: account.role, siteIds: [...account.siteIds] });
    const { token } = await issueToken(server.db, id, undefined, 1);
    users[name as keyof Fixture['users']] = { id, email, token };
  }
  const health = await server.app.inject({ method: 'GET', url: '/api/health' });
  return {
    server,
    epoch: health.json<{ serverEpoch: string }>().serverEpoch,
    users,
    push: (token, body) => server.app.inject({ method: 'POST', url: '/api/sync/push', headers: { authorization: `Bearer ${token}` }, payload: body as object }),
    pull: (token, cursor = 0, limit = 500) =>
      server.app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}&limit=${limit}`, headers: { authorization: `Bearer ${token}` } }),
    async close() {
      await server.close();
      await fresh.drop();
    },
  };
}

/** A push body for one client with the given mutations (seq defaults to the position + 1). */
export function pushBody(clientId: string, mutations: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return {
    clientId,
    schemaVersion: SCHEMA_VERSION,
    mutations: mutations.map((mutation, index) => ({ seq: index + 1, op: 'put', baseRev: 0, table: 'candidates', siteId: 'site-a', ...mutation })),
    ...extra,
  };
}

export function newClientId(): string {
  return randomUUID();
}

export async function revCounter(server: BuiltServer): Promise<number> {
  const row = await server.db.selectFrom('counters').select('value').where('name', '=', 'rev').executeTakeFirstOrThrow();
  return Number(row.value);
}
