import { describe, expect, it } from 'vitest';
import { parseTargetInput, ratioOf, targetsForPeriod, yearsOf } from './report-targets';
import { barLength, evolutionByYear, niceMax } from './charts/chart-scale';

describe('targetsForPeriod', () => {
  const rows = [
    { siteId: 'a', year: 2024, spocPersons: 100, accompaniedPersons: 50 },
    { siteId: 'a', year: 2025, spocPersons: 110, accompaniedPersons: 60 },
    { siteId: 'b', year: 2025, spocPersons: 0, accompaniedPersons: 0 },
  ];

  it('takes the entered target of a site and year, the defaults (320, 200) otherwise, and sums the total', () => {
    const targets = targetsForPeriod(rows, ['a', 'b'], { from: '2024-01-01', to: '2024-12-31' });
    expect(targets.bySite.get('a')).toEqual({ spocPersons: 100, accompaniedPersons: 50, entered: true });
    expect(targets.bySite.get('b')).toEqual({ spocPersons: 320, accompaniedPersons: 200, entered: false });
    expect(targets.total).toEqual({ spocPersons: 420, accompaniedPersons: 250 });
  });

  it('adds up every year of a period over several years, and uses the defaults without rows', () => {
    expect(targetsForPeriod(rows, ['a'], { from: '2024-07-01', to: '2025-06-30' }).total).toEqual({ spocPersons: 210, accompaniedPersons: 110 });
    expect(targetsForPeriod(undefined, ['a', 'b', 'c'], { from: '2024-04-01', to: '2024-06-30' }).total).toEqual({ spocPersons: 960, accompaniedPersons: 600 });
    expect(yearsOf({ from: '2023-12-31', to: '2025-01-01' })).toEqual([2023, 2024, 2025]);
  });

  it('gives no ratio for a target of 0', () => {
    expect(ratioOf(433, 320)).toBeCloseTo(1.353, 3);
    expect(ratioOf(5, 0)).toBeNull();
    expect(ratioOf(5, undefined)).toBeNull();
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

describe('targets in the exported sheets', () => {
  it('puts each site’s target and ratio on its row and their sum on the total row', async () => {
    const { computeActivityReport } = await import('../../domain/report');
    const { createI18n } = await import('../../i18n');
    const { buildExportSheets } = await import('./report-tables');
    const { reportTestInput, SITE_A, SITE_B, SITES } = await import('./test-data');
    const i18n = createI18n('fr');
    const ctx = { t: i18n.t, language: 'fr', siteName: (id: string) => SITES.find((site) => site.id === id)?.data.name ?? id };
    const report = computeActivityReport(reportTestInput(), { from: '2024-01-01', to: '2024-12-31', siteIds: [SITE_A, SITE_B] });
    const targets = targetsForPeriod([{ siteId: SITE_A, year: 2024, spocPersons: 10, accompaniedPersons: 4 }], [SITE_A, SITE_B], report.period);
    const sheets = buildExportSheets(report, targets, ctx);
    const spoc = sheets.find((sheet) => sheet.id === 'spoc-sites');
    const personsA = report.spoc.bySite.find((row) => row.siteId === SITE_A)?.persons ?? 0;
    const row = (name: string) => spoc?.rows.find((cells) => cells[0] === name);
    expect(row('Mission locale de Bruxelles')?.slice(6)).toEqual([10, personsA / 10]);
    expect(row('CPAS')?.[6]).toBe(320);
    expect(spoc?.rows.at(-1)?.slice(6)).toEqual([330, report.spoc.total.persons / 330]);
    const accompaniment = sheets.find((sheet) => sheet.id === 'accompaniment-sites');
    expect(accompaniment?.rows.at(-1)?.slice(4)).toEqual([204, report.accompaniment.total.persons / 204]);
  });
});
