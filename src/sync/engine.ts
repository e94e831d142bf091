// The client sync engine: push the outbox in seq order, then pull until done. All state lives in
// the engine instance (one per open workspace); nothing here is module-level.
import { SCHEMA_VERSION } from '../domain/tables';
import { DEFAULT_PULL_LIMIT, MAX_MUTATIONS_PER_PUSH, type Mutation, type PullResponse } from '../domain/wire';
import type { UserStore } from '../db/user-store';
import { TransportError, type SyncApi } from './transport';
import { whenSettled } from './when-settled';
import type { SyncEngine, SyncErrorCode, SyncStatus } from './workspace';

export type EngineStore = Pick<
  UserStore,
  | 'syncState'
  | 'takeOutboxBatch'
  | 'settlePushResults'
  | 'renumberOutbox'
  | 'coalesceOutbox'
  | 'beginRestoreRecovery'
  | 'finishRestoreRecovery'
  | 'applyPulledPage'
  | 'resetForSites'
  | 'setLastSyncedAt'
  | 'pendingCount'
  | 'attentionCount'
>;

/** Where "the browser says we are online" comes from; tests pass their own. */
export interface Connectivity {
  isOnline(): boolean;
  onOnline(listener: () => void): () => void;
}

export interface SyncEngineOptions {
  store: EngineStore;
  api: SyncApi;
  connectivity?: Connectivity;
  pushBatchSize?: number;
  pullLimit?: number;
  intervalMs?: number;
  /** Bounded retries after `409 seq_gap` / `epoch_changed` within one run. */
  maxRecoveries?: number;
  now?: () => Date;
  /** Delays of the automatic retries after a network or server error (the last one repeats). */
  retryDelaysMs?: readonly number[];
  /** Runs after each successful sync (the journal entries queued offline are sent then). */
  afterSync?: () => Promise<void>;
}

export const RETRY_DELAYS_MS = [5_000, 15_000, 60_000] as const;

/** The longest the first automatic sync waits for the opening screen to settle after start. */
export const FIRST_SYNC_SETTLE_TIMEOUT_MS = 5_000;

/**
 * A push carries as many mutations as the contract allows (`MAX_MUTATIONS_PER_PUSH`), so a long
 * offline backlog costs few round trips and few transactions on either side, and at most
 * `PUSH_BODY_BUDGET_BYTES` of body, under the server's 1 MiB limit (`BODY_LIMIT_BYTES`): the size
 * is estimated from the rows' ciphertext, an upper bound (src/db/outbox.ts, `wireBytes`).
 */
export const PUSH_BATCH_SIZE = MAX_MUTATIONS_PER_PUSH;
export const PUSH_BODY_BUDGET_BYTES = 896 * 1024;
export const SYNC_INTERVAL_MS = 60_000;

export function browserConnectivity(): Connectivity {
  return {
    isOnline: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
    onOnline: (listener) => {
      if (typeof globalThis.addEventListener !== 'function') return () => {};
      globalThis.addEventListener('online', listener);
      return () => globalThis.removeEventListener('online', listener);
    },
  };
}

function errorCodeOf(error: unknown): { phase: SyncStatus['phase']; error: SyncErrorCode } {
  if (error instanceof TransportError) {
    switch (error.kind) {
      case 'network':
        return { phase: 'offline', error: 'network' };
      case 'unauthorized':
        return { phase: 'error', error: 'unauthorized' };
      case 'forbidden':
      case 'client_user_mismatch':
        return { phase: 'error', error: 'forbidden' };
      case 'upgrade_required':
        return { phase: 'error', error: 'upgrade_required' };
      case 'rate_limited':
        return { phase: 'error', error: 'rate_limited' };
      default:
        return { phase: 'error', error: 'server' };
    }
  }
  if (error instanceof Error && error.name === 'QuotaExceededError') return { phase: 'error', error: 'storage_full' };
  return { phase: 'error', error: 'server' };
}

export class ClientSyncEngine implements SyncEngine {
  private status: SyncStatus = { phase: 'idle', pending: 0, needsAttention: 0 };
  private readonly listeners = new Set<(status: SyncStatus) => void>();
  private running: Promise<SyncStatus> | undefined;
  private timer: ReturnType<typeof setInterval> | undefined;
  private stopOnline: (() => void) | undefined;
  private readonly connectivity: Connectivity;
  private readonly pushBatchSize: number;
  private readonly pullLimit: number;
  private readonly intervalMs: number;
  private readonly maxRecoveries: number;
  private readonly now: () => Date;
  private readonly retryDelaysMs: readonly number[];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private cancelFirstRun: (() => void) | undefined;
  private failedRuns = 0;

