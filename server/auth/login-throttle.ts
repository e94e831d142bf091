// Backoff of password guessing, shared by every server instance through the database
// (docs/login-security.md has the scheme and its numbers). Every attempt is counted BEFORE its
// password hash is checked, in one transaction that locks the rows of its three keys: the account
// from this address, the account from anywhere, and this address for any account. While a key is
// backing off the attempt is refused without being checked. A success clears the account's keys and
// takes its own attempt back from the address, so an office's daily logins never add up.
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface BackoffRule {
  /** Attempts checked before any delay (a burst gets exactly this many). */
  free: number;
  /** Delay after the attempt that uses the last free one; doubled at each further attempt. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** One counted attempt is forgotten per this much time (a leaky bucket: the sustained rate). */
  forgetOneEveryMs: number;
}

export interface LoginLimits {
  /** One account from one address: what a guesser meets first. */
  pair: BackoffRule;
  /** One account from every address: guessing spread over many addresses. */
  account: BackoffRule;
  /** One address, every account: spraying; high, because an office shares one address. */
  address: BackoffRule;
}

const MINUTE = 60_000;

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  pair: { free: 5, firstDelayMs: 30_000, maxDelayMs: 15 * MINUTE, forgetOneEveryMs: 15 * MINUTE },
  account: { free: 20, firstDelayMs: MINUTE, maxDelayMs: 60 * MINUTE, forgetOneEveryMs: 30 * MINUTE },
  address: { free: 100, firstDelayMs: MINUTE, maxDelayMs: 30 * MINUTE, forgetOneEveryMs: MINUTE },
};

/** Rows untouched this long have decayed to nothing under the default rules and are deleted. */
const FORGET_ROWS_AFTER_MS = 7 * 24 * 60 * MINUTE;
const SWEEP_EVERY_MS = 10 * MINUTE;

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

export type Kind = keyof LoginLimits;

interface State {
  failures: number;
  decayed_at: number;
  retry_at: number;
}

function throttleKey(kind: Kind, email: string, address: string): string {
  const parts = kind === 'pair' ? [kind, email, address] : kind === 'account' ? [kind, email] : [kind, address];
  return createHash('sha256').update(parts.join('\n')).digest('hex');
}

/** The failures left after forgetting one per `forgetOneEveryMs` since the state was last decayed. */
export function decayed(state: State, rule: BackoffRule, now: number): State {
  const forgotten = Math.max(0, Math.floor((now - Number(state.decayed_at)) / rule.forgetOneEveryMs));
  const failures = Math.max(0, Number(state.failures) - forgotten);
  const decayedAt = failures === 0 ? now : Number(state.decayed_at) + forgotten * rule.forgetOneEveryMs;
  return { failures, decayed_at: decayedAt, retry_at: Number(state.retry_at) };
}

/** How long after the attempt that brought the count to `failures` the next one must wait. */
export function delayAfter(rule: BackoffRule, failures: number): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.firstDelayMs * 2 ** (failures - rule.free), rule.maxDelayMs);
}

export class LoginThrottle {
  private lastSweep = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly limits: LoginLimits = DEFAULT_LOGIN_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts one attempt for this email from this address, or refuses it while a key backs off.
   * `kinds`: the keys the attempt counts on (a PIN try leaves out the pair, see LoginGuard.admitPin).
   */
  async admit(email: string, address: string, kinds: readonly Kind[] = ['pair', 'account', 'address']): Promise<Admission> {
    await this.sweep();
    // Rows are locked in key order by every transaction, so two attempts never deadlock.
    const keys = kinds.map((kind) => ({ kind, key: throttleKey(kind, email, address) })).sort((a, b) => a.key.localeCompare(b.key));
    return this.db.transaction().execute(async (trx) => {
      const now = this.now();
      const states: { kind: Kind; key: string; state: State }[] = [];
      for (const { kind, key } of keys) {
        // An upsert that updates the row when it exists: it creates or locks the row in one
        // statement (PostgreSQL row lock; SQLite's single writer), and returns its committed state.
        const row = await trx
          .insertInto('login_attempts')
          .values({ key, failures: 0, decayed_at: now, retry_at: 0, updated_at: now })
          .onConflict((conflict) => conflict.column('key').doUpdateSet({ key: (eb) => eb.ref('excluded.key') }))
          .returning(['failures', 'decayed_at', 'retry_at'])
          .executeTakeFirstOrThrow();
        states.push({ kind, key, state: decayed(row, this.limits[kind], now) });
      }
      const waitMs = Math.max(...states.map(({ state }) => state.retry_at - now));
      if (waitMs > 0) return { admitted: false, retryAfterSeconds: Math.ceil(waitMs / 1000) };
      for (const { kind, key, state } of states) {
        const failures = state.failures + 1;
        // No delay is written as 0, not as `now`: a concurrent attempt that read its clock a moment
        // earlier would otherwise see a wait of a few milliseconds and be refused for nothing.
        const delay = delayAfter(this.limits[kind], failures);
        const retryAt = delay > 0 ? now + delay : 0;
        await trx.updateTable('login_attempts').set({ failures, decayed_at: state.decayed_at, retry_at: retryAt, updated_at: now }).where('key', '=', key).execute();
      }
      return { admitted: true };
    });
  }

  /** The right password: the account starts afresh, and the address gets this attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.db.deleteFrom('login_attempts').where('key', 'in', [throttleKey('pair', email, address), throttleKey('account', email, address)]).execute();
    // One atomic statement (no read-modify-write race); decay is subtractive, so it can wait for the next attempt.
    const { free } = this.limits.address;
    await this.db
      .updateTable('login_attempts')
      .set({
        failures: sql<number>`case when failures > 0 then failures - 1 else 0 end`,
        retry_at: sql<number>`case when failures - 1 < ${free} then 0 else retry_at end`,
      })
      .where('key', '=', throttleKey('address', email, address))
      .execute();
  }

  private async sweep(): Promise<void> {
    const now = this.now();
    if (now - this.lastSweep < SWEEP_EVERY_MS) return;
    this.lastSweep = now;
    await this.db.deleteFrom('login_attempts').where('updated_at', '<', now - FORGET_ROWS_AFTER_MS).where('retry_at', '<', now).execute();
  }
}
