// The user's sites as choices, named from the synced `sites` table when it is there.
import { useMemo } from 'react';
import { useWorkspace } from './session/session-context';
import { useRecords } from './use-records';
import { isolatedText } from '../domain/bidi';

export function useSiteNames(): { code: string; label: string }[] {
  const workspace = useWorkspace();
  const sites = useRecords(useMemo(() => workspace.repo('sites'), [workspace]));
  return useMemo(
    () => workspace.user.siteIds.map((siteId) => ({ code: siteId, label: isolatedText(sites?.find((site) => site.id === siteId)?.data.name ?? siteId) })),
    [workspace.user.siteIds, sites],
  );
}
