// Reading the catalogue: labels in three languages with fallbacks, what pickers offer (the site's
// métiers first, only current ones, a record's own value kept), the UCs of a métier by date.
import { describe, expect, it } from 'vitest';
import { catalogueFromRecords, findUc, metierChoices, metierLabel, seedCatalogue, ucDisplay, ucsOf } from './catalogue';
import { METIER_SEED } from './seed';
import { metierRecordSchema } from './schema';
import { catalogueRefusal, siteRefusal } from './write-rules';

const catalogue = catalogueFromRecords([
  { id: 'soudeur', data: { code: 'soudeur', labels: { fr: 'Soudeur(euse)', en: 'Welder' }, ucs: [{ code: 'UC2', label: 'Semi-auto' }, { code: 'UC10', label: 'Tuyauterie' }, { code: 'UC1', label: 'Arc', validTo: '2025-12-31' }] } },
  { id: 'ancien', data: { code: 'ancien', labels: { fr: 'Ancien métier' }, validTo: '2024-12-31' } },
  { id: 'futur', data: { code: 'futur', labels: { fr: 'Futur métier' }, validFrom: '2030-01-01' } },
  { id: 'coiffeur', data: { code: 'coiffeur', labels: { fr: 'Coiffeur·euse (renommé)', nl: 'Kapper', en: 'Hairdresser' } } },
]);

describe('the seed', () => {
  it('holds the 20 métiers of 2024 and the automobile trades, every one a valid record, aide-ménager with UC1 and UC2', () => {
    expect(METIER_SEED.length).toBe(23);
    for (const seed of seedCatalogue()) expect(metierRecordSchema.safeParse(seed).success, seed.code).toBe(true);
    expect(ucsOf(seedCatalogue(), 'aide-menager').map((uc) => uc.code)).toEqual(['UC1', 'UC2']);
    expect(seedCatalogue().every((entry) => entry.labels.nl && entry.labels.en)).toBe(true);
  });
});

describe('metierLabel', () => {
  it('names a métier in the language asked, French when that one is missing, the seed or the code otherwise', () => {
    expect(metierLabel(catalogue, 'soudeur', 'en')).toBe('Welder');
    expect(metierLabel(catalogue, 'soudeur', 'nl')).toBe('Soudeur(euse)');
    expect(metierLabel(catalogue, 'coiffeur', 'fr')).toBe('Coiffeur·euse (renommé)');
    expect(metierLabel([], 'carrossier', 'nl')).toBe('Carrosseriehersteller');
    expect(metierLabel(catalogue, 'astronaute', 'fr')).toBe('astronaute');
    expect(metierLabel(catalogue, undefined, 'fr')).toBe('');
  });
});

describe('metierChoices', () => {
  it('offers the site’s métiers first, then the rest current on the day, keeping a record’s own retired value', () => {
    const choices = metierChoices(catalogue, 'fr', { siteMetiers: ['soudeur', 'ancien'], date: '2026-03-01', keep: ['ancien'] });
    expect(choices.site.map((option) => option.code)).toEqual(['ancien', 'soudeur']);
    expect(choices.others.map((option) => option.code)).not.toContain('futur');
    expect(choices.others.map((option) => option.code)).toContain('carrossier');
    const plain = metierChoices(catalogue, 'fr', { date: '2026-03-01' });
    expect([...plain.site, ...plain.others].map((option) => option.code)).not.toContain('ancien');
    expect(metierChoices(catalogue, 'fr', { date: '2026-03-01', keep: ['inconnu'] }).others.map((option) => option.code)).toContain('inconnu');
  });
});

describe('UCs of a métier', () => {
  it('lists them by code (UC2 before UC10), only those current on a date, and finds any by its code', () => {
    expect(ucsOf(catalogue, 'soudeur').map((uc) => uc.code)).toEqual(['UC1', 'UC2', 'UC10']);
    expect(ucsOf(catalogue, 'soudeur', '2026-03-01').map((uc) => uc.code)).toEqual(['UC2', 'UC10']);
    expect(ucDisplay(findUc(catalogue, 'soudeur', 'uc 1'), 'uc 1')).toBe('UC1 — Arc');
    expect(ucDisplay(findUc(catalogue, 'coiffeur', 'UC9'), 'UC9')).toBe('UC9');
  });
});

describe('write rules', () => {
  it('keeps network data at the network pseudo-site and nothing else there', () => {
    expect(siteRefusal('metiers', '_network')).toBeUndefined();
    expect(siteRefusal('metiers', 'site-a')).toEqual({ error: 'forbidden_site' });
    expect(siteRefusal('candidates', '_network')).toEqual({ error: 'forbidden_site' });
    expect(siteRefusal('siteMetiers', 'site-a')).toBeUndefined();
  });

  it('refuses a delete, a code that is not the id, a dropped UC and a site record under another id', () => {
    const put = { table: 'metiers' as const, id: 'soudeur', siteId: '_network', op: 'put' as const };
    const stored = { code: 'soudeur', labels: { fr: 'Soudeur' }, ucs: [{ code: 'UC1', label: 'Arc' }] };
    expect(catalogueRefusal({ ...put, op: 'delete' }, stored, stored)?.error).toBe('forbidden');
    expect(catalogueRefusal(put, undefined, { ...stored, code: 'autre' })?.issues?.[0]?.code).toBe('codeIsId');
    expect(catalogueRefusal(put, stored, { ...stored, ucs: [] })?.issues?.[0]?.code).toBe('ucRemoved');
    expect(catalogueRefusal(put, stored, { ...stored, ucs: [{ code: 'uc1', label: 'Arc', validTo: '2026-01-01' }] })).toBeUndefined();
    expect(catalogueRefusal({ table: 'siteMetiers', id: 'site-b', siteId: 'site-a', op: 'put' }, undefined, { metiers: [] })?.issues?.[0]?.code).toBe('siteRecordId');
  });
});
