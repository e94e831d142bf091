// The contract between the screens (features/) and the tablet's storage and sync (db/, sync/).
// Features receive a Workspace after sign-in and never touch Dexie, WebCrypto or fetch directly
// (docs/architecture.md, "Session and workspace lifecycle").
import type { Journal } from './journal';
import type { RenewalOutcome } from './session-renewal';
import type { TableData } from '../domain/entities';
import type { SyncedTable } from '../domain/tables';
import type { SessionUser } from '../domain/wire';
import type { AttentionItem } from '../db/outbox';
import type { ConflictsApi } from './conflicts-api';
import type { PastYearsApi } from './past-years-api';
import type { MovedWorkApi } from './moved-work-api';
import type { ReportTargetsApi } from './report-targets-api';
import type { ErasureApi } from './erasure-api';
import type { FileAdminApi } from './file-admin-api';
import type { AccountsApi } from './accounts-api';
import type { NetworkPastYearsApi } from './network-past-years-api';
import type { NetworkReportApi } from './network-report-api';
import type { DraftStore } from '../db/drafts';
import type { PinGate } from '../db/pin';
import type { CandidateLock } from '../db/candidate-lock';
import type { RecordingStore } from '../db/recordings';
import type { Attachments } from './attachments';

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

/** Per item of a batch, in order: the record as written, or why it was refused (nothing of it written). */
export type BatchOutcome<T extends SyncedTable> = { ok: true; record: LocalRecord<T> } | { ok: false; error: Error };

export interface Repository<T extends SyncedTable> {
  /** Every non-deleted record of the adviser's sites. */
  list(): Promise<LocalRecord<T>[]>;
  get(id: string): Promise<LocalRecord<T> | undefined>;
  /** Validates, encrypts, then writes the record and its outbox row in one transaction. */
  create(siteId: string, data: TableData[T]): Promise<LocalRecord<T>>;
  /** Writes only the changed fields (a null clears a field). */
  update(id: string, changes: Partial<TableData[T]>): Promise<void>;
  /**
   * Creates the record under this id, or writes these fields of it when it exists: for records
   * whose id is a code (a métier of the catalogue, a site's choice of métiers), so two devices
   * that write the same one offline write one record (docs/metier-catalogue.md).
   */
  put(id: string, siteId: string, fields: Partial<TableData[T]>): Promise<void>;
  /** Deletes (a tombstone, synced like any change). */
  remove(id: string): Promise<void>;
  /**
   * Many writes at once (a group's enrolment, a roll call): the same rows and outbox as the same
   * calls one by one, in one transaction (all or nothing after a crash). A refused item
   * (RecordValidationError, RecordNotFoundError) writes nothing and the others go on.
   */
  createMany(items: readonly { siteId: string; data: TableData[T] }[]): Promise<BatchOutcome<T>[]>;
  updateMany(items: readonly { id: string; changes: Partial<TableData[T]> }[]): Promise<BatchOutcome<T>[]>;
  removeMany(ids: readonly string[]): Promise<BatchOutcome<T>[]>;
  /**
   * The records as kept on this tablet at the end of an earlier session, read in a few decryptions
   * and without reading the rows (the candidates: db/kept-payloads.ts); undefined when they are not
   * all kept. Only to show a list while `watch` reads the rows: it may miss a change made since.
   */
  keptList(): Promise<LocalRecord<T>[] | undefined>;
  /** Calls the listener with the current list and after every local or pulled change; returns unsubscribe. */
  watch(listener: (records: LocalRecord<T>[]) => void): () => void;
  /**
   * For the tables the report counts (domain/report/fields.ts): as watch, each record holding only
   * the fields the report reads (the candidates decrypted, the others by their clear fields), the
   * first answer from the report's input kept on the tablet (db/kept-report.ts, stale-safe).
   */
  watchReport(listener: (records: LocalRecord<T>[]) => void): () => void;
  /**
   * As watch, over the records whose `field` holds one of `values` (an array field: contains one):
   * `id`, `siteId` or a field the tablet keeps in clear (db/table-registry.ts). Over an indexed one
   * (`candidateId`, `sessionId`, `accompanimentId`, `date`…) only those rows are read and decrypted,
   * and only changes to them wake it. The listener is called once per distinct result.
   */
  watchWhere(field: QueryField<T>, values: readonly string[], listener: (records: LocalRecord<T>[]) => void): () => void;
  /** Once, the records watchWhere would give first: only those rows read and decrypted. */
  listWhere(field: QueryField<T>, values: readonly string[]): Promise<LocalRecord<T>[]>;
}

/**
 * One change of a batch across tables: a record written (`siteId` for a new one; without it the
 * record must exist) or deleted. Changes of the same `group` stand or fall together.
 */
