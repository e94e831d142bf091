// Property test of the masking (docs/report-counting.md, "Masking"): for random tables of persons
// with their row, column and grand totals published, a reader who knows the rule ("<5" is 1 to 4,
// "masked" any number from 0) cannot work out any masked cell. The reader here is written apart
// from suppression.ts: it ENUMERATES every filling of the masked cells (no interval reasoning)
// that fits a line's published total, or, on small tables, every line at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maskCounts, maskReport } from './mask';
import { MASKED_CELL, SMALL_CELL, suppress, type MaskMarker } from './suppression';
import type { ActivityReport } from './types';

type Marker = MaskMarker | undefined;
const domainOf = (marker: Marker, value: number, total: number): number[] => {
  if (marker === undefined) return [value];
  if (marker === SMALL_CELL) return [1, 2, 3, 4];
  return Array.from({ length: total + 1 }, (_, index) => index);
};

/** Every value each cell of `cells` can take when the cells add up to `total` (cells not masked are exact). */
function possibleValues(cells: { value: number; marker: Marker }[], total: number): Set<number>[] {
  const domains = cells.map((cell) => domainOf(cell.marker, cell.value, total));
  const seen = cells.map(() => new Set<number>());
  const chosen: number[] = [];
  const walk = (index: number, sum: number) => {
    if (sum > total) return;
    if (index === cells.length) {
      if (sum === total) chosen.forEach((value, at) => seen[at]?.add(value));
      return;
    }
    for (const value of domains[index] ?? []) {
      chosen[index] = value;
      walk(index + 1, sum + value);
    }
  };
  walk(0, 0);
  return seen;
}

const matrixArb = fc
  .record({ rows: fc.integer({ min: 2, max: 4 }), columns: fc.integer({ min: 2, max: 4 }) })
  .chain(({ rows, columns }) =>
    fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 30 })), { minLength: columns, maxLength: columns }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** The rule's promise holds when every published total is 0 or at least 5 (a total from 1 to 4 is itself a small cell). */
const totalsPublishable = (matrix: number[][]) => {
  const columns = matrix[0]?.length ?? 0;
  const totals = [...matrix.map((row) => row.reduce((a, b) => a + b, 0)), ...Array.from({ length: columns }, (_, column) => matrix.reduce((sum, row) => sum + (row[column] ?? 0), 0))];
  return totals.every((total) => total === 0 || total >= 5);
};

/** A matrix with its row, column and grand totals, all published (fixed), as suppress() takes it. */
function maskMatrix(matrix: number[][]) {
  const rows = matrix.length;
  const columns = matrix[0]?.length ?? 0;
  const values = matrix.flat();
  const at = (row: number, column: number) => row * columns + column;
  const rowTotals = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = Array.from({ length: columns }, (_, column) => matrix.reduce((sum, row) => sum + (row[column] ?? 0), 0));
  const totalCells = [...rowTotals, ...columnTotals].map((value) => values.push(value) - 1);
  const lines = [
    ...matrix.map((_, row) => ({ parts: Array.from({ length: columns }, (__, column) => at(row, column)), total: totalCells[row] ?? -1 })),
    ...Array.from({ length: columns }, (_, column) => ({ parts: Array.from({ length: rows }, (__, row) => at(row, column)), total: totalCells[rows + column] ?? -1 })),
  ];
  const markers = suppress({ values, lines, fixed: new Set(totalCells) });
  return { values, markers, lines };
}

