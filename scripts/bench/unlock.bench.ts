// From unlock to a searchable candidate list, in the browser: `npx tsx scripts/bench/unlock.bench.ts`
// (or `npm run bench -- unlock`). Headless Chromium (/usr/bin/chromium; BENCH_CHROMIUM=0 skips
// it), on-disk IndexedDB in a temporary profile, the page bundled with esbuild
// (unlock/browser-entry.ts): BENCH_CANDIDATES (50,000) fictional candidates; each of BENCH_RUNS
// (3) runs opens a session with nothing kept, then one with the payloads the first kept
// (docs/unlock-keep.md). Target: searchable within 1.5 s at 50,000 (issue 26), at full CPU.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { inChromiumPage, median, ms, n, span } from './chromium-page';
import type { UnlockResult, UnlockRun } from './unlock/browser-entry';

const COUNT = Number(process.env.BENCH_CANDIDATES ?? 50_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const TARGET_MS = 1500;
const ENTRY = fileURLToPath(new URL('./unlock/browser-entry.ts', import.meta.url));

function line(label: string, runs: UnlockRun[]): void {
  const searchable = runs.map((run) => run.searchableMs);
  const verdict = median(searchable) <= TARGET_MS ? '(within target)' : `← over the ${n(TARGET_MS)} ms target`;
  console.log(`chromium  ${label.padEnd(34)} records ${span(runs.map((run) => run.recordsMs))}   searchable ${span(searchable)}  ${verdict}   first search ${ms(median(runs.map((run) => run.firstSearchMs)))}`);
}

async function main() {
  const load = () => loadavg()[0]?.toFixed(1);
  console.log(`Unlock to a searchable list: ${n(COUNT)} candidates, median (min–max) of ${RUNS} runs; ${cpus().length} CPUs, load average ${load()}`);
  await inChromiumPage(ENTRY, 'unlock', async (page) => {
    const result = await page.evaluate(
      ([count, runs]) => (globalThis as unknown as { vdcUnlockBench: (count: number, runs: number) => Promise<UnlockResult> }).vdcUnlockBench(count, runs),
      [COUNT, RUNS] as const,
    );
    console.log(`chromium  raw read of the rows (toArray, no decryption) ${span(result.readRowsMs)}`);
    line('nothing kept (every row decrypted)', result.nothingKept);
    line(`kept payloads (${result.keptChunks} chunks)`, result.kept);
    console.log(`chromium  of which reading the kept chunks alone ${span(result.keptLoadMs)}`);
    line('after the sync\'s preparation', result.prepared);
    console.log(`chromium  of which the preparation itself (payloads and report, in the background after a sync) ${span(result.preparingMs)}`);
    console.log(`load average at the end ${load()}`);
    if (median(result.kept.map((run) => run.searchableMs)) > TARGET_MS) process.exitCode = 1;
  });
}

await main();
