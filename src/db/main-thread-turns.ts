// Long reads (decrypting a whole table) give the page its turn now and then, so that taps, typing
// and painting are never held for long: a task yields once it has run for a frame or so.

/** How long a task runs before it yields, in milliseconds (a long task is one over 50 ms). */
const TURN_MS = 40;

interface YieldingScheduler {
  yield(): Promise<void>;
}

/** `scheduler.yield()` where the browser has it (no 4 ms clamp on nested timers), else a timer. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface MainThreadTurns {
  /** Yields to the page now: what follows runs in a task of its own. */
  give(): Promise<void>;
  /** Yields to the page when the work has run for a while since the last turn. */
  giveIfDue(): Promise<void>;
}

/** `turnMs`: shorter for work that runs while a screen opens, when every long task counts. */
export function mainThreadTurns(turnMs: number = TURN_MS): MainThreadTurns {
  let since = performance.now();
  const give = async () => {
    await nextTask();
    since = performance.now();
  };
  return {
    give,
    async giveIfDue() {
      if (performance.now() - since < turnMs) return;
      await give();
    },
  };
}
