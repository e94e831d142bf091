import { describe, expect, it } from 'vitest';
import { newId } from '../domain/ids';
import { SYNCED_TABLES } from '../domain/tables';
import { STATE_KEYS, readSyncCursorState } from './sync-state';
import { UserDatabase } from './user-database';

describe('the stored pull cursor', () => {
  it('is kept while it covers every synced table of this version', async () => {
    const db = new UserDatabase(`test-sync-state-${newId()}`);
    await db.syncState.bulkPut([
      { key: STATE_KEYS.cursor, value: 420 },
      { key: STATE_KEYS.pulledTables, value: [...SYNCED_TABLES] },
    ]);
    expect((await readSyncCursorState(db)).cursor).toBe(420);
    db.close();
  });

  it('starts again from 0 when an update added a table that earlier pulls left out', async () => {
    const db = new UserDatabase(`test-sync-state-${newId()}`);
    await db.syncState.bulkPut([
      { key: STATE_KEYS.cursor, value: 420 },
      { key: STATE_KEYS.pulledTables, value: SYNCED_TABLES.slice(0, -1) },
    ]);
    expect((await readSyncCursorState(db)).cursor).toBe(0);
    expect((await db.syncState.get(STATE_KEYS.cursor))?.value).toBe(0);
    expect((await db.syncState.get(STATE_KEYS.pulledTables))?.value).toEqual([...SYNCED_TABLES]);
    // Once pulling with every table, the cursor it stores is kept again.
    await db.syncState.put({ key: STATE_KEYS.cursor, value: 17 });
    expect((await readSyncCursorState(db)).cursor).toBe(17);
    db.close();
  });
});
