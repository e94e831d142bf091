// The in-memory Workspace of component tests (createMemoryWorkspace, the one builder): the
// Repository and SyncEngine contracts of src/sync/workspace.ts with the domain's record
// validation, every other member from memory-services.ts; no IndexedDB or network.
// Never imported by the app bundle.
import type { z } from 'zod';
import { CANDIDATE_FIELDS_KEPT_ON_ERASURE, fieldSchemas, newRecordSchemas, recordSchemas, type CandidateData, type TableData } from '../../domain/entities';
import type { SyncedTable } from '../../domain/tables';
import type { SessionUser } from '../../domain/wire';
import type { ErasureApi } from '../../sync/erasure-api';
import { GroupRefusedError } from '../../db/batched-writes';
import {
  MemoryAccounts,
  MemoryAttention,
  MemoryCandidateLock,
  MemoryConflicts,
  MemoryDrafts,
  MemoryFileAdmin,
  MemoryJournal,
  MemoryPin,
  TEST_DEVICE_ID,
  memoryAttachments,
  memoryMovedWork,
  memoryPastYears,
  memoryRecordings,
  memoryReportTargets,
  memoryTabletLock,
  type MemoryAttachments,
  type MemoryRecordings,
} from './memory-services';
import { RecordValidationError, type BatchChange, type BatchOutcome, type LocalRecord, type QueryField, type Repository, type SyncEngine, type SyncStatus, type Workspace } from '../../sync/workspace';


/** The records whose `field` holds one of `values` (an array field: contains one), as the store selects them. */
function selected<T extends SyncedTable>(records: LocalRecord<T>[], field: string, values: readonly string[]): LocalRecord<T>[] {
  const wanted = new Set(values);
  return records.filter((record) => {
    const value = field === 'id' ? record.id : field === 'siteId' ? record.siteId : (record.data as Record<string, unknown>)[field];
    return Array.isArray(value) ? value.some((item) => wanted.has(item as string)) : wanted.has(value as string);
  });
}

export class MemoryRepository<T extends SyncedTable> implements Repository<T> {
  readonly records = new Map<string, LocalRecord<T>>();
  readonly calls: { op: 'create' | 'update' | 'remove'; id: string; siteId?: string; data?: unknown }[] = [];
  private listeners = new Set<(records: LocalRecord<T>[]) => void>();
  private nextId = 1;

  constructor(private readonly table: T) {}

  /** How many times a screen read the whole table once (list), beside its subscriptions. */
  listCalls = 0;

  /** A memory store outlives no session: nothing is ever kept for the next one. */
  async keptList(): Promise<LocalRecord<T>[] | undefined> {
    return undefined;
  }

