// Pure geometry of the report's hand-made SVG charts: a "nice" axis maximum and bar lengths, so
// the pictures are tested without a browser.

/** The smallest 1, 2 or 5 × 10^n at or above `max` (at least 1): a round top for the axis. */
export function niceMax(max: number): number {
  if (!Number.isFinite(max) || max <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * magnitude >= max) return step * magnitude;
  return 10 * magnitude;
}

/** Length of a bar of `value` on an axis of `length` for values up to `max` (0 for nothing, never negative). */
export function barLength(value: number, max: number, length: number): number {
  if (!(value > 0) || !(max > 0)) return 0;
  return Math.min(length, (value / max) * length);
}

export interface YearGroup {
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
  /** True when a figure of the year comes from the past years entered by coordinators. */
  entered: boolean;
}

/** The evolution table summed over the sites shown, one group per year in order. */
export function evolutionByYear(rows: readonly { year: number; spocPersons: number; accompaniedPersons: number; source: 'data' | 'entered' }[]): YearGroup[] {
  const byYear = new Map<number, YearGroup>();
  for (const row of rows) {
    const group = byYear.get(row.year) ?? { year: row.year, spocPersons: 0, accompaniedPersons: 0, entered: false };
    group.spocPersons += row.spocPersons;
    group.accompaniedPersons += row.accompaniedPersons;
    if (row.source === 'entered') group.entered = true;
    byYear.set(row.year, group);
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}
