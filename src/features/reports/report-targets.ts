// The report's targets on the tablet (docs/report-counting.md, "Targets"): the rows entered on the
// server (one network goal per year, organisations' own goals) as the report's input, with the
// sites' organisations from the local `sites` table. The report itself compares them
// (src/domain/report/targets.ts): the network goal only when the report covers every site.
import { DEFAULT_NETWORK_TARGET, type ReportTargetsInput } from '../../domain/report';
import type { ReportTargetEntry } from '../../sync/report-targets-api';

export type { ReportTargetEntry, ReportTargetFigures, ReportTargetsApi } from '../../sync/report-targets-api';

export const DEFAULT_TARGETS = DEFAULT_NETWORK_TARGET;

/** Bounds of the server (server/reports/targets.ts), checked before sending so errors read in words. */
export const MAX_TARGET_PERSONS = 100_000;
export const FIRST_TARGET_YEAR = 1990;
export const LAST_TARGET_YEAR = 2100;

/** A site's organisation: its `organisationId`, or the site itself when it has none (as the server). */
export function organisationOfSite(site: { id: string; data: { organisationId?: string } }): string {
  return site.data.organisationId ?? site.id;
}

export function targetsInputOf(rows: readonly ReportTargetEntry[] | undefined, sites: readonly { id: string; data: { organisationId?: string } }[]): ReportTargetsInput {
  return {
    network: (rows ?? []).filter((row) => row.organisationId === null).map(({ year, spocPersons, accompaniedPersons }) => ({ year, spocPersons, accompaniedPersons })),
    organisations: (rows ?? []).flatMap((row) =>
      row.organisationId === null ? [] : [{ organisationId: row.organisationId, year: row.year, spocPersons: row.spocPersons, accompaniedPersons: row.accompaniedPersons }],
    ),
    siteOrganisation: Object.fromEntries(sites.map((site) => [site.id, organisationOfSite(site)])),
  };
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
