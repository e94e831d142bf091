// The live tables the validation screens read: attempts, accompaniments and the UC code lists
// (one repo object each).
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';

export function useValidationRepos() {
  const workspace = useWorkspace();
  return useMemo(
    () => ({ steps: workspace.repo('validationSteps'), accompaniments: workspace.repo('accompaniments'), candidates: workspace.repo('candidates'), ucs: workspace.repo('ucs') }),
    [workspace],
  );
}

export function useValidationData() {
  const repos = useValidationRepos();
  const steps = useRecords(repos.steps);
  const accompaniments = useRecords(repos.accompaniments);
  const ucs = useRecords(repos.ucs);
  return { repos, steps, accompaniments, ucs };
}
