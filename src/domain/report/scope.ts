// What the report may count, prepared once for every period (the evolution table re-runs the
// tables per year): live records of the visible sites, each with the site its figures belong to.
// - Deleted (tombstoned) records never count, and neither do records hanging off a deleted one
//   (attendance of a deleted session).
// - A figure belongs to the site where the work was done, `workSiteOf(record)` (src/domain/work-site.ts):
//   a transfer of the person's file never moves it. Records without `workSiteId` (written before the
//   field) fall back as today's rules did: attendance to its session's work site, a validation
//   step to its accompaniment's work site, anything else to its own site.
// - Records of sites outside `siteIds` are ignored, so the server's answer equals what a tablet
//   holding only those sites computes. Candidate files are looked up by id whatever their site.
import type { ModuleWorkRecord, ReportInput, ReportOptions, ReportRecord } from './types';
import { personResolver, type PersonResolver } from './persons';
import { compareCodes } from './period';
import { workSiteOf } from '../work-site';

export interface AttendanceInScope {
  record: ReportRecord<'attendance'>;
  session: ReportRecord<'moduleSessions'>;
  /** The site the participation is counted at. */
  siteId: string;
}

export interface StepInScope {
  record: ReportRecord<'validationSteps'>;
  /** The site the attempt is counted at. */
  siteId: string;
  /** The live accompaniment the step belongs to, if any (its métier is the test's métier). */
  accompaniment: ReportRecord<'accompaniments'> | undefined;
}

export interface Scope {
  selectedSiteIds: readonly string[] | undefined;
  persons: PersonResolver;
  spocActions: ReportRecord<'spocActions'>[];
  accompaniments: ReportRecord<'accompaniments'>[];
  attendance: AttendanceInScope[];
  moduleWork: ModuleWorkRecord[];
  steps: StepInScope[];
  /** Every live positioning (a sign of life of its accompaniment; not attributed to a site). */
  positionings: ReportRecord<'positionings'>[];
  pastYears: NonNullable<ReportInput['pastYears']>;
  isVisible(siteId: string): boolean;
  /** The site a record's figures are counted at (workSiteOf). */
  siteOf(record: { siteId: string; data: object }): string;
}

const hasOwnWorkSite = (record: { data: object }) => {
  const value = (record.data as { workSiteId?: unknown }).workSiteId;
  return typeof value === 'string' && value !== '';
};

export function buildScope(input: ReportInput, options: Pick<ReportOptions, 'siteIds'>): Scope {
  const selected = options.siteIds ? [...new Set(options.siteIds)].sort(compareCodes) : undefined;
  const selectedSet = selected ? new Set(selected) : undefined;
  const isVisible = (siteId: string) => selectedSet === undefined || selectedSet.has(siteId);

  const liveAccompaniments = new Map<string, ReportRecord<'accompaniments'>>();
  for (const record of input.accompaniments) if (!record.deleted) liveAccompaniments.set(record.id, record);
  const liveSessions = new Map<string, ReportRecord<'moduleSessions'>>();
  for (const record of input.moduleSessions) if (!record.deleted) liveSessions.set(record.id, record);

  const attendance: AttendanceInScope[] = [];
  for (const record of input.attendance) {
    if (record.deleted) continue;
    const session = liveSessions.get(record.data.sessionId ?? '');
    if (!session) continue;
    // The module was given at the session's work site, unless the row says where the work was done.
    const siteId = hasOwnWorkSite(record) ? workSiteOf(record) : workSiteOf(session);
    if (isVisible(siteId)) attendance.push({ record, session, siteId });
  }

  const steps: StepInScope[] = [];
  for (const record of input.validationSteps) {
    if (record.deleted) continue;
    const accompaniment = liveAccompaniments.get(record.data.accompanimentId ?? '');
    const siteId = hasOwnWorkSite(record) || !accompaniment ? workSiteOf(record) : workSiteOf(accompaniment);
    if (isVisible(siteId)) steps.push({ record, siteId, accompaniment });
  }

  return {
    selectedSiteIds: selected,
    persons: personResolver(input.candidates),
    spocActions: input.spocActions.filter((record) => !record.deleted && isVisible(workSiteOf(record))),
    accompaniments: [...liveAccompaniments.values()].filter((record) => isVisible(workSiteOf(record))),
    attendance,
    moduleWork: (input.moduleWork ?? []).filter((record) => !record.deleted && isVisible(workSiteOf(record))),
    steps,
    positionings: (input.positionings ?? []).filter((record) => !record.deleted),
    pastYears: (input.pastYears ?? []).filter((entry) => isVisible(entry.siteId)),
    isVisible,
    siteOf: workSiteOf,
  };
}

/**
 * The rows of a per-site table: every selected site (so a site with nothing shows as zeros), plus
 * every site with figures (when no selection was given). Sorted by id for stable output.
 */
export function rowSites(scope: Scope, withFigures: Iterable<string>): string[] {
  const sites = new Set(scope.selectedSiteIds ?? []);
  for (const siteId of withFigures) sites.add(siteId);
  return [...sites].sort(compareCodes);
}

export function increment<K>(map: Map<K, number>, key: K, by = 1): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

/** A fraction, or null when the denominator is 0 (a rate of nothing is no rate). Unrounded. */
export function rate(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}
