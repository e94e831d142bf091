import { describe, expect, it } from 'vitest';
import { parseTargetInput, targetsInputOf } from './report-targets';
import { barLength, evolutionByYear, niceMax } from './charts/chart-scale';

describe('targetsInputOf', () => {
  it("splits the network's goal from organisations' own, and names each site's organisation", () => {
    const rows = [
      { organisationId: null, year: 2024, spocPersons: 320, accompaniedPersons: 200 },
      { organisationId: 'org-a', year: 2024, spocPersons: 100, accompaniedPersons: 50 },
    ];
    const sites = [{ id: 'a1', data: { organisationId: 'org-a' } }, { id: 'b', data: {} }];
    expect(targetsInputOf(rows, sites)).toEqual({
      network: [{ year: 2024, spocPersons: 320, accompaniedPersons: 200 }],
      organisations: [{ organisationId: 'org-a', year: 2024, spocPersons: 100, accompaniedPersons: 50 }],
      siteOrganisation: { a1: 'org-a', b: 'b' },
    });
    expect(targetsInputOf(undefined, []).network).toEqual([]);
  });
});

describe('parseTargetInput', () => {
  it.each([
    ['320', { value: 320 }],
    [' 1 200 ', { value: 1200 }],
    ['0', { value: 0 }],
    ['100000', { value: 100000 }],
    ['-1', { error: 'negative' }],
    ['100001', { error: 'tooLarge' }],
    ['9'.repeat(30), { error: 'tooLarge' }],
    ['', { error: 'notANumber' }],
    ['abc', { error: 'notANumber' }],
    ['2.5', { error: 'notANumber' }],
    ['1e3', { error: 'notANumber' }],
  ])('reads %j as %j', (text, expected) => {
    expect(parseTargetInput(text)).toEqual(expected);
  });
});

describe('chart geometry', () => {
  it('rounds the axis up to 1, 2 or 5 × 10^n and never draws past it', () => {
    expect([0, 1, 3, 10, 11, 180, 433, 5000, 5001].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 500, 5000, 10000]);
    expect(barLength(50, 200, 100)).toBe(25);
    expect(barLength(0, 200, 100)).toBe(0);
    expect(barLength(-3, 200, 100)).toBe(0);
    expect(barLength(300, 200, 100)).toBe(100);
  });

  it('draws the network row of each year, never a sum of the sites, and marks entered and missing years', () => {
    expect(
      evolutionByYear([
        { year: 2024, spocPersons: 10, accompaniedPersons: 5, source: 'data' },
        { year: 2023, spocPersons: 7, accompaniedPersons: 2, source: 'entered' },
        { year: 2022, spocPersons: null, accompaniedPersons: null, source: 'missing' },
      ]),
    ).toEqual([
      { year: 2022, spocPersons: null, accompaniedPersons: null, entered: false },
      { year: 2023, spocPersons: 7, accompaniedPersons: 2, entered: true },
      { year: 2024, spocPersons: 10, accompaniedPersons: 5, entered: false },
    ]);
  });
});

describe('the targets sheet', () => {
  it('shows the network goal with the network ratio only for the whole network, and an organisation goal on its own row', async () => {
    const { computeActivityReport } = await import('../../domain/report');
    const { createI18n } = await import('../../i18n');
    const { buildReportSheets } = await import('./report-tables');
    const { reportTestInput, SITE_A, SITE_B, SITES } = await import('./test-data');
    const i18n = createI18n('fr');
    const ctx = { t: i18n.t, language: 'fr', siteName: (id: string) => SITES.find((site) => site.id === id)?.data.name ?? id, organisationName: () => 'ML Bruxelles' };
    const targets = targetsInputOf([{ organisationId: SITE_A, year: 2024, spocPersons: 10, accompaniedPersons: 4 }], SITES);
    const options = { from: '2024-01-01', to: '2024-12-31', siteIds: [SITE_A, SITE_B] };
    const whole = computeActivityReport({ ...reportTestInput(), targets }, { ...options, wholeNetwork: true });
    const sheet = buildReportSheets(whole, ctx).find((candidate) => candidate.id === 'targets');
    expect(sheet?.rows).toEqual([
      ['Réseau (objectif commun)', 320, whole.spoc.total.persons, whole.spoc.total.persons / 320, 200, whole.accompaniment.total.persons, whole.accompaniment.total.persons / 200],
      ['ML Bruxelles', 10, 2, 0.2, 4, 5, 1.25],
    ]);
    const part = computeActivityReport({ ...reportTestInput(), targets }, { ...options, wholeNetwork: false });
    expect(buildReportSheets(part, ctx).find((candidate) => candidate.id === 'targets')?.rows[0]?.[3]).toBeNull();
  });
});
