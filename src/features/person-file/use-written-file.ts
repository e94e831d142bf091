// The server's complete file of a person, when the tablet is online: `undefined` while asked,
// the file, or 'unavailable' (offline, no server, or it failed) so the local assembly is shown.
import { useEffect, useState } from 'react';
import type { WrittenPersonFile } from '../../domain/written-person-file';
import type { AccountsApi } from '../../sync/accounts-api';

export type WrittenFileState = WrittenPersonFile | 'offline' | 'failed' | undefined;

export function useWrittenFile(api: AccountsApi, online: boolean, candidateId: string, language: string): WrittenFileState {
  const key = `${candidateId} ${language}`;
  const [answer, setAnswer] = useState<{ key: string; file: WrittenPersonFile | 'failed' }>();
  useEffect(() => {
    if (!online) return;
    let live = true;
    api.personFile(candidateId, language).then(
      (file) => live && setAnswer({ key, file }),
      () => live && setAnswer({ key, file: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [api, online, candidateId, language, key]);
  if (!online) return 'offline';
  return answer?.key === key ? answer.file : undefined;
}
