// Attacks on the masked report (docs/report-counting.md, "Masking"): a reader who has only what
// maskReport publishes tries to recover a small cell by subtraction from the totals beside it, or
// to bound it from below where distinct persons make the sites add up to more than the network.
// Each report is computed from records by the one pure function, then masked as it leaves.
import { describe, expect, it } from 'vitest';
import { computeActivityReport, maskReport, type ReportInput, type ReportRecord, type ReportTable } from './index';
import { maskMetierRows } from './mask';
import type { MaskedAccompanimentSiteRow } from './mask-sites';
import { MASKED_CELL, SMALL_CELL, type MaskedCount } from './suppression';
import type { TableData } from '../entities';

const rec = <T extends ReportTable>(id: string, siteId: string, data: TableData[T]): ReportRecord<T> => ({ id, siteId, deleted: false, data });
const input = (parts: Partial<ReportInput>): ReportInput => ({
  candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], ...parts,
});

/** `n` persons informed at a site in `year`, named `prefix0…`. */
const informed = (siteId: string, prefix: string, n: number, year = 2024) =>
  Array.from({ length: n }, (_, i) => rec<'spocActions'>(`act-${siteId}-${prefix}${i}-${year}`, siteId, { kind: 'individuelle', date: `${year}-05-01`, candidateIds: [`${prefix}${i}`] }));
/** `n` accompaniments (one person each) open in `year`, closed that year with `exitReason` when given. */
const accompanied = (siteId: string, prefix: string, n: number, year = 2024, exitReason?: string) =>
  Array.from({ length: n }, (_, i) =>
    rec<'accompaniments'>(`acc-${siteId}-${prefix}${i}-${year}`, siteId, {
      candidateId: `${prefix}${i}`, metier: 'coiffeur', startDate: `${year}-02-01`, status: exitReason ? 'closed' : 'open',
      ...(exitReason ? { exitDate: `${year}-11-01`, exitReason } : {}),
    }),
  );

const report = (parts: Partial<ReportInput>, from = '2024-01-01', to = '2024-12-31') =>
  maskReport(computeActivityReport(input(parts), { from, to, siteIds: ['A', 'B', 'C'], evolutionYears: [2023, 2024] }));

/**
 * What a reader learns of each cell of a column from its published total: exact when it is the
 * only one not given (sum), and a lower bound total − the others' largest possible values (for
 * distinct persons the sites add up to at least the total, so this bound holds in both cases).
 */
function attack(cells: readonly MaskedCount[], total: number): { exact: (number | undefined)[]; atLeast: number[] } {
  const largest = (cell: MaskedCount) => (typeof cell === 'number' ? cell : cell === SMALL_CELL ? 4 : Infinity);
  const hidden = cells.filter((cell) => typeof cell !== 'number').length;
  const shownSum = cells.reduce<number>((sum, cell) => sum + (typeof cell === 'number' ? cell : 0), 0);
  return {
    exact: cells.map((cell) => (typeof cell !== 'number' && hidden === 1 ? total - shownSum : undefined)),
    atLeast: cells.map((cell, index) => (typeof cell === 'number' ? cell : total - cells.reduce<number>((sum, other, at) => (at === index ? sum : sum + largest(other)), 0))),
  };
}

/** A cell the reader must not know better than its marker says: not exactly, and a "<5" not above 1. */
function expectProtected(cells: readonly MaskedCount[], total: number, secret: number) {
  const { exact, atLeast } = attack(cells, total);
  expect(typeof cells[secret], `cell ${secret} of ${JSON.stringify(cells)} is published`).toBe('string');
  expect(exact[secret], `cell ${secret} of ${JSON.stringify(cells)} recovered from ${total}`).toBeUndefined();
  expect(atLeast[secret], `cell ${secret} of ${JSON.stringify(cells)} bounded below from ${total}`).toBeLessThanOrEqual(1);
}

