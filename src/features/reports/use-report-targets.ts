// The report's targets on the screen: fetched from the server when online and kept in memory for
// the session (by the workspace's API); offline, the last known of this session, or the defaults.
// `origin` says which, so the screen can tell the user. Entered and reset online only.
import { useCallback, useEffect, useState } from 'react';
import type { ReportTargetEntry, ReportTargetFigures, ReportTargetsApi } from './report-targets';

export type TargetsOrigin = 'server' | 'lastKnown' | 'defaults';

export interface ReportTargetsState {
  /** Undefined when none are known in this session (the defaults apply). */
  rows: ReportTargetEntry[] | undefined;
  origin: TargetsOrigin;
  loadFailed: boolean;
  save(figures: ReportTargetFigures): Promise<void>;
  remove(siteId: string, year: number): Promise<void>;
}

export function useReportTargets(api: ReportTargetsApi | undefined, online: boolean, userId: string): ReportTargetsState {
  const [rows, setRows] = useState<ReportTargetEntry[] | undefined>(() => api?.cached());
  const [fresh, setFresh] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!api || !online) return;
    let cancelled = false;
    api.list().then(
      (fetched) => {
        if (cancelled) return;
        api.remember(fetched);
        setRows(fetched);
        setFresh(true);
        setLoadFailed(false);
      },
      () => {
        if (cancelled) return;
        setFresh(false);
        setLoadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, online, userId]);

  const replace = useCallback(
    (change: (previous: ReportTargetEntry[]) => ReportTargetEntry[]) =>
      setRows((previous) => {
        const next = change(previous ?? []);
        api?.remember(next);
        return next;
      }),
    [api],
  );

  const save = useCallback(
    async (figures: ReportTargetFigures) => {
      if (!api) throw new Error('report targets: no API');
      const saved = await api.save(figures);
      replace((previous) => [...previous.filter((row) => row.siteId !== saved.siteId || row.year !== saved.year), saved]);
    },
    [api, replace],
  );

  const remove = useCallback(
    async (siteId: string, year: number) => {
      if (!api) throw new Error('report targets: no API');
      await api.remove(siteId, year);
      replace((previous) => previous.filter((row) => row.siteId !== siteId || row.year !== year));
    },
    [api, replace],
  );

  const origin: TargetsOrigin = rows === undefined ? 'defaults' : fresh && online ? 'server' : 'lastKnown';
  return { rows, origin, loadFailed, save, remove };
}
