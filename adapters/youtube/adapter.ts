/**
 * YouTube (Data API v3). YouTube has no push for comments, so the adapter polls the channel's
 * comment threads on a quota budget, and moderates with `comments.setModerationStatus`:
 * `heldForReview` to hide (reversible: the owner can publish it again), `published` to restore,
 * and `rejected` only for a removal a person chose, because a rejected comment can never be
 * published again.
 *
 * What each poll reads, in order, within its share of the daily quota (see quota.ts):
 *   1. the newest page of comments YouTube itself holds for review (stored as hidden);
 *   2. new threads from the top, until the newest thread seen by the last poll;
 *   3. the rest of any stretch a busy poll could not finish (kept as page tokens);
 *   4. with what is left, a rolling sweep through older threads, which catches new replies
 *      under old threads (a thread does not move up when someone replies) and edits.
 * Replies beyond those a thread includes come from `comments.list?parentId=`, fetched only when
 * the thread's reply count changed.
 */
import { z } from 'zod';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { PlatformHttpClient } from '../shared/http.js';
import { PollLoop } from '../shared/poll-loop.js';
import type {
  AdapterCapabilities,
  AdapterContext,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
} from '../types.js';
import { GoogleAccessTokens, type GoogleCredentials } from './auth.js';
import { isOwnComment, toIncomingComment } from './mapping.js';
import { QUOTA_COST, QuotaTracker } from './quota.js';
import {
  commentIdListSchema,
  commentListSchema,
  commentThreadListSchema,
  googleErrorSchema,
  videoListSchema,
  type YouTubeComment,
  type YouTubeCommentThread,
} from './schemas.js';
import { readStoredState } from '../shared/stored-state.js';

export interface YouTubeAdapterOptions {
  channelId: string;
  apiUrl: string;
  oauthUrl: string;
  credentials: GoogleCredentials;
  dailyQuota: number;
  pollIntervalMs: number;
  logger: Logger;
  now?: () => Date;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** How long a moderation request waits for others to share its call (up to 50 ids). */
  batchWindowMs?: number;
  /** Off in tests, which call pollOnce() themselves. */
  autoPoll?: boolean;
}

export type ModerationStatus = 'heldForReview' | 'published' | 'rejected';

/** setModerationStatus takes up to 50 comment ids per call, for the price of one (50 units). */
export const MAX_IDS_PER_MODERATION_CALL = 50;

const pollStateSchema = z.object({
  /** publishedAt of the newest thread seen; the next poll reads new threads down to it. */
  watermark: z.string().optional(),
  /** Stretches a poll could not finish: continue at pageToken until a thread at or before stopAt. */
  backlog: z.array(z.object({ pageToken: z.string(), stopAt: z.string().optional() })).default([]),
  /** Where the rolling sweep through older threads goes on. */
  sweep: z.string().optional(),
});
type PollState = z.infer<typeof pollStateSchema>;

/** Unfinished stretches kept at most; beyond that the oldest is dropped (and logged). */
const MAX_BACKLOG = 20;
/** Reply counts remembered per thread, to skip `comments.list` when nothing changed. */
const MAX_REMEMBERED_THREADS = 5000;

export interface YouTubePollReport {
  units: number;
  comments: number;
  /** False when the poll's share of the quota ran out before everything new was read. */
  caughtUp: boolean;
}

/** Units one poll may spend, taken one call at a time. */
class PollBudget {
  spent = 0;
  constructor(
    private readonly limit: number,
    private readonly quota: QuotaTracker,
  ) {}
  take(units: number): boolean {
    if (this.spent + units > this.limit || !this.quota.canPoll(units)) return false;
    this.spent += units;
    this.quota.spend(units);
    return true;
  }
}

interface PendingModeration {
  ids: { id: string; resolve: (r: PlatformActionResult) => void; reject: (e: unknown) => void }[];
  timer: NodeJS.Timeout | undefined;
}

export class YouTubeAdapter implements PlatformAdapter {
  readonly platform = 'youtube' as const;
  readonly capabilities: AdapterCapabilities = {
    hide: true,
    unhide: true,
    delete: false,
    reply: false,
    hideIsReversible: true,
    hideMeans:
      'held for review on YouTube (moderationStatus heldForReview): hidden from the public, ' +
      'restorable by publishing it again',
  };

