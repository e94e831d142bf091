// Component tests: jsdom with an in-memory IndexedDB, Node's WebCrypto, and cleanup between tests.
import 'fake-indexeddb/auto';
import { webcrypto } from 'node:crypto';
import { afterEach } from 'vitest';
import { cleanup, configure } from '@testing-library/react';

if (!globalThis.crypto?.subtle) {
  Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
}
// findBy* waits up to 5 s: real encryption and IndexedDB under jsdom are slow on a loaded 2-core
// machine. It is a ceiling for waiting, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });
afterEach(() => cleanup());
