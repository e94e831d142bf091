// The report's targets (docs/report-counting.md, table 4, and its known differences): per
// site and calendar year, entered by coordinators on the server (src/sync/report-targets-api.ts),
// 320 persons informed and 200 accompanied for a site and year nobody entered. A period over
// several calendar years adds up each year's target; the total row's target is the sum of the
// selected sites'. Pure, so the screen and the exports use the same figures.
import { reference } from '../../domain/codes';
import type { ReportTargetEntry } from '../../sync/report-targets-api';

export type { ReportTargetEntry, ReportTargetFigures, ReportTargetsApi } from '../../sync/report-targets-api';

export interface Targets {
  spocPersons: number;
  accompaniedPersons: number;
}

export const DEFAULT_TARGETS: Targets = {
  spocPersons: reference.vdc.targets2024.spocPersons,
  accompaniedPersons: reference.vdc.targets2024.accompaniedPersons,
};

/** Bounds of the server (server/reports/targets.ts), checked before sending so errors read in words. */
export const MAX_TARGET_PERSONS = 100_000;

export interface SiteTargets extends Targets {
  /** True when every year of the period has a target entered for this site (false: some defaults). */
  entered: boolean;
}

export interface ReportTargets {
  bySite: ReadonlyMap<string, SiteTargets>;
  total: Targets;
}

/** Calendar years from the period's first day to its last. */
export function yearsOf(period: { from: string; to: string }): number[] {
  const years: number[] = [];
  for (let year = Number(period.from.slice(0, 4)); year <= Number(period.to.slice(0, 4)); year += 1) years.push(year);
  return years;
}

export function targetsForPeriod(rows: readonly ReportTargetEntry[] | undefined, siteIds: readonly string[], period: { from: string; to: string }): ReportTargets {
  const entered = new Map((rows ?? []).map((row) => [`${row.siteId}\u0000${row.year}`, row]));
  const bySite = new Map<string, SiteTargets>();
  const total: Targets = { spocPersons: 0, accompaniedPersons: 0 };
  for (const siteId of siteIds) {
    const site: SiteTargets = { spocPersons: 0, accompaniedPersons: 0, entered: true };
    for (const year of yearsOf(period)) {
      const row = entered.get(`${siteId}\u0000${year}`);
      site.spocPersons += row?.spocPersons ?? DEFAULT_TARGETS.spocPersons;
      site.accompaniedPersons += row?.accompaniedPersons ?? DEFAULT_TARGETS.accompaniedPersons;
      if (!row) site.entered = false;
    }
    bySite.set(siteId, site);
    total.spocPersons += site.spocPersons;
    total.accompaniedPersons += site.accompaniedPersons;
  }
  return { bySite, total };
}

/** Achieved / target, or null without a target (a target of 0 gives no ratio, like the report's rates). */
export function ratioOf(value: number, target: number | undefined): number | null {
  return target !== undefined && target > 0 ? value / target : null;
}

export type TargetInputError = 'notANumber' | 'negative' | 'tooLarge';

/** A typed target: a whole number from 0 to 100,000, or the reason it is not, to say in words. */
export function parseTargetInput(text: string): { value: number } | { error: TargetInputError } {
  const trimmed = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (!/^-?\d+$/.test(trimmed)) return { error: 'notANumber' };
  const value = Number(trimmed);
  if (value < 0) return { error: 'negative' };
  if (value > MAX_TARGET_PERSONS) return { error: 'tooLarge' };
  return { value };
}

/** Years a target may be entered for (server/reports/targets.ts). */
export const FIRST_TARGET_YEAR = 1990;
export const LAST_TARGET_YEAR = 2100;
