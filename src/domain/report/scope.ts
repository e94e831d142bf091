// What the report may count, prepared once for every period (the evolution table re-runs the
// tables per year): live records of the visible sites, each with the site its figures belong to.
// - Deleted (tombstoned) records never count, and neither do records hanging off a deleted one
//   (attendance of a deleted session).
// - Records of sites outside `siteIds` are ignored, so the server's answer equals what a tablet
//   holding only those sites computes. The site filter applies to the record that carries the
//   figure's site: the action, the accompaniment, the session (not the attendance row), and the
//   validation step's accompaniment. Candidate files are looked up by id whatever their site: a
//   file transferred to another site keeps counting where the person was informed or accompanied.
// - The site of an action, an accompaniment or a validation step is where the work was done
//   (`workSiteId`, src/domain/work-site.ts), not the site holding it now: a transfer moves the
//   file, never its past figures.
import type { ReportInput, ReportOptions, ReportRecord } from './types';
import { personResolver, type PersonResolver } from './persons';
import { compareCodes } from './period';
import { workSiteOf } from '../work-site';

/** The record as the report sees it: at the site where the work was done (src/domain/work-site.ts). */
function atWorkSite<R extends { siteId: string; data: object }>(record: R): R {
  const siteId = workSiteOf(record);
  return siteId === record.siteId ? record : { ...record, siteId };
}

export interface AttendanceInScope {
  record: ReportRecord<'attendance'>;
  session: ReportRecord<'moduleSessions'>;
}

export interface StepInScope {
  record: ReportRecord<'validationSteps'>;
  /** The accompaniment's site, or the step's own when it has no live accompaniment. */
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
  steps: StepInScope[];
  pastYears: NonNullable<ReportInput['pastYears']>;
  isVisible(siteId: string): boolean;
}

export function buildScope(input: ReportInput, options: Pick<ReportOptions, 'siteIds'>): Scope {
  const selected = options.siteIds ? [...new Set(options.siteIds)].sort(compareCodes) : undefined;
  const selectedSet = selected ? new Set(selected) : undefined;
  const isVisible = (siteId: string) => selectedSet === undefined || selectedSet.has(siteId);

  const liveAccompaniments = new Map<string, ReportRecord<'accompaniments'>>();
  for (const record of input.accompaniments) if (!record.deleted) liveAccompaniments.set(record.id, atWorkSite(record));
  const liveSessions = new Map<string, ReportRecord<'moduleSessions'>>();
  for (const record of input.moduleSessions) if (!record.deleted) liveSessions.set(record.id, record);

  const attendance: AttendanceInScope[] = [];
  for (const record of input.attendance) {
    if (record.deleted) continue;
    const session = liveSessions.get(record.data.sessionId ?? '');
    // A module participation belongs to the session's site: the module was given there.
    if (session && isVisible(session.siteId)) attendance.push({ record, session });
  }

  const steps: StepInScope[] = [];
  for (const stored of input.validationSteps) {
    if (stored.deleted) continue;
    const record = atWorkSite(stored);
    // A validation figure is accompaniment-related: it belongs to the accompaniment's site, even
    // when the accompaniment itself is of a site the user does not see.
    const accompaniment = liveAccompaniments.get(record.data.accompanimentId ?? '');
    const siteId = accompaniment ? accompaniment.siteId : record.siteId;
    if (isVisible(siteId)) steps.push({ record, siteId, accompaniment });
  }

  return {
    selectedSiteIds: selected,
    persons: personResolver(input.candidates),
    spocActions: input.spocActions.map(atWorkSite).filter((record) => !record.deleted && isVisible(record.siteId)),
    accompaniments: [...liveAccompaniments.values()].filter((record) => isVisible(record.siteId)),
    attendance,
    steps,
    pastYears: (input.pastYears ?? []).filter((entry) => isVisible(entry.siteId)),
    isVisible,
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
