// The live tables the validation screens read: attempts, accompaniments and candidates (one repo
// object each); the UCs come from the métier catalogue (components/metiers).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';

export function useValidationRepos() {
  const workspace = useWorkspace();
  return useMemo(
    () => ({ steps: workspace.repo('validationSteps'), accompaniments: workspace.repo('accompaniments'), candidates: workspace.repo('candidates') }),
    [workspace],
  );
}

export function useValidationData() {
  const repos = useValidationRepos();
  const steps = useRecords(repos.steps);
  const accompaniments = useRecords(repos.accompaniments);
  return { repos, steps, accompaniments };
}
