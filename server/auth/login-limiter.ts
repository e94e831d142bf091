// Slows down password guessing: after MAX_FAILURES failed logins for one email or one IP within
// the window, further attempts are refused with 429 until the window slides. Kept in memory per
// server instance (several instances each count separately, which still bounds guessing).
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = MAX_FAILURES,
    private readonly windowMs = FAILURE_WINDOW_MS,
  ) {}

  isBlocked(email: string, ip: string, now = Date.now()): boolean {
    return [this.emailKey(email), this.ipKey(ip)].some((key) => this.recent(key, now).length >= this.maxFailures);
  }

  recordFailure(email: string, ip: string, now = Date.now()): void {
    for (const key of [this.emailKey(email), this.ipKey(ip)]) {
      this.failures.set(key, [...this.recent(key, now), now]);
    }
  }

  recordSuccess(email: string): void {
    this.failures.delete(this.emailKey(email));
  }

  private recent(key: string, now: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((time) => now - time < this.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    return kept;
  }

  private emailKey(email: string): string {
    return `email:${email.trim().toLowerCase()}`;
  }

  private ipKey(ip: string): string {
    return `ip:${ip}`;
  }
}
