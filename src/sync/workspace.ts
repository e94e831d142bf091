// The contract between the screens (features/) and the tablet's storage and sync (db/, sync/).
// Features receive a Workspace after sign-in and never touch Dexie, WebCrypto or fetch directly.
import type { RenewalOutcome } from './session-renewal';
import type { TableData } from '../domain/entities';
import type { SyncedTable } from '../domain/tables';
import type { SessionUser } from '../domain/wire';
import type { AttentionItem } from '../db/outbox';
import type { ConflictsApi } from './conflicts-api';
import type { PastYearsApi } from './past-years-api';
import type { ReportTargetsApi } from './report-targets-api';
import type { ErasureApi } from './erasure-api';
import type { FileAdminApi } from './file-admin-api';
import type { AccountsApi } from './accounts-api';
import type { DraftStore } from '../db/drafts';
import type { PinGate } from '../db/pin';
import type { CandidateLock } from '../db/candidate-lock';
import type { RecordingStore } from '../db/recordings';

export type { AttentionItem };

/** Rejected mutations and conflicts kept for the adviser (decrypted on demand). */
export interface AttentionInbox {
  list(): Promise<AttentionItem[]>;
  /** The adviser has dealt with it (re-entered the change, or accepted the server's value). */
  dismiss(kind: AttentionItem['kind'], localId: number): Promise<void>;
}

/** A decrypted record as the screens see it. */
export interface LocalRecord<T extends SyncedTable> {
  table: T;
  id: string;
  siteId: string;
  /** The rev as last pulled (0 for a record never seen by the server). */
  rev: number;
  data: TableData[T];
  /** Fields changed on this device and not yet acknowledged by the server. */
  pendingFields: string[];
}

/** Thrown by create/update when the data does not validate; nothing is written. */
export class RecordValidationError extends Error {
  constructor(readonly issues: { path: (string | number)[]; message: string }[]) {
    super('invalid record');
    this.name = 'RecordValidationError';
  }
}

export interface Repository<T extends SyncedTable> {
  /** Every non-deleted record of the adviser's sites. */
  list(): Promise<LocalRecord<T>[]>;
  get(id: string): Promise<LocalRecord<T> | undefined>;
  /** Validates, encrypts, then writes the record and its outbox row in one transaction. */
  create(siteId: string, data: TableData[T]): Promise<LocalRecord<T>>;
  /** Writes only the changed fields (a null clears a field). */
  update(id: string, changes: Partial<TableData[T]>): Promise<void>;
  /** Deletes (a tombstone, synced like any change). */
  remove(id: string): Promise<void>;
  /** Calls the listener with the current list and after every local or pulled change; returns unsubscribe. */
  watch(listener: (records: LocalRecord<T>[]) => void): () => void;
  /**
   * As watch, but each record holds only the fields the tablet keeps in clear (ids, links, dates
   * of actions, codes; see db/table-registry.ts), read without decrypting: for counting (reports),
   * never for showing a person.
   */
  watchClearFields(listener: (records: LocalRecord<T>[]) => void): () => void;
}

export type SyncErrorCode =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'upgrade_required'
  | 'server'
  | 'storage_full';

export interface SyncStatus {
  /** `offline` when the browser says so or the server is unreachable. */
  phase: 'idle' | 'syncing' | 'offline' | 'error';
  /** Outbox rows not yet acknowledged. */
  pending: number;
  /** Changes kept for the adviser's attention (rejected mutations, conflicts). */
  needsAttention: number;
  /** ISO instant of the last sync that completed. */
  lastSyncedAt?: string;
  error?: SyncErrorCode;
  /** During a long sync: records pulled so far in this run. */
  progress?: { pushed: number; pulled: number };
}

export interface SyncEngine {
  /** Push the outbox, then pull until done; resolves with the final status, never rejects. */
  syncNow(): Promise<SyncStatus>;
  getStatus(): SyncStatus;
  subscribe(listener: (status: SyncStatus) => void): () => void;
  /** Sync on reconnect and on a timer while online. */
  start(): void;
  stop(): void;
}

export interface Workspace {
  user: SessionUser;
  repo<T extends SyncedTable>(table: T): Repository<T>;
  sync: SyncEngine;
  /** Closes the database and drops the in-memory key (logout); the PIN unlock of this device goes. */
  signOut(): Promise<void>;
  /** Addition: the changes that need the adviser's attention (optional so test fakes stay valid). */
  attention?: AttentionInbox;
  /** Addition: open conflicts on the server, listed and resolved online (optional for test fakes). */
  conflicts?: ConflictsApi;
  /** Addition: past years' report figures, entered online by coordinators (optional for test fakes). */
  pastYears?: PastYearsApi;
  /** Addition: the report's yearly targets per site, entered online by coordinators (optional for test fakes). */
  reportTargets?: ReportTargetsApi;
  /** Addition: erasure of a person online (coordinators, administrators; optional for test fakes). */
  erasure?: ErasureApi;
  /** Addition: a coordinator's transfer and merge of files, online (optional for test fakes). */
  fileAdmin?: FileAdminApi;
  /** Addition: accounts, devices, own password and the audit log, online (optional for test fakes). */
  accounts?: AccountsApi;
  /** Addition: drafts of forms being typed, encrypted on the tablet (optional for test fakes). */
  drafts?: Pick<DraftStore, 'save' | 'load' | 'remove' | 'removeForCandidate'>;
  /** Addition: the adviser's PIN on this device (leaving candidate mode, idle lock; optional for test fakes). */
  pin?: PinGate;
  /** Addition: the tablet's own lock (WebAuthn PRF) for reopening after a reload (optional for test fakes). */
  tabletLock?: TabletLock;
  /** Addition: the tablet locked to a candidate's sitting, across reloads (optional for test fakes). */
  candidateLock?: CandidateLock;
  /** Addition: the adviser's own recorded clips, encrypted on the tablet (optional for test fakes). */
  recordings?: Pick<RecordingStore, 'keys' | 'get' | 'save' | 'remove'>;
  /** Addition: a new server token when sync says the session expired; nothing closes (optional for test fakes). */
  renewSession?: (email: string, password: string) => Promise<RenewalOutcome>;
}

/** The ways a new page may reopen without the password (docs/key-handling.md). */
export interface ReopenOptions {
  /** The PIN with the server's help (online). */
  pin: boolean;
  /** The tablet's own lock (WebAuthn PRF; offline too). */
  tabletLock: boolean;
}

export type TabletLockReopenOutcome = { ok: true; workspace: Workspace } | { ok: false; reason: 'unavailable' };

/** The tablet's own lock, enrolled from the adviser's settings (src/db/prf-unlock.ts). */
export interface TabletLock {
  supported: boolean;
  isEnrolled(): Promise<boolean>;
  enrol(): Promise<'ok' | 'no-prf' | 'refused'>;
}

export type PinReopenOutcome =
  | { ok: true; workspace: Workspace }
  | { ok: false; reason: 'wrong'; remaining: number }
  | { ok: false; reason: 'locked-out' | 'unavailable' | 'offline' };

export type SignInOutcome =
  | { ok: true; workspace: Workspace; offline: boolean }
  | { ok: false; reason: 'bad_credentials' | 'unknown_offline' | 'network' | 'server' | 'rate_limited' };
