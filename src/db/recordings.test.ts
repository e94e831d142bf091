import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { createRecordingStore, type RecordingStore } from './recordings';
import { UserDatabase } from './user-database';

const opened: RecordingStore[] = [];
afterEach(() => {
  for (const store of opened.splice(0)) store.close();
});

async function dataKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

describe('adviser recordings', () => {
  it('saves, lists, reads and deletes a clip, encrypted at rest as an ArrayBuffer', async () => {
    const db = new UserDatabase(`test-rec-${newId()}`);
    const store = createRecordingStore(db, await dataKey());
    opened.push(store);
    const audio = new Uint8Array([82, 73, 70, 70, 1, 2, 3, 250]).buffer;
    await store.save('fr/item.admin-filing', audio, 'audio/webm;codecs=opus');
    expect(await store.keys()).toEqual(['fr/item.admin-filing']);
    const read = await store.get('fr/item.admin-filing');
    expect(read?.mimeType).toBe('audio/webm;codecs=opus');
    expect([...new Uint8Array(read?.audio ?? new ArrayBuffer(0))]).toEqual([82, 73, 70, 70, 1, 2, 3, 250]);

    const row = await db.recordings.get('fr/item.admin-filing');
    expect(row?.enc.ct).toBeInstanceOf(ArrayBuffer);
    expect(new TextDecoder('latin1').decode(row?.enc.ct)).not.toContain('webm');

    // Moved to another key, it no longer decrypts.
    await db.recordings.put({ ...row!, key: 'fr/other' });
    expect(await store.get('fr/other')).toBeUndefined();

    await store.remove('fr/item.admin-filing');
    expect(await store.get('fr/item.admin-filing')).toBeUndefined();
  });
});
