// The read model of a person's file: one live query per table it needs, over the Dexie indexes
// (candidateId, the session ids of their attendance, the record's own id), so opening a file reads
// and decrypts that person's rows, not every table. The sections of the file get their rows from
// here (none subscribes on its own). See docs/read-model.md.
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecordsWhere, useWatchedRecords } from '../../components/use-records';

export function useFileRepos() {
  const workspace = useWorkspace();
  return useMemo(
    () => ({
      candidates: workspace.repo('candidates'),
      spocActions: workspace.repo('spocActions'),
      accompaniments: workspace.repo('accompaniments'),
      positionings: workspace.repo('positionings'),
      moduleSessions: workspace.repo('moduleSessions'),
      attendance: workspace.repo('attendance'),
      validationSteps: workspace.repo('validationSteps'),
      moduleWork: workspace.repo('moduleWork'),
      observations: workspace.repo('observations'),
      followUpNotes: workspace.repo('followUpNotes'),
      sites: workspace.repo('sites'),
      users: workspace.repo('users'),
    }),
    [workspace],
  );
}

export type FileRepos = ReturnType<typeof useFileRepos>;

const ids = (values: readonly (string | undefined)[] | undefined) => (values ? [...new Set(values.filter((value): value is string => Boolean(value)))] : undefined);

/** A person's records, table by table (undefined until each query first answers; see `fileLoaded`). */
export function useFileRecords(repos: FileRepos, candidateId: string) {
  const person = [candidateId];
  const candidates = useRecordsWhere(repos.candidates, 'id', person);
  // Through the multi-entry index on candidateIds (and the few rows of an older layout, checked once decrypted).
  const spocActions = useRecordsWhere(repos.spocActions, 'candidateIds', person);
  const accompaniments = useRecordsWhere(repos.accompaniments, 'candidateId', person);
  const positionings = useRecordsWhere(repos.positionings, 'candidateId', person);
  const attendance = useRecordsWhere(repos.attendance, 'candidateId', person);
  const validationSteps = useRecordsWhere(repos.validationSteps, 'candidateId', person);
  const followUpNotes = useRecordsWhere(repos.followUpNotes, 'candidateId', person);
  const moduleWork = useRecordsWhere(repos.moduleWork, 'candidateId', person);
  const observations = useRecordsWhere(repos.observations, 'candidateId', person);
  const sessionIds = useMemo(() => ids(attendance?.map((row) => row.data.sessionId)), [attendance]);
  const moduleSessions = useRecordsWhere(repos.moduleSessions, 'id', sessionIds);
  // Sites (the file's own, and those a transfer may choose), colleagues and code lists: small tables, read whole.
  const sites = useWatchedRecords(repos.sites);
  const users = useWatchedRecords(repos.users);
  return { candidates, spocActions, accompaniments, positionings, moduleSessions, attendance, validationSteps, followUpNotes, moduleWork, observations, sites, users };
}

export type FileRecords = ReturnType<typeof useFileRecords>;

/** True once every query of the file has answered: the file is painted once, whole. */
export function fileLoaded(records: FileRecords): boolean {
  return Object.values(records).every((list) => list !== undefined);
}
