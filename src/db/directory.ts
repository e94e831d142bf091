// The device's directory of known accounts (`vdc-directory`): how to find an adviser's database
// and unwrap their data key. Nothing in clear identifies a person: the email is a salted hash,
// keys are wrapped. It also holds the device id. The unwrapped data key is never stored here nor
// anywhere on disk (docs/key-handling.md): Chromium writes a stored CryptoKey with its key bytes.
import { Dexie, type Table } from 'dexie';
import { bytesToHex, randomBytes, sha256Hex, type EncryptedPayload, type PasswordWrappedKey, type WrappedKey } from './crypto';
import { userDatabaseName } from './user-database';

export const DIRECTORY_DB_NAME = 'vdc-directory';

export interface AccountEntry {
  userId: string;
  /** SHA-256 of the lowercased email with the directory's salt. */
  emailHash: string;
  dbName: string;
  passwordWrap: PasswordWrappedKey;
  /** Absent until the server has handed out a device secret for this user. */
  deviceWrap?: WrappedKey;
  createdAt: string;
}

interface MetaRow {
  /** `lastUserId`: whose unlock the next page offers (an id, no personal data). */
  key: 'deviceId' | 'emailSalt' | 'lastUserId';
  value: string;
}

/**
 * How an adviser may reopen on this device without the password (docs/key-handling.md). `pin`: the
 * data key wrapped by a key derived from the PIN and a secret only the server holds. Both kinds
 * expire after 12 hours, and go at logout.
 */
export interface UnlockRow {
  userId: string;
  pin?: { pinSalt: Uint8Array; iterations: number; wrapSalt: Uint8Array; wrapped: ArrayBuffer; expiresAt: string };
  /** `prf`: the data key wrapped by HKDF of the platform authenticator's PRF output (src/db/prf-unlock.ts). */
  prf?: { credentialId: Uint8Array; prfSalt: Uint8Array; wrapSalt: Uint8Array; wrapped: ArrayBuffer; expiresAt: string };
}

/** An adviser's PIN on this device (src/db/pin.ts): its salted hash, sealed with the data key, and the wrong-attempt count. */
export interface PinRow {
  userId: string;
  /** AES-GCM of `{ salt, iterations, hash }` under the adviser's data key: the disk alone cannot test PINs. */
  sealed?: EncryptedPayload;
  /** Before version 3 the hash was stored in clear; such a row is sealed at its next right PIN. */
  salt?: Uint8Array;
  iterations?: number;
  hash?: string;
  wrongAttempts: number;
}

/** The tablet is handed to a candidate (src/db/candidate-lock.ts): ids only, no personal data. */
export interface CandidateLockRow {
  slot: 'current';
  userId: string;
  positioningId: string;
}

class DirectoryDatabase extends Dexie {
  meta!: Table<MetaRow, string>;
  accounts!: Table<AccountEntry, string>;
  pins!: Table<PinRow, string>;
  candidateLocks!: Table<CandidateLockRow, string>;
  unlocks!: Table<UnlockRow, string>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({ meta: 'key', accounts: 'userId, emailHash', keptKeys: 'slot' });
    // Version 2: advisers' PINs and the candidate-mode lock.
    this.version(2).stores({ pins: 'userId', candidateLocks: 'slot' });
    // Version 3: the kept data key goes (deleting the store deletes every key kept by version 1).
    this.version(3).stores({ keptKeys: null });
    // Version 4: the ways to reopen without the password (none of them opens with the disk alone).
    this.version(4).stores({ unlocks: 'userId' });
  }
}

export class Directory {
  private readonly db: DirectoryDatabase;

  constructor(name: string = DIRECTORY_DB_NAME) {
    this.db = new DirectoryDatabase(name);
  }

  close(): void {
    this.db.close();
  }

  /** One random id per device (per browser profile), sent at login to get the device secret. */
  async deviceId(): Promise<string> {
    return this.metaValue('deviceId', () => globalThis.crypto.randomUUID());
  }

  async hashEmail(email: string): Promise<string> {
    const salt = await this.metaValue('emailSalt', () => bytesToHex(randomBytes(16)));
    return sha256Hex(`${salt}|${email.trim().toLowerCase()}`);
  }

  async findByEmail(email: string): Promise<AccountEntry | undefined> {
    return this.db.accounts.where('emailHash').equals(await this.hashEmail(email)).first();
  }

  async getAccount(userId: string): Promise<AccountEntry | undefined> {
    return this.db.accounts.get(userId);
  }

  async saveAccount(entry: Omit<AccountEntry, 'dbName' | 'createdAt'> & Partial<Pick<AccountEntry, 'createdAt'>>): Promise<AccountEntry> {
    const stored: AccountEntry = {
      ...entry,
      dbName: userDatabaseName(entry.userId),
      createdAt: entry.createdAt ?? new Date().toISOString(),
    };
    await this.db.accounts.put(stored);
    return stored;
  }

  /** How many advisers have a database on this device (their names are not stored in clear). */
  async countAccounts(): Promise<number> {
    return this.db.accounts.count();
  }

  /**
   * A revoked device forgets an account: its directory entry, PIN and candidate lock go,
   * and the device takes a new id (the revoked one is refused by the server for good).
   */
  async forgetAccount(userId: string): Promise<void> {
    await this.db.transaction('rw', [this.db.accounts, this.db.pins, this.db.candidateLocks, this.db.meta, this.db.unlocks], async () => {
      await this.db.accounts.delete(userId);
      await this.db.pins.delete(userId);
      await this.db.unlocks.delete(userId);
      if ((await this.db.meta.get('lastUserId'))?.value === userId) await this.db.meta.delete('lastUserId');
      const lock = await this.db.candidateLocks.get('current');
      if (lock?.userId === userId) await this.db.candidateLocks.delete('current');
      await this.db.meta.delete('deviceId');
    });
  }

  /** Remembers whose unlock a new page offers (undefined: nobody's, e.g. after a logout). */
  async setLastUser(userId: string | undefined): Promise<void> {
    if (userId) await this.db.meta.put({ key: 'lastUserId', value: userId });
    else await this.db.meta.delete('lastUserId');
  }

  async lastUser(): Promise<string | undefined> {
    return (await this.db.meta.get('lastUserId'))?.value;
  }

  get unlockTable(): Table<UnlockRow, string> {
    return this.db.unlocks;
  }

  /** The PIN and candidate-lock stores, for src/db/pin.ts and src/db/candidate-lock.ts. */
  get lockTables(): { pins: Table<PinRow, string>; candidateLocks: Table<CandidateLockRow, string> } {
    return { pins: this.db.pins, candidateLocks: this.db.candidateLocks };
  }

  private async metaValue(key: MetaRow['key'], create: () => string): Promise<string> {
    return this.db.transaction('rw', this.db.meta, async () => {
      const existing = await this.db.meta.get(key);
      if (existing) return existing.value;
      const value = create();
      await this.db.meta.put({ key, value });
      return value;
    });
  }
}

/** Runs `work` on the directory database, closed afterwards whatever happens. */
export async function withDirectory<T>(name: string, work: (directory: Directory) => Promise<T>): Promise<T> {
  const directory = new Directory(name);
  try {
    return await work(directory);
  } finally {
    directory.close();
  }
}
