// How the sync property tests run (docs/testing.md): the seed is printed before the first scenario,
// so that any failure, even one cut short by a timeout, can be replayed; each scenario has a bound
// that only catches a hang; the test's own timeout follows from that bound. How busy the machine is
// changes how long a run takes, never its verdict.

/**
 * The longest one scenario may take before it counts as hung. A scenario of the integration test
 * takes about 0.1-0.2 s on a quiet 2-core machine and at most 3.1 s at a load average of 15 to 20.
 */
export const SCENARIO_HANG_MS = 60_000;

export interface PropertyRuns {
  /** For fc.assert: runs, seed, the per-scenario bound, and the replay of a reported path. */
  options: { numRuns: number; seed: number; timeout: number; path?: string; endOnFailure?: boolean };
  /** For the test: bounds a hang only (every scenario at its bound), never a slow machine. */
  testTimeout: number;
}

/**
 * `<prefix>_RUNS` sets the number of scenarios, `<prefix>_SEED` (and `<prefix>_PATH`, both printed
 * by fast-check on failure) replays one.
 */
export function propertyRuns(prefix: string, defaultRuns: number): PropertyRuns {
  const numRuns = Number(process.env[`${prefix}_RUNS`]) || defaultRuns;
  const seed = Number(process.env[`${prefix}_SEED`]) || (Date.now() ^ Math.floor(Math.random() * 0x1_0000_0000)) | 0;
  const path = process.env[`${prefix}_PATH`] || undefined;
  console.log(`${prefix}: ${numRuns} scenarios, seed ${seed} (replay with ${prefix}_SEED=${seed})`);
  return {
    options: { numRuns, seed, timeout: SCENARIO_HANG_MS, ...(path ? { path, endOnFailure: true } : {}) },
    testTimeout: numRuns * SCENARIO_HANG_MS,
  };
}
