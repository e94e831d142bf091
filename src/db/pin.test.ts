import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { createCandidateLock } from './candidate-lock';
import { generateWrappableDataKey, randomBytes, unwrapWithPassword, wrapWithPassword } from './crypto';
import { Directory } from './directory';
import { MAX_WRONG_PINS, createPinGate } from './pin';

const dataKey = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
const fastPin = (directoryName: string, userId = 'user-1', key: CryptoKey = dataKey) => createPinGate({ userId, dataKey: key, directoryName, iterations: 1_000 });

describe('adviser PIN', () => {
  it('is not set until set, then opens with the right PIN only, stored as a salted hash sealed with the data key', async () => {
    const name = `test-dir-${newId()}`;
    const pin = fastPin(name);
    expect(await pin.isSet()).toBe(false);
    expect(await pin.verify('1234')).toEqual({ result: 'not-set' });
    await expect(pin.set('12a4')).rejects.toThrow(RangeError);
    await expect(pin.set('123')).rejects.toThrow(RangeError);
    await pin.set('2468');
    expect(await pin.isSet()).toBe(true);
    expect(await pin.verify('2468')).toEqual({ result: 'ok' });
    expect(await pin.verify('1357')).toEqual({ result: 'wrong', remaining: MAX_WRONG_PINS - 1 });
    expect(await fastPin(name, 'user-2').isSet()).toBe(false);

    const directory = new Directory(name);
    const row = await directory.lockTables.pins.get('user-1');
    directory.close();
    expect(JSON.stringify(row)).not.toContain('2468');
    // No hash in clear: without the data key (a copy of the disk) the PINs cannot be tried.
    expect(row?.hash).toBeUndefined();
    expect(row?.sealed?.ct.byteLength).toBeGreaterThan(0);
    const otherKey = await unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
    expect(await fastPin(name, 'user-1', otherKey).verify('2468')).toEqual({ result: 'not-set' });
  });

  it('seals a hash left in clear by an older version at its next right PIN', async () => {
    const name = `test-dir-${newId()}`;
    const salt = randomBytes(16);
    const bits = await crypto.subtle.deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 1_000 },
      await crypto.subtle.importKey('raw', new TextEncoder().encode('4321'), 'PBKDF2', false, ['deriveBits']),
      256,
    );
    const hash = Array.from(new Uint8Array(bits), (byte) => byte.toString(16).padStart(2, '0')).join('');
    const directory = new Directory(name);
    await directory.lockTables.pins.put({ userId: 'user-1', salt, iterations: 1_000, hash, wrongAttempts: 0 });
    expect(await fastPin(name).verify('4321')).toEqual({ result: 'ok' });
    const row = await directory.lockTables.pins.get('user-1');
    directory.close();
    expect(row?.hash).toBeUndefined();
    expect(row?.sealed).toBeDefined();
    expect(await fastPin(name).verify('4321')).toEqual({ result: 'ok' });
  });

  it('a right PIN resets the count of wrong ones', async () => {
    const pin = fastPin(`test-dir-${newId()}`);
    await pin.set('123456');
    for (let i = 0; i < MAX_WRONG_PINS - 1; i += 1) await pin.verify('000000');
    expect(await pin.verify('123456')).toEqual({ result: 'ok' });
    expect(await pin.verify('000000')).toEqual({ result: 'wrong', remaining: MAX_WRONG_PINS - 1 });
  });

  it('answers locked-out at the fifth wrong PIN (the caller signs out), then counts again', async () => {
    const pin = fastPin(`test-dir-${newId()}`);
    await pin.set('1111');
    const results = [];
    for (let i = 0; i < MAX_WRONG_PINS; i += 1) results.push(await pin.verify('9999'));
    expect(results.map((r) => (r.result === 'wrong' ? r.remaining : r.result))).toEqual([4, 3, 2, 1, 'locked-out']);
    expect(await pin.verify('9999')).toEqual({ result: 'wrong', remaining: MAX_WRONG_PINS - 1 });
  });
});

describe('candidate-mode lock', () => {
  it('keeps the sitting id across instances (a reload), for its adviser only', async () => {
    const name = `test-dir-${newId()}`;
    const lock = createCandidateLock({ userId: 'user-1', directoryName: name });
    expect(await lock.load()).toBeUndefined();
    const seen: (string | undefined)[] = [];
    lock.subscribe((id) => seen.push(id));
    await lock.lock('pos-1');
    expect(lock.current()).toBe('pos-1');

    expect(await createCandidateLock({ userId: 'user-1', directoryName: name }).load()).toBe('pos-1');
    expect(await createCandidateLock({ userId: 'user-2', directoryName: name }).load()).toBeUndefined();
    await createCandidateLock({ userId: 'user-2', directoryName: name }).unlock();
    expect(await createCandidateLock({ userId: 'user-1', directoryName: name }).load()).toBe('pos-1');

    await lock.unlock();
    expect(seen).toEqual(['pos-1', undefined]);
    expect(await createCandidateLock({ userId: 'user-1', directoryName: name }).load()).toBeUndefined();
  });
});
