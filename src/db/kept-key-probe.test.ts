// The bare-IndexedDB probe answers like the directory: no database or no kept key → nothing to
// resume (the login shows at once); a kept, unexpired key → resume; it never creates the database.
import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { DIRECTORY_DB_NAME, Directory, KEPT_KEY_TTL_MS } from './directory';
import { PROBED_DIRECTORY_NAME, mayHaveKeptKey } from './kept-key-probe';

async function someKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

describe('kept key probe', () => {
  it('probes the directory database by its real name', () => {
    expect(PROBED_DIRECTORY_NAME).toBe(DIRECTORY_DB_NAME);
  });

  it('answers false for a device that has no directory yet, and does not create one', async () => {
    const name = `probe-none-${newId()}`;
    expect(await mayHaveKeptKey(Date.now(), name)).toBe(false);
    expect((await indexedDB.databases()).some((database) => database.name === name)).toBe(false);
  });

  it('follows the kept key: present, expired, forgotten', async () => {
    const name = `probe-${newId()}`;
    const directory = new Directory(name);
    try {
      await directory.deviceId(); // the directory exists, nothing kept
      expect(await mayHaveKeptKey(Date.now(), name)).toBe(false);
      const now = Date.now();
      await directory.keepKey('user-1', await someKey(), now);
      expect(await mayHaveKeptKey(now, name)).toBe(true);
      expect(await mayHaveKeptKey(now + KEPT_KEY_TTL_MS + 1, name)).toBe(false);
      await directory.forgetKeptKey();
      expect(await mayHaveKeptKey(now, name)).toBe(false);
    } finally {
      directory.close();
    }
  });
});