  constructor(private readonly options: SyncEngineOptions) {
    this.connectivity = options.connectivity ?? browserConnectivity();
    this.pushBatchSize = Math.min(options.pushBatchSize ?? PUSH_BATCH_SIZE, PUSH_BATCH_SIZE);
    this.pullLimit = options.pullLimit ?? DEFAULT_PULL_LIMIT;
    this.intervalMs = options.intervalMs ?? SYNC_INTERVAL_MS;
    this.maxRecoveries = options.maxRecoveries ?? 3;
    this.now = options.now ?? (() => new Date());
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  getStatus(): SyncStatus {
    return this.status;
  }

  subscribe(listener: (status: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Refreshes pending/attention counts (after local edits) without syncing. */
  async refreshCounts(): Promise<SyncStatus> {
    const [pending, needsAttention, state] = await Promise.all([
      this.options.store.pendingCount(),
      this.options.store.attentionCount(),
      this.options.store.syncState(),
    ]);
    this.update({ pending, needsAttention, lastSyncedAt: state.lastSyncedAt ?? this.status.lastSyncedAt });
    return this.status;
  }

  syncNow(): Promise<SyncStatus> {
    // A second call while a sync runs joins it rather than starting another.
    this.running ??= this.run().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  start(): void {
    if (this.timer) return;
    this.stopOnline = this.connectivity.onOnline(() => void this.syncNow());
    this.timer = setInterval(() => {
      if (this.connectivity.isOnline()) void this.syncNow();
    }, this.intervalMs);
    // The first run waits for the opening screen to settle: sync is background work.
    this.cancelFirstRun = whenSettled(() => {
      this.cancelFirstRun = undefined;
      if (this.timer && this.connectivity.isOnline()) void this.syncNow();
    }, FIRST_SYNC_SETTLE_TIMEOUT_MS);
  }

  stop(): void {
    this.cancelFirstRun?.();
    this.cancelFirstRun = undefined;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    this.stopOnline?.();
    this.stopOnline = undefined;
  }

  private update(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const listener of this.listeners) listener(this.status);
  }

  private async run(): Promise<SyncStatus> {
    const progress = { pushed: 0, pulled: 0 };
    this.update({ phase: 'syncing', error: undefined, progress });
    try {
      await this.pushAll(progress);
      await this.pullAll(progress);
      // Before "synced" is shown: once the adviser sees it, what was owed to the journal was sent.
      await this.options.afterSync?.().catch(() => undefined);
      const lastSyncedAt = this.now().toISOString();
      await this.options.store.setLastSyncedAt(lastSyncedAt);
      this.update({ phase: 'idle', error: undefined, lastSyncedAt });
      this.failedRuns = 0;
    } catch (error) {
      const failure = errorCodeOf(error);
      this.update({ ...failure });
      if (failure.error === 'network' || failure.error === 'server') this.scheduleRetry();
    }
    try {
      await this.refreshCounts();
    } catch {
      // Counting failed (database closed at sign-out): keep the last known counts.
    }
    this.update({ progress: undefined });
    return this.status;
  }

  /** While started, a failed run is retried after 5 s, 15 s, then every 60 s until one succeeds. */
  private scheduleRetry(): void {
    if (!this.timer || this.retryTimer || this.retryDelaysMs.length === 0) return;
    const delay = this.retryDelaysMs[Math.min(this.failedRuns, this.retryDelaysMs.length - 1)] ?? 60_000;
    this.failedRuns++;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.timer && this.connectivity.isOnline()) void this.syncNow();
    }, delay);
  }

  /**
   * The server was restored from a backup (new epoch): snapshot what this device holds and pull
   * everything from 0; at the end of that pull (pullAll) whatever the restored server lacks or
   * holds differently is queued again with baseRev 0, so nothing acknowledged is lost and a stale
   * copy becomes a conflict, never an overwrite.
   */
  private async recoverFromRestore(serverEpoch: string): Promise<void> {
    await this.options.store.beginRestoreRecovery(serverEpoch);
  }

