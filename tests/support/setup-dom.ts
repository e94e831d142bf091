// Component tests: jsdom with an in-memory IndexedDB, Node's WebCrypto, and cleanup between tests.
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';

if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
afterEach(() => cleanup());
