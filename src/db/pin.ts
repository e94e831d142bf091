// The adviser's PIN on this device: set once (4 to 6 digits), kept as a salted PBKDF2 hash in the
// directory database with a count of wrong attempts. It only gates the use of the kept key
// (docs/key-handling.md): it never wraps anything, since 10,000 PINs fall to brute force
// offline. After too many wrong PINs the kept key is deleted, so only the password opens again.
// Used to leave candidate mode, and by the idle lock.
import { DIRECTORY_DB_NAME, Directory, type PinRow } from './directory';
import { bytesToHex, randomBytes } from './crypto';

/** Wrong PINs in a row after which the kept key is deleted. */
export const MAX_WRONG_PINS = 5;
/** Enough to slow a copy of the hash a little; the attempt counter is the real protection. */
export const PIN_PBKDF2_ITERATIONS = 100_000;

export type PinCheck = { result: 'ok' } | { result: 'wrong'; remaining: number } | { result: 'locked-out' } | { result: 'not-set' };

export interface PinGate {
  isSet(): Promise<boolean>;
  /** Sets (or replaces) the PIN; throws a RangeError unless it is 4 to 6 digits. */
  set(pin: string): Promise<void>;
  /**
   * Checks a PIN. `locked-out` after MAX_WRONG_PINS wrong ones in a row: the kept key is then
   * deleted (the caller signs out; only the password opens again) and the count starts over.
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
  directoryName?: string;
  iterations?: number;
}

export function createPinGate({ userId, directoryName = DIRECTORY_DB_NAME, iterations = PIN_PBKDF2_ITERATIONS }: PinGateOptions): PinGate {
  async function withDirectory<T>(work: (directory: Directory) => Promise<T>): Promise<T> {
    const directory = new Directory(directoryName);
    try {
      return await work(directory);
    } finally {
      directory.close();
    }
  }

  return {
    isSet: () => withDirectory(async (directory) => (await directory.lockTables.pins.get(userId)) !== undefined),

    async set(pin) {
      if (!isValidPin(pin)) throw new RangeError('A PIN is 4 to 6 digits');
      const salt = randomBytes(16);
      const hash = await hashPin(pin, salt, iterations);
      const row: PinRow = { userId, salt, iterations, hash, wrongAttempts: 0 };
      await withDirectory((directory) => directory.lockTables.pins.put(row));
    },

    verify: (pin) =>
      withDirectory(async (directory) => {
        const { pins } = directory.lockTables;
        const row = await pins.get(userId);
        if (!row) return { result: 'not-set' };
        // Hash outside any transaction (WebCrypto would end it), then count in one.
        const right = isValidPin(pin) && sameHash(await hashPin(pin, row.salt, row.iterations), row.hash);
        const wrongAttempts = await pins.db.transaction('rw', pins, async () => {
          const current = await pins.get(userId);
          if (!current) return 0;
          const count = right ? 0 : current.wrongAttempts + 1;
          await pins.update(userId, { wrongAttempts: count >= MAX_WRONG_PINS ? 0 : count });
          return count;
        });
        if (right) return { result: 'ok' };
        if (wrongAttempts >= MAX_WRONG_PINS) {
          await directory.forgetKeptKey(userId);
          return { result: 'locked-out' };
        }
        return { result: 'wrong', remaining: MAX_WRONG_PINS - wrongAttempts };
      }),
  };
}
