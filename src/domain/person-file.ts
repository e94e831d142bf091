// A person's complete file (right of access, docs/audit-and-consent.md): the candidate and every
// record about them, follow-up notes included, gathered from the local tables. Pure: the screen exports it
// as JSON and prints it.
import type { TableData } from './entities';

export interface FileRecord<T> {
  id: string;
  siteId: string;
  data: T;
}

type Tables = { [K in keyof TableData]: readonly FileRecord<TableData[K]>[] };

export interface PersonFile {
  candidate: FileRecord<TableData['candidates']>;
  spocActions: FileRecord<TableData['spocActions']>[];
  accompaniments: FileRecord<TableData['accompaniments']>[];
  positionings: FileRecord<TableData['positionings']>[];
  /** Each attendance with the module session it belongs to. */
  attendance: (FileRecord<TableData['attendance']> & { session?: FileRecord<TableData['moduleSessions']> })[];
  validationSteps: FileRecord<TableData['validationSteps']>[];
  followUpNotes: FileRecord<TableData['followUpNotes']>[];
  /** Practical observations and mock tests (docs/observations.md). */
  observations: FileRecord<TableData['observations']>[];
}

export type PersonFileTables = Pick<Tables, 'candidates' | 'spocActions' | 'accompaniments' | 'positionings' | 'moduleSessions' | 'attendance' | 'validationSteps' | 'followUpNotes' | 'observations'>;

const byDate = <T extends { data: object }>(date: (record: T) => string | undefined) => (a: T, b: T) => (date(a) ?? '').localeCompare(date(b) ?? '');

export function collectPersonFile(candidateId: string, tables: PersonFileTables): PersonFile | undefined {
  const candidate = tables.candidates.find((record) => record.id === candidateId);
  if (!candidate) return undefined;
  const about = <T extends { candidateId?: string | null }>(records: readonly FileRecord<T>[]) => records.filter((record) => record.data.candidateId === candidateId);
  const sessions = new Map(tables.moduleSessions.map((session) => [session.id, session]));
  return {
    candidate,
    spocActions: tables.spocActions.filter((action) => action.data.candidateIds?.includes(candidateId)).sort(byDate((record) => record.data.date)),
    accompaniments: about(tables.accompaniments).sort(byDate((record) => record.data.startDate)),
    positionings: about(tables.positionings).sort(byDate((record) => record.data.startedAt)),
    attendance: about(tables.attendance)
      .map((record): PersonFile['attendance'][number] => {
        const session = typeof record.data.sessionId === 'string' ? sessions.get(record.data.sessionId) : undefined;
        return session ? { ...record, session } : { ...record };
      })
      .sort(byDate((record) => record.session?.data.date)),
    validationSteps: about(tables.validationSteps).sort(byDate((record) => record.data.registrationDate ?? record.data.testDate ?? undefined)),
    followUpNotes: about(tables.followUpNotes).sort(byDate((record) => record.data.date)),
    observations: about(tables.observations).sort(byDate((record) => record.data.date)),
  };
}
