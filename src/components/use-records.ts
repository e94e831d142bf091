import { useEffect, useState } from 'react';
import type { SyncedTable } from '../domain/tables';
import type { LocalRecord, QueryField, Repository } from '../sync/workspace';

/**
 * The live list of a table (undefined until the first answer), kept current by repo.watch: one
 * subscription, whose first answer is one read of the table (docs/read-model.md). For screens that
 * need a table whole; a screen about one person or one session asks useRecordsWhere instead.
 */
export function useRecords<T extends SyncedTable>(repo: Repository<T>): LocalRecord<T>[] | undefined {
  return useWatchedRecords(repo);
}

/**
 * The live records of `repo` whose `field` holds one of `values` (Repository.watchWhere: over an
 * index, only those rows are read), undefined until the first answer. One subscription per query,
 * no separate first read; no values, no subscription (an empty list).
 */
export function useRecordsWhere<T extends SyncedTable>(repo: Repository<T>, field: QueryField<T>, values: readonly string[] | undefined): LocalRecord<T>[] | undefined {
  const key = values === undefined ? undefined : [...new Set(values)].sort().join('\n');
  const [answer, setAnswer] = useState<{ key: string; records: LocalRecord<T>[] }>();
  useEffect(() => {
    if (key === undefined || key === '') return;
    let active = true;
    const unsubscribe = repo.watchWhere(field, key.split('\n'), (records) => {
      if (active) setAnswer({ key, records });
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [repo, field, key]);
  if (key === '') return [];
  return answer && answer.key === key ? answer.records : undefined;
}

/** The live list of a table from one subscription (no separate first read): for small tables a screen needs whole. */
export function useWatchedRecords<T extends SyncedTable>(repo: Repository<T>): LocalRecord<T>[] | undefined {
  const [records, setRecords] = useState<LocalRecord<T>[] | undefined>(undefined);
  useEffect(() => {
    let active = true;
    const unsubscribe = repo.watch((next) => {
      if (active) setRecords(next);
    });
    return () => {
      active = false;
      unsubscribe();
    };
  }, [repo]);
  return records;
}
