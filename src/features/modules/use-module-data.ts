// The live tables the module screens read: sessions, attendance, candidates, positionings (one repo object each).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';

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
