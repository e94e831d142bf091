// Per-user limits on pushes (docs/server-authority.md, "Limits"): one token bucket of requests and
// one of records per user, refilled continuously. The numbers are far above a real day's work, so
// only a runaway or hostile client meets them; it gets 429 with Retry-After and words. The buckets
// live in this process: two server instances allow twice as much (acceptable for a ceiling that
// protects the others' response times, unlike the login limits, which are shared).

export interface RateLimit {
  /** Tokens added per hour, continuously. */
  perHour: number;
  /** Tokens a bucket holds at most (and starts with). */
  burst: number;
}

export interface PushRateLimits {
  pushes: RateLimit;
  records: RateLimit;
}

/**
 * The defaults, reasoned in docs/server-authority.md: a tablet syncs every minute and after each
 * change (a few hundred pushes on a busy day), a week offline is a few thousand records, an import
 * of a spreadsheet a few thousand more.
 */
export const DEFAULT_PUSH_RATE_LIMITS: PushRateLimits = {
  pushes: { perHour: 1_800, burst: 300 },
  records: { perHour: 3_000, burst: 5_000 },
};

export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before `cost` tokens are there (0: now). A cost above the burst waits for a full bucket. */
  waitFor(key: string, cost: number): number {
    const tokens = this.tokens(key);
    const needed = Math.min(cost, this.limit.burst);
    if (tokens >= needed) return 0;
    return Math.max(1, Math.ceil(((needed - tokens) / this.limit.perHour) * 3_600));
  }

  take(key: string, cost: number): void {
    this.buckets.set(key, { tokens: this.tokens(key) - Math.min(cost, this.limit.burst), at: this.now() });
  }

  private tokens(key: string): number {
    const bucket = this.buckets.get(key);
    if (!bucket) return this.limit.burst;
    const refill = ((this.now() - bucket.at) / 3_600_000) * this.limit.perHour;
    return Math.min(this.limit.burst, bucket.tokens + refill);
  }
}

export class PushRateLimiter {
  private readonly pushes: TokenBuckets;
  private readonly records: TokenBuckets;

  constructor(limits: PushRateLimits, now: () => number = Date.now) {
    this.pushes = new TokenBuckets(limits.pushes, now);
    this.records = new TokenBuckets(limits.records, now);
  }

  /** Counts one push of `records` mutations for this user, or returns the seconds to wait (nothing counted). */
  admit(userId: string, records: number): number {
    const wait = Math.max(this.pushes.waitFor(userId, 1), this.records.waitFor(userId, records));
    if (wait > 0) return wait;
    this.pushes.take(userId, 1);
    this.records.take(userId, records);
    return 0;
  }
}

/**
 * The limits from the environment: PUSH_LIMITS=0 turns them off; PUSH_RECORDS_PER_HOUR,
 * PUSH_RECORDS_BURST, PUSHES_PER_HOUR and PUSHES_BURST override the defaults.
 */
export function pushRateLimitsFromEnv(env: Record<string, string | undefined>): PushRateLimits | false {
  if (env.PUSH_LIMITS === '0') return false;
  const number = (name: string, fallback: number) => {
    const value = Number(env[name]);
    return env[name] !== undefined && Number.isFinite(value) && value > 0 ? value : fallback;
  };
  const { pushes, records } = DEFAULT_PUSH_RATE_LIMITS;
  return {
    pushes: { perHour: number('PUSHES_PER_HOUR', pushes.perHour), burst: number('PUSHES_BURST', pushes.burst) },
    records: { perHour: number('PUSH_RECORDS_PER_HOUR', records.perHour), burst: number('PUSH_RECORDS_BURST', records.burst) },
  };
}
