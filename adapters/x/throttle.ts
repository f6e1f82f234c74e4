/**
 * X allows 50 hide/unhide requests per 15 minutes per user
 * (https://docs.x.com/x-api/posts/hide-replies). Rather than spend a request to learn the limit
 * was reached, hides wait here, first come first served, for a free slot in the window. A 429
 * (another tool using the same account) blocks the queue until X's reset time.
 */
import { PlatformError } from '../../src/errors.js';

export interface ThrottleOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  /** Waits; resolves early (and the waiter re-checks) when the signal aborts. */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

const defaultWait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });

export class RequestThrottle {
  private readonly sent: number[] = [];
  private blockedUntil = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly stopping = new AbortController();

  constructor(private readonly options: ThrottleOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** How many requests wait or may go now; for logs and tests. */
  get inWindow(): number {
    this.forgetOld();
    return this.sent.length;
  }

  /** Resolves when a request may be sent, and counts it. Rejects (retryable) on stop(). */
  acquire(): Promise<void> {
    const turn = this.queue.then(() => this.waitForSlot());
    // The queue continues whether this turn succeeded or not.
    this.queue = turn.catch(() => undefined);
    return turn;
  }

  /** The platform said the limit is reached until `resetAt` (epoch ms). */
  blockUntil(resetAt: number): void {
    this.blockedUntil = Math.max(this.blockedUntil, resetAt);
  }

  /** Lets waiting requests go with a retryable error (they stay requested in the action log). */
  stop(): void {
    this.stopping.abort();
  }

  private forgetOld(): void {
    const horizon = this.now() - this.options.windowMs;
    while (this.sent.length > 0 && (this.sent[0] as number) <= horizon) this.sent.shift();
  }

  private async waitForSlot(): Promise<void> {
    const wait = this.options.wait ?? defaultWait;
    for (;;) {
      if (this.stopping.signal.aborted) {
        throw new PlatformError('x', 'x: civicmod is stopping; the hide stays requested', {
          retryable: true,
        });
      }
      this.forgetOld();
      const now = this.now();
      let until = this.blockedUntil;
      if (this.sent.length >= this.options.limit)
        until = Math.max(until, (this.sent[0] as number) + this.options.windowMs);
      if (until <= now) {
        this.sent.push(now);
        return;
      }
      await wait(until - now, this.stopping.signal);
    }
  }
}
