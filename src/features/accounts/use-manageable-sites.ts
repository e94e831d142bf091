// The sites a manager can give: their own for a coordinator, every known site for an administrator,
// named from the synced `sites` table.
import { useMemo } from 'react';
import { useWorkspace } from '../../components/session/session-context';
import { useRecords } from '../../components/use-records';
import type { CodeOption } from '../../i18n/code-labels';
import { isolatedText } from '../../domain/bidi';

export function useManageableSites(): { options: CodeOption[]; nameOf: (siteId: string) => string } {
  const workspace = useWorkspace();
  const sitesRepo = useMemo(() => workspace.repo('sites'), [workspace]);
  const sites = useRecords(sitesRepo);
  return useMemo(() => {
    const names = new Map((sites ?? []).map((site) => [site.id, isolatedText(site.data.name ?? site.id)]));
    const ids = workspace.user.role === 'admin' ? [...names.keys()] : workspace.user.siteIds;
    const options = ids.map((code) => ({ code, label: names.get(code) ?? code })).sort((a, b) => a.label.localeCompare(b.label, 'fr'));
    return { options, nameOf: (siteId: string) => names.get(siteId) ?? siteId };
  }, [sites, workspace.user]);
}
