import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { keepPictogramsAsFiles } from './src/content/pictogram-assets';

// Three projects: pure and storage code in Node (fake-indexeddb), React components in jsdom,
// and the server (with the app↔server integration tests) against SQLite, or PostgreSQL when
// TEST_DATABASE_URL is set by scripts/test.mjs.
//
// Test timeouts only bound a hang (docs/testing.md): Vitest's default of 5 s judged the machine's
// load instead, since a component test of 1 s takes 5 s and more at a load average of 20 on 2 cores.
const HANG_BOUND_MS = 60_000;

export default defineConfig({
  plugins: [react()],
  // As in the app's build (vite.config.ts), so tests see the pictograms' URLs as the app does.
  build: { assetsInlineLimit: keepPictogramsAsFiles },
  test: {
    testTimeout: HANG_BOUND_MS,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/{domain,db,sync,content}/**/*.test.ts'],
          setupFiles: ['tests/support/setup-node.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['src/{app,features,components,i18n,pwa}/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/support/setup-dom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['server/**/*.test.ts', 'tests/integration/**/*.test.ts'],
          setupFiles: ['tests/support/setup-node.ts'],
          testTimeout: 30000,
          hookTimeout: 60000,
          fileParallelism: false,
        },
      },
    ],
  },
});
