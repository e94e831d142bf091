// The device's half of the PIN unlock with the server's help (docs/key-handling.md). The PIN goes
// through PBKDF2 into 64 bytes: the first 32 are the proof the server checks (it keeps only their
// hash), the last 32 never leave the tablet. The data key is wrapped (AES-KW) by HKDF over the
// server's secret and those last 32 bytes: the disk alone lacks the secret, the server alone lacks
// the PIN-derived half, and every try of a PIN goes through the server, which counts them.
import { decodeBase64Url, encodeBase64Url, holdDataKey, randomBytes, type HeldKey } from './crypto';
import type { Directory, UnlockRow } from './directory';

export const PIN_UNLOCK_PBKDF2_ITERATIONS = 200_000;

type PinRow = NonNullable<UnlockRow['pin']>;

async function pinHalves(pin: string, salt: Uint8Array, iterations: number): Promise<{ proof: string; keyHalf: Uint8Array }> {
  const material = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations }, material, 512));
  return { proof: encodeBase64Url(bits.slice(0, 32)), keyHalf: bits.slice(32) };
}

async function pinKek(secret: string, keyHalf: Uint8Array, wrapSalt: Uint8Array): Promise<CryptoKey> {
  const secretBytes = decodeBase64Url(secret);
  const ikm = new Uint8Array(secretBytes.length + keyHalf.length);
  ikm.set(secretBytes);
  ikm.set(keyHalf, secretBytes.length);
  const material = await crypto.subtle.importKey('raw', ikm, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(wrapSalt), info: new TextEncoder().encode('vdc-pin-unlock-v1') },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** What the server answers (src/domain/device-unlock.ts), as the tablet's transport reports it. */
export type ServerPinAnswer = { result: 'ok'; secret: string } | { result: 'wrong'; remaining: number } | { result: 'locked-out' } | { result: 'unavailable' } | { result: 'offline' } | { result: 'wipe' } | { result: 'rate-limited' };

export type PinUnlockResult = { result: 'ok'; key: HeldKey } | Exclude<ServerPinAnswer, { result: 'ok' }>;

/** Enrols: the server keeps a fresh secret and the proof's hash; the tablet keeps the wrapped key. */
export async function enrolPinUnlock(
  directory: Directory,
  userId: string,
  held: HeldKey,
  pin: string,
  enrolOnServer: (proof: string) => Promise<{ secret: string; expiresAt: string }>,
  iterations = PIN_UNLOCK_PBKDF2_ITERATIONS,
): Promise<void> {
  const pinSalt = randomBytes(16);
  const { proof, keyHalf } = await pinHalves(pin, pinSalt, iterations);
  const { secret, expiresAt } = await enrolOnServer(proof);
  const wrapSalt = randomBytes(16);
  const wrapped = await held.wrapFor(await pinKek(secret, keyHalf, wrapSalt));
  const row: PinRow = { pinSalt, iterations, wrapSalt, wrapped, expiresAt };
  const current = await directory.unlockTable.get(userId);
  await directory.unlockTable.put({ ...current, userId, pin: row });
}

/** The PIN unlock of a user on this device, unexpired, if any. */
export async function pinUnlockOf(directory: Directory, userId: string, now: number = Date.now()): Promise<PinRow | undefined> {
  const row = (await directory.unlockTable.get(userId))?.pin;
  if (!row) return undefined;
  if (Date.parse(row.expiresAt) <= now) {
    await forgetPinUnlock(directory, userId);
    return undefined;
  }
  return row;
}

/** Forgets the PIN wrap (the tablet's lock, if any, stays). */
export async function forgetPinUnlock(directory: Directory, userId: string): Promise<void> {
  const current = await directory.unlockTable.get(userId);
  if (current?.prf) await directory.unlockTable.put({ userId, prf: current.prf });
  else await directory.unlockTable.delete(userId);
}

/** Logout: every way to reopen without the password goes. */
export async function forgetAllUnlocks(directory: Directory, userId: string): Promise<void> {
  await directory.unlockTable.delete(userId);
}

/** One try: the server checks the proof and counts; on its last word (locked out, gone) the local wrap goes too. */
export async function unlockWithPin(directory: Directory, userId: string, pin: string, askServer: (proof: string) => Promise<ServerPinAnswer>, now: number = Date.now()): Promise<PinUnlockResult> {
  const row = await pinUnlockOf(directory, userId, now);
  if (!row) return { result: 'unavailable' };
  const { proof, keyHalf } = await pinHalves(pin, row.pinSalt, row.iterations);
  const answer = await askServer(proof);
  if (answer.result !== 'ok') {
    if (answer.result === 'locked-out' || answer.result === 'unavailable') await forgetPinUnlock(directory, userId);
    return answer;
  }
  try {
    return { result: 'ok', key: await holdDataKey(row.wrapped, await pinKek(answer.secret, keyHalf, row.wrapSalt)) };
  } catch {
    // The server's secret no longer matches this wrap (enrolled again elsewhere): only the password now.
    await forgetPinUnlock(directory, userId);
    return { result: 'unavailable' };
  }
}
