// The Chromium page of the sync benchmark: ../sync.bench.ts bundles this file with esbuild, serves
// it on the server's origin (through Playwright's request routing) and calls the function below.
import { runDeviceBench } from './device-bench';

(globalThis as { vdcSyncBench?: typeof runDeviceBench }).vdcSyncBench = runDeviceBench;
