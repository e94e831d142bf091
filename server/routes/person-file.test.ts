// The person's complete file written by the server: every record the organisation holds (notes
// left at another site of the organisation by a transfer included, another organisation's not),
// in words in the requested language, with no id of anyone; for the person's site only.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferPath } from '../../src/domain/file-admin';
import { personFilePath, type WrittenPersonFile } from '../../src/domain/written-person-file';
import { testDatabases } from '../../tests/support/postgres';
import { createSite } from '../admin/accounts';
import { insertRecords, readRecord, saveRecord, stampAllFields } from '../db/records';
import { createFixture, newClientId, pushBody } from '../test-fixture';
import type { Fixture } from '../test-fixture';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

describe.each(testDatabases())('the person’s complete file, written by the server, on $name', (target) => {
  let fixture: Fixture;
  const person = randomUUID();
  const other = randomUUID();
  const get = (token: string | undefined, id: string, language: string) =>
    fixture.server.app.inject({ method: 'GET', url: personFilePath(id, language).replace(/lang=\w+$/, `lang=${language}`), headers: token ? { authorization: `Bearer ${token}` } : {} });
  const file = async (language: string) => {
    const response = await get(fixture.users.alice.token, person, language);
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const entriesOf = (written: WrittenPersonFile, key: string) => written.sections.find((section) => section.key === key)?.records ?? [];

  beforeAll(async () => {
    fixture = await createFixture(target);
    const db = fixture.server.db;
    // Sites A and B are one organisation; C is another.
    for (const siteId of ['site-a', 'site-b']) {
      const site = await readRecord(db, 'sites', siteId);
      if (site) await saveRecord(db, { ...site, data: { ...site.data, organisationId: 'org-ab' } });
    }
    await createSite(db, { id: 'site-c', name: 'CPAS C', kind: 'cpas' });
    // Met at site B, with a note there, then transferred to site A: the note stays at B.
    await fixture.push(fixture.users.carol.token, pushBody(newClientId(), [
      { id: person, siteId: 'site-b', fields: { firstName: 'Amina', lastName: 'Benali', gender: 'F', communeCode: 'schaerbeek', consent: { given: true, date: '2026-01-05', scopes: ['suivi', 'contact'], recordedBy: fixture.users.carol.id } } },
      { id: randomUUID(), table: 'followUpNotes', siteId: 'site-b', fields: { candidateId: person, date: '2026-01-06', text: 'Note written at site B' } },
    ]));
    const moved = await fixture.server.app.inject({ method: 'POST', url: transferPath(person), headers: { authorization: `Bearer ${fixture.users.admin.token}` }, payload: { siteId: 'site-a' } });
    expect(moved.statusCode, moved.body).toBe(200);
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [
      { id: other, fields: { firstName: 'Other', lastName: 'Participant' } },
      { id: randomUUID(), table: 'spocActions', fields: { date: '2026-02-01', kind: 'collective', candidateIds: [person, other], headCount: 4, adviserId: fixture.users.alice.id } },
      { id: randomUUID(), table: 'followUpNotes', fields: { candidateId: person, date: '2026-02-02', text: 'Note written at site A' } },
    ]));
    // Another organisation's record about the same person: not this organisation's to give.
    await insertRecords(db, [{ table: 'followUpNotes', id: randomUUID(), siteId: 'site-c', rev: 999_999, deleted: false, data: { candidateId: person, date: '2026-02-03', text: 'Note of another organisation' }, fieldMeta: stampAllFields({}, 999_999, 'test') }]);
  });
  afterAll(() => fixture.close());

  it('gathers every record of the organisation about the person, notes of its other sites included, and nothing of another organisation', async () => {
    const written = (await file('fr')).json<WrittenPersonFile>();
    expect(written.title).toBe('Dossier complet de Amina Benali');
    const notes = entriesOf(written, 'followUpNotes').map((record) => [record.site, record.entries.find((entry) => entry.label === 'Texte')?.value]);
    expect(notes).toEqual([
      ['Mission Locale B', 'Note written at site B'],
      ['Mission Locale A', 'Note written at site A'],
    ]);
    expect(JSON.stringify(written)).not.toContain('Note of another organisation');
  });

  it('writes codes as words in the requested language, and no one’s id', async () => {
    const fr = await file('fr');
    const identity = (written: WrittenPersonFile) => Object.fromEntries(entriesOf(written, 'candidate')[0]?.entries.map((entry) => [entry.label, entry.value]) ?? []);
    expect(identity(fr.json())).toMatchObject({ Prénom: 'Amina', Genre: 'Femme', Commune: 'Schaerbeek' });
    const en = (await file('en')).json<WrittenPersonFile>();
    expect(identity(en)).toMatchObject({ 'First name': 'Amina', Gender: 'Woman', Consent: expect.stringContaining('being contacted again by phone or email') as unknown });
    const nl = (await file('nl')).json<WrittenPersonFile>();
    expect(identity(nl)).toMatchObject({ Gemeente: 'Schaarbeek', Toestemming: expect.stringContaining('Gegeven op 5 januari 2026') as unknown });
    expect(nl.sections.find((section) => section.key === 'candidate')?.title).not.toBe(fr.json<WrittenPersonFile>().sections[0]?.title);

    const session = Object.fromEntries(entriesOf(en, 'spocActions')[0]?.entries.map((entry) => [entry.label, entry.value]) ?? []);
    expect(session).toMatchObject({ Kind: expect.not.stringMatching(/^collective$/) as unknown, 'Other people named': '1', 'People not named': '4' });
    for (const response of [fr.body, JSON.stringify(en), JSON.stringify(nl)]) {
      expect(response).not.toMatch(UUID);
      expect(response).not.toContain('Participant');
    }
  });

  it('writes a positioning’s results in words: métier, scores, agreed levels, modules, orientation, the person’s words', async () => {
    const positioning = randomUUID();
    await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [
      {
        id: positioning,
        table: 'positionings',
        fields: {
          candidateId: person,
          questionnaireId: 'positionnement',
          questionnaireVersion: 1,
          startedAt: '2026-03-01T09:00:00.000Z',
          completedAt: '2026-03-01T09:40:00.000Z',
          answers: { '@sitting': { metier: 'aide-menager', secondLanguage: 'ar' }, 'home-sweep': { value: 'good', at: '2026-03-01T09:10:00.000Z' } },
          agreedLevels: { 'home-sweep': 'to-observe' },
          recommendations: [{ module: 'fle', reasons: ['fle-french'] }],
          orientation: { code: 'training-first', note: 'Cours du soir' },
          candidateWords: 'Je veux apprendre.',
        },
      },
    ]));
    const written = (await file('fr')).json<WrittenPersonFile>();
    const record = entriesOf(written, 'positionings').find((entry) => entry.entries.some((item) => item.value === 'Je veux apprendre.'));
    const entries = Object.fromEntries((record?.entries ?? []).map((entry) => [entry.label, entry.value]));
    expect(entries).toMatchObject({
      Métier: 'Aide-ménager(ère)',
      'Deuxième langue': 'arabe',
      'Scores par domaine': 'Votre expérience du métier : 100 / 100',
      'Niveaux convenus ensemble': 'Vous savez balayer le sol ? : à observer en pratique',
      'Modules à suivre': 'FLE orienté métier',
      Orientation: "D'abord une formation — Cours du soir",
      'Les mots de la personne': 'Je veux apprendre.',
    });
    expect(JSON.stringify(record)).not.toMatch(/to-observe|training-first|home-sweep/);
  });

  it('writes the person’s practical observations and mock tests in words: kind, UC, criteria, result, observer', async () => {
    const pushed = await fixture.push(fixture.users.alice.token, pushBody(newClientId(), [
      {
        id: randomUUID(),
        table: 'observations',
        fields: {
          candidateId: person, kind: 'mock-test', metier: 'coiffeur', uc: 'UC2', task: 'Une coupe homme', criteria: [{ label: 'Dégradé régulier', result: 'partly' }, { label: 'Hygiène', result: 'met' }],
          result: 'partly', observerKind: 'professional', observerName: 'Mme Dupont', date: '2026-03-10',
        },
      },
    ]));
    expect(pushed.body).not.toMatch(/rejected/);
    const observation = async (language: string) => {
      const written = (await file(language)).json<WrittenPersonFile>();
      const section = written.sections.find((entry) => entry.key === 'observations');
      return { title: section?.title, entries: Object.fromEntries(section?.records[0]?.entries.map((entry) => [entry.label, entry.value]) ?? []), body: JSON.stringify(written) };
    };
    const fr = await observation('fr');
    expect(fr.title).toBe('Observation en situation ou épreuve blanche : 1');
    expect(fr.entries).toEqual({
      Sorte: 'Épreuve blanche',
      Métier: 'Coiffeur(euse)',
      'Unité de compétence': 'UC2 — Réaliser une coupe',
      'Tâche réalisée': 'Une coupe homme',
      'Critères observés': 'Dégradé régulier : En partie atteint; Hygiène : Atteint',
      'Résultat d’ensemble': 'En partie atteint',
      'Observé par': 'Un professionnel bénévole du métier',
      'Nom de l’observateur': 'Mme Dupont',
      Date: '10 mars 2026',
    });
    const en = await observation('en');
    expect(en.entries).toMatchObject({ Kind: 'Mock test', 'Overall result': 'Partly met', 'Observed by': 'A volunteer professional of the trade', 'Criteria observed': 'Dégradé régulier: Partly met; Hygiène: Met' });
    const nl = await observation('nl');
    expect(nl.entries).toMatchObject({ Soort: 'Proefproef', 'Algemeen resultaat': 'Gedeeltelijk behaald', 'Geobserveerd door': 'Een vrijwillige vakman of vakvrouw' });
    // No id of anyone (the person, the accompaniment or sitting an observation links to).
    for (const { body } of [fr, en, nl]) expect(body).not.toMatch(UUID);
  });

  it('is given to the person’s site only, and refuses bad input in words', async () => {
    for (const [token, id] of [[fixture.users.carol.token, person], [fixture.users.alice.token, randomUUID()]] as const) {
      const response = await get(token, id, 'fr');
      expect(response.statusCode).toBe(404);
      expect(response.body).not.toContain('Amina');
    }
    expect((await get(undefined, person, 'fr')).statusCode).toBe(401);
    const bad = await get(fixture.users.alice.token, person, 'de');
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ issues: { message: string }[] }>().issues[0]?.message.length).toBeGreaterThan(10);
    expect((await get(fixture.users.admin.token, person, 'fr')).statusCode).toBe(200);
  });
});