  async list() {
    this.listCalls += 1;
    return [...this.records.values()];
  }
  async get(id: string) {
    return this.records.get(id);
  }
  async create(siteId: string, data: TableData[T]) {
    this.validate(data, newRecordSchemas[this.table]);
    const id = `${this.table}-${this.nextId++}`;
    const record: LocalRecord<T> = { table: this.table, id, siteId, rev: 0, data, pendingFields: Object.keys(data) };
    this.records.set(id, record);
    this.calls.push({ op: 'create', id, siteId, data });
    this.emit();
    return record;
  }
  async update(id: string, changes: Partial<TableData[T]>) {
    const record = this.records.get(id);
    if (!record) throw new Error(`no record ${id}`);
    const merged = Object.fromEntries(
      Object.entries({ ...record.data, ...changes }).filter(([, value]) => value !== null),
    ) as TableData[T];
    this.validate(changes, fieldSchemas[this.table]);
    this.validate(merged);
    this.records.set(id, { ...record, data: merged, pendingFields: [...new Set([...record.pendingFields, ...Object.keys(changes)])] });
    this.calls.push({ op: 'update', id, data: changes });
    this.emit();
  }
  async put(id: string, siteId: string, fields: Partial<TableData[T]>) {
    const record = this.records.get(id);
    if (record) return this.update(id, fields);
    const data = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as TableData[T];
    this.validate(data, newRecordSchemas[this.table]);
    this.records.set(id, { table: this.table, id, siteId, rev: 0, data, pendingFields: Object.keys(data) });
    this.calls.push({ op: 'create', id, siteId, data });
    this.emit();
  }
  async remove(id: string) {
    this.records.delete(id);
    this.calls.push({ op: 'remove', id });
    this.emit();
  }
  createMany(items: readonly { siteId: string; data: TableData[T] }[]) {
    return this.each(items, ({ siteId, data }) => this.create(siteId, data));
  }
  updateMany(items: readonly { id: string; changes: Partial<TableData[T]> }[]) {
    return this.each(items, async ({ id, changes }) => {
      await this.update(id, changes);
      return this.records.get(id) as LocalRecord<T>;
    });
  }
  removeMany(ids: readonly string[]) {
    return this.each(ids, async (id) => {
      const record = this.records.get(id);
      if (!record) throw new Error(`no record ${id}`);
      await this.remove(id);
      return record;
    });
  }
  private async each<I>(items: readonly I[], write: (item: I) => Promise<LocalRecord<T>>): Promise<BatchOutcome<T>[]> {
    const outcomes: BatchOutcome<T>[] = [];
    for (const item of items) {
      try {
        outcomes.push({ ok: true, record: await write(item) });
      } catch (error) {
        outcomes.push({ ok: false, error: error as Error });
      }
    }
    return outcomes;
  }
  watch(listener: (records: LocalRecord<T>[]) => void) {
    return this.subscribe('watch', listener);
  }
  private subscribe(kind: 'watch' | 'watchReport', listener: (records: LocalRecord<T>[]) => void) {
    this.subscriptions.push({ kind });
    this.listeners.add(listener);
    queueMicrotask(() => listener([...this.records.values()]));
    return () => void this.listeners.delete(listener);
  }
  /** Subscriptions opened, table-wide (`watch`) or by a query (`watchWhere`): what a screen costs the store. */
  readonly subscriptions: { kind: 'watch' | 'watchReport' | 'watchWhere'; field?: string; values?: readonly string[] }[] = [];
  async listWhere(field: QueryField<T>, values: readonly string[]) {
    return selected([...this.records.values()], field, values);
  }
  watchWhere(field: QueryField<T>, values: readonly string[], listener: (records: LocalRecord<T>[]) => void) {
    this.subscriptions.push({ kind: 'watchWhere', field, values });
    const select = (records: LocalRecord<T>[]) => selected(records, field, values);
    let last: string | undefined;
    const deliver = (records: LocalRecord<T>[]) => {
      const selected = select(records);
      const signature = JSON.stringify(selected);
      if (signature === last) return;
      last = signature;
      listener(selected);
    };
    this.listeners.add(deliver);
    queueMicrotask(() => deliver([...this.records.values()]));
    return () => void this.listeners.delete(deliver);
  }
  /** The whole records: more than the tablet's clear fields, which is all a count may rely on. */
  /** The whole records (the report reads only its own fields of them); nothing is kept between sessions. */
  watchReport(listener: (records: LocalRecord<T>[]) => void) {
    return this.subscribe('watchReport', listener);
  }
  /** Seeds a record as if pulled from the server (nothing pending). */
  seed(id: string, siteId: string, data: TableData[T], rev = 1): LocalRecord<T> {
    const record: LocalRecord<T> = { table: this.table, id, siteId, rev, data, pendingFields: [] };
    this.records.set(id, record);
    return record;
  }

  /** As the tablet's writes: the change's fields and new records with every rule, a stored record's whole data with recordSchemas. */
  private validate(data: unknown, schema: z.ZodType = recordSchemas[this.table]) {
    const result = schema.safeParse(data);
    if (!result.success) {
      throw new RecordValidationError(result.error.issues.map((issue) => ({ path: issue.path as (string | number)[], message: issue.message })));
    }
  }
  private emit() {
    const snapshot = [...this.records.values()];
    for (const listener of this.listeners) listener(snapshot);
  }
}

export class MemorySyncEngine implements SyncEngine {
  started = false;
  syncCalls = 0;
  private listeners = new Set<(status: SyncStatus) => void>();
  constructor(private status: SyncStatus = { phase: 'idle', pending: 0, needsAttention: 0 }) {}

  setStatus(status: SyncStatus) {
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
  async syncNow() {
    this.syncCalls += 1;
    this.setStatus({ ...this.status, phase: 'syncing' });
    this.setStatus({ ...this.status, phase: 'idle', pending: 0, lastSyncedAt: new Date().toISOString() });
    return this.status;
  }
  getStatus() {
    return this.status;
  }
  subscribe(listener: (status: SyncStatus) => void) {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }
  start() {
    this.started = true;
  }
  stop() {
    this.started = false;
  }
}

/** The erasure endpoint, faked: records the calls and anonymises the candidate as the next pull would. */
export class MemoryErasure implements ErasureApi {
  readonly calls: string[] = [];
  /** When set, `erase` rejects with it (e.g. a TransportError) and changes nothing. */
  failWith: Error | undefined;
  constructor(private readonly candidates: () => MemoryRepository<'candidates'>) {}

