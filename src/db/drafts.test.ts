import { afterEach, describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from './crypto';
import { createDraftStore, type DraftStore } from './drafts';
import { UserDatabase } from './user-database';

const opened: DraftStore[] = [];

async function dataKey(): Promise<CryptoKey> {
  return unwrapWithPassword(await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000), 'pw');
}

async function openDrafts(name = `test-drafts-${newId()}`, key?: CryptoKey) {
  const db = new UserDatabase(name);
  const drafts = createDraftStore(db, key ?? (await dataKey()));
  opened.push(drafts);
  return { db, drafts, name };
}

afterEach(() => {
  for (const drafts of opened.splice(0)) drafts.close();
});

describe('drafts', () => {
  it('saves, loads and removes the typed values, encrypted at rest', async () => {
    const { db, drafts } = await openDrafts();
    await drafts.save('candidates:new', { firstName: 'Żanëta', birthDate: '1990' });
    expect((await drafts.load('candidates:new'))?.values).toEqual({ firstName: 'Żanëta', birthDate: '1990' });

    const row = await db.drafts.get('candidates:new');
    expect(Object.keys(row ?? {}).sort()).toEqual(['enc', 'key', 'updatedAt']);
    expect(new TextDecoder().decode(row?.enc.ct)).not.toContain('anëta');

    await drafts.remove('candidates:new');
    expect(await drafts.load('candidates:new')).toBeUndefined();
  });

  it('purges every draft about one person', async () => {
    const { drafts } = await openDrafts();
    await drafts.save('candidates:c-1', { notes: 'a' }, 'c-1');
    await drafts.save('spoc:c-1', { notes: 'b' }, 'c-1');
    await drafts.save('candidates:c-2', { notes: 'c' }, 'c-2');
    await drafts.removeForCandidate('c-1');
    expect(await drafts.load('candidates:c-1')).toBeUndefined();
    expect(await drafts.load('spoc:c-1')).toBeUndefined();
    expect((await drafts.load('candidates:c-2'))?.candidateId).toBe('c-2');
  });

  it('treats a draft written under another key as absent', async () => {
    const { drafts, name } = await openDrafts();
    await drafts.save('candidates:new', { firstName: 'Amina' });
    const other = await openDrafts(name);
    expect(await other.drafts.load('candidates:new')).toBeUndefined();
  });
});
