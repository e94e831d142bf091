// The app's session service: the real storage and sync of src/sync/session.ts.
import type { SessionService } from '../components/session/session-context';
import { sittingWaits } from '../db/unlock-probe';
import { reopenOptions, reopenWithPin, reopenWithTabletLock, signIn } from '../sync/session';

export const sessionService: SessionService = {
  signIn: (credentials) => signIn(credentials),
  // Nothing on the disk reopens a workspace alone (docs/key-handling.md): a new page asks for a factor.
  resumeSession: async () => null,
  reopenOptions: () => reopenOptions(),
  reopenWithPin: (pin) => reopenWithPin(pin),
  reopenWithTabletLock: () => reopenWithTabletLock(),
  sittingWaits: () => sittingWaits(),
};