  async erase(candidateId: string) {
    this.calls.push(candidateId);
    if (this.failWith) throw this.failWith;
    const record = this.candidates().records.get(candidateId);
    if (!record) throw new Error(`no candidate ${candidateId}`);
    const kept: Record<string, unknown> = {};
    for (const field of CANDIDATE_FIELDS_KEPT_ON_ERASURE) if (record.data[field] !== undefined) kept[field] = record.data[field];
    if (record.data.birthDate) kept.birthDate = record.data.birthDate.slice(0, 4);
    this.candidates().seed(candidateId, record.siteId, { ...kept, erased: true } as CandidateData, record.rev + 1);
  }
}

export const TEST_USER: SessionUser = { id: 'user-1', name: 'Nadia Conseillère', role: 'adviser', siteIds: ['site-ml-bxl', 'site-cpas'] };

/** The builder's workspace: the fakes' own types, so a test can read what they were given. */
export interface MemoryWorkspace extends Workspace {
  repos: Map<SyncedTable, MemoryRepository<SyncedTable>>;
  sync: MemorySyncEngine;
  attention: MemoryAttention;
  conflicts: MemoryConflicts;
  erasure: MemoryErasure;
  fileAdmin: MemoryFileAdmin;
  accounts: MemoryAccounts;
  journal: MemoryJournal;
  drafts: MemoryDrafts;
  pin: MemoryPin;
  candidateLock: MemoryCandidateLock;
  recordings: MemoryRecordings;
  attachments: MemoryAttachments;
  signedOut: boolean;
}

/**
 * The one builder of a Workspace for tests: every member of the contract filled with a working
 * in-memory fake (memory-services.ts), then `overrides` put over them (a test's own API fake, a
 * device id…). The result keeps the overrides' types.
 */
export function createMemoryWorkspace<O extends Partial<Workspace> = object>(
  user: SessionUser = TEST_USER,
  overrides?: O,
): Omit<MemoryWorkspace, keyof O> & O {
  const repos = new Map<SyncedTable, MemoryRepository<SyncedTable>>();
  const repo = <T extends SyncedTable>(table: T): Repository<T> => {
    if (!repos.has(table)) repos.set(table, new MemoryRepository(table) as unknown as MemoryRepository<SyncedTable>);
    return repos.get(table) as unknown as Repository<T>;
  };
  const workspace: MemoryWorkspace = {
    user,
    deviceId: TEST_DEVICE_ID,
    repos,
    repo,
    sync: new MemorySyncEngine(),
    writeBatch: (changes) => writeMemoryBatch(workspace, changes),
    signedOut: false,
    async signOut() {
      workspace.signedOut = true;
    },
    attention: new MemoryAttention(),
    conflicts: new MemoryConflicts(),
    pastYears: memoryPastYears(),
    movedWork: memoryMovedWork(),
    reportTargets: memoryReportTargets(),
    erasure: new MemoryErasure(() => candidatesOf(workspace)),
    fileAdmin: new MemoryFileAdmin(),
    accounts: new MemoryAccounts(),
    journal: new MemoryJournal(() => workspace.accounts),
    drafts: new MemoryDrafts(),
    pin: new MemoryPin(),
    tabletLock: memoryTabletLock(),
    candidateLock: new MemoryCandidateLock(),
    recordings: memoryRecordings(),
    attachments: memoryAttachments(() => repo('attachments')),
    renewSession: async () => 'renewed',
  };
  return Object.assign(workspace, overrides);
}

/**
 * Workspace.writeBatch in memory: the changes one after the other; a refused change takes back the
 * earlier changes of its group (their records as before, their calls forgotten) and refuses the
 * later ones. Groups are expected to be contiguous, as an import writes them.
 */
async function writeMemoryBatch(workspace: Workspace, changes: readonly BatchChange[]): Promise<BatchOutcome<SyncedTable>[]> {
  const outcomes: BatchOutcome<SyncedTable>[] = [];
  const repoOf = (table: SyncedTable) => workspace.repo(table) as unknown as MemoryRepository<SyncedTable>;
  let undo: { group: string; first: number; restore: (() => void)[] } | undefined;
  for (const [index, change] of changes.entries()) {
    if (change.group === undefined) undo = undefined;
    else if (undo?.group !== change.group) undo = { group: change.group, first: index, restore: [] };
    const repo = repoOf(change.table);
    if (change.group !== undefined && outcomes.slice(undo?.first ?? index).some((outcome) => !outcome.ok)) {
      outcomes.push({ ok: false, error: new GroupRefusedError(change.group) });
      continue;
    }
    const before = { records: new Map(repo.records), calls: repo.calls.length };
    try {
      if (change.op === 'delete') await repo.remove(change.id);
      else if (change.siteId !== undefined) await repo.put(change.id, change.siteId, change.fields);
      else await repo.update(change.id, change.fields);
      const record = repo.records.get(change.id) ?? (before.records.get(change.id) as LocalRecord<SyncedTable>);
      outcomes.push({ ok: true, record });
      undo?.restore.push(() => {
        repo.records.clear();
        for (const [id, kept] of before.records) repo.records.set(id, kept);
        repo.calls.splice(before.calls);
      });
    } catch (error) {
      outcomes.push({ ok: false, error: error as Error });
      if (change.group === undefined || !undo) continue;
      for (const restore of undo.restore.reverse()) restore();
      for (let earlier = undo.first; earlier < index; earlier += 1) outcomes[earlier] = { ok: false, error: new GroupRefusedError(change.group) };
    }
  }
  return outcomes;
}

export function candidatesOf(workspace: Workspace): MemoryRepository<'candidates'> {
  return workspace.repo('candidates') as MemoryRepository<'candidates'>;
}
