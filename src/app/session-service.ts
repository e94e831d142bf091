// The app's session service: the real storage and sync of src/sync/session.ts.
import type { SessionService } from '../components/session/session-context';
import { resumeSession, signIn } from '../sync/session';

export const sessionService: SessionService = {
  signIn: (credentials) => signIn(credentials),
  resumeSession: () => resumeSession(),
};
