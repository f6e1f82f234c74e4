/**
 * Rate limiting of sign-in attempts, counted in the database so that a restart does not reset
 * a lock-out. Two limits: per username (stops guessing one person's password from many
 * addresses) and per address (stops one address trying many usernames). Attempts are counted
 * before the password is checked, so a locked-out guess costs no hashing and reveals nothing.
 */
import type { Store } from '../store/types.js';

export const LOGIN_LIMITS = {
  windowMinutes: 15,
  /** Failures for one username within the window, since its last successful sign-in. */
  perUsername: 5,
  /** Failures from one address within the window, whatever the usernames (a shared office NAT gets headroom). */
  perIp: 20,
  /** How long attempts are kept for the record. */
  keepDays: 30,
} as const;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    private readonly limits: typeof LOGIN_LIMITS = LOGIN_LIMITS,
  ) {}

  async check(username: string, ip: string): Promise<ThrottleVerdict> {
    const windowMs = this.limits.windowMinutes * 60_000;
    const now = this.now().getTime();
    const since = new Date(now - windowMs).toISOString();
    const failures = await this.store.loginAttempts.recentFailures(username, ip, since);
    const locked: string[] = [];
    if (failures.username.count >= this.limits.perUsername && failures.username.oldest) {
      locked.push(failures.username.oldest);
    }
    if (failures.ip.count >= this.limits.perIp && failures.ip.oldest)
      locked.push(failures.ip.oldest);
    if (locked.length === 0) return { allowed: true };
    // The lock lifts when the oldest counted failure leaves the window.
    const until = Math.max(...locked.map((oldest) => Date.parse(oldest) + windowMs));
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  async record(username: string, ip: string, succeeded: boolean): Promise<void> {
    await this.store.loginAttempts.record({
      username,
      ip,
      succeeded,
      at: this.now().toISOString(),
    });
    if (succeeded) {
      const before = new Date(this.now().getTime() - this.limits.keepDays * 86_400_000);
      await this.store.loginAttempts.prune(before.toISOString());
    }
  }
}
