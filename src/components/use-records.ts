import { useEffect, useState } from 'react';
import type { SyncedTable } from '../domain/tables';
import type { LocalRecord, Repository } from '../sync/workspace';

/**
 * The live list of a table (undefined until the first answer), kept current by repo.watch.
 * A plain list() paints first, so the screen never depends on the live query's first emission
 * alone; once watch has answered, its snapshots win. (Not a transition: screens with several
 * watched tables then waited up to React's 5 s expiry for their data in the component tests.)
 */
export function useRecords<T extends SyncedTable>(repo: Repository<T>): LocalRecord<T>[] | undefined {
  const [records, setRecords] = useState<LocalRecord<T>[] | undefined>(undefined);
  useEffect(() => {
    let watched = false;
    let active = true;
    const unsubscribe = repo.watch((next) => {
      watched = true;
      if (active) setRecords(next);
    });
    repo.list().then(
      (initial) => {
        if (active && !watched) setRecords(initial);
      },
      () => {}, // watch (or the next visit) will answer
    );
    return () => {
      active = false;
      unsubscribe();
    };
  }, [repo]);
  return records;
}
