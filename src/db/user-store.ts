// The adviser's open, unlocked storage: one object that sync/ holds, binding the database and
// the data key so that no caller ever handles rows or ciphertext.
import type { SyncedTable } from '../domain/tables';
import type { Mutation, PushResult, WireRecord } from '../domain/wire';
import {
  countAttention,
  countOutbox,
  dismissAttention,
  listAttention,
  readOutboxBatch,
  takeOutboxBatch,
  rebaseOutbox,
  renumberOutbox,
  settlePushResults,
  type AttentionItem,
} from './outbox';
import {
  beginRestoreRecovery,
  coalesceOutbox,
  finishRestoreRecovery,
} from './outbox-maintenance';
import { applyPulledPage, resetForEpoch, resetForSites, type PulledPageState } from './pull';
import { writeLocalChanges, type ChangeOutcome, type LocalChange } from './batched-writes';
import { getRecord, keptRecords, listRecords, listRecordsWhere, watchRecords, writeLocalChange, type RecordQuery, type RecordReading } from './records';
import type { DecryptedRecord, StoreContext } from './store-context';
import {
  ensureClientId,
  readSession,
  readSyncCursorState,
  saveSession,
  setLastSyncedAt,
  type StoredSession,
  type SyncCursorState,
} from './sync-state';
import { openUserDatabase, type UserDatabase } from './user-database';
import { pendingJournalEntries, queueJournalEntry, removeJournalEntry } from './journal-queue';
import type { PendingJournalEntry } from '../domain/audit';
import { prepareKeptCopies, type PreparedCopies } from './kept-preparation';

export { deleteUnreadableUserDatabase } from './user-database';

export class UserStore {
  private readonly ctx: StoreContext;

  constructor(db: UserDatabase, key: CryptoKey) {
    this.ctx = { db, key };
  }

  close(): void {
    this.ctx.db.close();
  }

  // Records
  get(table: SyncedTable, id: string): Promise<DecryptedRecord | undefined> {
    return getRecord(this.ctx, table, id);
  }
  list(table: SyncedTable): Promise<DecryptedRecord[]> {
    return listRecords(this.ctx, table);
  }
  /** The records kept by an earlier session, before the rows are read (records.ts, keptRecords). */
  keptList(table: SyncedTable): Promise<DecryptedRecord[] | undefined> {
    return keptRecords(this.ctx, table);
  }
  /** Keeps the payloads and the report's input where the next unlock or opening would rebuild them (kept-preparation.ts). */
  prepareKeptCopies(): Promise<PreparedCopies> {
    return prepareKeptCopies(this.ctx);
  }
  /** `clear-fields`: only what is kept in clear (ids, links, dates, codes), read without decrypting. */
  watch(table: SyncedTable, listener: (records: DecryptedRecord[]) => void, onError?: (error: unknown) => void, reading?: RecordReading): () => void {
    return watchRecords(this.ctx, table, listener, onError, reading);
  }
  /** Once, the records `query` selects (by an index, or a clear field): see records.ts. */
  listWhere(table: SyncedTable, query: RecordQuery): Promise<DecryptedRecord[]> {
    return listRecordsWhere(this.ctx, table, query);
  }
  /** As watch, over the records `query` selects (by an index, or a clear field): see records.ts. */
  watchWhere(table: SyncedTable, query: RecordQuery, listener: (records: DecryptedRecord[]) => void, onError?: (error: unknown) => void): () => void {
    return watchRecords(this.ctx, table, listener, onError, 'whole', query);
  }
  write(table: SyncedTable, id: string, siteId: string, op: 'put' | 'delete', fields?: Record<string, unknown>): Promise<DecryptedRecord> {
    return writeLocalChange(this.ctx, table, id, siteId, op, fields);
  }
  /** Many changes in order, in one transaction (see batched-writes.ts); one outcome per change. */
  writeMany(changes: readonly LocalChange[]): Promise<ChangeOutcome[]> {
    return writeLocalChanges(this.ctx, changes);
  }

  // Entries owed to the server's journal (journal-queue.ts)
  queueJournal(entry: PendingJournalEntry): Promise<void> {
    return queueJournalEntry(this.ctx.db, entry);
  }
  pendingJournal(): Promise<PendingJournalEntry[]> {
    return pendingJournalEntries(this.ctx.db);
  }
  removeJournal(id: string): Promise<void> {
    return removeJournalEntry(this.ctx.db, id);
  }

  // Sync
  clientId(): Promise<string> {
    return ensureClientId(this.ctx.db);
  }
  syncState(): Promise<SyncCursorState> {
    return readSyncCursorState(this.ctx.db);
  }
  readOutboxBatch(limit: number): Promise<Mutation[]> {
    return readOutboxBatch(this.ctx, limit);
  }
  takeOutboxBatch(limit: number, maxBytes: number, after?: number): Promise<Mutation[]> {
    return takeOutboxBatch(this.ctx, limit, maxBytes, after);
  }
  settlePushResults(sent: readonly Mutation[], results: readonly PushResult[]): Promise<void> {
    return settlePushResults(this.ctx, sent, results);
  }
  renumberOutbox(firstSeq: number): Promise<void> {
    return renumberOutbox(this.ctx, firstSeq);
  }
  coalesceOutbox(): Promise<number> {
    return coalesceOutbox(this.ctx);
  }
  beginRestoreRecovery(serverEpoch: string): Promise<void> {
    return beginRestoreRecovery(this.ctx, serverEpoch);
  }
  finishRestoreRecovery(): Promise<number> {
    return finishRestoreRecovery(this.ctx);
  }
  rebaseOutbox(): Promise<void> {
    return rebaseOutbox(this.ctx);
  }
  applyPulledPage(changes: readonly WireRecord[], state: PulledPageState): Promise<void> {
    return applyPulledPage(this.ctx, changes, state);
  }
  resetForEpoch(serverEpoch: string): Promise<void> {
    return resetForEpoch(this.ctx, serverEpoch);
  }
  resetForSites(siteIds: readonly string[]): Promise<void> {
    return resetForSites(this.ctx, siteIds);
  }
  setLastSyncedAt(instant: string): Promise<void> {
    return setLastSyncedAt(this.ctx.db, instant);
  }
  pendingCount(): Promise<number> {
    return countOutbox(this.ctx);
  }
  attentionCount(): Promise<number> {
    return countAttention(this.ctx);
  }
  listAttention(): Promise<AttentionItem[]> {
    return listAttention(this.ctx);
  }
  dismissAttention(kind: AttentionItem['kind'], localId: number): Promise<void> {
    return dismissAttention(this.ctx, kind, localId);
  }

  // Session
  saveSession(session: StoredSession): Promise<void> {
    return saveSession(this.ctx, session);
  }
  readSession(): Promise<StoredSession | undefined> {
    return readSession(this.ctx);
  }
}

export function openUserStore(userId: string, key: CryptoKey): UserStore {
  return new UserStore(openUserDatabase(userId), key);
}

export type { AttentionItem, ChangeOutcome, LocalChange, RecordQuery, DecryptedRecord, PulledPageState, StoredSession, SyncCursorState };
