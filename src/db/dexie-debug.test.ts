// A production build prints no Dexie traces, even when served from localhost.
import { afterEach, describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { setDexieDebug } from './user-database';

describe('Dexie debug traces', () => {
  afterEach(() => setDexieDebug(import.meta.env.DEV));

  it('follows the build once the database module is loaded: on in development only', () => {
    expect(Dexie.debug).toBe(import.meta.env.DEV);
  });

  it('is off when the build is not a development one, whatever the page address', () => {
    setDexieDebug(false);
    expect(Dexie.debug).toBe(false);
  });
});
