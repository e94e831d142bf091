// The tablet's encryption layer, on WebCrypto only (no WASM, no extractable keys at rest).
// One random AES-GCM data key per adviser and device encrypts every personal payload; it is
// stored only wrapped: (a) by a key derived from the password (PBKDF2) and (b) by a key derived
// from the per-device secret the server hands out at login (so a coordinator's password reset
// does not lock the adviser out of pending work). Unwrapped keys are never extractable.

/** PBKDF2 iterations for new password wraps; tests pass a much lower count. */
export const PRODUCTION_PBKDF2_ITERATIONS = 600_000;

/** An AES-GCM ciphertext as stored in IndexedDB (binary, never base64: smaller and no Blob). */
export interface EncryptedPayload {
  iv: Uint8Array;
  ct: ArrayBuffer;
}

/** A data key wrapped under a key-encryption key (AES-KW), with what is needed to re-derive it. */
export interface WrappedKey {
  salt: Uint8Array;
  wrapped: ArrayBuffer;
}

export interface PasswordWrappedKey extends WrappedKey {
  iterations: number;
}

const DATA_KEY_USAGES: KeyUsage[] = ['encrypt', 'decrypt'];
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api) throw new Error('WebCrypto is not available (a secure context is required)');
  return api;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

/** Additional data binding a payload to its row: moved to another row, it no longer decrypts. */
export function rowAad(table: string, id: string, siteId: string): string {
  return `${table}|${id}|${siteId}`;
}

/**
 * A fresh data key. It is extractable only so it can be wrapped right away; callers wrap it and
 * then use `unwrapDataKey` to get the non-extractable copy they keep.
 */
export async function generateWrappableDataKey(): Promise<CryptoKey> {
  return subtle().generateKey({ name: 'AES-GCM', length: 256 }, true, DATA_KEY_USAGES);
}

