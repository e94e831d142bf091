// Signing in on a tablet: online against the server (which also hands out the device secret),
// or offline by unwrapping the adviser's data key with their password. Produces the Workspace
// the screens work with. The unwrapped key lives in this page's memory only (docs/key-handling.md).
import { createAccountKeys, unlockAfterServerLogin, unlockWithPassword } from '../db/account-keys';
import { PRODUCTION_PBKDF2_ITERATIONS } from '../db/crypto';
import { pinUnlockOf, unlockWithPin, PIN_UNLOCK_PBKDF2_ITERATIONS } from '../db/pin-unlock';
import { tabletLockOf, tabletLockSupported, unlockWithTabletLock } from '../db/prf-unlock';
import { createDeviceUnlockApi, type DeviceUnlockApi } from './device-unlock-api';
import { DIRECTORY_DB_NAME, Directory } from '../db/directory';
import { deleteUnreadableUserDatabase, openUserStore, type StoredSession } from '../db/user-store';
import type { LoginResponse } from '../domain/wire';
import type { Connectivity } from './engine';
import { isWipeOrder, wipeAccountOnDevice } from './device-wipe';
import { TransportError, createHttpTransport, type HttpTransport } from './transport';
import { createNetworkPastYearsApi } from './network-past-years-api';
import { createNetworkReportApi } from './network-report-api';
import { createWorkspace, type SessionEnv } from './workspace-factory';
import type { PinReopenOutcome, ReopenOptions, ReporterSession, SignInOutcome, TabletLockReopenOutcome } from './workspace';

export interface SessionOptions {
  /** Base URL of the sync server; '' (default) is the app's own origin. */
  apiBase?: string;
  /** Overrides for tests: another directory database, a fake transport, a clock. */
  directoryName?: string;
  transport?: HttpTransport;
  connectivity?: Connectivity;
  now?: () => number;
  /** After this device wiped a revoked user's data: the browser reloads onto the login screen. */
  afterDeviceWipe?: () => void;
  /** The PIN unlock routes (tests pass a fake). */
  deviceUnlockApi?: DeviceUnlockApi;
  /** PBKDF2 iterations of the PIN unlock's proof (tests use fewer). */
  pinUnlockIterations?: number;
}

export interface SignInRequest extends SessionOptions {
  email: string;
  password: string;
  /** Iterations for new password wraps (600,000 in production; tests use ~1,000). */
  pbkdf2Iterations?: number;
}


function resolveEnv(options: SessionOptions): SessionEnv {
  return {
    directoryName: options.directoryName ?? DIRECTORY_DB_NAME,
    apiBase: options.apiBase ?? '',
    transport: options.transport ?? createHttpTransport({ baseUrl: options.apiBase ?? '' }),
    connectivity: options.connectivity,
    now: options.now ?? Date.now,
    afterDeviceWipe: options.afterDeviceWipe ?? (() => globalThis.location?.reload()),
    deviceUnlockApi: options.deviceUnlockApi ?? createDeviceUnlockApi({ baseUrl: options.apiBase ?? '' }),
    pinUnlockIterations: options.pinUnlockIterations ?? PIN_UNLOCK_PBKDF2_ITERATIONS,
  };
}

const fail = (reason: Exclude<Extract<SignInOutcome, { ok: false }>['reason'], 'reporter'>): SignInOutcome => ({ ok: false, reason });

export async function signIn(request: SignInRequest): Promise<SignInOutcome> {
  const env = resolveEnv(request);
  const directory = new Directory(env.directoryName);
  try {
    const deviceId = await directory.deviceId();
    let login: LoginResponse;
    try {
      login = await loginWipingIfRevoked(directory, env, request, deviceId);
    } catch (error) {
      if (!(error instanceof TransportError)) return fail('server');
      if (error.kind === 'unauthorized' || error.kind === 'bad_request') return fail('bad_credentials');
      if (error.kind === 'rate_limited') return fail('rate_limited');
      if (error.kind === 'network' || error.kind === 'server') return await signInOffline(directory, env, request);
      return fail('server');
    }
    // A network reporter has no workspace on a tablet: no keys, no local database, nothing pulled.
    if (login.user.role === 'reporter') return { ok: false, reason: 'reporter', reporter: reporterSession(env, login) };
    return await signInOnline(directory, env, request, login);
  } finally {
    directory.close();
  }
}

function reporterSession(env: SessionEnv, login: LoginResponse): ReporterSession {
  const report = createNetworkReportApi({ baseUrl: env.apiBase, getToken: () => login.token });
  return {
    user: login.user,
    report,
    networkPastYears: createNetworkPastYearsApi({ baseUrl: env.apiBase, getToken: () => login.token }),
    async signOut() {
      await report.logout().catch(() => undefined);
    },
  };
}

/** Logs in; a revoked device first wipes what it holds for this email, then logs in as a new device. */
async function loginWipingIfRevoked(directory: Directory, env: SessionEnv, request: SignInRequest, deviceId: string): Promise<LoginResponse> {
  try {
    return await env.transport.login({ email: request.email, password: request.password, deviceId });
  } catch (error) {
    if (!isWipeOrder(error)) throw error;
    const account = await directory.findByEmail(request.email);
    if (account) await wipeAccountOnDevice(env.directoryName, account.userId);
    else await directory.forgetAccount('');
    return env.transport.login({ email: request.email, password: request.password, deviceId: await directory.deviceId() });
  }
}

