// The report's targets on the screen: fetched from the server when online and kept in memory for
// the session (by the workspace's API); offline, the last known of this session, or the 2024 goal.
// `origin` says which, so the screen can tell the user. Only roles that read reports fetch them
// (an adviser never sees an error about targets she may not read). Entered and reset online only.
import { useCallback, useEffect, useState } from 'react';
import type { ReportTargetEntry, ReportTargetFigures, ReportTargetsApi } from './report-targets';

export type TargetsOrigin = 'server' | 'lastKnown' | 'defaults';

export interface ReportTargetsState {
  /** Undefined when none are known in this session (the 2024 goal applies). */
  rows: ReportTargetEntry[] | undefined;
  origin: TargetsOrigin;
  loadFailed: boolean;
  save(figures: ReportTargetFigures): Promise<void>;
  remove(organisationId: string | null, year: number): Promise<void>;
}

export function useReportTargets(api: ReportTargetsApi, online: boolean, userId: string, readsTargets = true): ReportTargetsState {
  const [rows, setRows] = useState<ReportTargetEntry[] | undefined>(() => api.cached());
  const [fresh, setFresh] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!online || !readsTargets) return;
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
  }, [api, online, userId, readsTargets]);

  const replace = useCallback(
    (change: (previous: ReportTargetEntry[]) => ReportTargetEntry[]) =>
      setRows((previous) => {
        const next = change(previous ?? []);
        api.remember(next);
        return next;
      }),
    [api],
  );
  const same = (row: ReportTargetEntry, organisationId: string | null, year: number) => row.organisationId === organisationId && row.year === year;

  const save = useCallback(
    async (figures: ReportTargetFigures) => {
      const saved = await api.save(figures);
      replace((previous) => [...previous.filter((row) => !same(row, saved.organisationId, saved.year)), saved]);
    },
    [api, replace],
  );

  const remove = useCallback(
    async (organisationId: string | null, year: number) => {
      await api.remove(organisationId, year);
      replace((previous) => previous.filter((row) => !same(row, organisationId, year)));
    },
    [api, replace],
  );

  const origin: TargetsOrigin = rows === undefined ? 'defaults' : fresh && online ? 'server' : 'lastKnown';
  return { rows, origin, loadFailed, save, remove };
}
