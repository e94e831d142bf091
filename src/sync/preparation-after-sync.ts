// After a sync, the copies kept between sessions (the candidates' payloads, the report's input) are
// prepared once the page is quiet (docs/report-keep.md, "Prepared after a sync"): a large pull
// leaves them to be rebuilt from every row, which the next unlock or opening of the reports screen
// would otherwise do. Never awaited by the sync: its status does not wait.
import { whenSettled } from './when-settled';

/** A page never quiet (a long roll call) still gets them prepared, this long after a sync. */
const AT_THE_LATEST_MS = 120_000;

/** Runs `work` once the page is settled, at the latest after `timeoutMs` (when-settled.ts). */
export type Scheduler = (work: () => void, timeoutMs: number) => unknown;

/**
 * `afterSync()` asks for `prepare` once the page has settled; a request while one is waiting or
 * running adds nothing (that run sees the same database). A failure (the session closed its
 * database meanwhile) is dropped: the screen's own opening keeps the input then. Returns the run's
 * end, for tests.
 */
export function preparationAfterSync(prepare: () => Promise<unknown>, schedule: Scheduler = whenSettled) {
  let running: Promise<void> | undefined;
  return {
    afterSync(): Promise<void> {
      running ??= new Promise<void>((resolve) => {
        schedule(() => {
          void prepare()
            .catch(() => undefined)
            .finally(() => {
              running = undefined;
              resolve();
            });
        }, AT_THE_LATEST_MS);
      });
      return running;
    },
  };
}
