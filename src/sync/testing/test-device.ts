// A simulated tablet for engine tests: its own database and data key, an engine on a given API.
import { generateWrappableDataKey, unwrapWithPassword, wrapWithPassword } from '../../db/crypto';
import { UserDatabase } from '../../db/user-database';
import { UserStore } from '../../db/user-store';
import { createSyncEngine, type ClientSyncEngine, type Connectivity } from '../engine';
import type { SyncApi } from '../transport';

export interface TestDevice {
  name: string;
  store: UserStore;
  engine: ClientSyncEngine;
  close(): void;
}

const alwaysOnline: Connectivity = { isOnline: () => true, onOnline: () => () => {} };

export async function openTestDevice(name: string, api: SyncApi, options: { pushBatchSize?: number; pullLimit?: number } = {}): Promise<TestDevice> {
  const wrap = await wrapWithPassword(await generateWrappableDataKey(), 'pw', 1_000);
  const key = await unwrapWithPassword(wrap, 'pw');
  const store = new UserStore(new UserDatabase(`test-device-${name}-${globalThis.crypto.randomUUID()}`), key);
  const engine = createSyncEngine({ store, api, connectivity: alwaysOnline, ...options });
  return {
    name,
    store,
    engine,
    close: () => {
      engine.stop();
      store.close();
    },
  };
}
