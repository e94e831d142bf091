// A password check that a guesser cannot run in parallel: the attempt is counted (login-throttle.ts)
// before the argon2 hash is verified, and refused unchecked while the account or address backs off.
// Used by the login and by the current-password check of a password change, which share the counts.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { LoginThrottle } from './login-throttle';
import type { Admission, LoginLimits } from './login-throttle';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './passwords';

export type PasswordVerifier = (passwordHash: string, password: string) => Promise<boolean>;

export interface LoginSecurityOptions {
  limits?: LoginLimits;
  /** The clock of the backoff (tests move it instead of waiting). */
  now?: () => number;
  /** The hash check (tests count its calls). */
  verifyPassword?: PasswordVerifier;
}

export type GuardedCheck = { outcome: 'right' } | { outcome: 'wrong' } | { outcome: 'backoff'; retryAfterSeconds: number };

export class LoginGuard {
  private readonly throttle: LoginThrottle;
  private readonly verify: PasswordVerifier;

  constructor(db: Kysely<Database>, options: LoginSecurityOptions = {}) {
    this.throttle = new LoginThrottle(db, options.limits, options.now);
    this.verify = options.verifyPassword ?? verifyPassword;
  }

  /**
   * Checks `password` against `passwordHash` (undefined for an unknown email: a dummy hash is
   * verified, so both failures cost the same). A right password is not yet a success: call
   * `succeeded` once the login or change is really granted.
   */
  async check(email: string, address: string, passwordHash: string | undefined, password: string): Promise<GuardedCheck> {
    const admission = await this.throttle.admit(normalEmail(email), address);
    if (!admission.admitted) return { outcome: 'backoff', retryAfterSeconds: admission.retryAfterSeconds };
    const right = await this.verify(passwordHash ?? DUMMY_PASSWORD_HASH, password);
    return { outcome: right && passwordHash !== undefined ? 'right' : 'wrong' };
  }

  /**
   * Counts one PIN try (server/routes/device-unlock.ts) before its proof is checked, on the same
   * account and address keys as passwords: PIN and password guesses add up, across every device
   * and every server instance. The pair key (this account from this address) is left out: the
   * device's own count already stops at five, and the password that follows a PIN lockout must not
   * wait behind the pair's backoff.
   */
  admitPin(email: string, address: string): Promise<Admission> {
    return this.throttle.admit(normalEmail(email), address, ['account', 'address']);
  }

  succeeded(email: string, address: string): Promise<void> {
    return this.throttle.succeeded(normalEmail(email), address);
  }
}

function normalEmail(email: string): string {
  return email.trim().toLowerCase();
}
