// The UC code lists (`ucs`) through the generic sync: coordinators and administrators write them,
// advisers of the site pull them and may not write them, other sites never see them, and the
// activity report ignores them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { ACTIVITY_REPORT_PATH } from '../routes/reports';
import { PASSWORD, createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const UC = '0190a000-0000-7000-8000-0000000000c1';
const uc = (fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ table: 'ucs', id: UC, siteId: 'site-a', fields, ...extra });

describe.each(testDatabases())('UC code lists on $name', (target) => {
  let fixture: Fixture;
  let coordinator: string;
  beforeEach(async () => {
    fixture = await createFixture(target);
    const id = await createUser(fixture.server.db, { email: 'coord@test.vdc.brussels', password: PASSWORD, name: 'Coord', role: 'coordinator', siteIds: ['site-a'] });
    coordinator = (await issueToken(fixture.server.db, id, undefined, 1)).token;
  });
  afterEach(() => fixture.close());

  const ucsPulledBy = async (token: string) =>
    (await fixture.pull(token)).json<{ changes: { table: string; id: string; data: unknown; deleted: boolean }[] }>().changes.filter((change) => change.table === 'ucs');

  it('lets a coordinator add and rename a UC, which advisers of the site pull and no other site sees', async () => {
    const added = (await fixture.push(coordinator, pushBody(newClientId(), [uc({ metier: 'coiffeur', code: 'UC1', label: 'Coupe', active: true })]))).json();
    expect(added.results).toEqual([{ seq: 1, status: 'applied', rev: expect.any(Number) }]);
    const clientId = newClientId();
    const renamed = (await fixture.push(fixture.users.admin.token, pushBody(clientId, [uc({ label: 'Coupe et brushing', active: false }, { baseRev: added.results[0].rev })]))).json();
    expect(renamed.results[0].status).toBe('applied');

    expect(await ucsPulledBy(fixture.users.alice.token)).toEqual([
      expect.objectContaining({ id: UC, deleted: false, data: { metier: 'coiffeur', code: 'UC1', label: 'Coupe et brushing', active: false } }),
    ]);
    expect(await ucsPulledBy(fixture.users.carol.token)).toEqual([]);
  });

  it('refuses an adviser’s change to the list (forbidden) and stores nothing', async () => {
    const pushed = (await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [uc({ metier: 'coiffeur', code: 'UC1', label: 'Coupe' })]))).json();
    expect(pushed.results).toEqual([{ seq: 1, status: 'rejected', error: 'forbidden' }]);
    expect(await ucsPulledBy(fixture.users.bob.token)).toEqual([]);
  });

  it('rejects a UC without a label or with an unknown métier as invalid', async () => {
    const pushed = (
      await fixture.push(coordinator, pushBody(newClientId(), [uc({ metier: 'coiffeur', code: 'UC1' }), uc({ metier: 'astronaute', code: 'UC1', label: 'Vol' })]))
    ).json();
    expect(pushed.results.map((result: { status: string; error?: string }) => [result.status, result.error])).toEqual([
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
    ]);
  });

  it('leaves the activity report as it was', async () => {
    const report = async () => (await fixture.server.app.inject({ method: 'GET', url: `${ACTIVITY_REPORT_PATH}?from=2024-01-01&to=2024-12-31`, headers: { authorization: `Bearer ${coordinator}` } })).json();
    const before = await report();
    await fixture.push(coordinator, pushBody(newClientId(), [uc({ metier: 'aide-menager', code: 'UC3', label: 'Repassage', active: true })]));
    expect(await report()).toEqual(before);
  });
});
