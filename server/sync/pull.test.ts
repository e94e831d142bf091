import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';

const id = (n: number) => `0190a000-0000-7000-8000-${String(n).padStart(12, '0')}`;

describe.each(testDatabases())('pull on $name', (target) => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = await createFixture(target);
  });
  afterEach(() => fixture.close());

  it('pages in rev order with hasMore, and ends on the highest rev', async () => {
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), Array.from({ length: 7 }, (_, n) => ({ id: id(n), fields: { lastName: `Name ${n}` } }))));
    const seen: number[] = [];
    let cursor = 0;
    let pages = 0;
    for (;;) {
      const page = (await fixture.pull(fixture.users.alice.token, cursor, 3)).json();
      pages += 1;
      seen.push(...page.changes.map((change: { rev: number }) => change.rev));
      if (page.hasMore) expect(page.cursor).toBe(page.changes.at(-1).rev);
      cursor = page.cursor;
      expect(page.siteIds).toEqual(['site-a']);
      if (!page.hasMore) break;
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen.length).toBe(new Set(seen).size);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(cursor).toBe(await revCounter(fixture.server));
    const empty = (await fixture.pull(fixture.users.alice.token, cursor)).json();
    expect(empty).toMatchObject({ changes: [], hasMore: false, cursor, serverEpoch: fixture.epoch });
  });

  it('never gives an adviser the records of another site', async () => {
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id: id(1), fields: { lastName: 'Site A' } }]));
    await fixture.push(fixture.users.carol.token, pushBody(newClientId(), [{ id: id(2), siteId: 'site-b', fields: { lastName: 'Site B' } }]));
    const alice = (await fixture.pull(fixture.users.alice.token)).json().changes;
    // Site A's records, and the network's (the métier catalogue every account holds).
    expect(alice.every((change: { siteId: string }) => change.siteId === 'site-a' || change.siteId === NETWORK_SITE_ID)).toBe(true);
    expect(alice.map((change: { id: string }) => change.id)).toContain(id(1));
    expect(alice.map((change: { id: string }) => change.id)).toContain('site-a');
    const admin = (await fixture.pull(fixture.users.admin.token)).json();
    expect(admin.changes.map((change: { id: string }) => change.id)).toEqual(expect.arrayContaining([id(1), id(2), 'site-a', 'site-b']));
    expect(admin.siteIds).toEqual(['site-a', 'site-b']);
    const users = alice.filter((change: { table: string }) => change.table === 'users');
    expect(users.length).toBe(2); // alice and bob, site-a's advisers
    expect(JSON.stringify(users)).not.toMatch(/@|argon/);
  });

  it('sends each record\'s data as stored, as valid JSON, whatever its text holds', async () => {
    const lastName = 'O"Brien \\ \u2028 é 😀 </script>';
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [{ id: id(1), fields: { lastName, firstName: 'Line\nbreak' } }]));
    const response = await fixture.pull(fixture.users.alice.token);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    const change = response.json().changes.find((record: { id: string }) => record.id === id(1));
    expect(change).toMatchObject({ table: 'candidates', siteId: 'site-a', deleted: false, data: { lastName, firstName: 'Line\nbreak' } });
    expect(typeof change.rev).toBe('number');
  });

  it('refuses a malformed cursor with 400', async () => {
    const response = await fixture.server.app.inject({ method: 'GET', url: '/api/sync/pull?cursor=-4', headers: { authorization: `Bearer ${fixture.users.alice.token}` } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toBe('bad_request');
  });
});
