import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import type { FreshDatabase } from '../../tests/support/postgres';
import { buildServer } from '../app';
import type { BuiltServer } from '../app';
import { DEMO_LOGINS, DEMO_PASSWORD, seedDemoIfEmpty } from './demo';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';

describe.each(testDatabases())('demo seed on $name', (target) => {
  let fresh: FreshDatabase;
  let server: BuiltServer;
  beforeEach(async () => {
    fresh = await target.create();
    server = await buildServer({ databaseUrl: fresh.url });
  });
  afterEach(async () => {
    await server.close();
    await fresh.drop();
  });

  it('creates the demo accounts and some hundreds of candidates, once', async () => {
    expect(await seedDemoIfEmpty(server.db, { enabled: false })).toEqual({ seeded: false, reason: 'disabled' });
    expect((await seedDemoIfEmpty(server.db, { enabled: true })).seeded).toBe(true);
    expect(await seedDemoIfEmpty(server.db, { enabled: true })).toEqual({ seeded: false, reason: 'not_empty' });

    const login = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: DEMO_LOGINS[0]?.email, password: DEMO_PASSWORD } });
    expect(login.statusCode).toBe(200);
    const { token, user } = login.json();
    expect(user.siteIds).toEqual(['ml-schaerbeek', 'cpas-schaerbeek']);

    let cursor = 0;
    let candidates = 0;
    for (let more = true; more; ) {
      const page = (await server.app.inject({ method: 'GET', url: `/api/sync/pull?cursor=${cursor}&limit=1000`, headers: { authorization: `Bearer ${token}` } })).json();
      candidates += page.changes.filter((change: { table: string }) => change.table === 'candidates').length;
      // Their sites' records, and the network's (the métier catalogue).
      expect(page.changes.every((change: { siteId: string }) => user.siteIds.includes(change.siteId) || change.siteId === NETWORK_SITE_ID)).toBe(true);
      cursor = page.cursor;
      more = page.hasMore;
    }
    expect(candidates).toBeGreaterThan(100);

    const total = await server.db.selectFrom('records').select((eb) => eb.fn.countAll<number>().as('n')).where('table_name', '=', 'candidates').executeTakeFirstOrThrow();
    expect(Number(total.n)).toBeGreaterThan(300);
  });
});