describe('complementary suppression', () => {
  it('masks every cell from 1 to 4, writes "<5" only on them, and no masked cell can be worked out from its row or its column', () => {
    fc.assert(
      fc.property(matrixArb.filter(totalsPublishable), (matrix) => {
        const { values, markers, lines } = maskMatrix(matrix);
        values.forEach((value, index) => {
          if (markers[index] === SMALL_CELL) expect(value >= 1 && value <= 4).toBe(true);
        });
        for (const line of lines) {
          const cells = line.parts.map((part) => ({ value: values[part] ?? 0, marker: markers[part] }));
          line.parts.forEach((part) => {
            const value = values[part] ?? 0;
            if (value >= 1 && value <= 4) expect(markers[part]).toBeDefined();
          });
          const possible = possibleValues(cells, values[line.total] ?? 0);
          cells.forEach((cell, index) => {
            if (cell.marker !== undefined) expect(possible[index]?.size, `masked cell ${cell.value} of line ${JSON.stringify(cells)}`).toBeGreaterThan(1);
          });
        }
      }),
      { numRuns: 200 },
    );
  });

  it('on small tables, no masked cell can be worked out from all the rows and columns together', () => {
    const small = fc
      .record({ rows: fc.integer({ min: 2, max: 3 }), columns: fc.integer({ min: 2, max: 3 }) })
      .chain(({ rows, columns }) => fc.array(fc.array(fc.integer({ min: 0, max: 7 }), { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows }));
    fc.assert(
      fc.property(small.filter(totalsPublishable), (matrix) => {
        const { values, markers, lines } = maskMatrix(matrix);
        const masked = values.flatMap((_, index) => (markers[index] !== undefined ? [index] : []));
        if (masked.length > 8) return; // too many fillings to enumerate; the line-by-line property above still holds
        const seen = new Map(masked.map((index) => [index, new Set<number>()]));
        const filled = values.map((value, index) => (markers[index] !== undefined ? undefined : value));
        // A line is checked as soon as its last cell is filled, and cut when its parts exceed its total.
        const fits = () =>
          lines.every((line) => {
            const total = filled[line.total];
            const parts = line.parts.map((part) => filled[part]);
            const known = parts.reduce<number>((sum, value) => sum + (value ?? 0), 0);
            if (total === undefined) return true;
            return parts.includes(undefined) ? known <= total : known === total;
          });
        const walk = (at: number) => {
          if (!fits()) return;
          if (at === masked.length) {
            for (const index of masked) seen.get(index)?.add(filled[index] ?? -1);
            return;
          }
          const index = masked[at] ?? 0;
          const bound = Math.max(...lines.filter((line) => line.parts.includes(index) || line.total === index).map((line) => values[line.total] ?? 0));
          for (const value of domainOf(markers[index], values[index] ?? 0, bound)) {
            filled[index] = value;
            walk(at + 1);
          }
          filled[index] = undefined;
        };
        walk(0);
        for (const index of masked) expect(seen.get(index)?.size, `cell ${index} of ${JSON.stringify(matrix)}`).toBeGreaterThan(1);
      }),
      { numRuns: 200 },
    );
  });

  it('sites of distinct persons adding up to more than the network: no "<5" can be bounded above 1, no masked cell worked out', () => {
    // Per site the distinct persons, the network's distinct persons N below their sum when some
    // were at two sites. The reader knows only max(site) ≤ N ≤ sum(sites) and enumerates.
    const column = fc
      .array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 40 })), { minLength: 2, maxLength: 4 })
      .chain((sites) => {
        const sum = sites.reduce((a, b) => a + b, 0);
        return fc.record({ sites: fc.constant(sites), overlap: fc.integer({ min: 0, max: Math.max(0, sum - Math.max(...sites)) }) });
      })
      .filter(({ sites, overlap }) => {
        const network = sites.reduce((a, b) => a + b, 0) - overlap;
        return network === 0 || network >= 5;
      });
    fc.assert(
      fc.property(column, ({ sites, overlap }) => {
        const network = sites.reduce((a, b) => a + b, 0) - overlap;
        const values = [...sites, network];
        const parts = sites.map((_, index) => index);
        const line = overlap === 0 ? { parts, total: sites.length } : { parts, total: sites.length, kind: 'union' as const };
        const markers = suppress({ values, lines: [line], fixed: new Set([sites.length]) });
        const masked = parts.filter((index) => markers[index] !== undefined);
        if (masked.length === 0) return;
        const seen = new Map(masked.map((index) => [index, new Set<number>()]));
        const filled = [...sites];
        const walk = (at: number) => {
          if (at === masked.length) {
            const sum = filled.reduce((a, b) => a + b, 0);
            const fits = overlap === 0 ? sum === network : Math.max(...filled) <= network && sum >= network;
            if (fits) for (const index of masked) seen.get(index)?.add(filled[index] ?? -1);
            return;
          }
          const index = masked[at] ?? 0;
          for (const value of domainOf(markers[index], sites[index] ?? 0, network)) {
            filled[index] = value;
            walk(at + 1);
          }
          filled[index] = sites[index] ?? 0;
        };
        walk(0);
        for (const index of masked) {
          const possible = [...(seen.get(index) ?? [])];
          expect(possible.length, `site ${index} of ${JSON.stringify(sites)}, network ${network}`).toBeGreaterThan(1);
          if (markers[index] === SMALL_CELL) expect(Math.min(...possible), `site ${index} of ${JSON.stringify(sites)}, network ${network}`).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('masks the example of the issue: 44 + 38 + "<5" with a total of 83 no longer gives the 1', () => {
    const masked = maskCounts({ F: 44, M: 38, X: 1 });
    expect(masked).toEqual({ F: 44, M: MASKED_CELL, X: SMALL_CELL });
    // A table whose only small cells cannot hide each other says less of them.
    expect(maskCounts({ F: 1, M: 1 })).toEqual({ F: MASKED_CELL, M: MASKED_CELL });
    expect(maskCounts({ F: 0, M: 0, X: 0 })).toEqual({ F: 0, M: 0, X: 0 });
  });

  it('masks métier × site rows against the sites\' totals of table 4, persons and accompaniments together', () => {
    const report = {
      accompaniment: {
        total: { accompaniments: 40, persons: 37, personsWithTitre: 0 },
        bySite: [
          { siteId: 'a', accompaniments: 25, persons: 23, personsWithTitre: 0 },
          { siteId: 'b', accompaniments: 15, persons: 14, personsWithTitre: 0 },
        ],
        byMetier: [
          { metier: 'coiffeur', siteId: 'a', accompaniments: 12, persons: 11 },
          { metier: 'carreleur', siteId: 'a', accompaniments: 13, persons: 12 },
          { metier: 'coiffeur', siteId: 'b', accompaniments: 14, persons: 13 },
          { metier: 'macon', siteId: 'b', accompaniments: 1, persons: 1 },
        ],
      },
      profiles: { certificationAtEntry: {}, motivation: {}, frenchLevel: {}, source: {}, gender: {}, ageBand: {}, commune: {}, zone: {} },
      profilesAccompanied: { certificationAtEntry: {}, motivation: {}, frenchLevel: {}, source: {}, gender: {}, ageBand: {}, commune: {}, zone: {} },
      exits: { total: { closed: 0, byReason: {}, positive: 0, positiveShare: null }, bySite: [] },
      modules: [{ siteId: 'a', module: 'fle', candidates: 3 }],
      ratios: { network: {}, byOrganisation: [] },
      spoc: { total: { actions: 0, persons: 0, contacts: 0, byKind: {} }, bySite: [], byMetier: [] },
      validation: { total: {}, bySite: [], walloonShare: null },
      period: { from: '2024-01-01', to: '2024-12-31' },
      evolution: { rows: [], network: [] },
    } as unknown as ActivityReport;
    const masked = maskReport(report);
    expect(masked.accompaniment.byMetier.map((row) => [row.persons, row.accompaniments])).toEqual([
      [11, 12],
      [12, 13],
      [MASKED_CELL, MASKED_CELL],
      [SMALL_CELL, SMALL_CELL],
    ]);
    expect(masked.modules[0]?.candidates).toBe(SMALL_CELL);
  });
});
