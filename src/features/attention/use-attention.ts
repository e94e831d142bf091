// Loads the screen's data: kept copies from the tablet, open conflicts from the server when
// online, and the names of the people concerned (from the decrypted local records).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ConflictRow } from '../../domain/wire';
import type { AttentionItem, Workspace } from '../../sync/workspace';
import { displayName } from '../candidates/candidate-display';
import { mergeConflicts, rejectedEntries, type ConflictEntry, type RejectedEntry } from './attention-model';

export interface AttentionState {
  loading: boolean;
  /** True when the server answered: conflicts can be resolved. */
  serverReachable: boolean;
  conflicts: ConflictEntry[];
  rejected: RejectedEntry[];
  reload: () => Promise<void>;
}

export function useAttention(workspace: Workspace, online: boolean, refreshKey: unknown): AttentionState {
  const [local, setLocal] = useState<AttentionItem[]>([]);
  const [serverRows, setServerRows] = useState<ConflictRow[] | undefined>(undefined);
  const [loading, setLoading] = useState(true);

  const queue = useRef<Promise<void>>(Promise.resolve());

  const load = useCallback(async () => {
    const inbox = workspace.attention;
    let items = await inbox.list().catch(() => []);
    let rows: ConflictRow[] | undefined;
    if (online) {
      rows = await workspace.conflicts.list().catch(() => undefined);
    }
    if (rows) {
      // Kept copies the server no longer has open were resolved on some device.
      const { stale } = mergeConflicts(rows, items);
      if (stale.length > 0) {
        for (const localId of stale) await inbox.dismiss('conflict', localId).catch(() => undefined);
        items = await inbox.list().catch(() => items);
      }
    }
    setLocal(items);
    setServerRows(rows);
    setLoading(false);
  }, [workspace, online]);

  // One load at a time: two overlapping loads would both dismiss the same stale copy.
  const reload = useCallback(() => {
    queue.current = queue.current.then(load, load);
    return queue.current;
  }, [load]);

  useEffect(() => {
    let active = true;
    void (async () => {
      if (active) await reload();
    })();
    return () => {
      active = false;
    };
  }, [reload, refreshKey]);

  const conflicts = useMemo(() => mergeConflicts(serverRows, local).conflicts, [serverRows, local]);
  const rejected = useMemo(() => rejectedEntries(local), [local]);
  return { loading, serverReachable: serverRows !== undefined, conflicts, rejected, reload };
}

/** "table|id" → the person's name, when the record or its candidate is on the tablet. */
export function useRecordNames(workspace: Workspace, records: readonly { table: string; recordId: string }[]): Map<string, string | null> {
  const [names, setNames] = useState(new Map<string, string | null>());
  const wanted = useMemo(() => [...new Set(records.map((record) => `${record.table}|${record.recordId}`))].sort().join(','), [records]);

  useEffect(() => {
    let active = true;
    void (async () => {
      const next = new Map<string, string | null>();
      const candidates = workspace.repo('candidates');
      for (const key of wanted ? wanted.split(',') : []) {
        const [table, id] = key.split('|') as [string, string];
        try {
          let candidateId: string | undefined = id;
          if (table !== 'candidates') {
            const record = await workspace.repo(table as Exclude<ConflictRow['table'], 'candidates'>).get(id);
            const linked = (record?.data as { candidateId?: unknown } | undefined)?.candidateId;
            candidateId = typeof linked === 'string' ? linked : undefined;
          }
          const candidate = candidateId ? await candidates.get(candidateId) : undefined;
          next.set(key, candidate ? displayName(candidate.data) : null);
        } catch {
          next.set(key, null);
        }
      }
      if (active) setNames(next);
    })();
    return () => {
      active = false;
    };
  }, [workspace, wanted]);
  return names;
}