  readonly quota: QuotaTracker;
  private readonly tokens: GoogleAccessTokens;
  private readonly http: PlatformHttpClient;
  private readonly loop: PollLoop;
  private context: AdapterContext | undefined;
  private state: PollState | undefined;
  private readonly videoTitles = new Map<string, string | undefined>();
  private readonly replyCounts = new Map<string, number>();
  private readonly pending = new Map<ModerationStatus, PendingModeration>();

  constructor(private readonly options: YouTubeAdapterOptions) {
    this.quota = new QuotaTracker({ dailyLimit: options.dailyQuota, now: options.now });
    this.tokens = new GoogleAccessTokens({
      oauthUrl: options.oauthUrl,
      credentials: options.credentials,
      now: options.now ? () => (options.now as () => Date)().getTime() : undefined,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
    });
    this.http = new PlatformHttpClient({
      platform: 'youtube',
      baseUrl: options.apiUrl,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      logger: options.logger,
      interpretError: (status, body) => this.interpretError(status, body),
    });
    this.loop = new PollLoop({
      name: 'youtube',
      intervalMs: options.pollIntervalMs,
      logger: options.logger,
      poll: () => this.pollForLoop(),
    });
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    this.quota.restore(await context.cursors.get('quota'));
    this.state = this.readState(await context.cursors.get('threads'));
    if (this.options.autoPoll !== false) this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
    for (const [status, batch] of this.pending) {
      if (batch.timer) clearTimeout(batch.timer);
      this.pending.delete(status);
      // Left requested in the action log: delivered when civicmod runs again.
      const stopping = new PlatformError('youtube', 'youtube: civicmod is stopping', {
        retryable: true,
      });
      for (const waiter of batch.ids) waiter.reject(stopping);
    }
  }

  // ---- Moderation ---------------------------------------------------------------------------

  apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    // Only 'remove' (a person's explicit choice) may reject: a rejected comment can never be
    // published again. Everything the bot does stays reversible.
    const status: ModerationStatus =
      action.kind === 'hide'
        ? 'heldForReview'
        : action.kind === 'unhide'
          ? 'published'
          : 'rejected';
    return new Promise((resolve, reject) => {
      let batch = this.pending.get(status);
      if (!batch) {
        batch = { ids: [], timer: undefined };
        this.pending.set(status, batch);
      }
      batch.ids.push({ id: action.platformCommentId, resolve, reject });
      if (batch.ids.length >= MAX_IDS_PER_MODERATION_CALL) {
        void this.flush(status);
      } else {
        batch.timer ??= setTimeout(
          () => void this.flush(status),
          this.options.batchWindowMs ?? 500,
        );
      }
    });
  }

  private async flush(status: ModerationStatus): Promise<void> {
    const batch = this.pending.get(status);
    if (!batch) return;
    this.pending.delete(status);
    if (batch.timer) clearTimeout(batch.timer);
    const ids = [...new Map(batch.ids.map((w) => [w.id, w])).keys()];
    try {
      await this.setModerationStatus(status, ids);
      for (const w of batch.ids)
        w.resolve({ moderationStatus: status, commentId: w.id, batchSize: ids.length });
    } catch (err) {
      const perId =
        err instanceof PlatformError && !err.retryable && !err.pausePage && ids.length > 1;
      if (!perId) {
        for (const w of batch.ids) w.reject(err);
        return;
      }
      // One comment YouTube refuses (deleted by its author) must not fail the others with it.
      for (const w of batch.ids) {
        try {
          await this.setModerationStatus(status, [w.id]);
          w.resolve({ moderationStatus: status, commentId: w.id, batchSize: 1 });
        } catch (single) {
          w.reject(single);
        }
      }
    }
  }

  private async setModerationStatus(status: ModerationStatus, ids: string[]): Promise<void> {
    if (!this.quota.canModerate(QUOTA_COST.setModerationStatus)) {
      throw new PlatformError(
        'youtube',
        'youtube: the daily API quota is spent; moderation resumes after midnight Pacific time',
        { retryable: true, retryAfterMs: this.quota.msUntilReset() },
      );
    }
    this.quota.spend(QUOTA_COST.setModerationStatus);
    try {
      await this.authorised((authorization) =>
        this.http.post('/youtube/v3/comments/setModerationStatus', {
          query: { id: ids.join(','), moderationStatus: status },
          headers: { authorization },
        }),
      );
    } finally {
      await this.saveQuota();
    }
  }

  // ---- Polling --------------------------------------------------------------------------------

  private async pollForLoop(): Promise<number | 'stop' | undefined> {
    try {
      await this.pollOnce();
      return undefined;
    } catch (err) {
      if (err instanceof PlatformError) {
        if (err.pausePage) {
          await this.context?.pause(err.message);
          return 'stop';
        }
        if (err.retryAfterMs !== undefined)
          return Math.max(err.retryAfterMs, this.options.pollIntervalMs);
      }
      throw err;
    }
  }

  /** One poll within this poll's share of the quota. */
  async pollOnce(): Promise<YouTubePollReport> {
    const context = this.requireContext();
    const budget = new PollBudget(this.quota.pollBudget(this.options.pollIntervalMs), this.quota);
    const state: PollState = structuredClone(this.state ?? this.readState(null));
    const report: YouTubePollReport = { units: 0, comments: 0, caughtUp: true };
    try {
      // 1. What YouTube holds for review is not public: stored as hidden on the platform.
      if (budget.take(QUOTA_COST.list)) {
        const held = await this.listThreads({ moderationStatus: 'heldForReview' });
        report.comments += await this.ingestThreads(held.items, budget, true);
      }

      // 2. New threads, newest first, down to the newest one the last poll saw.
      let pageToken: string | undefined;
      let newest = state.watermark;
      let reached = false;
      while (!reached && budget.take(QUOTA_COST.list)) {
        const page = await this.listThreads({ pageToken });
        for (const thread of page.items) {
          const at = thread.snippet.topLevelComment.snippet.publishedAt;
          if (newest === undefined || at > newest) newest = at;
          if (state.watermark !== undefined && at <= state.watermark) reached = true;
        }
        report.comments += await this.ingestThreads(page.items, budget, false);
        pageToken = page.nextPageToken;
        if (pageToken === undefined) reached = true;
      }
      if (!reached && pageToken !== undefined) {
        state.backlog.push({ pageToken, stopAt: state.watermark });
        report.caughtUp = false;
      }
      // A new sweep starts where this step stopped, so it never re-reads what was just read.
      const sweepFrom = reached ? pageToken : undefined;
      if (state.backlog.length > MAX_BACKLOG) {
        const dropped = state.backlog.splice(0, state.backlog.length - MAX_BACKLOG);
        this.options.logger.warn(
          { dropped: dropped.length },
          'youtube: too many unfinished stretches of threads; the oldest are left to the sweep',
        );
      }
      state.watermark = newest;

      // 3. Stretches earlier polls could not finish.
      while (state.backlog.length > 0) {
        const stretch = state.backlog[0] as { pageToken: string; stopAt?: string | undefined };
        if (!budget.take(QUOTA_COST.list)) {
          report.caughtUp = false;
          break;
        }
        const page = await this.listThreads({ pageToken: stretch.pageToken });
        report.comments += await this.ingestThreads(page.items, budget, false);
        const done =
          page.nextPageToken === undefined ||
          (stretch.stopAt !== undefined &&
            page.items.some(
              (t) => t.snippet.topLevelComment.snippet.publishedAt <= (stretch.stopAt as string),
            ));
        if (done) state.backlog.shift();
        else stretch.pageToken = page.nextPageToken as string;
      }

      // 4. The sweep: at most one pass through the channel per poll.
      let swept = 0;
      if (state.sweep === undefined) state.sweep = sweepFrom;
      while (state.sweep !== undefined && budget.take(QUOTA_COST.list)) {
        const page = await this.listThreads({ pageToken: state.sweep });
        report.comments += await this.ingestThreads(page.items, budget, false);
        swept++;
        state.sweep = page.nextPageToken;
        if (state.sweep === undefined) break;
      }
      if (swept > 0)
        this.options.logger.debug({ pages: swept }, 'youtube: swept older comment threads');
    } finally {
      report.units = budget.spent;
      await this.saveQuota();
    }
    this.state = state;
    await context.cursors.set('threads', JSON.stringify(state));
    return report;
  }

  readonly existingBatch = 50;

  /**
   * Deletion check: `comments.list` by id (up to 50, 1 quota unit) returns the comments that
   * still exist; one a viewer deleted is not returned. Comments civicmod rejected are never
   * asked about (only visible ones are checked).
   */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    if (!this.quota.canPoll(QUOTA_COST.list)) {
      throw new PlatformError('youtube', 'youtube: no quota left today for deletion checks', {
        retryable: true,
      });
    }
    const data = await this.authorised(async (authorization) => {
      const { data } = await this.http.get('/youtube/v3/comments', {
        query: { part: 'id', id: ids.slice(0, 50).join(','), maxResults: 50 },
        headers: { authorization },
        schema: commentIdListSchema,
        attempts: 1,
      });
      return data;
    });
    this.quota.spend(QUOTA_COST.list);
    return new Set(data.items.map((c) => c.id));
  }

  private listThreads(params: { pageToken?: string | undefined; moderationStatus?: string }) {
    return this.authorised(async (authorization) => {
      const { data } = await this.http.get('/youtube/v3/commentThreads', {
        query: {
          part: 'snippet,replies',
          allThreadsRelatedToChannelId: this.options.channelId,
          maxResults: 100,
          order: 'time',
          textFormat: 'plainText',
          moderationStatus: params.moderationStatus,
          pageToken: params.pageToken,
        },
        headers: { authorization },
        schema: commentThreadListSchema,
        // Every attempt costs quota: a failed poll is simply tried again at the next one.
        attempts: 1,
      });
      return data;
    });
  }

  /** Ingests threads and their replies; returns how many comments were handed to the pipeline. */
  private async ingestThreads(
    threads: readonly YouTubeCommentThread[],
    budget: PollBudget,
    held: boolean,
  ): Promise<number> {
    const context = this.requireContext();
    await this.learnVideoTitles(threads, budget);
    let count = 0;
    const ingest = async (comment: YouTubeComment) => {
      if (isOwnComment(comment, this.options.channelId)) return;
      const videoId = comment.snippet.videoId;
      await context.ingest({
        type: 'comment',
        comment: toIncomingComment(comment, {
          channelId: this.options.channelId,
          videoTitle: videoId === undefined ? undefined : this.videoTitles.get(videoId),
          held,
        }),
      });
      count++;
    };
    for (const thread of threads) {
      await ingest(thread.snippet.topLevelComment);
      const included = thread.replies?.comments ?? [];
      for (const reply of included) await ingest(reply);
      const total = thread.snippet.totalReplyCount;
      if (total > included.length && this.replyCounts.get(thread.id) !== total) {
        const complete = await this.ingestAllReplies(thread.id, budget, ingest);
        if (complete) this.remember(thread.id, total);
      } else {
        this.remember(thread.id, total);
      }
    }
    return count;
  }

  /** Every reply of a thread through `comments.list?parentId=`; false if the budget ran out. */
  private async ingestAllReplies(
    threadId: string,
    budget: PollBudget,
    ingest: (comment: YouTubeComment) => Promise<void>,
  ): Promise<boolean> {
    let pageToken: string | undefined;
    do {
      if (!budget.take(QUOTA_COST.list)) return false;
      const page = await this.authorised(async (authorization) => {
        const { data } = await this.http.get('/youtube/v3/comments', {
          query: {
            part: 'snippet',
            parentId: threadId,
            maxResults: 100,
            textFormat: 'plainText',
            pageToken,
          },
          headers: { authorization },
          schema: commentListSchema,
          attempts: 1,
        });
        return data;
      });
      for (const reply of page.items) await ingest(reply);
      pageToken = page.nextPageToken;
    } while (pageToken !== undefined);
    return true;
  }

  /** Video titles give the classifier the post's topic; one unit per 50 videos, cached. */
  private async learnVideoTitles(
    threads: readonly YouTubeCommentThread[],
    budget: PollBudget,
  ): Promise<void> {
    const unknown = [
      ...new Set(
        threads
          .map((t) => t.snippet.videoId ?? t.snippet.topLevelComment.snippet.videoId)
          .filter((id): id is string => id !== undefined && !this.videoTitles.has(id)),
      ),
    ];
    for (let i = 0; i < unknown.length; i += 50) {
      const ids = unknown.slice(i, i + 50);
      if (!budget.take(QUOTA_COST.list)) return;
      try {
        const data = await this.authorised(async (authorization) => {
          const { data } = await this.http.get('/youtube/v3/videos', {
            query: { part: 'snippet', id: ids.join(','), maxResults: 50 },
            headers: { authorization },
            schema: videoListSchema,
            attempts: 1,
          });
          return data;
        });
        for (const id of ids) this.videoTitles.set(id, undefined);
        for (const video of data.items) this.videoTitles.set(video.id, video.snippet?.title);
      } catch (err) {
        // Context only: comments are stored without the title rather than not at all.
        if (err instanceof PlatformError && err.pausePage) throw err;
        this.options.logger.warn({ err }, 'youtube: could not read video titles');
      }
    }
  }

  private remember(threadId: string, replies: number): void {
    this.replyCounts.delete(threadId);
    this.replyCounts.set(threadId, replies);
    if (this.replyCounts.size > MAX_REMEMBERED_THREADS) {
      const oldest = this.replyCounts.keys().next().value;
      if (oldest !== undefined) this.replyCounts.delete(oldest);
    }
  }

  // ---- Plumbing -------------------------------------------------------------------------------

  /**
   * Runs a call with a valid access token. A 401 means the token lapsed early: refresh once and
   * try again; a second 401 means the credentials no longer work, and the page is paused.
   */
  private async authorised<T>(call: (authorization: string) => Promise<T>): Promise<T> {
    try {
      return await call(`Bearer ${await this.tokens.get()}`);
    } catch (err) {
      if (!(err instanceof PlatformError) || err.status !== 401 || err.pausePage) throw err;
      this.tokens.invalidate();
    }
    try {
      return await call(`Bearer ${await this.tokens.get()}`);
    } catch (err) {
      if (err instanceof PlatformError && err.status === 401 && !err.pausePage) {
        throw new PlatformError(
          'youtube',
          'youtube: the API refused a freshly refreshed access token. Check that the OAuth ' +
            'client has the youtube.force-ssl scope and belongs to the channel owner (see README).',
          { retryable: false, pausePage: true, status: 401 },
        );
      }
      throw err;
    }
  }

  private interpretError(status: number, body: unknown): PlatformError | undefined {
    const parsed = googleErrorSchema.safeParse(body);
    const reason = parsed.success ? parsed.data.error.errors?.[0]?.reason : undefined;
    const message = parsed.success ? parsed.data.error.message : undefined;
    const label = `youtube: HTTP ${status}${reason ? ` ${reason}` : ''}`;
    if (status === 403 && (reason === 'quotaExceeded' || reason === 'dailyLimitExceeded')) {
      this.quota.exhaust();
      return new PlatformError(
        'youtube',
        `${label}: the daily API quota is spent; civicmod waits until midnight Pacific time`,
        { retryable: true, retryAfterMs: this.quota.msUntilReset(), status },
      );
    }
    if (
      reason === 'rateLimitExceeded' ||
      reason === 'userRateLimitExceeded' ||
      reason === 'processingFailure'
    ) {
      return new PlatformError('youtube', `${label}: try again shortly`, {
        retryable: true,
        status,
      });
    }
    if (reason === 'insufficientPermissions' || reason === 'ACCESS_TOKEN_SCOPE_INSUFFICIENT') {
      // Every call would fail the same way: the operator must authorise the right scope.
      return new PlatformError(
        'youtube',
        `${label}: the refresh token lacks the youtube.force-ssl scope. Authorise again as ` +
          'the channel owner with that scope (see README, YouTube) and restart.',
        { retryable: false, pausePage: true, status },
      );
    }
    if (status === 401) {
      return new PlatformError('youtube', `${label}: access token not accepted`, {
        retryable: false,
        status,
      });
    }
    if (status === 403 || status === 404) {
      // forbidden / commentNotFound: deleted by its author, or not this channel's to moderate.
      return new PlatformError(
        'youtube',
        `${label}: ${message ?? 'refused'} (the comment may have been deleted, or the account ` +
          'is not the channel owner)',
        { retryable: false, status },
      );
    }
    return undefined;
  }

  private requireContext(): AdapterContext {
    if (!this.context) throw new Error('youtube adapter used before start()');
    return this.context;
  }

  private readState(json: string | null): PollState {
    return readStoredState<PollState>(
      json,
      pollStateSchema,
      () => ({ backlog: [] }),
      () =>
        this.options.logger.warn('youtube: stored poll position unreadable; starting from the top'),
    );
  }

  private async saveQuota(): Promise<void> {
    try {
      await this.context?.cursors.set('quota', JSON.stringify(this.quota.snapshot()));
    } catch (err) {
      this.options.logger.warn({ err }, 'youtube: could not store the quota used so far');
    }
  }
}
