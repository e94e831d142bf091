/**
 * Runs `run` once the browser is idle (requestIdleCallback), or at the latest after `timeoutMs`
 * when given; where the browser has no requestIdleCallback (Safari), in the next task.
 */
export function whenIdle(run: () => void, timeoutMs?: number): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
  else window.setTimeout(run, 0);
}
