// Getting an adviser's data key: created at their first login on this device, then unwrapped
// with the password (the offline login) or, after a password reset, with the device secret the
// server returns at login, and re-wrapped under the new password.
import {
  holdDataKey,
  holdWithPassword,
  derivePasswordKek,
  deriveDeviceKek,
  generateWrappableDataKey,
  randomBytes,
  rewrapDataKey,
  wrapWithDeviceSecret,
  wrapWithPassword,
  type HeldKey,
  type PasswordWrappedKey,
  type WrappedKey,
} from './crypto';

export interface AccountKeys {
  /** The data key, held in memory only (crypto.ts HeldKey). */
  key: HeldKey;
  passwordWrap: PasswordWrappedKey;
  deviceWrap?: WrappedKey;
}

interface StoredWraps {
  passwordWrap: PasswordWrappedKey;
  deviceWrap?: WrappedKey;
}

export async function createAccountKeys(password: string, iterations: number, deviceSecret?: string): Promise<AccountKeys> {
  const wrappable = await generateWrappableDataKey();
  const passwordWrap = await wrapWithPassword(wrappable, password, iterations);
  const deviceWrap = deviceSecret ? await wrapWithDeviceSecret(wrappable, deviceSecret) : undefined;
  return { key: await holdWithPassword(passwordWrap, password), passwordWrap, deviceWrap };
}

/** The offline login: undefined when the password is wrong. */
export async function unlockWithPassword(wraps: StoredWraps, password: string): Promise<HeldKey | undefined> {
  try {
    return await holdWithPassword(wraps.passwordWrap, password);
  } catch {
    return undefined;
  }
}

/**
 * After a successful server login. Returns the key and the wraps to store (changed when the
 * password was reset, or when the device wrap is added), or undefined if neither wrap opens.
 */
export async function unlockAfterServerLogin(
  wraps: StoredWraps,
  password: string,
  iterations: number,
  deviceSecret: string | undefined,
): Promise<AccountKeys | undefined> {
  const key = await unlockWithPassword(wraps, password);
  if (key) {
    if (wraps.deviceWrap || !deviceSecret) return { key, ...wraps };
    const passwordKek = await derivePasswordKek(password, new Uint8Array(wraps.passwordWrap.salt), wraps.passwordWrap.iterations);
    const salt = randomBytes(16);
    const wrapped = await rewrapDataKey(wraps.passwordWrap.wrapped, passwordKek, await deriveDeviceKek(deviceSecret, salt));
    return { key, passwordWrap: wraps.passwordWrap, deviceWrap: { salt, wrapped } };
  }
  if (!wraps.deviceWrap || !deviceSecret) return undefined;
  try {
    const deviceKek = await deriveDeviceKek(deviceSecret, new Uint8Array(wraps.deviceWrap.salt));
    const viaDevice = await holdDataKey(wraps.deviceWrap.wrapped, deviceKek);
    const salt = randomBytes(16);
    const passwordKek = await derivePasswordKek(password, salt, iterations);
    const wrapped = await rewrapDataKey(wraps.deviceWrap.wrapped, deviceKek, passwordKek);
    return { key: viaDevice, passwordWrap: { salt, iterations, wrapped }, deviceWrap: wraps.deviceWrap };
  } catch {
    return undefined;
  }
}
