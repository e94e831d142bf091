// Site names and last actions for showing possible duplicates (loaded only while some are shown).
import { useMemo } from 'react';
import { useWorkspace } from '../../../components/session/session-context';
import { useRecords } from '../../../components/use-records';
import { lastActionsByCandidate, type LastAction } from './last-action';
import { isolatedText } from '../../../domain/bidi';

export interface DuplicateContext {
  siteName: (siteId: string) => string;
  lastAction: (candidateId: string) => LastAction | undefined;
}

export function useDuplicateContext(): DuplicateContext {
  const workspace = useWorkspace();
  const sites = useRecords(useMemo(() => workspace.repo('sites'), [workspace]));
  const spocActions = useRecords(useMemo(() => workspace.repo('spocActions'), [workspace]));
  const accompaniments = useRecords(useMemo(() => workspace.repo('accompaniments'), [workspace]));
  return useMemo(() => {
    const names = new Map((sites ?? []).map((site) => [site.id, isolatedText(site.data.name ?? site.id)]));
    const actions = lastActionsByCandidate(spocActions ?? [], accompaniments ?? []);
    return { siteName: (siteId) => names.get(siteId) ?? siteId, lastAction: (candidateId) => actions.get(candidateId) };
  }, [sites, spocActions, accompaniments]);
}
