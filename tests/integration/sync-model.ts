// A reference model of the server side of docs/sync-protocol.md for the property tests: the push
// protocol (idempotent seqs per clientId) and the field-level merge rule restated from the
// contract, over candidates only. The real server's answers are compared with the model's.
import type { FieldConflict, Mutation, PushRequest, PushResult } from '../../src/domain/wire';

interface ModelRecord {
  siteId: string;
  deleted: boolean;
  data: Record<string, unknown>;
  /** Field (or "deleted") → rev and clientId of its last change. */
  meta: Record<string, { rev: number; clientId: string }>;
  rev: number;
}

export interface ModelConflict {
  recordId: string;
  field: string;
  serverValue: unknown;
  clientValue: unknown;
  clientId: string;
}

export interface ModelState {
  rev: number;
  records: Map<string, ModelRecord>;
  clients: Map<string, { lastSeq: number; results: Map<number, PushResult> }>;
  conflicts: ModelConflict[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export class SyncModel {
  state: ModelState;

  constructor(startRev: number) {
    this.state = { rev: startRev, records: new Map(), clients: new Map(), conflicts: [] };
  }

  snapshot(): ModelState {
    return structuredClone(this.state);
  }

  restore(saved: ModelState): void {
    this.state = structuredClone(saved);
  }

  /** A push the server answered 200: new seqs are applied in order, old ones replay. */
  push(request: PushRequest): PushResult[] {
    let client = this.state.clients.get(request.clientId);
    if (!client) {
      client = { lastSeq: 0, results: new Map() };
      this.state.clients.set(request.clientId, client);
    }
    const results: PushResult[] = [];
    for (const mutation of request.mutations) {
      const stored = client.results.get(mutation.seq);
      if (mutation.seq <= client.lastSeq) {
        if (stored) results.push(stored);
        continue;
      }
      const result = this.apply(request.clientId, mutation);
      client.results.set(mutation.seq, result);
      client.lastSeq = mutation.seq;
      results.push(result);
    }
    return results;
  }

  private apply(clientId: string, mutation: Mutation): PushResult {
    const existing = this.state.records.get(mutation.id);
    const since = (field: string) => {
      const meta = existing?.meta[field];
      return meta !== undefined && meta.rev > mutation.baseRev && meta.clientId !== clientId;
    };
    const conflicts: FieldConflict[] = [];
    const changed: string[] = [];
    const next: ModelRecord = existing
      ? { ...existing, data: { ...existing.data }, meta: { ...existing.meta } }
      : { siteId: mutation.siteId, deleted: false, data: {}, meta: {}, rev: 0 };
    if (mutation.op === 'delete') {
      if (!existing || existing.deleted) return { seq: mutation.seq, status: 'applied', ...(existing ? { rev: existing.rev } : {}) };
      if (Object.keys(existing.meta).some(since)) conflicts.push({ field: 'deleted', serverValue: false, clientValue: true });
      else {
        next.deleted = true;
        changed.push('deleted');
      }
    } else {
      if (existing?.deleted) {
        if (existing.meta.deleted?.clientId === clientId) {
          next.deleted = false;
          changed.push('deleted');
        } else conflicts.push({ field: 'deleted', serverValue: true, clientValue: false });
      }
      for (const [field, value] of Object.entries(mutation.fields ?? {})) {
        if (same(next.data[field], value)) continue;
        if (since(field)) {
          conflicts.push({ field, serverValue: next.data[field] ?? null, clientValue: value });
          continue;
        }
        next.data[field] = value;
        changed.push(field);
      }
    }
    let rev = existing?.rev;
    if (changed.length > 0) {
      rev = ++this.state.rev;
      next.rev = rev;
      for (const field of changed) next.meta[field] = { rev, clientId };
      this.state.records.set(mutation.id, next);
    }
    for (const conflict of conflicts) this.state.conflicts.push({ recordId: mutation.id, clientId, ...conflict });
    if (conflicts.length > 0) return { seq: mutation.seq, status: 'conflict', ...(changed.length > 0 ? { rev } : {}), conflicts };
    return { seq: mutation.seq, status: 'applied', ...(rev !== undefined ? { rev } : {}) };
  }

  /** Live candidates as every device should end up seeing them. */
  view(): Record<string, Record<string, unknown>> {
    const out: Record<string, Record<string, unknown>> = {};
    for (const [id, record] of this.state.records) if (!record.deleted) out[id] = record.data;
    return out;
  }
}
