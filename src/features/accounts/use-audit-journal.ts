// The journal as pages from the server (newest first): the first page again whenever the filters
// change, then the next one on demand, so the whole journal can be read, not only its latest entries.
import { useCallback, useEffect, useState } from 'react';
import type { AuditEntry } from '../../domain/accounts';
import type { AuditQuery } from '../../domain/audit';
import type { AccountsApi } from '../../sync/accounts-api';

export type AuditFilters = Pick<AuditQuery, 'action' | 'person' | 'from' | 'to'>;

export interface AuditJournal {
  entries?: AuditEntry[];
  hasMore: boolean;
  loading: boolean;
  failed?: unknown;
  loadMore(): void;
}

/** What has been read for one set of filters (`key`). */
interface Loaded {
  key: string;
  entries?: AuditEntry[];
  cursor?: string;
  failed?: unknown;
}

export function useAuditJournal(api: AccountsApi, online: boolean, filters: AuditFilters): AuditJournal {
  const { action, person, from, to } = filters;
  const key = JSON.stringify([action, person, from, to]);
  const [loaded, setLoaded] = useState<Loaded>();
  const [loadingMore, setLoadingMore] = useState(false);

  useEffect(() => {
    if (!online) return;
    let live = true;
    api.audit({ action, person, from, to }).then(
      (page) => live && setLoaded({ key, entries: page.entries, ...(page.nextCursor ? { cursor: page.nextCursor } : {}) }),
      (error: unknown) => live && setLoaded({ key, failed: error ?? new Error('failed') }),
    );
    return () => {
      live = false;
    };
  }, [api, online, key, action, person, from, to]);

  const current = loaded?.key === key ? loaded : undefined;
  const cursor = current?.cursor;
  const loadMore = useCallback(() => {
    if (!cursor || loadingMore) return;
    setLoadingMore(true);
    api.audit({ action, person, from, to, cursor }).then(
      (page) => {
        setLoaded((previous) =>
          previous?.key === key ? { key, entries: [...(previous.entries ?? []), ...page.entries], ...(page.nextCursor ? { cursor: page.nextCursor } : {}) } : previous,
        );
        setLoadingMore(false);
      },
      (error: unknown) => {
        setLoaded((previous) => (previous?.key === key ? { ...previous, failed: error ?? new Error('failed') } : previous));
        setLoadingMore(false);
      },
    );
  }, [api, cursor, loadingMore, key, action, person, from, to]);

  return {
    ...(current?.entries ? { entries: current.entries } : {}),
    hasMore: cursor !== undefined,
    loading: loadingMore || (online && !current),
    ...(current?.failed ? { failed: current.failed } : {}),
    loadMore,
  };
}
