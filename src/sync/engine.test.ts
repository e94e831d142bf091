import { afterEach, describe, expect, it, vi } from 'vitest';
import { newId } from '../domain/ids';
import { FakeSyncServer } from './testing/fake-sync-server';
import { TransportError } from './transport';
import { openTestDevice, type TestDevice } from './testing/test-device';

const devices: TestDevice[] = [];
async function device(server: FakeSyncServer, name = 'tablet', options = {}): Promise<TestDevice> {
  const opened = await openTestDevice(name, server.api(), options);
  devices.push(opened);
  return opened;
}
afterEach(() => {
  for (const opened of devices.splice(0)) opened.close();
});

async function viewOf(target: TestDevice) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const record of await target.store.list('candidates')) out[`candidates/${record.id}`] = record.data;
  return out;
}
function serverView(server: FakeSyncServer) {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(server.snapshot())) if (!value.deleted) out[key] = value.data;
  return out;
}

describe('sync engine against a fake server', () => {
  it('two devices create and edit offline, sync, and converge', async () => {
    const server = new FakeSyncServer();
    const a = await device(server, 'a');
    const b = await device(server, 'b');
    const amina = newId();
    await a.store.write('candidates', amina, 'site-1', 'put', { firstName: 'Amina' });
    await b.store.write('candidates', newId(), 'site-1', 'put', { lastName: 'Peeters' });
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 0 });
    await b.engine.syncNow();
    await b.store.write('candidates', amina, 'site-1', 'put', { lastName: 'Benali' });
    await b.engine.syncNow();
    const status = await a.engine.syncNow();
    expect(status.lastSyncedAt).toBeDefined();
    expect(await viewOf(a)).toEqual(serverView(server));
    expect(await viewOf(b)).toEqual(serverView(server));
    expect((await a.store.get('candidates', amina))?.data).toEqual({ firstName: 'Amina', lastName: 'Benali' });
  });

  it('a lost answer after commit is retried without applying twice', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    for (const name of ['a', 'b', 'c']) await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: name });
    server.faults.dropAfterCommit = 1;
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'offline', error: 'network', pending: 3 });
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(server.appliedLog).toHaveLength(3);
    expect(Object.keys(serverView(server))).toHaveLength(3);
    expect(await viewOf(a)).toEqual(serverView(server));
  });

  it('a dropped request loses nothing', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'x' });
    server.faults.dropBeforeCommit = 1;
    expect((await a.engine.syncNow()).phase).toBe('offline');
    expect((await a.engine.syncNow()).pending).toBe(0);
    expect(await viewOf(a)).toEqual(serverView(server));
  });

  it('renumbers after 409 seq_gap and pushes again', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'x' });
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'y' });
    await a.store.renumberOutbox(40); // as if seqs had been consumed locally
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'idle', pending: 0 });
    expect(server.appliedLog.map((entry) => entry.seq)).toEqual([1, 2]);
  });

  it('a rejected mutation is kept for attention and does not block the rest', async () => {
    const server = new FakeSyncServer();
    server.faults.rejectWhen = (mutation) => (mutation.fields?.firstName === 'Refused' ? 'forbidden_site' : undefined);
    const a = await device(server, 'a', { pushBatchSize: 1 });
    const refused = newId();
    await a.store.write('candidates', refused, 'site-1', 'put', { firstName: 'Refused' });
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'Fine' });
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'idle', pending: 0, needsAttention: 1 });
    const attention = await a.store.listAttention();
    expect(attention).toMatchObject([{ kind: 'rejected', error: 'forbidden_site', id: refused, mutation: { fields: { firstName: 'Refused' } } }]);
    // The refused creation is not shown as if it existed on the server.
    expect(await viewOf(a)).toEqual(serverView(server));
  });

  it('a conflict is kept for attention and both devices converge on the server value', async () => {
    const server = new FakeSyncServer();
    const a = await device(server, 'a');
    const b = await device(server, 'b');
    const id = newId();
    await a.store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina' });
    await a.engine.syncNow();
    await b.engine.syncNow();
    await a.store.write('candidates', id, 'site-1', 'put', { firstName: 'Aminata' });
    await b.store.write('candidates', id, 'site-1', 'put', { firstName: 'Amina B' });
    await a.engine.syncNow();
    expect(await b.engine.syncNow()).toMatchObject({ needsAttention: 1, pending: 0 });
    await a.engine.syncNow();
    expect(await viewOf(a)).toEqual(serverView(server));
    expect(await viewOf(b)).toEqual(serverView(server));
    expect((await b.store.get('candidates', id))?.data.firstName).toBe('Aminata');
    expect((await b.store.listAttention())[0]?.conflicts).toEqual([{ field: 'firstName', serverValue: 'Aminata', clientValue: 'Amina B' }]);
  });

  it('401 says unauthorized and keeps the outbox', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'x' });
    server.faults.unauthorized = true;
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'error', error: 'unauthorized', pending: 1 });
    server.faults.unauthorized = false;
    expect(await a.engine.syncNow()).toMatchObject({ phase: 'idle', error: undefined, pending: 0 });
  });

  it('429 says the server asks to wait and keeps the outbox', async () => {
    const api = new FakeSyncServer().api();
    const limited = await openTestDevice('limited', { ...api, push: () => Promise.reject(new TransportError('rate_limited', { status: 429 })) });
    devices.push(limited);
    await limited.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'y' });
    expect(await limited.engine.syncNow()).toMatchObject({ phase: 'error', error: 'rate_limited', pending: 1 });
  });

  it('a second syncNow joins the running one; status is notified', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    const phases: string[] = [];
    a.engine.subscribe((status) => phases.push(status.phase));
    await a.store.write('candidates', newId(), 'site-1', 'put', { firstName: 'x' });
    const first = a.engine.syncNow();
    const second = a.engine.syncNow();
    expect(second).toBe(first);
    await first;
    expect(server.appliedLog).toHaveLength(1);
    expect(phases[0]).toBe('syncing');
    expect(phases.at(-1)).toBe('idle');
  });

  it('pulls in pages until hasMore is false, storing the cursor', async () => {
    const server = new FakeSyncServer();
    const writer = await device(server, 'writer');
    for (let i = 0; i < 7; i++) await writer.store.write('candidates', newId(), 'site-1', 'put', { firstName: `n${i}` });
    await writer.engine.syncNow();
    const reader = await device(server, 'reader', { pullLimit: 3 });
    const status = await reader.engine.syncNow();
    expect(status.phase).toBe('idle');
    expect((await reader.store.list('candidates')).length).toBe(7);
    expect((await reader.store.syncState()).cursor).toBe(7);
  });

  it('after a server restore (new epoch) re-pulls and resends what the server lacks', async () => {
    const server = new FakeSyncServer();
    const a = await device(server);
    const early = newId();
    await a.store.write('candidates', early, 'site-1', 'put', { firstName: 'Early' });
    await a.engine.syncNow();
    const late = newId();
    await a.store.write('candidates', late, 'site-1', 'put', { firstName: 'Late' });
    server.restore((record) => record.id === early, 'epoch-2');
    await a.store.write('candidates', early, 'site-1', 'put', { lastName: 'Pending' });
    // `late` was never pushed: it is still pending and reaches the restored server.
    const status = await a.engine.syncNow();
    expect(status).toMatchObject({ phase: 'idle', pending: 0 });
    expect((await a.store.syncState()).serverEpoch).toBe('epoch-2');
    expect(serverView(server)[`candidates/${early}`]).toEqual({ firstName: 'Early', lastName: 'Pending' });
    expect(serverView(server)[`candidates/${late}`]).toEqual({ firstName: 'Late' });
    expect(await viewOf(a)).toEqual(serverView(server));
  });
});

