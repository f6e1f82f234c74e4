/**
 * Backfill and reconciliation for the Facebook Page, by polling the Graph API:
 *
 * - the Page's posts created since the look-back (`FACEBOOK_BACKFILL_DAYS` on first start, the
 *   stored cursor afterwards, and never less than the look-back, so comments on the last days'
 *   posts whose webhook was lost are still caught);
 * - each post's comments and replies (`filter=stream`), newest first, paged with cursors until
 *   a page is entirely older than the cursor;
 * - the replies under comments that were hidden: Facebook does not hide them with their parent
 *   and sends no notice about them (DOMAIN.md "Operational gotchas"), so they are re-read every
 *   poll for a while after the hide.
 *
 * Every comment read is handed to the pipeline, which stores only what is new or changed.
 */
import { z } from 'zod';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { PlatformHttpClient } from '../shared/http.js';
import type { AdapterContext, CursorAccess } from '../types.js';
import { listPages, graphTime, unixSeconds } from '../meta/graph.js';
import type { PostCache, PostInfo } from '../meta/post-cache.js';
import type { GraphUsageThrottle } from '../meta/usage.js';
import { mapCommentNode, postInfo } from './mapping.js';
import {
  COMMENT_FIELDS,
  POST_FIELDS,
  commentListSchema,
  postListSchema,
  type CommentNode,
} from './schemas.js';

export const POLL_CURSOR_KEY = 'poll_since';
export const HIDDEN_THREADS_KEY = 'hidden_threads';
/** Comments created a little before the last poll are read again: Meta's clock is not ours. */
export const POLL_OVERLAP_MS = 10 * 60_000;
/** How long replies under a hidden comment keep being checked. */
export const HIDDEN_THREAD_WATCH_MS = 30 * 24 * 3600_000;
/** Upper bound on watched threads, so a busy page cannot make each poll unbounded. */
const MAX_HIDDEN_THREADS = 500;

/** How long a hidden thread may wait to be saved in the list (one write for a burst's hides). */
const SAVE_EVERY_MS = 1000;

const hiddenThreadsSchema = z.array(
  z.object({ commentId: z.string(), postId: z.string().optional(), hiddenAt: z.number() }),
);

/** The comments we (or Facebook, on a person's hand) hid, whose replies we keep reading. */
export class HiddenThreads {
  private readonly entries = new Map<string, { postId?: string | undefined; hiddenAt: number }>();
  private loaded = false;
  private dirty = false;
  private saving: Promise<void> | undefined;
  private saveAgain = false;
  private timer: NodeJS.Timeout | undefined;

  async load(cursors: CursorAccess, logger: Logger): Promise<void> {
    if (this.loaded) return;
    this.loaded = true;
    const stored = await cursors.get(HIDDEN_THREADS_KEY);
    if (stored === null) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(stored);
    } catch {
      parsed = undefined;
    }
    const checked = hiddenThreadsSchema.safeParse(parsed);
    if (!checked.success) {
      logger.warn('stored list of hidden threads is unreadable; starting a new one');
      return;
    }
    for (const e of checked.data)
      if (!this.entries.has(e.commentId))
        this.entries.set(e.commentId, { postId: e.postId, hiddenAt: e.hiddenAt });
  }

  add(commentId: string, postId: string | undefined, at: number): void {
    this.entries.delete(commentId);
    this.entries.set(commentId, { postId, hiddenAt: at });
    while (this.entries.size > MAX_HIDDEN_THREADS) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    this.dirty = true;
  }

  remove(commentId: string): void {
    if (this.entries.delete(commentId)) this.dirty = true;
  }

  /** Threads still watched at `now`; expired ones are dropped. */
  active(now: number): { commentId: string; postId?: string | undefined }[] {
    const out: { commentId: string; postId?: string | undefined }[] = [];
    for (const [commentId, e] of this.entries) {
      if (now - e.hiddenAt > HIDDEN_THREAD_WATCH_MS) {
        this.entries.delete(commentId);
        this.dirty = true;
      } else out.push({ commentId, postId: e.postId });
    }
    return out;
  }

  /**
   * Saves the list within SAVE_EVERY_MS, once for however many threads are added meanwhile;
   * `save` at once (on stop) writes what is pending.
   */
  saveSoon(cursors: CursorAccess, onError: (err: unknown) => void): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.save(cursors).catch(onError);
    }, SAVE_EVERY_MS);
    this.timer.unref();
  }

  /**
   * Saves the list; while a save is being written, the next call waits for it and the list is
   * written once more as it is then, however many threads were added meanwhile (a burst hides
   * hundreds of comments a second, and each save writes the whole list).
   */
  save(cursors: CursorAccess): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.saving !== undefined) {
      this.saveAgain = true;
      return this.saving;
    }
    const saving = (async () => {
      try {
        do {
          this.saveAgain = false;
          await this.write(cursors);
        } while (this.saveAgain);
      } finally {
        this.saving = undefined;
      }
    })();
    this.saving = saving;
    return saving;
  }

  private async write(cursors: CursorAccess): Promise<void> {
    if (!this.dirty) return;
    const list = [...this.entries].map(([commentId, e]) => ({ commentId, ...e }));
    // Clean as of this copy: a thread added while it is written makes the list dirty again.
    this.dirty = false;
    try {
      await cursors.set(HIDDEN_THREADS_KEY, JSON.stringify(list));
    } catch (err) {
      this.dirty = true;
      throw err;
    }
  }
}

