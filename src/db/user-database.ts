// One Dexie database per adviser on this device (`vdc-user-<userId>`): the records of their sites,
// their outbox, sync state, and the changes kept for their attention. Versioned from day one:
// a schema change is a new `db.version(n)` below, never an edit of an old one.
import { Dexie, type Table } from 'dexie';
import type { SyncedTable } from '../domain/tables';
import type { EncryptedPayload } from './crypto';
import { keptReportInStep } from './kept-report';
import { TABLE_STORAGE, arrayIndexesOf } from './table-registry';

/**
 * Dexie switches its debug mode on by itself when the page comes from localhost (a preview build,
 * a kiosk tablet serving itself) and then prints a console.trace for every failed operation, the
 * ones the app expects and handles included. Only a development build wants those traces.
 */
export function setDexieDebug(development: boolean): void {
  Dexie.debug = development;
}

// Outside Vite (the benches run this module under tsx) there is no import.meta.env: not development.
setDexieDebug((import.meta as { env?: { DEV?: boolean } }).env?.DEV === true);

/** A record row: sync metadata and clear fields (see table-registry.ts), the rest in `enc`. */
export interface StoredRow {
  id: string;
  siteId: string;
  /** The rev as last pulled; 0 until the server has returned this record. */
  rev: number;
  deleted: boolean;
  /**
   * Changed by every write (a local write adds one, a pull draws a fresh one: row-ver.ts); writers
   * that prepared a row outside the transaction check it is still the one they read.
   */
  ver: number;
  /** The clear-field layout the row was written with (table-registry.ts); absent means 1. */
  layout?: number;
  enc?: EncryptedPayload;
  [clearField: string]: unknown;
}

/** A local change waiting to be pushed. `seq` is ours (not auto-increment) so it can be renumbered. */
export interface OutboxRow {
  seq: number;
  table: SyncedTable;
  id: string;
  siteId: string;
  op: 'put' | 'delete';
  baseRev: number;
  /** Names of the changed fields (names carry no personal data; values are in `enc`). */
  fieldNames: string[];
  enc?: EncryptedPayload;
  /**
   * Taken for a push: from then on its seq and content never change. Usually said for the whole
   * batch by `syncState.sentThrough` (outbox.ts, `isSent`); the flag marks rows renumbered after a
   * seq gap, and rows taken by earlier versions of the app.
   */
  sent?: boolean;
  /**
   * Queued again after a server restore: the record was known to the server before the restore,
   * so a later delete of it must still be sent (never coalesced away as a never-seen creation).
   */
  restored?: boolean;
}

/** A mutation the server refused, or one that conflicted: kept encrypted for the adviser. */
export interface AttentionRow {
  localId?: number;
  table: SyncedTable;
  id: string;
  siteId: string;
  createdAt: string;
  enc: EncryptedPayload;
}

/**
 * A form being typed, saved as the adviser types so a reload, crash or update loses nothing.
 * `key` names the form (e.g. `candidates:new`, `candidates:<id>`); `candidateId` (clear, an id)
 * lets an erasure purge every draft about that person. The typed values are in `enc`.
 */
export interface DraftRow {
  key: string;
  candidateId?: string;
  updatedAt: string;
  enc: EncryptedPayload;
}

/**
 * A clip recorded on this device by an adviser (their own voice for a questionnaire text), which
 * replaces the generated clip. `key` names the text it reads; the audio bytes are encrypted in `enc`.
 */
export interface RecordingRow {
  key: string;
  /** Set when the clip is about one person (purged with them on erasure); absent for item clips. */
  candidateId?: string;
  updatedAt: string;
  enc: EncryptedPayload;
}

/**
 * The bytes of an attachment on this tablet (docs/attachments.md), keyed by their SHA-256: made
 * here (`origin: 'local'`, kept until uploaded) or downloaded when first needed (evicted, least
 * recently used first, to stay within the tablet's space budget). Encrypted with the data key,
 * bound to the hash; only the hash, the site, the size and the times stay in clear.
 */
export interface AttachmentBytesRow {
  sha256: string;
  siteId: string;
  size: number;
  origin: 'local' | 'downloaded';
  storedAt: string;
  usedAt: string;
}

/** The encrypted bytes themselves, apart so that the budget and the sweep never read them. */
export interface AttachmentCipherRow {
  sha256: string;
  enc: EncryptedPayload;
}

/** An upload waiting for the network: the bytes are in `attachmentBytes`, never evicted meanwhile. */
export interface AttachmentUploadRow {
  /** `<siteId>/<sha256>`: one upload per site and bytes. */
  key: string;
  siteId: string;
  sha256: string;
  mediaType: string;
  size: number;
  queuedAt: string;
  /** Why the last try failed, in a code (never personal). */
  lastError?: string;
}

export interface SyncStateRow {
  key: string;
  value: unknown;
}

export const USER_DB_PREFIX = 'vdc-user-';

