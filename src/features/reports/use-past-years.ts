// The past years' figures of the reports screen: fetched when online, kept in memory for the
// session (by the workspace's API), entered, corrected and deleted online only.
import { useCallback, useEffect, useState } from 'react';
import type { PastYearFigures } from '../../domain/report';
import type { PastYearEntry, PastYearsApi } from './past-years-api';

const byKey = (a: PastYearEntry, b: PastYearEntry) => (a.siteId < b.siteId ? -1 : a.siteId > b.siteId ? 1 : a.year - b.year);

export interface PastYearsState {
  /** Undefined until fetched in this session (offline, no API, or a failed fetch). */
  rows: PastYearEntry[] | undefined;
  loadFailed: boolean;
  save(figures: PastYearFigures): Promise<void>;
  remove(siteId: string, year: number): Promise<void>;
}

export function usePastYears(api: PastYearsApi, online: boolean, userId: string, enabled: boolean): PastYearsState {
  const [rows, setRows] = useState<PastYearEntry[] | undefined>(() => api.cached());
  const [loadFailed, setLoadFailed] = useState(false);

  useEffect(() => {
    if (!enabled || !online) return;
    let cancelled = false;
    api.list().then(
      (fetched) => {
        if (cancelled) return;
        const sorted = [...fetched].sort(byKey);
        api.remember(sorted);
        setRows(sorted);
        setLoadFailed(false);
      },
      () => {
        if (!cancelled) setLoadFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, online, userId, enabled]);

  const replace = useCallback(
    (change: (previous: PastYearEntry[]) => PastYearEntry[]) =>
      setRows((previous) => {
        const next = change(previous ?? []).sort(byKey);
        api.remember(next);
        return next;
      }),
    [api],
  );

  const save = useCallback(
    async (figures: PastYearFigures) => {
      const saved = await api.save(figures);
      replace((previous) => [...previous.filter((row) => row.siteId !== saved.siteId || row.year !== saved.year), saved]);
    },
    [api, replace],
  );

  const remove = useCallback(
    async (siteId: string, year: number) => {
      await api.remove(siteId, year);
      replace((previous) => previous.filter((row) => row.siteId !== siteId || row.year !== year));
    },
    [api, replace],
  );

  return { rows, loadFailed, save, remove };
}
