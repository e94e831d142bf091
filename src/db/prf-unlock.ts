// The tablet's own lock (docs/key-handling.md): a platform authenticator (fingerprint, face or the
// device's code) with the WebAuthn PRF extension. The authenticator computes, after the user's
// verification, a secret output from a salt kept here; the data key is wrapped by HKDF of that
// output. The output is never stored: the disk alone opens nothing. Works offline; no server part.
import { holdDataKey, randomBytes, type HeldKey } from './crypto';
import type { Directory, UnlockRow } from './directory';

/** Like the PIN unlock, the tablet's lock opens for one working day after enrolment. */
const PRF_UNLOCK_TTL_MS = 12 * 3600_000;

type PrfRow = NonNullable<UnlockRow['prf']>;

export type PrfEnrolment = 'ok' | 'no-prf' | 'refused';

export function tabletLockSupported(): boolean {
  return typeof PublicKeyCredential !== 'undefined' && typeof navigator !== 'undefined' && Boolean(navigator.credentials);
}

async function prfKek(output: BufferSource, wrapSalt: Uint8Array): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', output, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(wrapSalt), info: new TextEncoder().encode('vdc-prf-unlock-v1') },
    material,
    { name: 'AES-KW', length: 256 },
    false,
    ['wrapKey', 'unwrapKey'],
  );
}

/** Asks the authenticator for the PRF output of `prfSalt` (the user verifies: finger, face, code). */
async function prfOutput(credentialId: Uint8Array, prfSalt: Uint8Array): Promise<BufferSource | undefined> {
  const assertion = (await navigator.credentials.get({
    publicKey: {
      challenge: randomBytes(32),
      allowCredentials: [{ type: 'public-key', id: new Uint8Array(credentialId) }],
      userVerification: 'required',
      extensions: { prf: { eval: { first: new Uint8Array(prfSalt) } } },
    },
  })) as PublicKeyCredential | null;
  return assertion?.getClientExtensionResults().prf?.results?.first;
}

/** Creates a credential on the platform authenticator and wraps the data key with its PRF output. */
export async function enrolTabletLock(directory: Directory, userId: string, held: HeldKey, now: number = Date.now()): Promise<PrfEnrolment> {
  const prfSalt = randomBytes(32);
  let credential: PublicKeyCredential | null;
  try {
    credential = (await navigator.credentials.create({
      publicKey: {
        rp: { name: 'VDC' },
        // No name nor e-mail of the adviser: the authenticator keeps nothing that says whose it is.
        user: { id: randomBytes(16), name: 'VDC', displayName: 'VDC' },
        challenge: randomBytes(32),
        pubKeyCredParams: [
          { type: 'public-key', alg: -7 },
          { type: 'public-key', alg: -257 },
        ],
        authenticatorSelection: { authenticatorAttachment: 'platform', userVerification: 'required', residentKey: 'discouraged' },
        extensions: { prf: { eval: { first: prfSalt } } },
      },
    })) as PublicKeyCredential | null;
  } catch {
    return 'refused';
  }
  if (!credential) return 'refused';
  const extension = credential.getClientExtensionResults().prf;
  if (!extension?.enabled) return 'no-prf';
  const credentialId = new Uint8Array(credential.rawId);
  // Some authenticators give the output at creation already; the others need one assertion.
  const output = extension.results?.first ?? (await prfOutput(credentialId, prfSalt).catch(() => undefined));
  if (!output) return 'no-prf';
  const wrapSalt = randomBytes(16);
  const wrapped = await held.wrapFor(await prfKek(output, wrapSalt));
  const row: PrfRow = { credentialId, prfSalt, wrapSalt, wrapped, expiresAt: new Date(now + PRF_UNLOCK_TTL_MS).toISOString() };
  const current = await directory.unlockTable.get(userId);
  await directory.unlockTable.put({ ...current, userId, prf: row });
  return 'ok';
}

export async function tabletLockOf(directory: Directory, userId: string, now: number = Date.now()): Promise<PrfRow | undefined> {
  const current = await directory.unlockTable.get(userId);
  const row = current?.prf;
  if (!row) return undefined;
  if (Date.parse(row.expiresAt) <= now) {
    const { prf: _expired, ...rest } = current;
    await directory.unlockTable.put(rest);
    return undefined;
  }
  return row;
}

/** Opens the data key with the tablet's lock; undefined when the user cancels or it does not open. */
export async function unlockWithTabletLock(directory: Directory, userId: string, now: number = Date.now()): Promise<HeldKey | undefined> {
  const row = await tabletLockOf(directory, userId, now);
  if (!row) return undefined;
  try {
    const output = await prfOutput(row.credentialId, row.prfSalt);
    if (!output) return undefined;
    return await holdDataKey(row.wrapped, await prfKek(output, row.wrapSalt));
  } catch {
    return undefined;
  }
}
