import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import type { Repository } from '../../sync/workspace';

/** One stable repository object per workspace, so watchers subscribe once. */
export function useCandidatesRepo(): Repository<'candidates'> {
  const workspace = useWorkspace();
  return useMemo(() => workspace.repo('candidates'), [workspace]);
}
