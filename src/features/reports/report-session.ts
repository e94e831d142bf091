// The reports screen's memory for the session (docs/read-model.md, "Reopening the report"): the
// last snapshot of each table it reads, the input built from them, and the reports computed from
// that input per choice. Reopening the screen paints from it at once; the screen's live reads
// still answer again, and an answer with the same records keeps the old arrays, so nothing is
// rebuilt or recomputed. Pure (no React, no storage): the hook and the tablet bench both run it.
import type { ActivityReport, ReportInput } from '../../domain/report';
import type { SyncedTable } from '../../domain/tables';
import type { LocalRecord } from '../../sync/workspace';

/** Reports kept per input: a few choices of period and sites, the last ones used. */
const REPORTS_KEPT = 8;

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  return a.every((item, index) => sameValue(item, b[index]));
}

function sameRecord(a: LocalRecord<SyncedTable>, b: LocalRecord<SyncedTable>): boolean {
  if (a === b) return true;
  if (a.id !== b.id || a.siteId !== b.siteId || a.rev !== b.rev || !sameValue(a.pendingFields, b.pendingFields)) return false;
  const left = a.data as Record<string, unknown>;
  const right = b.data as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  // A record's fields are values or arrays of values (objects only in fields the report reads whole).
  return keys.every((key) => sameValue(left[key], right[key]) || JSON.stringify(left[key]) === JSON.stringify(right[key]));
}

/** `previous` when `next` holds the same records in the same order, else `next`. */
export function keepSame<R extends LocalRecord<SyncedTable>>(previous: readonly R[] | undefined, next: readonly R[]): readonly R[] {
  if (previous === next) return previous;
  if (!previous || previous.length !== next.length) return next;
  for (let index = 0; index < next.length; index += 1) {
    const before = previous[index];
    const after = next[index];
    if (!before || !after || !sameRecord(before, after)) return next;
  }
  return previous;
}

export class ReportSession {
  private readonly tables = new Map<SyncedTable, readonly LocalRecord<SyncedTable>[]>();
  private built: { parts: readonly unknown[]; value: unknown } | undefined;
  private readonly reports = new WeakMap<ReportInput, Map<string, ActivityReport>>();
  private readonly merged = new WeakMap<ReportInput, { moved: unknown; value: ReportInput }>();

  /** The table's last snapshot in this session, undefined before its first answer. */
  snapshot<T extends SyncedTable>(table: T): readonly LocalRecord<T>[] | undefined {
    return this.tables.get(table) as readonly LocalRecord<T>[] | undefined;
  }

  /** Keeps an answer of the table's live read; returns the kept array (the old one when nothing changed). */
  accept<T extends SyncedTable>(table: T, records: readonly LocalRecord<T>[]): readonly LocalRecord<T>[] {
    const kept = keepSame(this.snapshot(table), records);
    this.tables.set(table, kept as readonly LocalRecord<SyncedTable>[]);
    return kept;
  }

  /** `build(...)` once per set of parts (compared by identity): the same parts give the same value. */
  derived<V>(parts: readonly unknown[], build: () => V): V {
    const last = this.built;
    if (last && last.parts.length === parts.length && last.parts.every((part, index) => part === parts[index])) return last.value as V;
    const value = build();
    this.built = { parts, value };
    return value;
  }

  /** The input with the moved work merged (`merge`), once per input and moved work (by identity). */
  withMoved<M>(input: ReportInput, moved: M | undefined, merge: (input: ReportInput, moved: M | undefined) => ReportInput): ReportInput {
    if (moved === undefined) return input;
    const known = this.merged.get(input);
    if (known && known.moved === moved) return known.value;
    const value = merge(input, moved);
    this.merged.set(input, { moved, value });
    return value;
  }

  /** The report of `input` for the choice `key` (every option of the computation, serialised), computed once. */
  report(input: ReportInput, key: string, compute: () => ActivityReport): ActivityReport {
    let byChoice = this.reports.get(input);
    if (!byChoice) {
      byChoice = new Map();
      this.reports.set(input, byChoice);
    }
    const known = byChoice.get(key);
    if (known) {
      byChoice.delete(key);
      byChoice.set(key, known); // the most recently used last
      return known;
    }
    const computed = compute();
    byChoice.set(key, computed);
    for (const oldest of byChoice.keys()) {
      if (byChoice.size <= REPORTS_KEPT) break;
      byChoice.delete(oldest);
    }
    return computed;
  }
}

const sessions = new WeakMap<object, ReportSession>();

/** The session's memory of one workspace (a new login is a new workspace, and starts empty). */
export function reportSessionOf(workspace: object): ReportSession {
  let session = sessions.get(workspace);
  if (!session) {
    session = new ReportSession();
    sessions.set(workspace, session);
  }
  return session;
}
