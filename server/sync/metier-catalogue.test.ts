// The métier catalogue (`metiers`, network data) and the sites' choices (`siteMetiers`) through the
// generic sync (docs/metier-catalogue.md): every account pulls the catalogue seeded by migration
// 0014; only administrators change it, only a site's coordinators (and administrators) change that
// site's choice; every refusal changes nothing in the database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDatabases } from '../../tests/support/postgres';
import { createUser } from '../admin/accounts';
import { issueToken } from '../auth/tokens';
import { PASSWORD, createFixture, newClientId, pushBody, revCounter } from '../test-fixture';
import type { Fixture } from '../test-fixture';
import { NETWORK_SITE_ID } from '../../src/domain/metiers/catalogue';
import { METIER_SEED } from '../../src/domain/metiers/seed';

const metier = (id: string, fields: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ table: 'metiers', id, siteId: NETWORK_SITE_ID, fields, ...extra });
const siteChoice = (siteId: string, metiers: string[], extra: Record<string, unknown> = {}) => ({ table: 'siteMetiers', id: siteId, siteId, fields: { metiers }, ...extra });

interface Pulled {
  table: string;
  id: string;
  siteId: string;
  rev: number;
  deleted: boolean;
  data: Record<string, unknown>;
}

describe.each(testDatabases())('the métier catalogue on $name', (target) => {
  let fixture: Fixture;
  let coordinator: string;
  let reporter: string;
  beforeEach(async () => {
    fixture = await createFixture(target);
    const coordId = await createUser(fixture.server.db, { email: 'coord@test.vdc.brussels', password: PASSWORD, name: 'Coord', role: 'coordinator', siteIds: ['site-a'] });
    coordinator = (await issueToken(fixture.server.db, coordId, undefined, 1)).token;
    const reporterId = await createUser(fixture.server.db, { email: 'reseau@test.vdc.brussels', password: PASSWORD, name: 'Réseau', role: 'reporter', siteIds: [] });
    reporter = (await issueToken(fixture.server.db, reporterId, undefined, 1)).token;
  });
  afterEach(() => fixture.close());

  const pulled = async (token: string, table: string) => (await fixture.pull(token, 0, 1000)).json<{ changes: Pulled[] }>().changes.filter((change) => change.table === table);
  /** Every row of the catalogue tables with its rev, and the counter: equal before and after a refused push. */
  const snapshot = async () => ({
    rows: await fixture.server.db.selectFrom('records').select(['table_name', 'id', 'site_id', 'rev', 'deleted', 'data']).where('table_name', 'in', ['metiers', 'siteMetiers', 'candidates']).orderBy('table_name').orderBy('id').execute(),
    rev: await revCounter(fixture.server),
  });
  const statuses = (response: { json(): { results: { status: string; error?: string; issues?: { code: string }[] }[] } }) =>
    response.json().results.map((result) => [result.status, result.error, ...(result.issues ?? []).map((issue) => issue.code)].filter(Boolean));

  it('is seeded for every account: the 2024 list, the automobile trades, aide-ménager UC1 and UC2', async () => {
    for (const token of [fixture.users.alice.token, fixture.users.carol.token, fixture.users.admin.token]) {
      const catalogue = await pulled(token, 'metiers');
      expect(catalogue.map((record) => record.id).sort()).toEqual(METIER_SEED.map((seed) => seed.code).sort());
      expect(catalogue.every((record) => record.siteId === NETWORK_SITE_ID && record.data.code === record.id)).toBe(true);
      expect(catalogue.find((record) => record.id === 'aide-menager')?.data.ucs).toEqual([
        { code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" },
        { code: 'UC2', label: "Assurer l'entretien du linge" },
      ]);
    }
    expect(METIER_SEED.length).toBeGreaterThan(20);
    expect(METIER_SEED.some((seed) => seed.code === 'mecanicien-entretien-automobile')).toBe(true);
  });

  it('lets an administrator add a métier, add a UC and retire one; advisers of every site pull the change', async () => {
    const [aideMenager] = (await pulled(fixture.users.admin.token, 'metiers')).filter((record) => record.id === 'aide-menager');
    const clientId = newClientId();
    const pushed = await fixture.push(
      fixture.users.admin.token,
      pushBody(clientId, [
        metier('soudeur', { code: 'soudeur', labels: { fr: 'Soudeur(euse)', nl: 'Lasser', en: 'Welder' }, ucs: [{ code: 'UC1', label: 'Souder à l’arc' }] }),
        metier(
          'aide-menager',
          { ucs: [{ code: 'UC1', label: "Réaliser les tâches d'entretien courant de la maison" }, { code: 'UC2', label: "Assurer l'entretien du linge", validTo: '2026-06-30' }, { code: 'UC3', label: 'Repasser' }] },
          { baseRev: aideMenager?.rev },
        ),
      ]),
    );
    expect(statuses(pushed)).toEqual([['applied'], ['applied']]);
    for (const token of [fixture.users.alice.token, fixture.users.carol.token]) {
      const catalogue = await pulled(token, 'metiers');
      expect(catalogue.find((record) => record.id === 'soudeur')?.data.labels).toEqual({ fr: 'Soudeur(euse)', nl: 'Lasser', en: 'Welder' });
      expect((catalogue.find((record) => record.id === 'aide-menager')?.data.ucs as { code: string }[]).map((uc) => uc.code)).toEqual(['UC1', 'UC2', 'UC3']);
    }
  });

  it('refuses an adviser’s and a coordinator’s change to the catalogue (forbidden) and a reporter’s push (403), with nothing changed', async () => {
    const before = await snapshot();
    const attempts = [
      metier('aide-menager', { labels: { fr: 'Renommé' } }, { baseRev: 1 }),
      metier('astronaute', { code: 'astronaute', labels: { fr: 'Astronaute' } }),
    ];
    for (const token of [fixture.users.alice.token, coordinator]) {
      expect(statuses(await fixture.push(token, pushBody(newClientId(), attempts)))).toEqual([['rejected', 'forbidden'], ['rejected', 'forbidden']]);
      // Nor at a site of theirs, where network data never lives.
      expect(statuses(await fixture.push(token, pushBody(newClientId(), [{ ...attempts[1], siteId: 'site-a' }])))).toEqual([['rejected', 'forbidden']]);
    }
    const byReporter = await fixture.push(reporter, pushBody(newClientId(), attempts));
    expect(byReporter.statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('never lets a UC or a métier go, nor a métier change code, nor network data leave the network site', async () => {
    const catalogue = await pulled(fixture.users.admin.token, 'metiers');
    const rev = catalogue.find((record) => record.id === 'aide-menager')?.rev;
    const before = await snapshot();
    const pushed = await fixture.push(
      fixture.users.admin.token,
      pushBody(newClientId(), [
        metier('aide-menager', { ucs: [{ code: 'UC1', label: 'Entretien' }] }, { baseRev: rev }),
        metier('aide-menager', {}, { op: 'delete', baseRev: rev }),
        metier('aide-menager', { code: 'aide-menagere' }, { baseRev: rev }),
        metier('nouveau', { code: 'autre-code', labels: { fr: 'Nouveau' } }),
        { ...metier('soudeur', { code: 'soudeur', labels: { fr: 'Soudeur' } }), siteId: 'site-a' },
        { table: 'candidates', id: 'c-network', siteId: NETWORK_SITE_ID, fields: { firstName: 'Partout' } },
        metier('doublon', { code: 'doublon', labels: { fr: 'Doublon' }, ucs: [{ code: 'UC1', label: 'A' }, { code: 'uc1', label: 'B' }] }),
      ]),
    );
    expect(statuses(pushed)).toEqual([
      ['rejected', 'invalid', 'ucRemoved'],
      ['rejected', 'forbidden'],
      ['rejected', 'invalid', 'codeIsId'],
      ['rejected', 'invalid', 'codeIsId'],
      ['rejected', 'forbidden_site'],
      ['rejected', 'forbidden_site'],
      ['rejected', 'invalid', 'duplicateUc'],
    ]);
    expect(await snapshot()).toEqual(before);
  });

  it('lets a site’s coordinator choose its métiers, which its advisers pull and no other site sees', async () => {
    expect(statuses(await fixture.push(coordinator, pushBody(newClientId(), [siteChoice('site-a', ['aide-menager', 'carrossier'])])))).toEqual([['applied']]);
    expect((await pulled(fixture.users.alice.token, 'siteMetiers')).map((record) => [record.id, record.data.metiers])).toEqual([['site-a', ['aide-menager', 'carrossier']]]);
    expect(await pulled(fixture.users.carol.token, 'siteMetiers')).toEqual([]);
  });

  it('refuses the choice of métiers to an adviser, to another site’s coordinator and under another id, with nothing changed', async () => {
    const before = await snapshot();
    expect(statuses(await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [siteChoice('site-a', ['coiffeur'])])))).toEqual([['rejected', 'forbidden']]);
    expect(statuses(await fixture.push(coordinator, pushBody(newClientId(), [siteChoice('site-b', ['coiffeur'])])))).toEqual([['rejected', 'forbidden_site']]);
    expect(statuses(await fixture.push(coordinator, pushBody(newClientId(), [{ ...siteChoice('site-a', ['coiffeur']), id: 'site-b' }])))).toEqual([['rejected', 'invalid', 'siteRecordId']]);
    expect((await fixture.push(reporter, pushBody(newClientId(), [siteChoice('site-a', ['coiffeur'])]))).statusCode).toBe(403);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses new writes to the retired per-site UC lists, even an administrator’s', async () => {
    const uc = { table: 'ucs', id: '0190a000-0000-7000-8000-0000000000c1', siteId: 'site-a', fields: { metier: 'coiffeur', code: 'UC1', label: 'Coupe', active: true } };
    for (const token of [coordinator, fixture.users.admin.token]) expect(statuses(await fixture.push(token, pushBody(newClientId(), [uc])))).toEqual([['rejected', 'forbidden']]);
  });

  it('accepts an accompaniment and a SPOC action naming any métier of the catalogue, beyond the 2024 list', async () => {
    const pushed = await fixture.push(
      fixture.users.alice.token,
      pushBody(newClientId(), [
        { table: 'candidates', id: 'c1', fields: { firstName: 'Samir' } },
        { table: 'accompaniments', id: 'a1', fields: { candidateId: 'c1', metier: 'mecanicien-entretien-automobile', startDate: '2026-03-02', status: 'open' } },
        { table: 'spocActions', id: 's1', fields: { date: '2026-03-02', kind: 'individuelle', candidateIds: ['c1'], headCount: 0, metiers: ['carrossier'] } },
        { table: 'accompaniments', id: 'a2', fields: { candidateId: 'c1', metier: 'Pas Un Code!', startDate: '2026-03-02', status: 'open' } },
      ]),
    );
    expect(statuses(pushed)).toEqual([['applied'], ['applied'], ['applied'], ['rejected', 'invalid', 'unknownCode']]);
  });
});