  /**
   * Pushes the outbox in seq order, as a pipeline: while batch n is at the server, batch n+1 is
   * taken (marked sent, decrypted) and batch n-1's answers are stored. Requests still go one at
   * a time, in order (the server wants seqs without gaps), and every settlement has ended before
   * this returns (a refused change may lower the cursor the pull starts from).
   */
  private async pushAll(progress: { pushed: number; pulled: number }): Promise<void> {
    const { store, api } = this.options;
    let recoveries = 0;
    await store.coalesceOutbox();
    // Taken and marked sent in one transaction, before the request leaves.
    const take = (after?: number) => quiet(store.takeOutboxBatch(this.pushBatchSize, PUSH_BODY_BUDGET_BYTES, after));
    let next = take();
    let settling: Promise<void> = Promise.resolve();
    let settleFailed = false;
    try {
      for (;;) {
        const [batch, state] = await Promise.all([next, store.syncState()]);
        // A settlement that failed ends the push (its error is thrown below); the rows stay, sent.
        if (batch.length === 0 || settleFailed) break;
        // The next batch is taken (read, marked sent, decrypted) while this one is at the server.
        next = take(batch.at(-1)?.seq);
        try {
          const response = await api.push({
            clientId: state.clientId,
            schemaVersion: SCHEMA_VERSION,
            serverEpoch: state.serverEpoch,
            mutations: batch,
          });
          if (!response.results.some((result) => batch.some((mutation) => mutation.seq === result.seq))) {
            throw new TransportError('server', { body: 'push answered none of the mutations sent' });
          }
          // Settlements stay in order, each after the previous one; the next batch is taken meanwhile.
          const previous = settling;
          settling = quiet(
            previous.then(async () => {
              await store.settlePushResults(batch, response.results);
              progress.pushed += countAnswered(batch, response.results);
              this.update({ progress: { ...progress } });
            }),
          );
          settling.catch(() => (settleFailed = true));
        } catch (error) {
          if (!(error instanceof TransportError) || recoveries >= this.maxRecoveries) throw error;
          // Recoveries renumber or re-base the outbox: nothing else may be writing it then. The
          // batch taken ahead stays marked sent, which only keeps its rows as they are.
          await next.catch(() => undefined);
          await settling;
          if (error.kind === 'seq_gap' && error.details.lastSeq !== undefined) {
            recoveries++;
            await store.renumberOutbox(error.details.lastSeq + 1);
          } else if (error.kind === 'epoch_changed' && error.details.serverEpoch) {
            // The server was restored: pull everything under the new epoch, re-base, send again.
            recoveries++;
            await this.recoverFromRestore(error.details.serverEpoch);
            await this.pullAll(progress);
          } else {
            throw error;
          }
          next = take();
        }
      }
    } finally {
      // Whatever happened, no settlement or taking outlives the push (the pull comes after it).
      await next.catch(() => undefined);
      await settling.catch(() => undefined);
    }
    await settling;
  }

  /**
   * Pulls until `hasMore` is false, as a pipeline: page n+1 is requested as soon as page n
   * arrives (with the cursor page n will store), and its encryption starts while page n is being
   * written. Pages are still stored one at a time and in order, each with its cursor: a page is
   * stored only if the stored cursor is the one it was pulled from (`after`), so when page n fails
   * page n+1 is never stored; the run then ends with page n's error once page n+1 has settled.
   */
  private async pullAll(progress: { pushed: number; pulled: number }): Promise<void> {
    const { store } = this.options;
    let restarts = 0;
    let state = await store.syncState();
    let next = this.requestPage(state.cursor);
    let storing: { page: PullResponse; done: Promise<void> } | undefined;
    const stored = async (entry: { page: PullResponse; done: Promise<void> }) => {
      await entry.done;
      progress.pulled += entry.page.changes.length;
      this.update({ progress: { ...progress } });
    };
    try {
      for (;;) {
        const page = await next;
        const sitesChanged = state.siteIds !== undefined && !sameSet(state.siteIds, page.siteIds);
        const epochChanged = state.serverEpoch !== undefined && state.serverEpoch !== page.serverEpoch;
        if ((sitesChanged || epochChanged) && state.cursor > 0 && restarts < this.maxRecoveries) {
          restarts++;
          if (storing) await stored(storing);
          storing = undefined;
          if (epochChanged) await this.recoverFromRestore(page.serverEpoch);
          if (sitesChanged) await store.resetForSites(page.siteIds);
          state = await store.syncState();
          next = this.requestPage(state.cursor);
          continue;
        }
        if (page.hasMore) next = this.requestPage(page.cursor);
        const previous = storing;
        storing = { page, done: store.applyPulledPage(page.changes, { cursor: page.cursor, serverEpoch: page.serverEpoch, siteIds: page.siteIds, after: state.cursor }) };
        storing.done.catch(() => undefined); // awaited below, or in the catch after an earlier failure
        if (previous) await stored(previous);
        state = { ...state, cursor: page.cursor, serverEpoch: page.serverEpoch, siteIds: page.siteIds };
        if (!page.hasMore) break;
      }
      if (storing) await stored(storing);
    } catch (error) {
      // A page still being prepared cannot be stored after a failure (its cursor check fails):
      // let it settle before the run ends.
      await storing?.done.catch(() => undefined);
      throw error;
    }
    // After a restore (even one whose pull was cut and resumed): re-base and re-queue.
    await store.finishRestoreRecovery();
  }

  /** Asks for the page after `cursor`; its failure surfaces only when it is awaited. */
  private requestPage(cursor: number): Promise<PullResponse> {
    const page = this.options.api.pull(cursor, this.pullLimit);
    page.catch(() => undefined);
    return page;
  }
}

/** Marks a promise as handled now; its failure surfaces where it is awaited. */
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function countAnswered(batch: readonly Mutation[], results: readonly { seq: number }[]): number {
  const sent = new Set(batch.map((mutation) => mutation.seq));
  return results.filter((result) => sent.has(result.seq)).length;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

export function createSyncEngine(options: SyncEngineOptions): ClientSyncEngine {
  return new ClientSyncEngine(options);
}
