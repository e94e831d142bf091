// When background work may start after a screen opens: once the page has settled. The first idle
// moment is not enough: it comes while the opening screen waits for its reads, and a sync run then
// (its status changes, its reads and writes) makes that opening far longer.

/** An idle period this long (the browser's longest) means no frame or task was waiting. */
const QUIET_IDLE_MS = 45;
/** How long the page must stay quiet before it counts as settled. */
export const SETTLED_AFTER_MS = 1_000;
/** Idle periods follow each other on a quiet page; a longer gap means something ran in between. */
const LONGEST_QUIET_GAP_MS = 100;

/**
 * Runs `work` once the page has settled (idle periods with nothing waiting, one after the other,
 * for `SETTLED_AFTER_MS`: the screen just opened has drawn and read its data), at most `timeoutMs`
 * later; at once where there is no idle callback (Node, jsdom). Activity (taps, typing, drawing)
 * starts the quiet period again. Returns a cancel.
 */
export function whenSettled(work: () => void, timeoutMs: number): () => void {
  if (typeof globalThis.requestIdleCallback !== 'function') {
    work();
    return () => {};
  }
  const started = performance.now();
  let quietSince: number | undefined;
  let lastCheck = started;
  let handle = 0;
  const check = (deadline: IdleDeadline) => {
    const now = performance.now();
    const quiet = deadline.timeRemaining() >= QUIET_IDLE_MS && now - lastCheck <= LONGEST_QUIET_GAP_MS;
    quietSince = quiet ? (quietSince ?? now) : undefined;
    lastCheck = now;
    const settled = quietSince !== undefined && now - quietSince >= SETTLED_AFTER_MS;
    if (settled || deadline.didTimeout || now - started >= timeoutMs) work();
    else handle = globalThis.requestIdleCallback(check, { timeout: Math.max(1, timeoutMs - (now - started)) });
  };
  handle = globalThis.requestIdleCallback(check, { timeout: timeoutMs });
  return () => globalThis.cancelIdleCallback(handle);
}
