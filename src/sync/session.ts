// Signing in on a tablet: online against the server (which also hands out the device secret),
// or offline by unwrapping the adviser's data key with their password. Produces the Workspace
// the screens work with. The unwrapped key lives in this page's memory only (docs/key-handling.md).
import { createAccountKeys, unlockAfterServerLogin, unlockWithPassword } from '../db/account-keys';
import { PRODUCTION_PBKDF2_ITERATIONS } from '../db/crypto';
import { DIRECTORY_DB_NAME, Directory } from '../db/directory';
import { openDraftStore } from '../db/drafts';
import { createPinGate } from '../db/pin';
import { createCandidateLock } from '../db/candidate-lock';
import { openRecordingStore } from '../db/recordings';
import { deleteUnreadableUserDatabase, openUserStore, type StoredSession, type UserStore } from '../db/user-store';
import type { SyncedTable } from '../domain/tables';
import type { LoginResponse } from '../domain/wire';
import { createSyncEngine, type Connectivity } from './engine';
import { createConflictsApi } from './conflicts-api';
import { createPastYearsApi } from './past-years-api';
import { createReportTargetsApi } from './report-targets-api';
import { createErasureApi } from './erasure-api';
import { createFileAdminApi } from './file-admin-api';
import { createAccountsApi } from './accounts-api';
import { isWipeOrder, wipeAccountOnDevice, watchForWipeOrder } from './device-wipe';
import { createRepository } from './repository';
import { renewSessionToken } from './session-renewal';
import { TransportError, createHttpTransport, type HttpTransport } from './transport';
import type { Repository, SignInOutcome, Workspace } from './workspace';

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
}

function resolveEnv(options: SessionOptions): Env {
  return {
    directoryName: options.directoryName ?? DIRECTORY_DB_NAME,
    apiBase: options.apiBase ?? '',
    transport: options.transport ?? createHttpTransport({ baseUrl: options.apiBase ?? '' }),
    connectivity: options.connectivity,
    now: options.now ?? Date.now,
    afterDeviceWipe: options.afterDeviceWipe ?? (() => globalThis.location?.reload()),
  };
}

const fail = (reason: Extract<SignInOutcome, { ok: false }>['reason']): SignInOutcome => ({ ok: false, reason });

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
      if (error.kind === 'network' || error.kind === 'server') return await signInOffline(directory, env, request, error.kind);
      return fail('server');
    }
    return await signInOnline(directory, env, request, login);
  } finally {
    directory.close();
  }
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

  const store = openUserStore(userId, keys.key);
  await store.clientId();
  const session: StoredSession = { token: login.token, user: login.user, expiresAt: login.expiresAt };
  await store.saveSession(session);
  return { ok: true, offline: false, workspace: buildWorkspace(store, session, env, keys.key) };
}

async function signInOffline(
  directory: Directory,
  env: Env,
  request: SignInRequest,
  why: 'network' | 'server',
): Promise<SignInOutcome> {
  const account = await directory.findByEmail(request.email);
  if (!account) return fail(why === 'network' ? 'unknown_offline' : 'server');
  const key = await unlockWithPassword(account, request.password);
  if (!key) return fail('bad_credentials');
  const store = openUserStore(account.userId, key);
  const session = await store.readSession();
  if (!session) {
    store.close();
    return fail('unknown_offline');
  }
  return { ok: true, offline: true, workspace: buildWorkspace(store, session, env, key) };
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

function buildWorkspace(store: UserStore, session: StoredSession, env: Env, dataKey: CryptoKey): Workspace {
  const drafts = openDraftStore(session.user.id, dataKey);
  const recordings = openRecordingStore(session.user.id, dataKey);
  const wipeThisDevice = async () => {
    engine.stop();
    store.close();
    drafts.close();
    recordings.close();
    await wipeAccountOnDevice(env.directoryName, session.user.id);
    env.afterDeviceWipe();
  };
  const api = watchForWipeOrder(env.transport.api(() => session.token), wipeThisDevice);
  const engine = createSyncEngine({ store, api, connectivity: env.connectivity });
  const accounts = createAccountsApi({ baseUrl: env.apiBase, getToken: () => session.token, timeoutMs: 15_000 });
  const refresh = () => void engine.refreshCounts().catch(() => undefined);
  const repositories = new Map<SyncedTable, Repository<SyncedTable>>();
  refresh();
  return {
    user: session.user,
    repo<T extends SyncedTable>(table: T): Repository<T> {
      let repository = repositories.get(table);
      if (!repository) {
        repository = createRepository(table, store, refresh);
        repositories.set(table, repository);
      }
      return repository as unknown as Repository<T>;
    },
    sync: engine,
    conflicts: createConflictsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    pastYears: createPastYearsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    reportTargets: createReportTargetsApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    erasure: createErasureApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    fileAdmin: createFileAdminApi({ baseUrl: env.apiBase, getToken: () => session.token }),
    accounts,
    drafts,
    pin: createPinGate({ userId: session.user.id, dataKey, directoryName: env.directoryName }),
    candidateLock: createCandidateLock({ userId: session.user.id, directoryName: env.directoryName }),
    recordings,
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
      // Data and outbox stay: pending work waits for its owner's next login. The data key is
      // dropped with this workspace: it was never written anywhere.
      store.close();
      drafts.close();
      recordings.close();
    },
  };
}