export type BatchChange = {
  [T in SyncedTable]:
    | { table: T; id: string; siteId?: string; op: 'put'; fields: Partial<TableData[T]>; group?: string }
    | { table: T; id: string; op: 'delete'; group?: string };
}[SyncedTable];

/** A field a query may select on: the id, the site, or a field of the table's records. */
export type QueryField<T extends SyncedTable> = 'id' | 'siteId' | (keyof TableData[T] & string);

export type SyncErrorCode =
  | 'network'
  | 'unauthorized'
  | 'forbidden'
  | 'upgrade_required'
  | 'rate_limited'
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

/**
 * Everything a screen may do with the tablet's storage and the server, for one signed-in adviser.
 * Every member is always there: `createWorkspace` (workspace-factory.ts) builds the real one, and
 * tests build theirs with `createMemoryWorkspace` (src/app/test-support), which fills every member
 * with a working in-memory fake; so screens never check whether a member exists
 * (docs/architecture.md, "The Workspace contract").
 */
export interface Workspace {
  /** The signed-in adviser (id, name, role, sites), as the server last said. */
  user: SessionUser;
  /** This tablet's id; "Comptes" lists a tablet by its first 8 characters, and the home shows them. */
  deviceId: string;
  /** The records of one synced table, decrypted for the screens; one Repository per table. */
  repo<T extends SyncedTable>(table: T): Repository<T>;
  /** The sync engine of this workspace: status for the header, sync on demand, on reconnect and on a timer. */
  sync: SyncEngine;
  /**
   * Many changes, of any tables, in ONE transaction with their outbox rows (an import's rows: a
   * person, their SPOC action, their accompaniment): after a crash all of them are there or none.
   * A refused change (RecordValidationError, RecordNotFoundError) writes nothing, and its group's
   * other changes are refused with it (GroupRefusedError); the others go on. New records need
   * their id chosen by the caller (domain/ids newId).
   */
  writeBatch(changes: readonly BatchChange[]): Promise<BatchOutcome<SyncedTable>[]>;
  /** Closes the database and drops the in-memory key (logout); the PIN unlock of this device goes. */
  signOut(): Promise<void>;
  /** The changes kept on the tablet for the adviser's attention (refused changes, conflict copies). */
  attention: AttentionInbox;
  /** Open conflicts on the server, listed and resolved online. */
  conflicts: ConflictsApi;
  /** Past years' report figures, entered online by coordinators. */
  pastYears: PastYearsApi;
  /** The figures of the sites' work for persons now held elsewhere, online. */
  movedWork: MovedWorkApi;
  /** The report's yearly targets per organisation, entered online by coordinators. */
  reportTargets: ReportTargetsApi;
  /** Erasure of a person online (coordinators, administrators). */
  erasure: ErasureApi;
  /** A coordinator's transfer and merge of files, online. */
  fileAdmin: FileAdminApi;
  /** Accounts, devices, own password, retention, organisations and the audit log, online. */
  accounts: AccountsApi;
  /** Exports and imports owed to the server's journal, queued on the tablet until sent. */
  journal: Journal;
  /** Drafts of forms being typed, encrypted on the tablet. */
  drafts: Pick<DraftStore, 'save' | 'load' | 'remove' | 'removeForCandidate'>;
  /** The adviser's PIN on this device (leaving candidate mode, the idle lock). */
  pin: PinGate;
  /** The tablet's own lock (WebAuthn PRF) for reopening after a reload, enrolled from the settings. */
  tabletLock: TabletLock;
  /** The tablet locked to a candidate's sitting, across reloads. */
  candidateLock: CandidateLock;
  /** The adviser's own recorded clips, encrypted on the tablet. */
  recordings: Pick<RecordingStore, 'keys' | 'get' | 'save' | 'remove'>;
  /** Photos and voices through sync: records, encrypted bytes, upload queue (docs/attachments.md). */
  attachments: Attachments;
  /** A new server token when sync says the session expired; nothing closes. */
  renewSession(email: string, password: string): Promise<RenewalOutcome>;
}

/**
 * A network reporter's session: no workspace on the tablet, only the server's masked report,
 * online, kept in memory (a reload asks for the password again).
 */
export interface ReporterSession {
  user: SessionUser;
  report: NetworkReportApi;
  /** The network's entered totals of past years (absent: not reachable in this session). */
  networkPastYears?: NetworkPastYearsApi;
  signOut(): Promise<void>;
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
  | { ok: false; reason: 'locked-out' | 'unavailable' | 'offline' | 'rate-limited' | 'revoked' };

// A reporter's sign-in opens no workspace (`ok: false`, reason `reporter`): the login screen then
// opens the online report instead.
export type SignInOutcome =
  | { ok: true; workspace: Workspace; offline: boolean }
  | { ok: false; reason: 'reporter'; reporter: ReporterSession }
  | { ok: false; reason: 'bad_credentials' | 'unknown_offline' | 'network' | 'server' | 'rate_limited' };
