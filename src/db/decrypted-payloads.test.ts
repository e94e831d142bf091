import { afterEach, describe, expect, it, vi } from 'vitest';
import { encryptJson, generateWrappableDataKey, rowAad, unwrapWithPassword, wrapWithPassword } from './crypto';
import { decryptPayloadOnce } from './decrypted-payloads';

async function newKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

const aad = rowAad('candidates', 'id-1', 'site-1');

describe('decryptPayloadOnce', () => {
  afterEach(() => vi.restoreAllMocks());

  it('decrypts a row once while its payload stays the same', async () => {
    const key = await newKey();
    const payload = await encryptJson(key, { firstName: 'Zoë' }, aad);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    expect(await decryptPayloadOnce(key, payload, aad)).toEqual({ firstName: 'Zoë' });
    expect(await decryptPayloadOnce(key, { iv: new Uint8Array(payload.iv), ct: payload.ct }, aad)).toEqual({ firstName: 'Zoë' });
    expect(decrypt).toHaveBeenCalledTimes(1);
  });

  it('decrypts a changed row again (a new payload has a new IV)', async () => {
    const key = await newKey();
    await decryptPayloadOnce(key, await encryptJson(key, { firstName: 'Zoë' }, aad), aad);
    expect(await decryptPayloadOnce(key, await encryptJson(key, { firstName: 'Zoé' }, aad), aad)).toEqual({ firstName: 'Zoé' });
  });

  it('keeps each key and each row apart', async () => {
    const key = await newKey();
    const otherKey = await newKey();
    const payload = await encryptJson(key, { a: 1 }, aad);
    await decryptPayloadOnce(key, payload, aad);
    await expect(decryptPayloadOnce(otherKey, payload, aad)).rejects.toThrow();
    await expect(decryptPayloadOnce(key, payload, rowAad('candidates', 'id-2', 'site-1'))).rejects.toThrow();
  });

  it('does not remember a payload that failed, so the next read tries again', async () => {
    const key = await newKey();
    const payload = await encryptJson(key, { a: 1 }, aad);
    vi.spyOn(globalThis.crypto.subtle, 'decrypt').mockRejectedValueOnce(new DOMException('busy', 'OperationError'));
    await expect(decryptPayloadOnce(key, payload, aad)).rejects.toThrow('busy');
    expect(await decryptPayloadOnce(key, payload, aad)).toEqual({ a: 1 });
  });
});
