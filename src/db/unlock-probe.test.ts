// The bare-IndexedDB probe answers like the directory: no database, no last adviser or no unexpired
// way to reopen → the login shows at once; it never creates the database.
import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { DIRECTORY_DB_NAME, Directory } from './directory';
import { createCandidateLock } from './candidate-lock';
import { PROBED_DIRECTORY_NAME, mayReopen, sittingWaits } from './unlock-probe';

const wrap = (expiresAt: string) => ({ pinSalt: new Uint8Array(16), iterations: 1, wrapSalt: new Uint8Array(16), wrapped: new ArrayBuffer(40), expiresAt });

describe('reopen probe', () => {
  it('probes the directory database by its real name', () => {
    expect(PROBED_DIRECTORY_NAME).toBe(DIRECTORY_DB_NAME);
  });

  it('answers false for a device with no directory, and does not create one', async () => {
    const name = `probe-none-${newId()}`;
    expect(await mayReopen(Date.now(), name)).toBe(false);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(name);
  });

  it('answers true only for the last adviser’s unexpired PIN unlock', async () => {
    const name = `probe-${newId()}`;
    const directory = new Directory(name);
    const now = Date.now();
    await directory.deviceId();
    expect(await mayReopen(now, name)).toBe(false);
    await directory.unlockTable.put({ userId: 'user-1', pin: wrap(new Date(now + 3600_000).toISOString()) });
    expect(await mayReopen(now, name)).toBe(false); // nobody is the last adviser
    await directory.setLastUser('user-1');
    expect(await mayReopen(now, name)).toBe(true);
    expect(await mayReopen(now + 2 * 3600_000, name)).toBe(false);
    await directory.setLastUser('user-2');
    expect(await mayReopen(now, name)).toBe(false);
    directory.close();
  });

  it('says whether a candidate’s sitting waits for its adviser, without creating the database', async () => {
    const none = `probe-none-${newId()}`;
    expect(await sittingWaits(none)).toBe(false);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(none);
    const name = `probe-sitting-${newId()}`;
    const lock = createCandidateLock({ userId: 'user-1', directoryName: name });
    const directory = new Directory(name);
    await directory.deviceId();
    expect(await sittingWaits(name)).toBe(false);
    await lock.lock('sitting-1');
    expect(await sittingWaits(name)).toBe(true);
    await lock.unlock();
    expect(await sittingWaits(name)).toBe(false);
    directory.close();
  });
});
