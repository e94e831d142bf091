// The records a positioning review reads, live: the sitting, its person, the other sittings of
// the same series, and (for the synthesis) the person's module sessions and test dates.
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';

export function useReviewRecords() {
  const workspace = useWorkspace();
  const repos = useMemo(
    () => ({
      positionings: workspace.repo('positionings'),
      candidates: workspace.repo('candidates'),
      accompaniments: workspace.repo('accompaniments'),
    }),
    [workspace],
  );
  const positionings = useRecords(repos.positionings);
  const candidates = useRecords(repos.candidates);
  const accompaniments = useRecords(repos.accompaniments);
  return { repos, positionings, candidates, accompaniments };
}

export function useNextStepRecords() {
  const workspace = useWorkspace();
  const repos = useMemo(
    () => ({ moduleSessions: workspace.repo('moduleSessions'), attendance: workspace.repo('attendance'), validationSteps: workspace.repo('validationSteps') }),
    [workspace],
  );
  return {
    moduleSessions: useRecords(repos.moduleSessions),
    attendance: useRecords(repos.attendance),
    validationSteps: useRecords(repos.validationSteps),
  };
}
