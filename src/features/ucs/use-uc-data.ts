// What the UC screen reads: the synced UC records, and the attempts with their métier (a UC in
// use is never deleted). One repo object each, live.
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import type { UcUse } from '../../domain/ucs';

export function useUcData() {
  const workspace = useWorkspace();
  const repos = useMemo(
    () => ({ ucs: workspace.repo('ucs'), steps: workspace.repo('validationSteps'), accompaniments: workspace.repo('accompaniments') }),
    [workspace],
  );
  const ucs = useRecords(repos.ucs);
  const steps = useRecords(repos.steps);
  const accompaniments = useRecords(repos.accompaniments);
  /** Each site's attempts, with the métier of their accompaniment when they have one. */
  const usesBySite = useMemo(() => {
    const metierOf = new Map((accompaniments ?? []).map((item) => [item.id, item.data.metier]));
    const bySite = new Map<string, UcUse[]>();
    for (const step of steps ?? []) {
      const metier = step.data.accompanimentId ? metierOf.get(step.data.accompanimentId) : undefined;
      bySite.set(step.siteId, [...(bySite.get(step.siteId) ?? []), { metier, uc: step.data.uc }]);
    }
    return bySite;
  }, [steps, accompaniments]);
  return { repos, ucs, usesBySite };
}