describe('attacks on the masked report', () => {
  it('cannot recover a site’s closed accompaniments from the exits’ total', () => {
    const masked = report({
      accompaniments: [...accompanied('A', 'a', 3, 2024, 'emploi'), ...accompanied('B', 'b', 20, 2024, 'emploi'), ...accompanied('C', 'c', 25, 2024, 'abandon')],
    });
    const closed = masked.exits.bySite.map((row) => row.closed);
    expect(masked.exits.total.closed).toBe(48);
    expectProtected(closed, 48, 0);
    // Nor its share of positive exits (share × closed would give the positive exits).
    expect(typeof masked.exits.bySite[0]?.positiveShare).toBe('string');
  });

  it('cannot recover a site’s figure of a past year from the network row of the evolution table', () => {
    const masked = report({
      spocActions: [...informed('A', 'a', 3, 2023), ...informed('B', 'b', 40, 2023), ...informed('C', 'c', 41, 2023)],
      accompaniments: [...accompanied('A', 'x', 2, 2023), ...accompanied('B', 'y', 30, 2023), ...accompanied('C', 'z', 33, 2023)],
    });
    const rows = masked.evolution.rows.filter((row) => row.year === 2023);
    const network = masked.evolution.network.find((row) => row.year === 2023);
    expect(rows.map((row) => row.siteId)).toEqual(['A', 'B', 'C']);
    expect(network).toMatchObject({ spocPersons: 84, accompaniedPersons: 65, accompaniments: 65 });
    expectProtected(rows.map((row) => row.spocPersons as MaskedCount), 84, 0);
    expectProtected(rows.map((row) => row.accompaniedPersons as MaskedCount), 65, 0);
    expectProtected(rows.map((row) => row.accompaniments as MaskedCount), 65, 0);
  });

  it('cannot bound a site’s persons from below where a person at two sites makes the sites add up to more than the network', () => {
    // A: 4 persons, one of them also informed at B. Sites 4 + 40 + 41 = 85, network 84: 84 − 40 − 41 = 3 ≤ A.
    const shared = rec<'spocActions'>('act-B-shared', 'B', { kind: 'individuelle', date: '2024-06-01', candidateIds: ['a0'] });
    const masked = report({ spocActions: [...informed('A', 'a', 4), ...informed('B', 'b', 39), shared, ...informed('C', 'c', 41)] });
    expect(masked.spoc.total.persons).toBe(84);
    expectProtected(masked.spoc.bySite.map((row) => row.persons), 84, 0);
    const rows = masked.evolution.rows.filter((row) => row.year === 2024);
    expectProtected(rows.map((row) => row.spocPersons as MaskedCount), 84, 0);
  });

  it('cannot combine the evolution’s year with tables 1 and 4 of the same calendar year to recover a site', () => {
    const masked = report({
      spocActions: [...informed('A', 'a', 3), ...informed('B', 'b', 40), ...informed('C', 'c', 41)],
      accompaniments: [...accompanied('A', 'x', 2), ...accompanied('B', 'y', 30), ...accompanied('C', 'z', 33)],
    });
    const rows = masked.evolution.rows.filter((row) => row.year === 2024);
    // The reader takes each site's figure from whichever table publishes it.
    const either = (a: readonly MaskedCount[], b: readonly (MaskedCount | null)[]) => a.map((cell, i) => (typeof cell === 'number' ? cell : (b[i] ?? cell)));
    expectProtected(either(masked.spoc.bySite.map((row) => row.persons), rows.map((row) => row.spocPersons)), 84, 0);
    expectProtected(either(masked.accompaniment.bySite.map((row) => row.persons), rows.map((row) => row.accompaniedPersons)), 65, 0);
    expectProtected(either(masked.accompaniment.bySite.map((row) => row.accompaniments), rows.map((row) => row.accompaniments)), 65, 0);
  });

  it('cannot recover a site masked in table 4 from its métier rows in table 5', () => {
    // Table 4 hides A (2) and, as its complement, B (23), and shows C (46). Table 5's own complement
    // would go to C's small métier (6), leaving B's two rows to add up to B, then 71 − 23 − 46 = A.
    const site = (siteId: string, n: number) => ({ siteId, accompaniments: n, new: n, carriedOver: 0, persons: n, personsWithTitre: 0 });
    const metier = (metierCode: string, siteId: string, n: number) => ({ metier: metierCode, siteId, accompaniments: n, persons: n });
    const accompaniment = {
      total: site('total', 71),
      bySite: [site('A', 2), site('B', 23), site('C', 46)],
      byMetier: [metier('coiffeur', 'C', 40), metier('coiffeur', 'B', 12), metier('carreleur', 'B', 11), metier('macon', 'C', 6), metier('coiffeur', 'A', 2)],
      byMetierTotal: { accompaniments: 71, persons: 71 },
    };
    const table4 = [
      { ...site('A', 2), persons: SMALL_CELL, accompaniments: SMALL_CELL },
      { ...site('B', 23), persons: MASKED_CELL, accompaniments: MASKED_CELL },
      site('C', 46),
    ] as MaskedAccompanimentSiteRow[];
    const table5 = maskMetierRows(accompaniment, table4);
    const fromMetiers = table4.map((row) => {
      const rows = table5.filter((entry) => entry.siteId === row.siteId).map((entry) => entry.persons);
      return rows.every((cell) => typeof cell === 'number') ? rows.reduce<number>((sum, cell) => sum + (cell as number), 0) : row.persons;
    });
    expectProtected(table4.map((row, i) => (typeof row.persons === 'number' ? row.persons : (fromMetiers[i] ?? row.persons))), 71, 0);
  });
});
