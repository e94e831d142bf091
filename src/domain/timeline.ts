// The candidate file's timeline: every dated event about one person (SPOC actions, accompaniment
// starts and exits, positionings, modules attended, validation steps, follow-up notes, practical
// observations and mock tests), newest
// first. Pure: the screen puts each entry in words.
import type {
  AccompanimentData,
  AttendanceData,
  FollowUpNoteData,
  ModuleSessionData,
  ObservationData,
  PositioningData,
  SpocActionData,
  ValidationStepData,
} from './entities';

interface Rec<T> {
  id: string;
  data: T;
}

export interface TimelineSources {
  spocActions: readonly Rec<SpocActionData>[];
  accompaniments: readonly Rec<AccompanimentData>[];
  positionings: readonly Rec<PositioningData>[];
  /** Each attendance with the module session it belongs to, when known. */
  attendance: readonly (Rec<AttendanceData> & { session?: Rec<ModuleSessionData> })[];
  validationSteps: readonly Rec<ValidationStepData>[];
  followUpNotes: readonly Rec<FollowUpNoteData>[];
  observations: readonly Rec<ObservationData>[];
}

export type TimelineEntry = { key: string; recordId: string; date: string } & (
  | { kind: 'spocAction'; action: SpocActionData }
  | { kind: 'accompanimentStart'; metier: string }
  | { kind: 'accompanimentExit'; metier: string; exitReason?: string }
  | { kind: 'positioning'; completed: boolean }
  | { kind: 'module'; module?: string; status?: string; hours?: number }
  | { kind: 'validationRegistration'; uc: string; centreName?: string }
  | { kind: 'validationTest'; uc: string; result?: string }
  | { kind: 'validationTitre'; uc: string }
  | { kind: 'note'; text: string }
  | { kind: 'observation'; observation: Pick<ObservationData, 'kind' | 'metier' | 'uc' | 'result' | 'observerKind' | 'observerName'> }
);

/** Within one day, the order a reader expects when read newest first (an exit after its start…). */
const SAME_DAY_ORDER: Record<TimelineEntry['kind'], number> = {
  note: 0,
  observation: 1,
  accompanimentExit: 2,
  validationTitre: 3,
  validationTest: 4,
  validationRegistration: 5,
  module: 6,
  positioning: 7,
  accompanimentStart: 8,
  spocAction: 9,
};

const day = (value: string | null | undefined) => (value ? value.slice(0, 10) : '');

export function buildTimeline(sources: TimelineSources): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { id, data } of sources.spocActions) {
    entries.push({ key: `spoc:${id}`, recordId: id, date: day(data.date), kind: 'spocAction', action: data });
  }
  for (const { id, data } of sources.accompaniments) {
    const metier = data.metier ?? '';
    entries.push({ key: `acc-start:${id}`, recordId: id, date: day(data.startDate), kind: 'accompanimentStart', metier });
    if (data.status === 'closed') {
      const exit = { key: `acc-exit:${id}`, recordId: id, date: day(data.exitDate), kind: 'accompanimentExit' as const, metier };
      entries.push(data.exitReason ? { ...exit, exitReason: data.exitReason } : exit);
    }
  }
  for (const { id, data } of sources.positionings) {
    entries.push({ key: `pos:${id}`, recordId: id, date: day(data.completedAt ?? data.startedAt), kind: 'positioning', completed: Boolean(data.completedAt) });
  }
  for (const { id, data, session } of sources.attendance) {
    const entry: TimelineEntry = { key: `att:${id}`, recordId: id, date: day(session?.data.date), kind: 'module' };
    if (session?.data.module) entry.module = session.data.module;
    if (data.status) entry.status = data.status;
    if (typeof data.hours === 'number') entry.hours = data.hours;
    entries.push(entry);
  }
  for (const { id, data } of sources.validationSteps) {
    const uc = data.uc ?? '';
    const dated = Boolean(data.registrationDate || data.testDate || data.titreDate);
    if (data.registrationDate || !dated) {
      const entry: TimelineEntry = { key: `val-reg:${id}`, recordId: id, date: day(data.registrationDate), kind: 'validationRegistration', uc };
      if (data.centreName) entry.centreName = data.centreName;
      entries.push(entry);
    }
    if (data.testDate) {
      const entry: TimelineEntry = { key: `val-test:${id}`, recordId: id, date: day(data.testDate), kind: 'validationTest', uc };
      if (data.result) entry.result = data.result;
      entries.push(entry);
    }
    if (data.titreDate) entries.push({ key: `val-titre:${id}`, recordId: id, date: day(data.titreDate), kind: 'validationTitre', uc });
  }
  for (const { id, data } of sources.followUpNotes) {
    entries.push({ key: `note:${id}`, recordId: id, date: day(data.date), kind: 'note', text: data.text ?? '' });
  }
  for (const { id, data } of sources.observations) {
    const { kind, metier, uc, result, observerKind, observerName } = data;
    const observation = Object.fromEntries(Object.entries({ kind, metier, uc, result, observerKind, observerName }).filter(([, value]) => value !== undefined && value !== null));
    entries.push({ key: `obs:${id}`, recordId: id, date: day(data.date), kind: 'observation', observation });
  }
  // Newest first; undated entries last; a stable order within a day.
  return entries.sort((a, b) => {
    if (a.date !== b.date) {
      if (!a.date) return 1;
      if (!b.date) return -1;
      return b.date.localeCompare(a.date);
    }
    return SAME_DAY_ORDER[a.kind] - SAME_DAY_ORDER[b.kind] || a.key.localeCompare(b.key);
  });
}
