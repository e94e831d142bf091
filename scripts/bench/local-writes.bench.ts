// Queueing many local changes on the tablet (an import, a group's enrolment, a roll call):
// `npx tsx scripts/bench/local-writes.bench.ts`. In headless Chromium (/usr/bin/chromium;
// BENCH_CHROMIUM=0 skips it), on-disk IndexedDB in a temporary profile, the page bundled with
// esbuild (local-writes/browser-entry.ts): 2,000 changes queued through the batched write path
// beside a raw bulkPut of the same rows, measured in the same run, and the same changes one by one
// once. Target: the batch within 3× the raw bulkPut. BENCH_CHANGES sets the count.
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { inChromiumPage, median, ms, n, span } from './chromium-page';
import type { LocalWritesResult } from './local-writes/browser-entry';

const COUNT = Number(process.env.BENCH_CHANGES ?? 2000);
const RUNS = 5;
const TARGET_RATIO = 3;
const ENTRY = fileURLToPath(new URL('./local-writes/browser-entry.ts', import.meta.url));

async function main() {
  console.log(`Local writes: ${n(COUNT)} changes (half edits, half new candidates), median (min–max) of ${RUNS} runs; ${cpus().length} CPUs, load average ${loadavg()[0]?.toFixed(1)}`);
  await inChromiumPage(ENTRY, 'writes', async (page) => {
    const result = await page.evaluate(
      ([count, runs]) => (globalThis as unknown as { vdcLocalWritesBench: (count: number, runs: number) => Promise<LocalWritesResult> }).vdcLocalWritesBench(count, runs),
      [COUNT, RUNS] as const,
    );
    const ratio = median(result.batched) / median(result.floor);
    console.log(`chromium  queue ${n(result.count)} local changes          ${span(result.batched)}`);
    console.log(`chromium  raw bulkPut of the same rows         ${span(result.floor)}  (records + outbox rows, 500 per transaction)`);
    console.log(`chromium  ratio ${ratio.toFixed(2)}×${ratio > TARGET_RATIO ? `  ← over the ${TARGET_RATIO}× target` : '  (within target)'}`);
    console.log(`chromium  the same changes one by one (before) ${ms(result.oneByOne)}  (one transaction per change, once)`);
    if (ratio > TARGET_RATIO) process.exitCode = 1;
  });
}

await main();