describe('sync triggers', () => {
  it('start() syncs now, on online events and on a timer while online; stop() ends it', async () => {
    // Only the engine's interval is faked: IndexedDB and WebCrypto keep their real scheduling, and
    // the timer's ticks are driven by the test instead of waited for.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const server = new FakeSyncServer();
      let online = true;
      const onlineListeners = new Set<() => void>();
      const { createSyncEngine } = await import('./engine');
      const a = await device(server);
      const intervalMs = 60_000;
      const engine = createSyncEngine({
        store: a.store,
        api: server.api(),
        intervalMs,
        connectivity: { isOnline: () => online, onOnline: (listener) => (onlineListeners.add(listener), () => onlineListeners.delete(listener)) },
      });
      let runs = 0;
      let syncing = false;
      engine.subscribe((status) => {
        if (status.phase === 'syncing' && !syncing) runs++;
        syncing = status.phase === 'syncing';
      });
      // A run starts synchronously; syncNow() then joins it, so awaiting it waits for that run.
      engine.start();
      expect(runs).toBe(1); // no idle callback in Node: the first run starts at once
      await engine.syncNow();
      vi.advanceTimersByTime(intervalMs);
      expect(runs).toBe(2);
      await engine.syncNow();
      online = false;
      vi.advanceTimersByTime(3 * intervalMs);
      expect(runs).toBe(2);
      online = true;
      for (const listener of onlineListeners) listener();
      expect(runs).toBe(3);
      await engine.syncNow();
      engine.stop();
      expect(onlineListeners.size).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
      vi.advanceTimersByTime(3 * intervalMs);
      expect(runs).toBe(3);
    } finally {
      vi.useRealTimers();
    }
  });

  it('when a pulled page cannot be stored, keeps the pages before it and stores none after it', async () => {
    const server = new FakeSyncServer();
    const writer = await device(server, 'writer');
    for (let i = 0; i < 7; i++) await writer.store.write('candidates', newId(), 'site-1', 'put', { firstName: `n${i}` });
    await writer.engine.syncNow();
    const reader = await device(server, 'reader', { pullLimit: 3 });
    const { createSyncEngine } = await import('./engine');
    // The store fails on the second page, while the third is already being prepared.
    let calls = 0;
    const failing = Object.create(reader.store) as typeof reader.store;
    failing.applyPulledPage = (changes, state) => {
      calls++;
      if (calls === 2) return Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
      return reader.store.applyPulledPage(changes, state);
    };
    const engine = createSyncEngine({ store: failing, api: server.api(), pullLimit: 3, connectivity: { isOnline: () => true, onOnline: () => () => {} } });
    expect(await engine.syncNow()).toMatchObject({ phase: 'error', error: 'storage_full' });
    expect(calls).toBe(3);
    expect((await reader.store.syncState()).cursor).toBe(3);
    expect(await reader.store.list('candidates')).toHaveLength(3);
    expect(await reader.engine.syncNow()).toMatchObject({ phase: 'idle' });
    expect(await reader.store.list('candidates')).toHaveLength(7);
  });
});
