/**
 * Rate limiting of sign-in attempts, counted in the database so that a restart does not reset
 * a lock-out.
 *
 * An attempt is claimed before the password is checked, in one write transaction that counts
 * the recent failures and, when under every limit, records the attempt as a failure: parallel
 * guesses are serialized by the store, so at most the limit of them ever reaches the password
 * check (the hash is slow on purpose; a guess that is refused costs nothing and reveals
 * nothing). A correct password then turns its own row into a success.
 *
 * Three limits:
 * - per account and address pair (5 in 15 minutes): stops guessing one person's password from
 *   one place, without letting anyone lock a content manager out from elsewhere;
 * - per account from every address (50): a slower limit on a distributed guess;
 * - per address across accounts (20): one address trying many usernames (a shared office NAT
 *   gets headroom).
 * An administrator can unlock an account (`civicmod user unlock NAME`, or Users in the
 * dashboard): recorded as a success, so earlier failures stop counting; attempts are kept.
 */
import type { Store } from '../store/types.js';

export const LOGIN_LIMITS = {
  windowMinutes: 15,
  /** Failures for one username from one address within the window, since the last success. */
  perUsernameAndIp: 5,
  /** Failures for one username from every address within the window, since the last success. */
  perUsername: 50,
  /** Failures from one address within the window, whatever the usernames. */
  perIp: 20,
  /** How long attempts are kept for the record. */
  keepDays: 30,
} as const;

export type ThrottleVerdict =
  { allowed: true; attemptId: number } | { allowed: false; retryAfterSeconds: number };

export class LoginThrottle {
  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
    private readonly limits: typeof LOGIN_LIMITS = LOGIN_LIMITS,
  ) {}

  /**
   * Claims an attempt: refused when a limit is reached, otherwise recorded (as a failure until
   * `succeeded` says otherwise) before anyone checks the password.
   */
  async begin(username: string, ip: string): Promise<ThrottleVerdict> {
    const windowMs = this.limits.windowMinutes * 60_000;
    const now = this.now().getTime();
    const claim = await this.store.loginAttempts.claim({
      username,
      ip,
      at: new Date(now).toISOString(),
      since: new Date(now - windowMs).toISOString(),
      limits: this.limits,
    });
    if (claim.attemptId !== null) return { allowed: true, attemptId: claim.attemptId };
    // The lock lifts when the oldest counted failure leaves the window.
    const until = Date.parse(claim.oldest ?? new Date(now).toISOString()) + windowMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
  }

  /** The password was right: the claimed attempt becomes a success, clearing the failures. */
  async succeeded(attemptId: number): Promise<void> {
    await this.store.loginAttempts.markSucceeded(attemptId);
    const before = new Date(this.now().getTime() - this.limits.keepDays * 86_400_000);
    await this.store.loginAttempts.prune(before.toISOString());
  }

  /** An administrator lifts a lock-out: recorded as a success for the username. */
  async unlock(username: string): Promise<void> {
    await this.store.loginAttempts.unlock(username, this.now().toISOString());
  }
}
