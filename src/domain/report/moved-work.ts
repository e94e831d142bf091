// The work a site did for persons whose files are now held elsewhere (docs/transfers.md, "The old
// site's tablets"). A transfer moves the person's records of work to the new site, so the old
// site's tablets stop holding them, yet their figures still belong to the old site (workSiteOf).
// The server sends these records to the old site's coordinators as figures only: the fields the
// report counts, and for the persons only the profile codes and the birth date (the age band
// depends on the period's end). No name, no note, no contact: an organisation never keeps another
// organisation's files. One pure function, so the server's answer and the tablet's merge agree.
import { REPORT_FIELDS, projectForReport } from './fields';
import type { ReportInput, ReportRecord, ReportTable } from './types';
import { workSiteOf } from '../work-site';

type WorkReportTable = Exclude<ReportTable, 'candidates' | 'moduleSessions'>;
const WORK_REPORT_TABLES = ['spocActions', 'accompaniments', 'attendance', 'validationSteps', 'moduleWork', 'positionings'] as const satisfies readonly WorkReportTable[];

/** The candidate's fields sent as figures: the report's, less the names (read only by the data-quality panel). */
export const FIGURES_ONLY_CANDIDATE_FIELDS = REPORT_FIELDS.candidates.filter((field) => field !== 'firstName' && field !== 'lastName');

export type MovedWork = { [T in WorkReportTable | 'candidates']: ReportRecord<T>[] };

const referencedPersons = (data: object): string[] => {
  const { candidateId, candidateIds } = data as { candidateId?: unknown; candidateIds?: unknown };
  const ids = Array.isArray(candidateIds) ? candidateIds.filter((id): id is string => typeof id === 'string') : [];
  return typeof candidateId === 'string' ? [candidateId, ...ids] : ids;
};

/**
 * Records of work done at `siteIds` but held by other sites, and the persons every record of work
 * done at `siteIds` counts whose files are held by other sites (with the files they were merged
 * into), all projected to figures only. Tombstones are left out.
 */
export function movedWorkOf(input: ReportInput, siteIds: readonly string[]): MovedWork {
  const sites = new Set(siteIds);
  const heldElsewhere = (record: { siteId: string; deleted: boolean }) => !record.deleted && !sites.has(record.siteId);
  const persons = new Set<string>();
  const work = {} as Omit<MovedWork, 'candidates'>;
  for (const table of WORK_REPORT_TABLES) {
    const records = (input[table] ?? []) as readonly ReportRecord<typeof table>[];
    const kept: ReportRecord<typeof table>[] = [];
    for (const record of records) {
      if (record.deleted || !sites.has(workSiteOf(record))) continue;
      for (const person of referencedPersons(record.data)) persons.add(person);
      if (heldElsewhere(record)) kept.push({ id: record.id, siteId: record.siteId, deleted: false, data: projectForReport(table, record.data as Record<string, unknown>) });
    }
    (work as Record<string, unknown>)[table] = kept;
  }
  const files = new Map(input.candidates.map((record) => [record.id, record]));
  const candidates: ReportRecord<'candidates'>[] = [];
  const added = new Set<string>();
  const addPerson = (id: string) => {
    // Follows merges (persons.ts counts a merged-away file as the one it was merged into).
    for (let next: string | undefined = id; next !== undefined && !added.has(next); ) {
      added.add(next);
      const file = files.get(next);
      if (!file) return;
      if (heldElsewhere(file)) candidates.push({ id: file.id, siteId: file.siteId, deleted: false, data: figuresOnlyCandidate(file.data) });
      const mergedInto: unknown = file.data.mergedInto;
      next = typeof mergedInto === 'string' ? mergedInto : undefined;
    }
  };
  for (const person of persons) addPerson(person);
  return { ...work, candidates };
}

function figuresOnlyCandidate(data: ReportRecord<'candidates'>['data']): ReportRecord<'candidates'>['data'] {
  const source = data as Record<string, unknown>;
  const kept: Record<string, unknown> = {};
  for (const field of FIGURES_ONLY_CANDIDATE_FIELDS) if (Object.hasOwn(source, field)) kept[field] = source[field];
  return kept as ReportRecord<'candidates'>['data'];
}

/** The tablet's input with the moved work added; a record the tablet holds itself wins. */
export function withMovedWork(input: ReportInput, moved: MovedWork | undefined): ReportInput {
  if (!moved) return input;
  const merged = <T extends ReportTable>(local: readonly ReportRecord<T>[] | undefined, extra: readonly ReportRecord<T>[]): ReportRecord<T>[] => {
    const own = local ?? [];
    if (extra.length === 0) return [...own];
    const held = new Set(own.map((record) => record.id));
    return [...own, ...extra.filter((record) => !held.has(record.id))];
  };
  return {
    ...input,
    candidates: merged(input.candidates, moved.candidates),
    spocActions: merged(input.spocActions, moved.spocActions),
    accompaniments: merged(input.accompaniments, moved.accompaniments),
    attendance: merged(input.attendance, moved.attendance),
    validationSteps: merged(input.validationSteps, moved.validationSteps),
    moduleWork: merged(input.moduleWork, moved.moduleWork),
    positionings: merged(input.positionings, moved.positionings),
  };
}

/** GET: `{ movedWork: MovedWork }` for the caller's sites (coordinators; an administrator's is empty). */
export const MOVED_WORK_PATH = '/api/reports/moved-work';
