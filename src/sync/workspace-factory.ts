// The Workspace the screens receive, built from what a sign-in or a reopen opened: the user's
// database, the saved session, the data key in memory and this device's id (src/sync/session.ts
// decides how the key is unlocked; this file only assembles the contract of workspace.ts).
import { leaveLoginNotice } from './login-notice';
import type { HeldKey } from '../db/crypto';
import { enrolPinUnlock, forgetAllUnlocks, pinUnlockOf } from '../db/pin-unlock';
import { enrolTabletLock, tabletLockOf, tabletLockSupported } from '../db/prf-unlock';
import { createPinGate, type PinGate } from '../db/pin';
import type { DeviceUnlockApi } from './device-unlock-api';
import { Directory } from '../db/directory';
import { openDraftStore } from '../db/drafts';
import { createCandidateLock } from '../db/candidate-lock';
import { openRecordingStore } from '../db/recordings';
import { openAttachmentByteStore } from '../db/attachment-bytes';
import { createAttachments } from './attachments';
import { createAttachmentBytesApi } from './attachments-api';
import type { StoredSession, UserStore } from '../db/user-store';
import type { SyncedTable } from '../domain/tables';
import { createSyncEngine, type Connectivity } from './engine';
import { createJournal } from './journal';
import { createConflictsApi } from './conflicts-api';
import { createPastYearsApi } from './past-years-api';
import { createMovedWorkApi } from './moved-work-api';
import { createReportTargetsApi } from './report-targets-api';
import { createErasureApi } from './erasure-api';
import { createFileAdminApi } from './file-admin-api';
import { createAccountsApi } from './accounts-api';
import { wipeAccountOnDevice, watchForWipeOrder } from './device-wipe';
import { createBatchWriter, createRepository } from './repository';
import { renewSessionToken } from './session-renewal';
import type { HttpTransport } from './transport';
import type { Repository, Workspace } from './workspace';
import { preparationAfterSync } from './preparation-after-sync';

/** What a session was opened with: where the server and the directory are, and the test overrides. */
export interface SessionEnv {
  directoryName: string;
  apiBase: string;
  transport: HttpTransport;
  connectivity?: Connectivity;
  now: () => number;
  afterDeviceWipe: () => void;
  deviceUnlockApi: DeviceUnlockApi;
  pinUnlockIterations: number;
}

async function withDirectory<T>(env: SessionEnv, work: (directory: Directory) => Promise<T>): Promise<T> {
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
function pinGateWithServerUnlock(gate: PinGate, env: SessionEnv, session: StoredSession, held: HeldKey, deviceId: string): PinGate {
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

/**
 * The one factory of a real Workspace, from an opened user database, its saved session and the
 * data key held in memory. Every member of the contract is built here (docs/architecture.md).
 */
export function createWorkspace(store: UserStore, session: StoredSession, env: SessionEnv, held: HeldKey, deviceId: string): Workspace {
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
    void keptCopies.afterSync();
  };
  // The copies kept between sessions, prepared once the page is quiet after a sync (preparation-after-sync.ts).
  const keptCopies = preparationAfterSync(() => store.prepareKeptCopies());
  const engine = createSyncEngine({ store, api, connectivity: env.connectivity, afterSync });
  const accounts = createAccountsApi({ baseUrl: env.apiBase, getToken: () => session.token, timeoutMs: 15_000 });
  const journal = createJournal(store, {
    send: (entry) => (entry.kind === 'export' ? accounts.recordExport(entry.report) : accounts.recordImport(entry.report)),
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
