// The moved work of the reports screen (docs/transfers.md): fetched when online, kept in memory for
// the session; undefined until fetched (offline after a reload, the report is the local one).
import { useEffect, useState } from 'react';
import type { MovedWork } from '../../domain/report/moved-work';
import type { MovedWorkApi } from '../../sync/moved-work-api';

export function useMovedWork(api: MovedWorkApi, online: boolean, userId: string): MovedWork | undefined {
  const [movedWork, setMovedWork] = useState<MovedWork | undefined>(() => api.cached());
  useEffect(() => {
    if (!online) return;
    let cancelled = false;
    api.fetch().then(
      (fetched) => {
        if (!cancelled) setMovedWork(fetched);
      },
      () => undefined, // the report stays the local one; a later visit online fetches again
    );
    return () => {
      cancelled = true;
    };
  }, [api, online, userId]);
  return movedWork;
}
