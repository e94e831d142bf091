import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import type { CodeOption } from '../../i18n/code-labels';
import { isolatedText } from '../../domain/bidi';

/** The adviser's sites, named from the synced `sites` table when it is there (the id otherwise). */
export function useSiteOptions(): CodeOption[] {
  const workspace = useWorkspace();
  const sitesRepo = useMemo(() => workspace.repo('sites'), [workspace]);
  const sites = useRecords(sitesRepo);
  return useMemo(
    () =>
      workspace.user.siteIds.map((siteId) => ({
        code: siteId,
        label: isolatedText(sites?.find((site) => site.id === siteId)?.data.name ?? siteId),
      })),
    [workspace.user.siteIds, sites],
  );
}
