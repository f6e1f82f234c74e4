/**
 * The text of the post (or Instagram caption) a comment answers. Webhooks do not carry it, and
 * off-topic (J.3) can only be judged against it, so it is fetched once per post and kept here.
 * A failed fetch never holds a comment back: the comment is stored without it.
 */
import type { Logger } from '../../src/logger.js';

export interface PostInfo {
  text?: string | undefined;
  url?: string | undefined;
  createdAt?: string | undefined;
}

export interface PostCacheOptions {
  /** Fetches one post; throws when the platform does not answer. */
  fetch: (postId: string) => Promise<PostInfo>;
  logger: Logger;
  /** Posts kept (least recently used dropped first). */
  maxEntries?: number;
  /** How long a failed lookup is not retried, so a Graph outage does not double every webhook's work. */
  failureBackoffMs?: number;
  /** How long a fetched text is trusted; post edits also arrive by webhook and refresh it. */
  ttlMs?: number;
  now?: () => number;
}

export class PostCache {
  private readonly entries = new Map<string, { info: PostInfo; at: number }>();
  private readonly failures = new Map<string, number>();
  private readonly inFlight = new Map<string, Promise<PostInfo | undefined>>();

  constructor(private readonly options: PostCacheOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  /** Records what a poll or a post webhook told us, without a call. */
  remember(postId: string, info: PostInfo): void {
    this.entries.delete(postId);
    this.entries.set(postId, { info, at: this.now() });
    this.failures.delete(postId);
    const max = this.options.maxEntries ?? 1000;
    while (this.entries.size > max) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }

  /** The post's text, from memory or the platform; undefined when it cannot be had now. */
  async get(postId: string): Promise<PostInfo | undefined> {
    const cached = this.entries.get(postId);
    if (cached && this.now() - cached.at < (this.options.ttlMs ?? 6 * 3600_000)) {
      // Re-inserted so the map's order stays least-recently-used first.
      this.entries.delete(postId);
      this.entries.set(postId, cached);
      return cached.info;
    }
    const failedAt = this.failures.get(postId);
    if (failedAt !== undefined && this.now() - failedAt < (this.options.failureBackoffMs ?? 60_000))
      return cached?.info;
    const running = this.inFlight.get(postId);
    if (running) return running;
    const lookup = this.options
      .fetch(postId)
      .then((info) => {
        this.remember(postId, info);
        return info;
      })
      .catch((err: unknown) => {
        this.failures.set(postId, this.now());
        this.options.logger.warn(
          { postId, error: err instanceof Error ? err.message : String(err) },
          'could not fetch the post text; the comment is stored without it',
        );
        return cached?.info;
      })
      .finally(() => this.inFlight.delete(postId));
    this.inFlight.set(postId, lookup);
    return lookup;
  }
}
