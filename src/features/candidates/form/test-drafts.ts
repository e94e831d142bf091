// An in-memory `workspace.drafts` for component tests (the real one is src/db/drafts.ts).
import type { Workspace } from '../../../sync/workspace';

type DraftStore = NonNullable<Workspace['drafts']>;

export class MemoryDrafts implements DraftStore {
  readonly rows = new Map<string, { values: unknown; updatedAt: string; candidateId?: string }>();
  saves = 0;

  async save(key: string, values: unknown, candidateId?: string) {
    this.saves += 1;
    this.rows.set(key, { values: structuredClone(values), updatedAt: '2026-11-23T09:30:00.000Z', candidateId });
  }
  async load<V>(key: string) {
    const row = this.rows.get(key);
    return row ? { values: structuredClone(row.values) as V, updatedAt: row.updatedAt } : undefined;
  }
  async remove(key: string) {
    this.rows.delete(key);
  }
  async removeForCandidate(candidateId: string) {
    for (const [key, row] of this.rows) if (row.candidateId === candidateId) this.rows.delete(key);
  }
}