export interface FacebookPollerOptions {
  client: PlatformHttpClient;
  throttle: GraphUsageThrottle;
  pageId: string;
  pageName: () => string | undefined;
  backfillDays: number;
  posts: PostCache;
  hiddenThreads: HiddenThreads;
  /** Remembers which post a comment belongs to (for the hidden-thread watch list). */
  notePostOf: (commentId: string, postId: string) => void;
  now: () => number;
  logger: Logger;
}

export interface PollSummary {
  posts: number;
  comments: number;
  hiddenThreads: number;
  /** False when some post could not be read; the cursor then stays where it was. */
  complete: boolean;
}

function commentTime(node: CommentNode): number {
  return Date.parse(graphTime(node.created_time) ?? '') || 0;
}

/**
 * True when this page of newest-first comments is entirely older than `sinceMs`, so later pages
 * are older still. Checked to really be newest-first: if Graph ignored `order`, we read on.
 */
function entirelyOlder(page: CommentNode[], sinceMs: number): boolean {
  if (page.length === 0) return false;
  const times = page.map(commentTime);
  for (let i = 1; i < times.length; i++) if ((times[i] ?? 0) > (times[i - 1] ?? 0)) return false;
  return (times[0] ?? 0) < sinceMs;
}

export class FacebookPoller {
  constructor(private readonly options: FacebookPollerOptions) {}

  /**
   * One backfill/reconciliation pass. Rethrows a PlatformError that pauses the page; other
   * failures of single posts are logged and leave the cursor where it was.
   */
  async runOnce(context: AdapterContext, keepGoing: () => boolean): Promise<PollSummary> {
    const { client, throttle, pageId, logger } = this.options;
    const startedAt = this.options.now();
    const lookBack = startedAt - this.options.backfillDays * 24 * 3600_000;
    const stored = await context.cursors.get(POLL_CURSOR_KEY);
    const storedMs = stored === null ? Number.NaN : Date.parse(stored);
    const commentsSince = Number.isNaN(storedMs) ? lookBack : storedMs - POLL_OVERLAP_MS;
    const postsSince = Math.min(commentsSince, lookBack);
    const summary: PollSummary = { posts: 0, comments: 0, hiddenThreads: 0, complete: true };
    const beforePage = async () => {
      await throttle.beforeRead();
      return keepGoing();
    };

    const postPages = listPages(client, `/${pageId}/posts`, {
      query: { fields: POST_FIELDS, since: unixSeconds(postsSince), limit: 100 },
      schema: postListSchema,
      beforePage,
    });
    for await (const page of postPages) {
      for (const post of page) {
        if (!keepGoing()) return { ...summary, complete: false };
        summary.posts++;
        const info = postInfo(post);
        this.options.posts.remember(post.id, info);
        try {
          summary.comments += await this.readComments(context, `/${post.id}/comments`, {
            postId: post.id,
            post: info,
            sinceMs: commentsSince,
            beforePage,
          });
        } catch (err) {
          if (err instanceof PlatformError && err.pausePage) throw err;
          if (!(err instanceof PlatformError)) throw err;
          summary.complete = false;
          logger.warn({ postId: post.id, error: err.message }, 'could not read comments of a post');
        }
      }
    }

    const threads = this.options.hiddenThreads;
    await threads.load(context.cursors, logger);
    for (const thread of threads.active(startedAt)) {
      if (!keepGoing()) return { ...summary, complete: false };
      try {
        const post = thread.postId ? await this.options.posts.get(thread.postId) : undefined;
        summary.comments += await this.readComments(context, `/${thread.commentId}/comments`, {
          postId: thread.postId,
          post,
          // Every reply, whatever its age: this thread is short and the point is to miss none.
          sinceMs: 0,
          beforePage,
        });
        summary.hiddenThreads++;
      } catch (err) {
        if (err instanceof PlatformError && err.pausePage) throw err;
        if (!(err instanceof PlatformError)) throw err;
        if (!err.retryable) {
          // Deleted, or no longer readable: nothing more will appear under it.
          threads.remove(thread.commentId);
          logger.info(
            { commentId: thread.commentId, error: err.message },
            'stopped watching replies of a hidden comment',
          );
        } else {
          summary.complete = false;
          logger.warn(
            { commentId: thread.commentId, error: err.message },
            'could not read replies of a hidden comment',
          );
        }
      }
    }
    await threads.save(context.cursors);

    if (summary.complete && keepGoing())
      await context.cursors.set(POLL_CURSOR_KEY, new Date(startedAt).toISOString());
    logger.debug({ ...summary }, 'facebook poll finished');
    return summary;
  }

  private async readComments(
    context: AdapterContext,
    path: string,
    options: {
      postId: string | undefined;
      post: PostInfo | undefined;
      sinceMs: number;
      beforePage: () => Promise<boolean>;
    },
  ): Promise<number> {
    let count = 0;
    const pages = listPages(this.options.client, path, {
      // filter=stream: every comment and reply, including those Facebook's default view filters
      // out (https://developers.facebook.com/docs/graph-api/reference/object/comments).
      query: {
        filter: 'stream',
        order: 'reverse_chronological',
        fields: COMMENT_FIELDS,
        limit: 100,
      },
      schema: commentListSchema,
      beforePage: options.beforePage,
      stopAfter: (page) => entirelyOlder(page, options.sinceMs),
    });
    for await (const page of pages) {
      for (const node of page) {
        const comment = mapCommentNode(node, {
          pageId: this.options.pageId,
          pageName: this.options.pageName(),
          postId: options.postId ?? '',
          post: options.post,
        });
        if (options.postId === undefined) comment.post = undefined;
        else this.options.notePostOf(node.id, options.postId);
        await context.ingest({ type: 'comment', comment });
        count++;
      }
    }
    return count;
  }
}
