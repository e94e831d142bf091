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
  /** Null when nobody knows the year's figure (not entered): no bar, never a bar of 0. */
  spocPersons: number | null;
  accompaniedPersons: number | null;
  /** True when the year's figures were entered (years before the app). */
  entered: boolean;
}

/**
 * The evolution chart's groups: the network's own distinct totals per year (never a sum of the
 * sites' rows, which counts a person of two sites twice), in year order.
 */
export function evolutionByYear(network: readonly { year: number; spocPersons: number | null; accompaniedPersons: number | null; source: 'data' | 'entered' | 'missing' }[]): YearGroup[] {
  return network
    .map((row) => ({ year: row.year, spocPersons: row.spocPersons, accompaniedPersons: row.accompaniedPersons, entered: row.source === 'entered' }))
    .sort((a, b) => a.year - b.year);
}
