// Property: whatever the interleaving of edits, syncs and network faults on several devices,
// once the faults stop and everyone syncs, every device holds exactly the server's data, the
// outboxes are empty, and no mutation was applied twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FakeSyncServer } from './testing/fake-sync-server';
import { propertyRuns } from './testing/property-runs';
import { openTestDevice, type TestDevice } from './testing/test-device';

const DEVICES = 3;
const NAMES = ['Amina', 'Jan', 'Zoë', 'Ŀuc', 'Sam'];
const FIELDS = ['firstName', 'lastName', 'notes'] as const;

const command = fc.oneof(
  fc.record({ kind: fc.constant('create' as const), device: fc.nat(DEVICES - 1), name: fc.constantFrom(...NAMES) }),
  fc.record({
    kind: fc.constant('edit' as const),
    device: fc.nat(DEVICES - 1),
    pick: fc.nat(),
    field: fc.constantFrom(...FIELDS),
    value: fc.constantFrom(...NAMES),
  }),
  fc.record({ kind: fc.constant('delete' as const), device: fc.nat(DEVICES - 1), pick: fc.nat() }),
  fc.record({ kind: fc.constant('sync' as const), device: fc.nat(DEVICES - 1) }),
  fc.record({ kind: fc.constant('fault' as const), fault: fc.constantFrom('dropBeforeCommit' as const, 'dropAfterCommit' as const) }),
);

async function viewOf(device: TestDevice) {
  const out: Record<string, unknown> = {};
  for (const record of await device.store.list('candidates')) out[record.id] = record.data;
  return out;
}

describe('sync engine convergence (property)', () => {
  // ENGINE_PROPERTY_SEED=<seed> (printed before the first scenario) replays a run.
  const runs = propertyRuns('ENGINE_PROPERTY', 25);
  it('devices converge on the server state, nothing applied twice', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(command, { maxLength: 30 }), async (commands) => {
        const server = new FakeSyncServer();
        const devices = await Promise.all(Array.from({ length: DEVICES }, (_, i) => openTestDevice(`p${i}`, server.api(), { pushBatchSize: 2, pullLimit: 3 })));
        try {
          for (const step of commands) {
            if (step.kind === 'fault') {
              server.faults[step.fault]++;
              continue;
            }
            const device = devices[step.device];
            if (!device) continue;
            if (step.kind === 'create') {
              await device.store.write('candidates', crypto.randomUUID(), 'site-1', 'put', { firstName: step.name });
            } else if (step.kind === 'sync') {
              await device.engine.syncNow();
            } else {
              const records = await device.store.list('candidates');
              const target = records[step.pick % Math.max(records.length, 1)];
              if (!target) continue;
              if (step.kind === 'delete') await device.store.write('candidates', target.id, target.siteId, 'delete');
              // lastName keeps a name on the record whatever happens to firstName.
              else await device.store.write('candidates', target.id, target.siteId, 'put', { [step.field]: step.value, lastName: target.data.lastName ?? 'X' });
            }
          }
          server.faults.dropBeforeCommit = 0;
          server.faults.dropAfterCommit = 0;
          for (let round = 0; round < 2; round++) for (const device of devices) await device.engine.syncNow();

          const expected: Record<string, unknown> = {};
          for (const [key, value] of Object.entries(server.snapshot())) if (!value.deleted) expected[key.split('/')[1] ?? key] = value.data;
          for (const device of devices) {
            expect(device.engine.getStatus()).toMatchObject({ phase: 'idle', pending: 0 });
            expect(await viewOf(device)).toEqual(expected);
          }
          const applied = server.appliedLog.map((entry) => `${entry.clientId}/${entry.seq}`);
          expect(new Set(applied).size).toBe(applied.length);
        } finally {
          for (const device of devices) device.close();
        }
      }),
      runs.options,
    );
  }, runs.testTimeout);
});
