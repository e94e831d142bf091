import { describe, expect, it } from 'vitest';
import { periodOf, yearOptions, type PeriodChoice } from './report-period';

const base: PeriodChoice = { mode: 'year', year: 2024, quarter: 1, from: '', to: '' };

describe('report period', () => {
  it.each([
    [{ mode: 'year' }, { from: '2024-01-01', to: '2024-12-31' }],
    [{ mode: 'quarter', quarter: 1 }, { from: '2024-01-01', to: '2024-03-31' }],
    [{ mode: 'quarter', quarter: 4 }, { from: '2024-10-01', to: '2024-12-31' }],
    [{ mode: 'custom', from: '2024-02-10', to: '2024-02-10' }, { from: '2024-02-10', to: '2024-02-10' }],
    [{ mode: 'custom', from: '2024-03-01', to: '2024-02-01' }, undefined],
    [{ mode: 'custom', from: '', to: '2024-02-01' }, undefined],
  ] as [Partial<PeriodChoice>, ReturnType<typeof periodOf>][])('%o → %o', (choice, expected) => {
    expect(periodOf({ ...base, ...choice })).toEqual(expected);
  });

  it('offers the years from the data (or 2020) to next year, newest first', () => {
    expect(yearOptions(2026, 2023)).toEqual([2027, 2026, 2025, 2024, 2023, 2022, 2021, 2020]);
    expect(yearOptions(2026, 2018).at(-1)).toBe(2018);
  });
});
