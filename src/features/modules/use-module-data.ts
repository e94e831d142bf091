// The live tables the module screens read: sessions, attendance, candidates, positionings (one repo
// object each), and the read model of one session's roll call (its rows only, by the indexes).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords, useRecordsWhere } from '../../components/use-records';

export function useModuleRepos() {
  const workspace = useWorkspace();
  return useMemo(
    () => ({
      sessions: workspace.repo('moduleSessions'),
      attendance: workspace.repo('attendance'),
      candidates: workspace.repo('candidates'),
      positionings: workspace.repo('positionings'),
    }),
    [workspace],
  );
}

export function useModuleData() {
  const repos = useModuleRepos();
  const sessions = useRecords(repos.sessions);
  const attendance = useRecords(repos.attendance);
  const candidates = useRecords(repos.candidates);
  return { repos, sessions, attendance, candidates };
}

/** One session, its attendance rows (by the sessionId index) and the people they name: what a roll call reads. */
export function useSessionRollCall(sessionId: string) {
  const repos = useModuleRepos();
  const sessions = useRecordsWhere(repos.sessions, 'id', [sessionId]);
  const attendance = useRecordsWhere(repos.attendance, 'sessionId', [sessionId]);
  const candidateIds = useMemo(
    () => (attendance ? [...new Set(attendance.flatMap((row) => (row.data.candidateId ? [row.data.candidateId] : [])))] : undefined),
    [attendance],
  );
  const candidates = useRecordsWhere(repos.candidates, 'id', candidateIds);
  return { repos, sessions, attendance, candidates };
}
