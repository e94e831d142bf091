// An in-memory fake of the server side of docs/sync-protocol.md, for engine tests only (never
// imported by the app): revs, idempotent seqs per clientId, epochs, and injectable faults
// (requests dropped before or after commit, 401, rejected mutations). The merge and the seq rule
// are the server's own (src/domain/sync-merge.ts), so the fake cannot drift from it.
import { fieldSchemas } from '../../domain/entities';
import { freshMutations, planMerge, type FieldMeta } from '../../domain/sync-merge';
import type { Mutation, PullResponse, PushRequest, PushResponse, PushResult, WireRecord } from '../../domain/wire';
import { TransportError, type SyncApi } from '../transport';

interface ServerRecord extends WireRecord {
  fieldMeta: Record<string, FieldMeta>;
}

export interface FakeFaults {
  /** The next N requests fail before reaching the server. */
  dropBeforeCommit: number;
  /** The next N pushes are applied, then the answer is lost. */
  dropAfterCommit: number;
  unauthorized: boolean;
  /** Returns an error code to reject a mutation (e.g. 'forbidden_site'). */
  rejectWhen?: (mutation: Mutation) => string | undefined;
}

export class FakeSyncServer {
  epoch = 'epoch-1';
  siteIds: string[] = ['site-1'];
  faults: FakeFaults = { dropBeforeCommit: 0, dropAfterCommit: 0, unauthorized: false };
  readonly records = new Map<string, ServerRecord>();
  readonly clients = new Map<string, { lastSeq: number; results: Map<number, PushResult> }>();
  /** Every mutation actually applied (to prove none is applied twice). */
  readonly appliedLog: { clientId: string; seq: number }[] = [];
  private rev = 0;

  api(): SyncApi {
    return { push: async (request) => this.push(request), pull: async (cursor, limit) => this.pull(cursor, limit) };
  }

  /** Data as a device should end up seeing it (tombstones included). */
  snapshot(): Record<string, { deleted: boolean; data: Record<string, unknown> }> {
    const out: Record<string, { deleted: boolean; data: Record<string, unknown> }> = {};
    for (const [key, record] of this.records) out[key] = { deleted: record.deleted, data: record.data };
    return out;
  }

  private gate(): void {
    if (this.faults.dropBeforeCommit > 0) {
      this.faults.dropBeforeCommit--;
      throw new TransportError('network');
    }
    if (this.faults.unauthorized) throw new TransportError('unauthorized', { status: 401 });
  }

  push(request: PushRequest): PushResponse {
    this.gate();
    if (request.serverEpoch !== undefined && request.serverEpoch !== this.epoch) {
      throw new TransportError('epoch_changed', { status: 409, serverEpoch: this.epoch });
    }
    let client = this.clients.get(request.clientId);
    if (!client) {
      client = { lastSeq: 0, results: new Map() };
      this.clients.set(request.clientId, client);
    }
    if ('gap' in freshMutations(request.mutations, client.lastSeq)) {
      throw new TransportError('seq_gap', { status: 409, lastSeq: client.lastSeq });
    }
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      if (mutation.seq <= client.lastSeq) {
        const stored = client.results.get(mutation.seq);
        if (stored) results.push(stored);
        continue;
      }
      const result = this.apply(mutation, request.clientId);
      client.lastSeq = mutation.seq;
      client.results.set(mutation.seq, result);
      results.push(result);
    }
    if (this.faults.dropAfterCommit > 0) {
      this.faults.dropAfterCommit--;
      throw new TransportError('network');
    }
    return { results, lastSeq: client.lastSeq };
  }

  pull(cursor: number, limit: number): PullResponse {
    this.gate();
    const visible = [...this.records.values()]
      .filter((record) => record.rev > cursor && this.siteIds.includes(record.siteId))
      .sort((a, b) => a.rev - b.rev);
    const page = visible.slice(0, limit);
    const hasMore = visible.length > limit;
    const changes = page.map(({ table, id, siteId, rev, deleted, data }) => ({ table, id, siteId, rev, deleted, data: { ...data } }));
    return { changes, cursor: hasMore ? (page.at(-1)?.rev ?? cursor) : this.rev, hasMore, serverEpoch: this.epoch, siteIds: [...this.siteIds] };
  }

  /** A restore from backup: a new epoch, and what came after the backup is gone. */
  restore(keep: (record: WireRecord) => boolean, epoch: string): void {
    for (const [key, record] of this.records) if (!keep(record)) this.records.delete(key);
    this.epoch = epoch;
    this.clients.clear();
  }

  private apply(mutation: Mutation, clientId: string): PushResult {
    const { seq } = mutation;
    const rejection = this.faults.rejectWhen?.(mutation);
    if (rejection) return { seq, status: 'rejected', error: rejection };
    if (!this.siteIds.includes(mutation.siteId)) return { seq, status: 'rejected', error: 'forbidden_site' };
    const parsed = fieldSchemas[mutation.table].safeParse(mutation.fields ?? {});
    if (!parsed.success) return { seq, status: 'rejected', error: 'invalid', issues: [] };

    const key = `${mutation.table}/${mutation.id}`;
    const record = this.records.get(key);
    this.appliedLog.push({ clientId, seq });
    const plan = planMerge({ existing: record, op: mutation.op, baseRev: mutation.baseRev, fields: parsed.data as Record<string, unknown>, clientId });
    let rev = record?.rev;
    if (plan.changedFields.length > 0) {
      rev = ++this.rev;
      const fieldMeta = { ...(record?.fieldMeta ?? {}) };
      for (const field of plan.changedFields) fieldMeta[field] = { rev, clientId };
      this.records.set(key, { table: mutation.table, id: mutation.id, siteId: mutation.siteId, rev, deleted: plan.deleted, data: plan.data, fieldMeta });
    }
    const withRev = plan.changedFields.length > 0 && rev !== undefined ? { rev } : {};
    if (plan.conflicts.length > 0) return { seq, status: 'conflict', ...withRev, conflicts: plan.conflicts };
    return { seq, status: 'applied', ...(rev !== undefined ? { rev } : {}) };
  }
}
