// The UC list of a site: seed overlaid by the site's records; checks of a UC being added; uses.
import { describe, expect, it } from 'vitest';
import { activeUcs, checkUcDraft, findUc, normalUcCode, siteUcList, ucDisplay, ucUseCount, UC_SEED, type UcRecordFacts } from './ucs';
import { METIER_CODES } from './codes';
import { recordSchemas } from './entities';

const record = (id: string, siteId: string, data: UcRecordFacts['data']): UcRecordFacts => ({ id, siteId, data });

describe('the seed', () => {
  it('holds valid UCs of known métiers, aide-ménager UC1 and UC2 among them', () => {
    for (const seed of UC_SEED) {
      expect(METIER_CODES).toContain(seed.metier);
      expect(recordSchemas.ucs.safeParse({ ...seed, active: true }).success).toBe(true);
    }
    expect(UC_SEED.filter((seed) => seed.metier === 'aide-menager').map((seed) => seed.code)).toEqual(['UC1', 'UC2']);
  });
});

describe('a site’s UC list', () => {
  it('is the seed alone when the site has no record', () => {
    const list = siteUcList('site-a', []);
    expect(list.map((entry) => [entry.metier, entry.code, entry.active, entry.seeded, entry.recordId])).toEqual(
      UC_SEED.map((seed) => [seed.metier, seed.code, true, true, undefined]),
    );
  });

  it('overlays the site’s records: renames, deactivations and additions, sorted by métier then code', () => {
    const list = siteUcList('site-a', [
      record('r-3', 'site-a', { metier: 'coiffeur', code: 'UC10', label: 'Dix', active: true }),
      record('r-1', 'site-a', { metier: 'aide-menager', code: 'uc1', label: 'Entretien renommé', active: true }),
      record('r-2', 'site-a', { metier: 'aide-menager', code: 'UC2', label: "Assurer l'entretien du linge", active: false }),
      record('r-4', 'site-a', { metier: 'coiffeur', code: 'UC2', label: 'Deux' }),
      record('r-5', 'site-b', { metier: 'coiffeur', code: 'UC3', label: 'Autre site', active: true }),
    ]);
    expect(list.map((entry) => [entry.metier, entry.code, entry.label, entry.active, entry.seeded, entry.recordId])).toEqual([
      ['aide-menager', 'UC1', 'Entretien renommé', true, true, 'r-1'],
      ['aide-menager', 'UC2', "Assurer l'entretien du linge", false, true, 'r-2'],
      ['coiffeur', 'UC2', 'Deux', true, false, 'r-4'],
      ['coiffeur', 'UC10', 'Dix', true, false, 'r-3'],
    ]);
    expect(activeUcs(list, 'aide-menager').map((entry) => entry.code)).toEqual(['UC1']);
    expect(activeUcs(list, undefined)).toEqual([]);
  });

  it('keeps one entry when two devices added the same code before syncing: the lowest id holds it', () => {
    const list = siteUcList('site-a', [
      record('r-9', 'site-a', { metier: 'coiffeur', code: 'UC1', label: 'Plus tard', active: true }),
      record('r-2', 'site-a', { metier: 'coiffeur', code: 'UC1 ', label: 'Coupe', active: true }),
    ]);
    const coiffeur = list.filter((entry) => entry.metier === 'coiffeur');
    expect(coiffeur).toHaveLength(1);
    expect(coiffeur[0]).toMatchObject({ code: 'UC1', label: 'Coupe', recordId: 'r-2', recordIds: ['r-2', 'r-9'] });
  });

  it('finds an attempt’s code whatever its case or spaces, and displays unknown codes as typed', () => {
    const list = siteUcList('site-a', []);
    const found = findUc(list, 'aide-menager', ' uc 2');
    expect(found?.code).toBe('UC2');
    expect(ucDisplay(found, ' uc 2')).toBe("UC2 — Assurer l'entretien du linge");
    expect(findUc(list, 'coiffeur', 'UC2')).toBeUndefined();
    expect(ucDisplay(undefined, ' UC9 libre ')).toBe('UC9 libre');
    expect(normalUcCode(' uc 1 ')).toBe('UC1');
  });
});

describe('uses and checks', () => {
  it('counts the attempts at a UC: same code, same métier or no métier', () => {
    const entry = { metier: 'aide-menager', code: 'UC1' };
    expect(
      ucUseCount(entry, [
        { metier: 'aide-menager', uc: 'uc1' },
        { metier: undefined, uc: 'UC1' },
        { metier: 'coiffeur', uc: 'UC1' },
        { metier: 'aide-menager', uc: 'UC2' },
      ]),
    ).toBe(2);
  });

  it.each([
    ['a new UC', { code: 'UC3', label: 'Repassage' }, undefined, {}],
    ['no code, no label', { code: ' ', label: '' }, undefined, { code: 'required', label: 'required' }],
    ['a code already in the list', { code: 'uc1', label: 'X' }, undefined, { code: 'duplicateUc' }],
    ['a code with spaces or signs', { code: 'UC 3!', label: 'X' }, undefined, { code: 'invalidUcCode' }],
    ['a code too long', { code: 'U'.repeat(21), label: 'X' }, undefined, { code: 'tooLong' }],
    ['a label too long', { code: 'UC4', label: 'x'.repeat(301) }, undefined, { label: 'tooLong' }],
    ['a rename keeps its code', { code: 'UC1', label: 'Nouveau nom' }, 'UC1', {}],
    ['a rename needs a label', { code: 'UC1', label: ' ' }, 'UC1', { label: 'required' }],
  ] as const)('%s', (_name, draft, renaming, errors) => {
    expect(checkUcDraft(draft, [{ code: 'UC1' }, { code: 'UC2' }], renaming)).toEqual(errors);
  });
});
