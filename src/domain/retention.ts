// Retention: a closed file is anonymised automatically once a period set by a
// coordinator (default five years) has passed since the person's last action. Pure: the server
// runs it over its records; the same rule could tell an adviser what is due soon.
//   closed      = no accompaniment of the person still open (an accompaniment is open while it has
//                 neither status `closed` nor an exit date);
//   last action = the latest date among their SPOC actions, accompaniments (start, exit), module
//                 sessions attended, individual module work, validation steps (registration,
//                 test, Titre), follow-up notes and positionings;
//   due         = last action + period < today. A person with no dated action is never due (the
//                 app cannot tell how old the file is), nor one already erased, merged or deleted.

export const DEFAULT_RETENTION_YEARS = 5;
export const MIN_RETENTION_YEARS = 1;
export const MAX_RETENTION_YEARS = 30;

export interface RetentionRecord {
  id: string;
  siteId: string;
  data: Record<string, unknown>;
}

export interface RetentionInput {
  candidates: readonly RetentionRecord[];
  spocActions: readonly RetentionRecord[];
  accompaniments: readonly RetentionRecord[];
  moduleSessions: readonly RetentionRecord[];
  attendance: readonly RetentionRecord[];
  validationSteps: readonly RetentionRecord[];
  followUpNotes: readonly RetentionRecord[];
  positionings: readonly RetentionRecord[];
  /** Individual module work (absent: none). */
  moduleWork?: readonly RetentionRecord[];
  /** Practical observations and mock tests (absent: none). */
  observations?: readonly RetentionRecord[];
}

export interface DueFile {
  candidateId: string;
  siteId: string;
  lastAction: string;
}

const dateOf = (value: unknown): string | undefined => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : undefined);

/** The day `years` after `date` (29 February becomes 28 February in a year without it). */
export function addYears(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5, 10) === '02-29' ? '02-28' : date.slice(5, 10);
  return `${String(year).padStart(4, '0')}-${monthDay}`;
}

export function filesDueForAnonymisation(input: RetentionInput, today: string, yearsBySite: ReadonlyMap<string, number> = new Map()): DueFile[] {
  const lastAction = new Map<string, string>();
  const open = new Set<string>();
  const note = (candidateId: unknown, ...dates: unknown[]) => {
    if (typeof candidateId !== 'string') return;
    for (const raw of dates) {
      const date = dateOf(raw);
      if (date && date > (lastAction.get(candidateId) ?? '')) lastAction.set(candidateId, date);
    }
  };

  for (const action of input.spocActions) {
    const ids = Array.isArray(action.data.candidateIds) ? action.data.candidateIds : [];
    for (const candidateId of ids) note(candidateId, action.data.date);
  }
  for (const { data } of input.accompaniments) {
    note(data.candidateId, data.startDate, data.exitDate);
    if (data.status !== 'closed' && !dateOf(data.exitDate) && typeof data.candidateId === 'string') open.add(data.candidateId);
  }
  const sessionDates = new Map(input.moduleSessions.map((session) => [session.id, session.data.date]));
  for (const { data } of input.attendance) note(data.candidateId, typeof data.sessionId === 'string' ? sessionDates.get(data.sessionId) : undefined);
  for (const { data } of input.validationSteps) note(data.candidateId, data.registrationDate, data.testDate, data.titreDate);
  for (const { data } of input.followUpNotes) note(data.candidateId, data.date);
  for (const { data } of input.positionings) note(data.candidateId, data.startedAt, data.completedAt);
  for (const { data } of input.moduleWork ?? []) note(data.candidateId, data.date);
  for (const { data } of input.observations ?? []) note(data.candidateId, data.date);

  const due: DueFile[] = [];
  for (const candidate of input.candidates) {
    if (candidate.data.erased === true || typeof candidate.data.mergedInto === 'string' || open.has(candidate.id)) continue;
    const last = lastAction.get(candidate.id);
    if (!last) continue;
    const years = yearsBySite.get(candidate.siteId) ?? DEFAULT_RETENTION_YEARS;
    if (addYears(last, years) < today) due.push({ candidateId: candidate.id, siteId: candidate.siteId, lastAction: last });
  }
  return due;
}
