// Signing in on a tablet: online against the server (which also hands out the device secret),
// or offline by unwrapping the adviser's data key with their password. Produces the Workspace
// the screens work with. The unwrapped key lives in this page's memory only (docs/key-handling.md).
import { leaveLoginNotice } from './login-notice';
import { createAccountKeys, unlockAfterServerLogin, unlockWithPassword } from '../db/account-keys';
import { PRODUCTION_PBKDF2_ITERATIONS, type HeldKey } from '../db/crypto';
import { enrolPinUnlock, forgetAllUnlocks, pinUnlockOf, unlockWithPin, PIN_UNLOCK_PBKDF2_ITERATIONS } from '../db/pin-unlock';
import { enrolTabletLock, tabletLockOf, tabletLockSupported, unlockWithTabletLock } from '../db/prf-unlock';
import type { PinGate } from '../db/pin';
import { createDeviceUnlockApi, type DeviceUnlockApi } from './device-unlock-api';
import { DIRECTORY_DB_NAME, Directory } from '../db/directory';
import { openDraftStore } from '../db/drafts';
import { createPinGate } from '../db/pin';
import { createCandidateLock } from '../db/candidate-lock';
import { openRecordingStore } from '../db/recordings';
import { openAttachmentByteStore } from '../db/attachment-bytes';
import { createAttachments } from './attachments';
import { createAttachmentBytesApi } from './attachments-api';
import { deleteUnreadableUserDatabase, openUserStore, type StoredSession, type UserStore } from '../db/user-store';
import type { SyncedTable } from '../domain/tables';
import type { LoginResponse } from '../domain/wire';
import { createSyncEngine, type Connectivity } from './engine';
import { createJournal } from './journal';
import { createConflictsApi } from './conflicts-api';
import { createPastYearsApi } from './past-years-api';
import { createMovedWorkApi } from './moved-work-api';
import { createReportTargetsApi } from './report-targets-api';
import { createErasureApi } from './erasure-api';
import { createFileAdminApi } from './file-admin-api';
import { createAccountsApi } from './accounts-api';
import { isWipeOrder, wipeAccountOnDevice, watchForWipeOrder } from './device-wipe';
import { createBatchWriter, createRepository } from './repository';
import { renewSessionToken } from './session-renewal';
import { TransportError, createHttpTransport, type HttpTransport } from './transport';
import { createNetworkPastYearsApi } from './network-past-years-api';
import { createNetworkReportApi } from './network-report-api';
import type { PinReopenOutcome, ReopenOptions, Repository, ReporterSession, SignInOutcome, TabletLockReopenOutcome, Workspace } from './workspace';

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

interface Env {
  directoryName: string;
  apiBase: string;
  transport: HttpTransport;
  connectivity?: Connectivity;
  now: () => number;
  afterDeviceWipe: () => void;
  deviceUnlockApi: DeviceUnlockApi;
  pinUnlockIterations: number;
}