/** Key-encryption key from a password: PBKDF2-SHA256, slow on purpose. */
export async function derivePasswordKek(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Key-encryption key from the server's per-device secret: high entropy already, so HKDF suffices. */
export async function deriveDeviceKek(deviceSecret: string, salt: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(deviceSecret), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: encoder.encode('vdc-device-wrap-v1') },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

export async function wrapDataKey(dataKey: CryptoKey, kek: CryptoKey): Promise<ArrayBuffer> {
  return subtle().wrapKey('raw', dataKey, kek, 'AES-KW');
}

/** Unwraps to a NON-extractable AES-GCM key; rejects when the KEK is wrong (AES-KW integrity check). */
export async function unwrapDataKey(wrapped: ArrayBuffer, kek: CryptoKey): Promise<CryptoKey> {
  return subtle().unwrapKey('raw', wrapped, kek, 'AES-KW', { name: 'AES-GCM', length: 256 }, false, DATA_KEY_USAGES);
}

/**
 * Moves a wrapped data key from one KEK to another (password reset, adding the device wrap).
 * The transient extractable copy never leaves this function.
 */
export async function rewrapDataKey(wrapped: ArrayBuffer, fromKek: CryptoKey, toKek: CryptoKey): Promise<ArrayBuffer> {
  const transient = await subtle().unwrapKey('raw', wrapped, fromKek, 'AES-KW', { name: 'AES-GCM', length: 256 }, true, DATA_KEY_USAGES);
  return subtle().wrapKey('raw', transient, toKek, 'AES-KW');
}

/**
 * The data key as a page holds it in memory: the non-extractable key to work with, and a way to
 * wrap it for a new unlock (the PIN, the tablet's lock) without any extractable key lying around:
 * the key is kept wrapped under an ephemeral key-encryption key that exists in this page only.
 */
export interface HeldKey {
  key: CryptoKey;
  wrapFor(kek: CryptoKey): Promise<ArrayBuffer>;
}

/** Unwraps a data key into memory (rejects when the KEK is wrong). */
export async function holdDataKey(wrapped: ArrayBuffer, kek: CryptoKey): Promise<HeldKey> {
  const ephemeral = await subtle().generateKey({ name: 'AES-KW', length: 256 }, false, ['wrapKey', 'unwrapKey']);
  const inMemory = await rewrapDataKey(wrapped, kek, ephemeral);
  const key = await unwrapDataKey(inMemory, ephemeral);
  return { key, wrapFor: (toKek) => rewrapDataKey(inMemory, ephemeral, toKek) };
}

export async function wrapWithPassword(dataKey: CryptoKey, password: string, iterations: number): Promise<PasswordWrappedKey> {
  const salt = randomBytes(16);
  const kek = await derivePasswordKek(password, salt, iterations);
  return { salt, iterations, wrapped: await wrapDataKey(dataKey, kek) };
}

export async function wrapWithDeviceSecret(dataKey: CryptoKey, deviceSecret: string): Promise<WrappedKey> {
  const salt = randomBytes(16);
  const kek = await deriveDeviceKek(deviceSecret, salt);
  return { salt, wrapped: await wrapDataKey(dataKey, kek) };
}

/** The offline login: succeeds only with the right password. */
export async function unwrapWithPassword(entry: PasswordWrappedKey, password: string): Promise<CryptoKey> {
  const kek = await derivePasswordKek(password, toArrayBufferView(entry.salt), entry.iterations);
  return unwrapDataKey(entry.wrapped, kek);
}

export async function holdWithPassword(entry: PasswordWrappedKey, password: string): Promise<HeldKey> {
  return holdDataKey(entry.wrapped, await derivePasswordKek(password, toArrayBufferView(entry.salt), entry.iterations));
}

export async function unwrapWithDeviceSecret(entry: WrappedKey, deviceSecret: string): Promise<CryptoKey> {
  const kek = await deriveDeviceKek(deviceSecret, toArrayBufferView(entry.salt));
  return unwrapDataKey(entry.wrapped, kek);
}

const IV_BYTES = 12;
/**
 * Random bytes drawn from the generator at once (as many as 256 IVs): a call per row cost more
 * than the rest of the row's encryption (docs/performance.md, "Pull: where the time goes").
 */
const RANDOM_POOL_BYTES = IV_BYTES * 256;
let randomPool = new Uint8Array(0);
let poolAt = 0;

/**
 * `length` fresh random bytes (at most `RANDOM_POOL_BYTES`), in a buffer of their own (a view on
 * the shared pool would be stored whole); every byte drawn is handed out once.
 */
export function pooledRandomBytes(length: number): Uint8Array<ArrayBuffer> {
  if (poolAt + length > randomPool.length) {
    randomPool = randomBytes(RANDOM_POOL_BYTES);
    poolAt = 0;
  }
  const bytes = randomPool.slice(poolAt, poolAt + length);
  poolAt += length;
  return bytes;
}

/** A fresh random 96-bit IV. IVs are not secret (each is stored beside its ciphertext). */
export function freshIv(): Uint8Array<ArrayBuffer> {
  return pooledRandomBytes(IV_BYTES);
}

export async function encryptJson(key: CryptoKey, value: unknown, aad: string): Promise<EncryptedPayload> {
  const iv = freshIv();
  const ct = await subtle().encrypt(
    { name: 'AES-GCM', iv, additionalData: encoder.encode(aad) },
    key,
    encoder.encode(JSON.stringify(value)),
  );
  return { iv, ct };
}

/** Rejects (OperationError) with a wrong key, a tampered payload or another row's aad. */
export async function decryptJson<T = unknown>(key: CryptoKey, payload: EncryptedPayload, aad: string): Promise<T> {
  const plain = await subtle().decrypt(
    { name: 'AES-GCM', iv: toArrayBufferView(payload.iv), additionalData: encoder.encode(aad) },
    key,
    payload.ct,
  );
  return JSON.parse(decoder.decode(plain)) as T;
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await subtle().digest('SHA-256', encoder.encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function encodeBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (char) => char.charCodeAt(0));
}

/** IndexedDB may hand back a Uint8Array over a shared or offset buffer; WebCrypto wants a plain view. */
function toArrayBufferView(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}
