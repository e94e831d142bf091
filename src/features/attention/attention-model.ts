// What the "À vérifier" screen shows: open conflicts (the server's list when online, this
// tablet's kept copies when offline) and refused changes, as plain data for the cards.
import type { ConflictRow } from '../../domain/wire';
import type { AttentionItem } from '../../sync/workspace';

export interface ConflictEntry {
  key: string;
  /** The conflict's id on the server; absent for a copy kept on this tablet while offline. */
  serverId?: string;
  table: ConflictRow['table'];
  recordId: string;
  siteId: string;
  field: string;
  serverValue: unknown;
  clientValue: unknown;
  /** True when the value that came second (clientValue) was sent by this tablet. */
  fromThisDevice: boolean;
  /** Who made each value, when the server could tell (online list only). */
  serverUserName?: string;
  clientUserName?: string;
  createdAt: string;
}

export interface RejectedEntry {
  key: string;
  localId: number;
  table: AttentionItem['table'];
  recordId: string;
  error: string;
  issues: { path: (string | number)[]; code?: string; message?: string }[];
  fields: string[];
  createdAt: string;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

const conflictKey = (table: string, id: string, field: string) => `${table}|${id}|${field}`;

/**
 * Online (`serverRows` given): the server's open conflicts, marked "this tablet" when a kept copy
 * matches. Offline: the kept copies. `stale` lists kept copies the server no longer has open
 * (resolved on some device): they can be dismissed.
 */
export function mergeConflicts(
  serverRows: readonly ConflictRow[] | undefined,
  local: readonly AttentionItem[],
): { conflicts: ConflictEntry[]; stale: number[] } {
  const copies = local.filter((item) => item.kind === 'conflict');
  if (!serverRows) {
    const conflicts = copies.flatMap((item) =>
      (item.conflicts ?? []).map(
        (conflict): ConflictEntry => ({
          key: `local|${item.localId}|${conflict.field}`,
          table: item.table,
          recordId: item.id,
          siteId: item.siteId,
          field: conflict.field,
          serverValue: conflict.serverValue,
          clientValue: conflict.clientValue,
          fromThisDevice: true,
          createdAt: item.createdAt,
        }),
      ),
    );
    return { conflicts, stale: [] };
  }
  const open = new Set(serverRows.map((row) => conflictKey(row.table, row.recordId, row.field)));
  const conflicts = serverRows.map(
    (row): ConflictEntry => ({
      key: `server|${row.id}`,
      serverId: row.id,
      table: row.table,
      recordId: row.recordId,
      siteId: row.siteId,
      field: row.field,
      serverValue: row.serverValue,
      clientValue: row.clientValue,
      fromThisDevice: copies.some(
        (item) =>
          item.table === row.table &&
          item.id === row.recordId &&
          (item.conflicts ?? []).some((conflict) => conflict.field === row.field && sameValue(conflict.clientValue, row.clientValue)),
      ),
      serverUserName: row.serverUserName,
      clientUserName: row.clientUserName,
      createdAt: row.createdAt,
    }),
  );
  const stale = copies
    .filter((item) => !(item.conflicts ?? []).some((conflict) => open.has(conflictKey(item.table, item.id, conflict.field))))
    .map((item) => item.localId);
  return { conflicts, stale };
}

export function rejectedEntries(local: readonly AttentionItem[]): RejectedEntry[] {
  return local
    .filter((item) => item.kind === 'rejected')
    .map((item) => ({
      key: `rejected|${item.localId}`,
      localId: item.localId,
      table: item.table,
      recordId: item.id,
      error: item.error ?? 'unknown',
      issues: (item.issues ?? []).filter(
        (issue): issue is RejectedEntry['issues'][number] => typeof issue === 'object' && issue !== null && Array.isArray((issue as { path?: unknown }).path),
      ),
      fields: Object.keys(item.mutation.fields ?? {}),
      createdAt: item.createdAt,
    }))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