function resolveEnv(options: SessionOptions): Env {
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

function reporterSession(env: Env, login: LoginResponse): ReporterSession {
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
async function loginWipingIfRevoked(directory: Directory, env: Env, request: SignInRequest, deviceId: string): Promise<LoginResponse> {
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

async function signInOnline(directory: Directory, env: Env, request: SignInRequest, login: LoginResponse): Promise<SignInOutcome> {
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
  return { ok: true, offline: false, workspace: buildWorkspace(store, session, env, keys.key, await directory.deviceId()) };
}

async function signInOffline(
  directory: Directory,
  env: Env,
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
  return { ok: true, offline: true, workspace: buildWorkspace(store, session, env, key, await directory.deviceId()) };
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
    return { ok: true, workspace: buildWorkspace(store, session, env, outcome.key, deviceId) };
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
    return { ok: true, workspace: buildWorkspace(store, session, env, held, await directory.deviceId()) };
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

async function withDirectory<T>(env: Env, work: (directory: Directory) => Promise<T>): Promise<T> {
  const directory = new Directory(env.directoryName);
  try {
    return await work(directory);
  } finally {
    directory.close();
  }
}

/**
 * The PIN gate of the open page, which also (re)enrols the PIN unlock with the server when the
 * adviser types a right PIN and the device has none valid: best effort, online only.
 */
function pinGateWithServerUnlock(gate: PinGate, env: Env, session: StoredSession, held: HeldKey, deviceId: string): PinGate {
  const enrol = (pin: string, always: boolean) =>
    void (async () => {
      const directory = new Directory(env.directoryName);
      try {
        if (!always && (await pinUnlockOf(directory, session.user.id, env.now()))) return;
        await enrolPinUnlock(directory, session.user.id, held, pin, (proof) => env.deviceUnlockApi.enrolPin(session.token, deviceId, proof), env.pinUnlockIterations);
      } finally {
        directory.close();
      }
    })().catch(() => undefined); // offline or refused: the password (or the next right PIN) will do
  return {
    isSet: () => gate.isSet(),
    async set(pin) {
      await gate.set(pin);
      enrol(pin, true);
    },
    async verify(pin) {
      const check = await gate.verify(pin);
      if (check.result === 'ok') enrol(pin, false);
      return check;
    },
  };
}

function buildWorkspace(store: UserStore, session: StoredSession, env: Env, held: HeldKey, deviceId: string): Workspace {
  const dataKey = held.key;
  const drafts = openDraftStore(session.user.id, dataKey);
  const recordings = openRecordingStore(session.user.id, dataKey);
  const attachmentBytes = openAttachmentByteStore(session.user.id, dataKey);
  const wipeThisDevice = async () => {
    engine.stop();
    store.close();
    drafts.close();
    recordings.close();
    attachmentBytes.close();
    await wipeAccountOnDevice(env.directoryName, session.user.id);
    leaveLoginNotice('deviceRevoked');
    env.afterDeviceWipe();
  };
  const api = watchForWipeOrder(env.transport.api(() => session.token), wipeThisDevice);
  const afterSync = async () => {
    await journal.sendPending();
    // Attachments' bytes travel after their records (docs/attachments.md); a failure waits for the next sync.
    await attachments.afterSync().catch(() => undefined);
  };
  const engine = createSyncEngine({ store, api, connectivity: env.connectivity, afterSync });
  const accounts = createAccountsApi({ baseUrl: env.apiBase, getToken: () => session.token, timeoutMs: 15_000 });
  const journal = createJournal(store, {
    send: (entry) => (entry.kind === 'export' ? accounts.recordExport(entry.report) : (accounts.recordImport?.(entry.report) ?? Promise.resolve())),
  });
  const refresh = () => void engine.refreshCounts().catch(() => undefined);
  const repositories = new Map<SyncedTable, Repository<SyncedTable>>();
  const attachments = createAttachments({
    repo: createRepository('attachments', store, refresh),
    store: attachmentBytes,
    api: createAttachmentBytesApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    serverEpoch: async () => (await store.syncState()).serverEpoch,
  });
  refresh();
  return {
    user: session.user,
    deviceId,
    repo<T extends SyncedTable>(table: T): Repository<T> {
      let repository = repositories.get(table);
      if (!repository) {
        repository = createRepository(table, store, refresh);
        repositories.set(table, repository);
      }
      return repository as unknown as Repository<T>;
    },
    writeBatch: createBatchWriter(store, refresh),
    sync: engine,
    conflicts: createConflictsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    pastYears: createPastYearsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    movedWork: createMovedWorkApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    reportTargets: createReportTargetsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    erasure: createErasureApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    fileAdmin: createFileAdminApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    accounts,
    journal,
    drafts,
    pin: pinGateWithServerUnlock(createPinGate({ userId: session.user.id, dataKey, directoryName: env.directoryName }), env, session, held, deviceId),
    tabletLock: {
      supported: tabletLockSupported(),
      isEnrolled: () => withDirectory(env, async (directory) => (await tabletLockOf(directory, session.user.id, env.now())) !== undefined),
      enrol: () => withDirectory(env, (directory) => enrolTabletLock(directory, session.user.id, held, env.now())),
    },
    candidateLock: createCandidateLock({ userId: session.user.id, directoryName: env.directoryName }),
    recordings,
    attachments,
    renewSession: async (email, password) => {
      const context = { directoryName: env.directoryName, transport: env.transport, session, store, onWipeOrder: wipeThisDevice };
      const outcome = await renewSessionToken(context, email, password);
      if (outcome === 'renewed') void engine.syncNow();
      return outcome;
    },
    attention: {
      list: () => store.listAttention(),
      dismiss: async (kind, localId) => {
        await store.dismissAttention(kind, localId);
        refresh();
      },
    },
    async signOut() {
      engine.stop();
      // Ends the session on the server too when it can be reached (not awaited: logout never waits
      // for the network); offline, the token simply expires.
      void accounts.logout().catch(() => undefined);
      // After a logout only the password opens (the server forgets the PIN's secret too).
      const directory = new Directory(env.directoryName);
      try {
        await forgetAllUnlocks(directory, session.user.id);
        if ((await directory.lastUser()) === session.user.id) await directory.setLastUser(undefined);
      } finally {
        directory.close();
      }
      // Data and outbox stay: pending work waits for its owner's next login. The data key is
      // dropped with this workspace: it was never written anywhere.
      store.close();
      drafts.close();
      recordings.close();
      attachmentBytes.close();
    },
  };
}
