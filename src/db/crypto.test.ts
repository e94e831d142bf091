import { describe, expect, it } from 'vitest';
import { freshRowVer } from './row-ver';
import {
  decryptJson,
  encryptJson,
  freshIv,
  generateWrappableDataKey,
  rewrapDataKey,
  derivePasswordKek,
  rowAad,
  unwrapWithDeviceSecret,
  unwrapWithPassword,
  wrapWithDeviceSecret,
  wrapWithPassword,
} from './crypto';

const ITERATIONS = 1_000;

async function newKey() {
  const wrappable = await generateWrappableDataKey();
  const wrap = await wrapWithPassword(wrappable, 'correct horse', ITERATIONS);
  return { wrap, key: await unwrapWithPassword(wrap, 'correct horse'), wrappable };
}

describe('crypto', () => {
  it('draws every IV once, 12 bytes in a buffer of its own, across refills of the pool', async () => {
    const { key } = await newKey();
    const seen = new Set<string>();
    for (let index = 0; index < 1_000; index++) {
      const iv = index % 2 === 0 ? freshIv() : (await encryptJson(key, index, 'aad')).iv;
      expect(iv.byteLength).toBe(12);
      expect(iv.buffer.byteLength).toBe(12);
      seen.add(Array.from(iv).join(','));
    }
    expect(seen.size).toBe(1_000);
  });

  it('draws row vers from the same pool without handing out an IV twice, each ver below 2^52', () => {
    const ivs = new Set<string>();
    const vers = new Set<number>();
    for (let index = 0; index < 1_000; index++) {
      ivs.add(Array.from(freshIv()).join(','));
      const ver = freshRowVer();
      expect(Number.isSafeInteger(ver) && ver >= 0 && ver < 2 ** 52).toBe(true);
      vers.add(ver);
    }
    expect(ivs.size).toBe(1_000);
    expect(vers.size).toBe(1_000);
  });

  it('round-trips JSON bound to its row, including non-ASCII text', async () => {
    const { key } = await newKey();
    const value = { firstName: 'Zoë-Ŀmarker', n: 3, nested: { ok: true } };
    const aad = rowAad('candidates', 'id-1', 'site-1');
    const payload = await encryptJson(key, value, aad);
    expect(payload.iv.byteLength).toBe(12);
    expect(await decryptJson(key, payload, aad)).toEqual(value);
  });

  it('fails with another row\'s aad or a wrong key', async () => {
    const { key } = await newKey();
    const { key: otherKey } = await newKey();
    const payload = await encryptJson(key, { a: 1 }, rowAad('candidates', 'id-1', 'site-1'));
    await expect(decryptJson(key, payload, rowAad('candidates', 'id-2', 'site-1'))).rejects.toThrow();
    await expect(decryptJson(key, payload, rowAad('candidates', 'id-1', 'site-2'))).rejects.toThrow();
    await expect(decryptJson(otherKey, payload, rowAad('candidates', 'id-1', 'site-1'))).rejects.toThrow();
  });

  it('uses a fresh iv for every payload', async () => {
    const { key } = await newKey();
    const a = await encryptJson(key, { a: 1 }, 'x');
    const b = await encryptJson(key, { a: 1 }, 'x');
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
  });

  it('unwraps only with the right password or device secret, always non-extractable', async () => {
    const { wrap, key, wrappable } = await newKey();
    expect(key.extractable).toBe(false);
    await expect(unwrapWithPassword(wrap, 'wrong')).rejects.toThrow();

    const deviceWrap = await wrapWithDeviceSecret(wrappable, 'server-device-secret');
    const viaDevice = await unwrapWithDeviceSecret(deviceWrap, 'server-device-secret');
    expect(viaDevice.extractable).toBe(false);
    await expect(unwrapWithDeviceSecret(deviceWrap, 'other-secret')).rejects.toThrow();

    // Both unwrapped copies are the same key.
    const payload = await encryptJson(key, 'hello', 'aad');
    expect(await decryptJson(viaDevice, payload, 'aad')).toBe('hello');
  });

  it('re-wraps a key under a new password (after a coordinator reset)', async () => {
    const { wrap, key } = await newKey();
    const oldKek = await derivePasswordKek('correct horse', new Uint8Array(wrap.salt), ITERATIONS);
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const newKek = await derivePasswordKek('new password', salt, ITERATIONS);
    const wrapped = await rewrapDataKey(wrap.wrapped, oldKek, newKek);
    const reopened = await unwrapWithPassword({ salt, iterations: ITERATIONS, wrapped }, 'new password');
    const payload = await encryptJson(key, [1, 2], 'aad');
    expect(await decryptJson(reopened, payload, 'aad')).toEqual([1, 2]);
  });
});
