// Component tests: jsdom with an in-memory IndexedDB, Node's WebCrypto, and cleanup between tests.
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
// findBy* and waitFor wait for what the user sees (they watch the DOM); their ceiling only bounds a
// hang, below the test's own (vitest.config.ts) so that a stuck wait says what it waited for. Real
// encryption and IndexedDB under jsdom are slow on a loaded 2-core machine (docs/testing.md).
configure({ asyncUtilTimeout: 30_000 });
afterEach(() => cleanup());