async function signInOnline(directory: Directory, env: SessionEnv, request: SignInRequest, login: LoginResponse): Promise<SignInOutcome> {
  const iterations = request.pbkdf2Iterations ?? PRODUCTION_PBKDF2_ITERATIONS;
  const userId = login.user.id;
  const emailHash = await directory.hashEmail(request.email);
  const account = await directory.getAccount(userId);
  const keys = account
    ? await unlockAfterServerLogin(account, request.password, iterations, login.deviceSecret)
    : await createAccountKeys(request.password, iterations, login.deviceSecret);
  // The server knows the adviser but neither wrap opens (password reset without a device secret):
  // their local data stays untouched, waiting for a login that can open it.
  if (!keys) return fail('server');
  if (!account) await deleteUnreadableUserDatabase(userId);
  await directory.saveAccount({ userId, emailHash, passwordWrap: keys.passwordWrap, deviceWrap: keys.deviceWrap, createdAt: account?.createdAt });

  const store = openUserStore(userId, keys.key.key);
  await store.clientId();
  const session: StoredSession = { token: login.token, user: login.user, expiresAt: login.expiresAt };
  await store.saveSession(session);
  await directory.setLastUser(userId);
  return { ok: true, offline: false, workspace: createWorkspace(store, session, env, keys.key, await directory.deviceId()) };
}

async function signInOffline(
  directory: Directory,
  env: SessionEnv,
  request: SignInRequest,
): Promise<SignInOutcome> {
  const account = await directory.findByEmail(request.email);
  // No account of this email on the tablet: its first login needs the server, whether the network
  // is down or the server (or the service worker standing in for it offline) answered an error.
  if (!account) return fail('unknown_offline');
  const key = await unlockWithPassword(account, request.password);
  if (!key) return fail('bad_credentials');
  const store = openUserStore(account.userId, key.key);
  const session = await store.readSession();
  if (!session) {
    store.close();
    return fail('unknown_offline');
  }
  await directory.setLastUser(account.userId);
  return { ok: true, offline: true, workspace: createWorkspace(store, session, env, key, await directory.deviceId()) };
}

/** Which ways a new page may reopen the last adviser's workspace without the password, or null. */
export async function reopenOptions(options: SessionOptions = {}): Promise<ReopenOptions | null> {
  const env = resolveEnv(options);
  const directory = new Directory(env.directoryName);
  try {
    const userId = await directory.lastUser();
    if (!userId || !(await directory.getAccount(userId))) return null;
    const pin = (await pinUnlockOf(directory, userId, env.now())) !== undefined;
    const tabletLock = tabletLockSupported() && (await tabletLockOf(directory, userId, env.now())) !== undefined;
    return pin || tabletLock ? { pin, tabletLock } : null;
  } finally {
    directory.close();
  }
}

/** Reopens the last adviser's workspace with the PIN and the server's help (docs/key-handling.md). */
export async function reopenWithPin(pin: string, options: SessionOptions = {}): Promise<PinReopenOutcome> {
  const env = resolveEnv(options);
  const directory = new Directory(env.directoryName);
  try {
    const userId = await directory.lastUser();
    if (!userId) return { ok: false, reason: 'unavailable' };
    const deviceId = await directory.deviceId();
    const outcome = await unlockWithPin(directory, userId, pin, (proof) => env.deviceUnlockApi.unlockWithPin(userId, deviceId, proof), env.now());
    if (outcome.result === 'wipe') {
      await wipeAccountOnDevice(env.directoryName, userId);
      return { ok: false, reason: 'revoked' };
    }
    if (outcome.result === 'wrong') return { ok: false, reason: 'wrong', remaining: outcome.remaining };
    if (outcome.result !== 'ok') return { ok: false, reason: outcome.result };
    const store = openUserStore(userId, outcome.key.key);
    const session = await store.readSession().catch(() => undefined);
    if (!session) {
      store.close();
      return { ok: false, reason: 'unavailable' };
    }
    return { ok: true, workspace: createWorkspace(store, session, env, outcome.key, deviceId) };
  } finally {
    directory.close();
  }
}

/** Reopens the last adviser's workspace with the tablet's own lock (WebAuthn PRF), offline too. */
export async function reopenWithTabletLock(options: SessionOptions = {}): Promise<TabletLockReopenOutcome> {
  const env = resolveEnv(options);
  const directory = new Directory(env.directoryName);
  try {
    const userId = await directory.lastUser();
    const held = userId ? await unlockWithTabletLock(directory, userId, env.now()) : undefined;
    if (!userId || !held) return { ok: false, reason: 'unavailable' };
    const store = openUserStore(userId, held.key);
    const session = await store.readSession().catch(() => undefined);
    if (!session) {
      store.close();
      return { ok: false, reason: 'unavailable' };
    }
    return { ok: true, workspace: createWorkspace(store, session, env, held, await directory.deviceId()) };
  } finally {
    directory.close();
  }
}

/** How many advisers have data on this device (no names: they are not stored in clear). */
export async function countKnownAccounts(options: Pick<SessionOptions, 'directoryName'> = {}): Promise<number> {
  const directory = new Directory(options.directoryName ?? DIRECTORY_DB_NAME);
  try {
    return await directory.countAccounts();
  } finally {
    directory.close();
  }
}
