// The session service of the first screen: the storage and sync code (Dexie, WebCrypto layer, sync
// engine, zod schemas) is loaded only when it is needed, i.e. when the adviser signs in or when a
// key kept for the working day can reopen the workspace. The login screen itself needs none of it,
// which keeps the first screen's JavaScript within its budget (scripts/bench/pwa.bench.ts).
import type { SessionService } from '../components/session/session-context';
import { mayHaveKeptKey } from '../db/kept-key-probe';

const loadService = async (): Promise<SessionService> => (await import('./session-service')).sessionService;

export const lazySessionService: SessionService = {
  signIn: async (credentials) => (await loadService()).signIn(credentials),
  resumeSession: async () => ((await mayHaveKeptKey()) ? (await loadService()).resumeSession() : null),
};
