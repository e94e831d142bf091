// Long reads (decrypting a whole table) give the page its turn now and then, so that taps, typing
// and painting are never held for long: a task yields once it has run for a frame or so.

/** How long a task runs before it yields, in milliseconds (a long task is one over 50 ms). */
const TURN_MS = 40;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface MainThreadTurns {
  /** Yields to the page when the work has run for a while since the last turn. */
  giveIfDue(): Promise<void>;
}

export function mainThreadTurns(): MainThreadTurns {
  let since = performance.now();
  return {
    async giveIfDue() {
      if (performance.now() - since < TURN_MS) return;
      await nextTask();
      since = performance.now();
    },
  };
}
