// The site's shared voices on this tablet (docs/attachments.md, "Voices"), kept current as they
// sync: `<language>/<clipId>` → the newest shared recording of that text.
import { useEffect, useState } from 'react';
import { siteVoicesByText } from '../../sync/attachments';
import type { LocalRecord, Workspace } from '../../sync/workspace';

export type SiteVoices = ReadonlyMap<string, LocalRecord<'attachments'>>;

export function useSiteVoices(workspace: Workspace): SiteVoices {
  const [voices, setVoices] = useState<SiteVoices>(new Map());
  useEffect(() => {
    return workspace.repo('attachments').watch((records) => setVoices(siteVoicesByText(records)));
  }, [workspace]);
  return voices;
}
