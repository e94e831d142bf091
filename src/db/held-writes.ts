// Local changes that the tablet could not store because its storage is full (QuotaExceededError).
// They are kept in memory, in order, and retried (on a timer, and when the adviser asks) until they
// are written; the shell says in words how many wait and what to do. Never dropped silently.
// One registry per page: a db/ singleton, deliberately free of Dexie so the shell can read it.

export interface HeldWrite {
  /** The database the change belongs to (retries keep each database's order). */
  database: string;
  /** Writes the change again; rejects (and stays held) while the storage is still full. */
  retry: () => Promise<unknown>;
}

export interface HeldWritesSnapshot {
  count: number;
  /** True while a retry round runs. */
  retrying: boolean;
}

const RETRY_DELAYS_MS = [5_000, 15_000, 30_000, 60_000];

/** True for a failed write because the origin's storage quota is exhausted (also inside Dexie's wrappers). */
export function isQuotaError(error: unknown): boolean {
  for (let current: unknown = error, depth = 0; current && depth < 4; depth++) {
    if (typeof current !== 'object') return false;
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    current = inner ?? cause;
  }
  return false;
}

export class HeldWrites {
  private readonly queue: HeldWrite[] = [];
  private readonly listeners = new Set<() => void>();
  private snapshot: HeldWritesSnapshot = { count: 0, retrying: false };
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private running: Promise<number> | undefined;

  /** True when `database` has changes waiting: later changes must queue behind them. */
  has(database: string): boolean {
    return this.queue.some((write) => write.database === database);
  }

  hold(write: HeldWrite): void {
    this.queue.push(write);
    this.publish();
    this.schedule();
  }

  /** Retries every held change in order; resolves with how many still wait. */
  retryNow(): Promise<number> {
    this.running ??= this.runRetries().finally(() => {
      this.running = undefined;
      this.publish();
    });
    return this.running;
  }

  getSnapshot = (): HeldWritesSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private async runRetries(): Promise<number> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.publish(true);
    for (let next = this.queue[0]; next; next = this.queue[0]) {
      try {
        await next.retry();
        this.queue.shift();
        this.failures = 0;
        this.publish(true);
      } catch (error) {
        this.failures += 1;
        if (!isQuotaError(error)) console.warn('A held change could not be written yet', error);
        break;
      }
    }
    this.schedule();
    return this.queue.length;
  }

  private schedule(): void {
    if (this.queue.length === 0 || this.timer !== undefined) return;
    const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)];
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.retryNow();
    }, delay);
  }

  private publish(retrying = this.running !== undefined): void {
    const next = { count: this.queue.length, retrying };
    if (next.count === this.snapshot.count && next.retrying === this.snapshot.retrying) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}

/** The page's held changes (every adviser database of this page). */
export const heldWrites = new HeldWrites();
