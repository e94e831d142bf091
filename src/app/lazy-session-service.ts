// The session service of the first screen: the storage and sync code (Dexie, WebCrypto layer, sync
// engine, zod schemas) is loaded only when it is needed, i.e. when the adviser signs in. The login
// screen itself needs none of it,
// which keeps the first screen's JavaScript within its budget (scripts/bench/pwa.bench.ts).
import type { SessionService } from '../components/session/session-context';
import { mayReopen, sittingWaits } from '../db/unlock-probe';

/**
 * Loaded in steps, each module group evaluated in a task of its own (zod, the schemas of the wire,
 * those of the records, Dexie and the storage layer, then the rest): evaluated at once they hold
 * the page for about a quarter of a second on a slow tablet, the longest task of its opening.
 */
let loading: Promise<SessionService> | undefined;
const loadService = (): Promise<SessionService> =>
  (loading ??= (async () => {
    await import('../domain/schema-library');
    await import('../sync/transport');
    await import('../domain/entities');
    await import('../db/user-database');
    return (await import('./session-service')).sessionService;
  })().catch((error: unknown) => {
    loading = undefined; // tried again on the next call
    throw error;
  }));

export const lazySessionService: SessionService = {
  signIn: async (credentials) => (await loadService()).signIn(credentials),
  // Nothing on the disk reopens a workspace alone (docs/key-handling.md).
  resumeSession: async () => null,
  reopenOptions: async () => ((await mayReopen()) ? ((await loadService()).reopenOptions?.() ?? null) : null),
  reopenWithPin: async (pin) => {
    const service = await loadService();
    return service.reopenWithPin ? service.reopenWithPin(pin) : { ok: false, reason: 'unavailable' };
  },
  reopenWithTabletLock: async () => {
    const service = await loadService();
    return service.reopenWithTabletLock ? service.reopenWithTabletLock() : { ok: false, reason: 'unavailable' };
  },
  // The bare probe: the storage code is not loaded for it.
  sittingWaits: () => sittingWaits(),
};
