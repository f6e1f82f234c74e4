/**
 * Dashboard sessions. The browser holds a random 256-bit token; the database holds only its
 * SHA-256, so reading the database (a backup, a records export gone wrong) does not let anyone
 * sign in. Each session has its own CSRF synchronizer token. Sessions end at a fixed time after
 * sign-in (SESSION_TTL_HOURS), at sign-out, and when the account is disabled or its password
 * changes.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { SessionRow, Store, UserRow } from '../store/types.js';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time string comparison (for CSRF tokens); false for different lengths. */
export function tokensEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

/** A signed-in person: the session and the account behind it. */
export interface SignedIn {
  session: SessionRow;
  user: UserRow;
}

/** Writing last_seen_at on every request would turn each page view into a disk write. */
const TOUCH_EVERY_MS = 60_000;

export class SessionManager {
  constructor(
    private readonly store: Store,
    private readonly ttlHours: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Starts a session; returns the token for the cookie (never stored) and the session. */
  async start(userId: number): Promise<{ token: string; session: SessionRow }> {
    const token = newToken();
    const expiresAt = new Date(this.now().getTime() + this.ttlHours * 3_600_000).toISOString();
    const session = await this.store.sessions.create({
      tokenSha256: tokenHash(token),
      userId,
      csrfToken: newToken(),
      expiresAt,
    });
    // Housekeeping on sign-in rather than on a timer: no timers in the app factory.
    await this.store.sessions.deleteExpired(this.now().toISOString());
    return { token, session };
  }

  /** The person behind a cookie token, or null when it is unknown, expired or disabled. */
  async resolve(token: string | undefined): Promise<SignedIn | null> {
    if (token === undefined || token.length === 0 || token.length > 200) return null;
    const hash = tokenHash(token);
    const found = await this.store.sessions.find(hash);
    if (!found) return null;
    const now = this.now();
    if (Date.parse(found.session.expiresAt) <= now.getTime() || found.user.disabledAt !== null) {
      await this.store.sessions.delete(hash);
      return null;
    }
    if (now.getTime() - Date.parse(found.session.lastSeenAt) > TOUCH_EVERY_MS) {
      await this.store.sessions.touch(hash);
    }
    return found;
  }

  async end(token: string | undefined): Promise<void> {
    if (token) await this.store.sessions.delete(tokenHash(token));
  }
}
