// The decrypted payloads of the rows read while a data key is unlocked, so that a row is decrypted
// once per session and not on every read: a watched table re-delivered after one change, the
// candidate list then the reports screen over the same candidates. A row's payload is known by its
// IV (each encryption draws a fresh random one), so a changed row is always decrypted again.
// The cache hangs on the CryptoKey: when the key goes (logout, wipe, expiry), so does the cache.
import { decryptJson, type EncryptedPayload } from './crypto';

type Secret = Record<string, unknown>;

interface Entry {
  iv: Uint8Array;
  secret: Promise<Secret>;
}

const cachesByKey = new WeakMap<CryptoKey, Map<string, Entry>>();

function cacheOf(key: CryptoKey): Map<string, Entry> {
  let cache = cachesByKey.get(key);
  if (!cache) {
    cache = new Map();
    cachesByKey.set(key, cache);
  }
  return cache;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The decrypted payload of a row; its `aad` (table, id and site) both names the row in the cache and
 * binds the payload to it. The answer is shared by every read of that row: copy it, never change it.
 */
export function decryptPayloadOnce(key: CryptoKey, payload: EncryptedPayload, aad: string): Promise<Readonly<Secret>> {
  const slot = aad;
  const cache = cacheOf(key);
  let entry = cache.get(slot);
  if (!entry || !sameBytes(entry.iv, payload.iv)) {
    const created: Entry = { iv: new Uint8Array(payload.iv), secret: decryptJson<Secret>(key, payload, aad) };
    cache.set(slot, created);
    // A payload that failed (tampered, wrong key) is not remembered: the next read tries again.
    created.secret.catch(() => {
      if (cache.get(slot) === created) cache.delete(slot);
    });
    entry = created;
  }
  return entry.secret;
}

/**
 * Seeds the cache with a payload kept between sessions (kept-payloads.ts) for the row whose
 * payload has this IV: a row read later with the same IV is not decrypted again, a changed row is.
 * A slot already filled this session is left alone (it is at least as fresh).
 */
export function primePayload(key: CryptoKey, aad: string, iv: Uint8Array, secret: Secret): void {
  const cache = cacheOf(key);
  if (!cache.has(aad)) cache.set(aad, { iv, secret: Promise.resolve(secret) });
}
