// A new server token for the open session, when the old one expired or was ended while the
// adviser kept working (sync answers 401): the adviser types their email and password again where
// they are, nothing closes, and the changes waiting on the tablet go out at the next sync.
import { unlockAfterServerLogin } from '../db/account-keys';
import { Directory } from '../db/directory';
import type { StoredSession, UserStore } from '../db/user-store';
import { isWipeOrder } from './device-wipe';
import { TransportError, type HttpTransport } from './transport';

export type RenewalOutcome = 'renewed' | 'bad_credentials' | 'other_account' | 'offline' | 'rate_limited' | 'server' | 'wiped';

export interface RenewalContext {
  directoryName: string;
  transport: HttpTransport;
  /** The open session: its token and expiry are replaced in place, so every API client uses the new token. */
  session: StoredSession;
  store: UserStore;
  /** The device was revoked meanwhile: wipe it as any other wipe order does. */
  onWipeOrder: () => Promise<void>;
}

function outcomeOfFailure(error: unknown): RenewalOutcome {
  if (!(error instanceof TransportError)) return 'server';
  if (error.kind === 'unauthorized' || error.kind === 'bad_request') return 'bad_credentials';
  if (error.kind === 'rate_limited') return 'rate_limited';
  if (error.kind === 'network') return 'offline';
  return 'server';
}

export async function renewSessionToken(context: RenewalContext, email: string, password: string): Promise<RenewalOutcome> {
  const { session } = context;
  const directory = new Directory(context.directoryName);
  try {
    const deviceId = await directory.deviceId();
    let login;
    try {
      login = await context.transport.login({ email, password, deviceId });
    } catch (error) {
      if (!isWipeOrder(error)) return outcomeOfFailure(error);
      await context.onWipeOrder();
      return 'wiped';
    }
    // Another adviser's account would send this adviser's changes under someone else's name.
    if (login.user.id !== session.user.id) return 'other_account';
    // A password given by a coordinator meanwhile: the offline login follows the new password
    // (wrapped with as many iterations as the device used so far).
    const account = await directory.getAccount(session.user.id);
    if (account) {
      const keys = await unlockAfterServerLogin(account, password, account.passwordWrap.iterations, login.deviceSecret);
      if (keys) await directory.saveAccount({ ...account, passwordWrap: keys.passwordWrap, deviceWrap: keys.deviceWrap });
    }
    session.token = login.token;
    session.expiresAt = login.expiresAt;
    await context.store.saveSession(session);
    return 'renewed';
  } finally {
    directory.close();
  }
}