export function userDatabaseName(userId: string): string {
  return `${USER_DB_PREFIX}${userId}`;
}

/** The record tables of version 1, frozen: a table added later gets its own version below. */
const VERSION_1_TABLES: readonly SyncedTable[] = [
  'candidates',
  'spocActions',
  'accompaniments',
  'positionings',
  'moduleSessions',
  'attendance',
  'validationSteps',
  'followUpNotes',
  'sites',
  'users',
];

function recordStoreSchema(table: SyncedTable): string {
  return ['id', 'siteId', 'rev', ...TABLE_STORAGE[table].indexes].join(', ');
}

export class UserDatabase extends Dexie {
  outbox!: Table<OutboxRow, number>;
  syncState!: Table<SyncStateRow, string>;
  rejected!: Table<AttentionRow, number>;
  conflicts!: Table<AttentionRow, number>;
  drafts!: Table<DraftRow, string>;
  recordings!: Table<RecordingRow, string>;
  attachmentBytes!: Table<AttachmentBytesRow, string>;
  attachmentCipher!: Table<AttachmentCipherRow, string>;
  attachmentUploads!: Table<AttachmentUploadRow, string>;

  constructor(name: string) {
    // Dexie's query cache (on by default) hands live results out as deep copies; under jsdom the
    // copy turns the payloads' Uint8Arrays into plain objects, so a live query's answer could not
    // be decrypted in component tests. Without it every live read goes to IndexedDB, once per
    // snapshot (docs/read-model.md).
    super(name, { cache: 'disabled' });
    // Every write of a report table's rows marks its kept report chunks dirty in its own transaction.
    this.use(keptReportInStep);
    const stores: Record<string, string> = {
      outbox: 'seq, [table+id], id',
      syncState: 'key',
      rejected: '++localId, [table+id]',
      conflicts: '++localId, [table+id]',
    };
    for (const table of VERSION_1_TABLES) stores[table] = recordStoreSchema(table);
    this.version(1).stores(stores);
    // Version 2: drafts of forms being typed, and advisers' own recorded clips (both local only).
    this.version(2).stores({ drafts: 'key, candidateId', recordings: 'key, candidateId' });
    // Version 3: the UC code lists per métier that coordinators keep (synced table `ucs`).
    this.version(3).stores({ ucs: recordStoreSchema('ucs') });
    // Version 4: the network's métier catalogue and each site's choice of métiers (synced tables
    // `metiers` and `siteMetiers`, docs/metier-catalogue.md).
    this.version(4).stores({ metiers: recordStoreSchema('metiers'), siteMetiers: recordStoreSchema('siteMetiers') });
    // Version 6: individual module work (synced table `moduleWork`, src/domain/entities.ts). Number 5
    // was left to a change made at the same time on another branch; Dexie takes gaps.
    this.version(6).stores({ moduleWork: recordStoreSchema('moduleWork') });
    // Version 7: practical observations and mock tests (synced table `observations`,
    // docs/observations.md). Versions 8 and 9 belong to changes made at the same time elsewhere.
    this.version(7).stores({ observations: recordStoreSchema('observations') });
    // Version 8: attachments (synced table `attachments`), their encrypted bytes and the upload
    // queue (docs/attachments.md).
    this.version(8).stores({
      attachments: recordStoreSchema('attachments'),
      attachmentBytes: 'sha256, siteId, usedAt',
      attachmentCipher: 'sha256',
      attachmentUploads: 'key, sha256',
    });
    // Version 10: multi-entry indexes over clear array fields (a SPOC action by the people it
    // names) and `layout` written on every row of those tables and indexed, so that a query reads
    // the matching rows and the rows of an older layout, never the whole table (docs/read-model.md).
    // Number 9 belongs to a change made at the same time on another branch.
    // Frozen like every version: another table given array indexes later gets its own version.
    const arrayIndexed: readonly SyncedTable[] = ['spocActions'];
    this.version(10)
      .stores(Object.fromEntries(arrayIndexed.map((table) => [table, [recordStoreSchema(table), ...arrayIndexesOf(table).map((field) => `*${field}`), 'layout'].join(', ')])))
      .upgrade(async (transaction) => {
        for (const table of arrayIndexed) {
          await transaction.table<StoredRow>(table).toCollection().modify((row) => {
            if (row.layout === undefined) row.layout = 1;
          });
        }
      });
  }

  records(table: SyncedTable): Table<StoredRow, string> {
    return this.table(table);
  }
}

/**
 * Removes a database whose key is gone (its directory entry was lost): without the key its rows
 * are noise, and a new key could not read them.
 */
export async function deleteUnreadableUserDatabase(userId: string): Promise<void> {
  await Dexie.delete(userDatabaseName(userId));
}

export function openUserDatabase(userId: string): UserDatabase {
  return new UserDatabase(userDatabaseName(userId));
}
