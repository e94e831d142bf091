// The adviser's PIN on this device: set once (4 to 6 digits), kept as a salted PBKDF2 hash in the
// directory database with a count of wrong attempts. The hash is sealed with the adviser's data
// key, so it can be checked only while a page holds that key in memory: a copy of the disk cannot
// try the 10,000 PINs against it (docs/key-handling.md). Here the PIN gates the open page's
// screens (idle lock, leaving candidate mode); reopening after a reload with the PIN needs the
// server's help (src/db/pin-unlock.ts). After too many wrong PINs the caller signs out: only the
// password opens again.
import { DIRECTORY_DB_NAME, withDirectory as withDirectoryOf, type Directory, type PinRow } from './directory';
import { bytesToHex, decryptJson, encryptJson, randomBytes } from './crypto';

/** Wrong PINs in a row after which the open page signs out. */
export const MAX_WRONG_PINS = 5;
/** Enough to slow a copy of the hash a little; the attempt counter is the real protection. */
export const PIN_PBKDF2_ITERATIONS = 100_000;

export type PinCheck = { result: 'ok' } | { result: 'wrong'; remaining: number } | { result: 'locked-out' } | { result: 'not-set' };

export interface PinGate {
  isSet(): Promise<boolean>;
  /** Sets (or replaces) the PIN; throws a RangeError unless it is 4 to 6 digits. */
  set(pin: string): Promise<void>;
  /**
   * Checks a PIN. `locked-out` after MAX_WRONG_PINS wrong ones in a row: the caller signs out
   * (only the password opens again) and the count starts over.
   */
  verify(pin: string): Promise<PinCheck>;
}

export function isValidPin(pin: string): boolean {
  return /^\d{4,6}$/.test(pin);
}

async function hashPin(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const material = await globalThis.crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await globalThis.crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations },
    material,
    256,
  );
  return bytesToHex(new Uint8Array(bits));
}

/** Compares without stopping at the first difference. */
function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i += 1) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

export interface PinGateOptions {
  userId: string;
  /** The adviser's data key, in memory: seals and opens the PIN's hash (a promise in component tests). */
  dataKey: CryptoKey | Promise<CryptoKey>;
  directoryName?: string;
  iterations?: number;
}

interface PinHash {
  salt: number[];
  iterations: number;
  hash: string;
}

const pinAad = (userId: string) => `pins|${userId}`;

export function createPinGate({ userId, dataKey, directoryName = DIRECTORY_DB_NAME, iterations = PIN_PBKDF2_ITERATIONS }: PinGateOptions): PinGate {
  const withDirectory = <T>(work: (directory: Directory) => Promise<T>): Promise<T> => withDirectoryOf(directoryName, work);

  const seal = async (value: PinHash) => encryptJson(await dataKey, value, pinAad(userId));
  async function open(row: PinRow): Promise<PinHash | undefined> {
    if (row.sealed) return decryptJson<PinHash>(await dataKey, row.sealed, pinAad(userId)).catch(() => undefined);
    if (row.salt && row.iterations && row.hash) return { salt: [...row.salt], iterations: row.iterations, hash: row.hash };
    return undefined;
  }

  return {
    isSet: () => withDirectory(async (directory) => (await directory.lockTables.pins.get(userId)) !== undefined),

    async set(pin) {
      if (!isValidPin(pin)) throw new RangeError('A PIN is 4 to 6 digits');
      const salt = randomBytes(16);
      const hash = await hashPin(pin, salt, iterations);
      const row: PinRow = { userId, sealed: await seal({ salt: [...salt], iterations, hash }), wrongAttempts: 0 };
      await withDirectory((directory) => directory.lockTables.pins.put(row));
    },

    verify: (pin) =>
      withDirectory(async (directory) => {
        const { pins } = directory.lockTables;
        const row = await pins.get(userId);
        if (!row) return { result: 'not-set' };
        const stored = await open(row);
        if (!stored) return { result: 'not-set' };
        // Hash and seal outside any transaction (WebCrypto would end it), then count in one.
        const right = isValidPin(pin) && sameHash(await hashPin(pin, new Uint8Array(stored.salt), stored.iterations), stored.hash);
        const resealed = right && !row.sealed ? await seal(stored) : undefined;
        const wrongAttempts = await pins.db.transaction('rw', pins, async () => {
          const current = await pins.get(userId);
          if (!current) return 0;
          const count = right ? 0 : current.wrongAttempts + 1;
          // A hash left in clear by an older version is replaced by its sealed form.
          if (resealed) await pins.put({ userId, sealed: resealed, wrongAttempts: 0 });
          // A put of the row as read: update() left the sealed bytes unreadable under jsdom's fake IndexedDB.
          else await pins.put({ ...current, wrongAttempts: count >= MAX_WRONG_PINS ? 0 : count });
          return count;
        });
        if (right) return { result: 'ok' };
        if (wrongAttempts >= MAX_WRONG_PINS) return { result: 'locked-out' };
        return { result: 'wrong', remaining: MAX_WRONG_PINS - wrongAttempts };
      }),
  };
}
