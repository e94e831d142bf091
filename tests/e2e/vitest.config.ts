// Browser tests: a real production build, the real server, Debian's Chromium. One file at a time
// (each starts its own server and browser), with timeouts sized for PBKDF2 and cold starts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'e2e',
    root: new URL('../..', import.meta.url).pathname,
    environment: 'node',
    include: ['tests/e2e/**/*.spec.ts'],
    testTimeout: 180_000,
    hookTimeout: 240_000,
    // expect.poll waits for a state of the page; its ceiling only bounds a hang (Vitest's default,
    // 1 s, judged the machine's load). See docs/testing.md.
    expect: { poll: { timeout: 30_000 } },
    fileParallelism: false,
    maxWorkers: 1,
  },
});
