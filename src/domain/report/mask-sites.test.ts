// The sites' headline figures masked like table cells (mask-sites.ts): a site's figure from 1 to 4
// is "<5", and the total row under the sites cannot give it back by subtraction.
import { describe, expect, it } from 'vitest';
import { maskAccompanimentSites, maskOrganisationRatios, maskSpocSites, maskValidationSites } from './mask-sites';
import { MASKED_CELL, SMALL_CELL } from './suppression';
import type { ActivityReport } from './types';

const spocRow = (siteId: string, individuelle: number, persons: number) => ({
  siteId, actions: individuelle, persons, contacts: 0, byKind: { individuelle, collective: 0, mail: 0 },
});
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** What a reader can work out of a masked cell from the total and the other sites' shown values. */
const bySubtraction = (total: number, shown: (number | string)[]) => (shown.filter((cell) => typeof cell !== 'number').length === 1 ? total - sum(shown.filter((cell): cell is number => typeof cell === 'number')) : undefined);

describe('site headline figures', () => {
  it('masks a site’s SPOC figures below 5 and one more site, so the total gives nothing back', () => {
    const bySite = [spocRow('site-a', 3, 2), spocRow('site-b', 44, 40), spocRow('site-c', 38, 41)];
    const spoc = { bySite, total: { actions: 85, persons: 83, contacts: 0, byKind: { individuelle: 85, collective: 0, mail: 0 } }, byMetier: [] } as ActivityReport['spoc'];
    const masked = maskSpocSites(spoc);
    const hidden = expect.toBeOneOf([SMALL_CELL, MASKED_CELL]);
    expect(masked[0]).toMatchObject({ actions: hidden, persons: hidden, byKind: { individuelle: hidden } });
    // Subtraction: 83 − 40 − 41 would give site A's 2 persons; a second site is masked too.
    const persons = masked.map((row) => row.persons);
    expect(persons.filter((cell) => typeof cell !== 'number').length).toBeGreaterThanOrEqual(2);
    expect(bySubtraction(83, persons)).toBeUndefined();
    expect(bySubtraction(85, masked.map((row) => row.actions))).toBeUndefined();
    expect(bySubtraction(85, masked.map((row) => row.byKind.individuelle ?? 0))).toBeUndefined();
  });

  it('leaves every figure of 5 or more as it is', () => {
    const bySite = [spocRow('site-a', 30, 20), spocRow('site-b', 44, 40)];
    const spoc = { bySite, total: { actions: 74, persons: 60, contacts: 0, byKind: { individuelle: 74, collective: 0, mail: 0 } }, byMetier: [] } as ActivityReport['spoc'];
    expect(maskSpocSites(spoc).map((row) => [row.actions, row.persons])).toEqual([[30, 20], [44, 40]]);
  });

  it('masks accompaniments, persons with a Titre and the rates of attempts of a small site', () => {
    const acc = (siteId: string, n: number, titre: number) => ({ siteId, accompaniments: n, new: n, carriedOver: 0, persons: n, personsWithTitre: titre });
    const accompaniment = {
      bySite: [acc('site-a', 2, 1), acc('site-b', 50, 20), acc('site-c', 60, 30)],
      total: { accompaniments: 112, new: 112, carriedOver: 0, persons: 112, personsWithTitre: 51 },
      byMetier: [], byMetierTotal: { accompaniments: 112, persons: 112 },
    } as ActivityReport['accompaniment'];
    const masked = maskAccompanimentSites(accompaniment);
    const hidden = expect.toBeOneOf([SMALL_CELL, MASKED_CELL]);
    expect(masked[0]).toMatchObject({ accompaniments: hidden, persons: hidden, personsWithTitre: hidden, new: hidden });
    for (const field of ['accompaniments', 'persons', 'personsWithTitre', 'new'] as const) {
      expect(bySubtraction(accompaniment.total[field], masked.map((row) => row[field]))).toBeUndefined();
    }

    const val = (siteId: string, registrations: number, testsTaken: number, titres: number) => ({ siteId, registrations, testsTaken, titres, presenceRate: testsTaken / registrations, successRate: titres / testsTaken, walloonTestsTaken: 0 });
    const validation = { bySite: [val('site-a', 3, 3, 2), val('site-b', 40, 30, 20)], total: val('total', 43, 33, 22), walloonShare: 0 } as unknown as ActivityReport['validation'];
    const maskedVal = maskValidationSites(validation);
    expect(maskedVal[0]).toMatchObject({ registrations: hidden, titres: hidden, successRate: MASKED_CELL, presenceRate: MASKED_CELL });
    // With two sites the other one is masked too (43 − 40 would give 3).
    expect(maskedVal[1]).toMatchObject({ registrations: MASKED_CELL, successRate: MASKED_CELL });
  });

  it('masks an organisation’s persons below 5 and the ratio that would give them from its goal', () => {
    const [row] = maskOrganisationRatios([{ organisationId: 'org', spocPersons: 3, accompaniedPersons: 12, spocRatio: 3 / 20, accompaniedRatio: 12 / 10 }]);
    expect(row).toMatchObject({ spocPersons: SMALL_CELL, spocRatio: MASKED_CELL, accompaniedPersons: 12, accompaniedRatio: 1.2 });
  });
});
