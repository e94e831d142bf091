// Every local table the candidate file reads, live (kept current by each repository's watch).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';

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
      followUpNotes: workspace.repo('followUpNotes'),
      sites: workspace.repo('sites'),
      users: workspace.repo('users'),
    }),
    [workspace],
  );
}

export type FileRepos = ReturnType<typeof useFileRepos>;

export function useFileRecords(repos: FileRepos) {
  const candidates = useRecords(repos.candidates);
  const spocActions = useRecords(repos.spocActions);
  const accompaniments = useRecords(repos.accompaniments);
  const positionings = useRecords(repos.positionings);
  const moduleSessions = useRecords(repos.moduleSessions);
  const attendance = useRecords(repos.attendance);
  const validationSteps = useRecords(repos.validationSteps);
  const followUpNotes = useRecords(repos.followUpNotes);
  const sites = useRecords(repos.sites);
  const users = useRecords(repos.users);
  return { candidates, spocActions, accompaniments, positionings, moduleSessions, attendance, validationSteps, followUpNotes, sites, users };
}

export type FileRecords = ReturnType<typeof useFileRecords>;
