/**
 * X (API v2). Replies are read by polling recent search for each conversation the department
 * started in the last seven days (`conversation_id:<id>`, with `since_id` and `next_token`), and
 * hidden or unhidden with `PUT /2/tweets/:id/hidden`. Hidden replies stay reachable behind
 * "View hidden replies"; X does not tell their authors.
 *
 * Recent search reaches back seven days only
 * (https://docs.x.com/x-api/posts/search/introduction): a reply posted while civicmod was down
 * for longer than that cannot be fetched afterwards. Each conversation keeps its own position
 * (newest reply read, and the page token of an unfinished drain), so an interrupted poll
 * continues where it stopped and a reply is never skipped.
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
import { XAccessTokens, type XCredentials } from './auth.js';
import { laterId, toIncomingComment } from './mapping.js';
import { hideResponseSchema, problemSchema, tweetPageSchema, type TweetPage } from './schemas.js';
import { RequestThrottle } from './throttle.js';
import { readStoredState } from '../shared/stored-state.js';

export interface XAdapterOptions {
  userId: string;
  apiUrl: string;
  credentials: XCredentials;
  pollIntervalMs: number;
  logger: Logger;
  now?: () => number;
  timeoutMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** The hide throttle's waiting, replaceable in tests. */
  throttleWait?: (ms: number, signal: AbortSignal) => Promise<void>;
  /** Off in tests, which call pollOnce() themselves. */
  autoPoll?: boolean;
}

/** X's limit on hide/unhide: 50 requests per 15 minutes per user. */
export const HIDE_LIMIT = { limit: 50, windowMs: 15 * 60_000 };
/** How far back recent search reaches. */
export const SEARCH_WINDOW_MS = 7 * 24 * 3600_000;
/** Pages per conversation per poll; the rest continues at the next poll from the saved token. */
const MAX_PAGES_PER_CONVERSATION = 10;
/** Pages of the department's own timeline read per poll (100 Posts each). */
const MAX_TIMELINE_PAGES = 5;

const conversationSchema = z.object({
  id: z.string(),
  text: z.string().optional(),
  createdAt: z.string().optional(),
  /** The newest reply fully read; the next search asks only for later ones. */
  since: z.string(),
  /** An unfinished drain: its page token, and the newest id it saw on its first page. */
  next: z.object({ token: z.string(), newest: z.string().optional() }).optional(),
});
type ConversationState = z.infer<typeof conversationSchema>;
const stateSchema = z.object({
  pageName: z.string().optional(),
  conversations: z.array(conversationSchema),
});
type PollState = z.infer<typeof stateSchema>;

const SEARCH_PATH = '/2/tweets/search/recent';
const TWEET_FIELDS = 'author_id,conversation_id,created_at,in_reply_to_user_id,referenced_tweets';

export interface XPollReport {
  conversations: number;
  replies: number;
  requests: number;
}

export class XAdapter implements PlatformAdapter {
  readonly platform = 'x' as const;
  readonly capabilities: AdapterCapabilities = {
    hide: true,
    unhide: true,
    delete: false,
    reply: false,
    hideIsReversible: true,
    hideMeans:
      'hidden reply on X: moved behind "View hidden replies" in the conversation; the author is not notified',
  };

  private readonly tokens: XAccessTokens;
  private readonly http: PlatformHttpClient;
  private readonly loop: PollLoop;
  private readonly throttle: RequestThrottle;
  private context: AdapterContext | undefined;
  private state: PollState = { conversations: [] };
  /** Recent search answered 429 or ran out: no search until then (epoch ms). */
  private searchBlockedUntil = 0;

  constructor(private readonly options: XAdapterOptions) {
    this.tokens = new XAccessTokens({
      apiUrl: options.apiUrl,
      credentials: options.credentials,
      now: options.now,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
    });
    this.http = new PlatformHttpClient({
      platform: 'x',
      baseUrl: options.apiUrl,
      timeoutMs: options.timeoutMs,
      sleep: options.sleep,
      logger: options.logger,
      interpretError: (status, body, headers) => this.interpretError(status, body, headers),
    });
    this.throttle = new RequestThrottle({
      ...HIDE_LIMIT,
      now: options.now,
      wait: options.throttleWait,
    });
    this.loop = new PollLoop({
      name: 'x',
      intervalMs: options.pollIntervalMs,
      logger: options.logger,
      poll: () => this.pollForLoop(),
    });
  }

  private now(): number {
    return this.options.now?.() ?? Date.now();
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    this.tokens.attach(context.cursors);
    this.state = this.readState(await context.cursors.get('conversations'));
    if (this.options.autoPoll !== false) this.loop.start();
  }

  async stop(): Promise<void> {
    this.throttle.stop();
    await this.loop.stop();
  }

  // ---- Moderation -----------------------------------------------------------------------------

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    if (action.kind === 'remove') {
      throw new PlatformError(
        'x',
        "x: X's API cannot delete another account's reply; hide it, or report it on X",
        { retryable: false },
      );
    }
    const hidden = action.kind === 'hide';
    // Queued here, never sent over X's limit: 50 hides per 15 minutes per user.
    await this.throttle.acquire();
    try {
      const { data } = await this.authorised((authorization) =>
        this.http.request(
          'PUT',
          `/2/tweets/${encodeURIComponent(action.platformCommentId)}/hidden`,
          { json: { hidden }, headers: { authorization }, schema: hideResponseSchema },
        ),
      );
      return { hidden: data.data.hidden };
    } catch (err) {
      // Another tool on the same account used the window up: hold every queued hide until reset.
      if (err instanceof PlatformError && err.status === 429 && err.retryAfterMs !== undefined)
        this.throttle.blockUntil(this.now() + err.retryAfterMs);
      throw err;
    }
  }

  // ---- Polling --------------------------------------------------------------------------------

  private async pollForLoop(): Promise<number | 'stop' | undefined> {
    try {
      await this.pollOnce();
      const wait = this.searchBlockedUntil - this.now();
      return wait > this.options.pollIntervalMs ? wait : undefined;
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

  async pollOnce(): Promise<XPollReport> {
    const context = this.requireContext();
    const report: XPollReport = { conversations: 0, replies: 0, requests: 0 };
    try {
      await this.refreshConversations(report);
      // Newest conversations first: they draw most replies, and are nearest the 7-day edge last.
      const ordered = [...this.state.conversations].sort((a, b) =>
        BigInt(a.id) > BigInt(b.id) ? -1 : 1,
      );
      for (const conversation of ordered) {
        if (this.searchBlockedUntil > this.now()) {
          this.options.logger.info(
            { resumeAt: new Date(this.searchBlockedUntil).toISOString() },
            'x: search rate limit reached; the other conversations are read at the next poll',
          );
          break;
        }
        report.conversations++;
        report.replies += await this.drain(conversation, report);
      }
    } finally {
      // Saved even after a failure: every page already stored is not read again.
      await context.cursors.set('conversations', JSON.stringify(this.state));
    }
    return report;
  }

  /** Reads the department's own Posts of the last seven days: the conversations to watch. */
  private async refreshConversations(report: XPollReport): Promise<void> {
    const startTime = new Date(this.now() - SEARCH_WINDOW_MS).toISOString();
    const known = new Map(this.state.conversations.map((c) => [c.id, c]));
    let paginationToken: string | undefined;
    for (let page = 0; page < MAX_TIMELINE_PAGES; page++) {
      report.requests++;
      const data = await this.getPage(
        `/2/users/${encodeURIComponent(this.options.userId)}/tweets`,
        {
          max_results: 100,
          exclude: 'replies,retweets',
          start_time: startTime,
          'tweet.fields': 'conversation_id,created_at',
          expansions: 'author_id',
          'user.fields': 'username,name',
          pagination_token: paginationToken,
        },
      );
      const me = data.includes?.users?.find((u) => u.id === this.options.userId);
      if (me?.username) this.state.pageName = `@${me.username}`;
      for (const tweet of data.data ?? []) {
        const id = tweet.conversation_id ?? tweet.id;
        if (!known.has(id)) {
          // A new conversation: every reply is newer than the Post that started it.
          known.set(id, { id, text: tweet.text, createdAt: tweet.created_at, since: id });
        }
      }
      paginationToken = data.meta?.next_token;
      if (paginationToken === undefined) break;
    }
    const horizon = this.now() - SEARCH_WINDOW_MS;
    this.state.conversations = [...known.values()].filter(
      (c) => c.createdAt === undefined || Date.parse(c.createdAt) >= horizon,
    );
  }

  /** Reads a conversation's new replies; returns how many were handed to the pipeline. */
  private async drain(conversation: ConversationState, report: XPollReport): Promise<number> {
    const context = this.requireContext();
    let count = 0;
    for (let page = 0; page < MAX_PAGES_PER_CONVERSATION; page++) {
      if (this.searchBlockedUntil > this.now()) return count;
      report.requests++;
      const data = await this.getPage(SEARCH_PATH, {
        query: `conversation_id:${conversation.id}`,
        since_id: conversation.since,
        max_results: 100,
        next_token: conversation.next?.token,
        expansions: 'author_id',
        'tweet.fields': TWEET_FIELDS,
        'user.fields': 'username,name',
      });
      const users = new Map((data.includes?.users ?? []).map((u) => [u.id, u]));
      // Pages run newest to oldest; the first page's newest id becomes `since` once all is read.
      const newest = conversation.next?.newest ?? data.meta?.newest_id;
      for (const tweet of data.data ?? []) {
        if (tweet.author_id === this.options.userId) continue; // the department's own replies
        await context.ingest({
          type: 'comment',
          comment: toIncomingComment(tweet, {
            userId: this.options.userId,
            pageName: this.state.pageName,
            conversation,
            author: tweet.author_id === undefined ? undefined : users.get(tweet.author_id),
          }),
        });
        count++;
      }
      const token = data.meta?.next_token;
      if (token === undefined) {
        conversation.since = laterId(conversation.since, newest) ?? conversation.since;
        conversation.next = undefined;
        return count;
      }
      conversation.next = { token, newest };
    }
    return count;
  }

  private async getPage(
    path: string,
    query: Record<string, string | number | undefined>,
  ): Promise<TweetPage> {
    try {
      const { data, headers } = await this.authorised((authorization) =>
        this.http.get(path, {
          query,
          headers: { authorization },
          schema: tweetPageSchema,
          // A failed page is read again at the next poll, from the saved position.
          attempts: 1,
        }),
      );
      // Search's window is used up: wait for its reset rather than spend a request on a 429.
      if (path === SEARCH_PATH && headers.get('x-rate-limit-remaining') === '0') {
        const reset = resetAt(headers);
        if (reset !== undefined) this.searchBlockedUntil = Math.max(this.searchBlockedUntil, reset);
      }
      return data;
    } catch (err) {
      if (
        path === SEARCH_PATH &&
        err instanceof PlatformError &&
        err.status === 429 &&
        err.retryAfterMs !== undefined
      )
        this.searchBlockedUntil = Math.max(this.searchBlockedUntil, this.now() + err.retryAfterMs);
      throw err;
    }
  }

  // ---- Plumbing -------------------------------------------------------------------------------

  private async authorised<T>(call: (authorization: string) => Promise<T>): Promise<T> {
    try {
      return await call(`Bearer ${await this.tokens.get()}`);
    } catch (err) {
      if (!(err instanceof PlatformError) || err.status !== 401 || err.pausePage) throw err;
      if (!this.tokens.canRefresh) throw this.tokens.expired();
      this.tokens.invalidate();
    }
    try {
      return await call(`Bearer ${await this.tokens.get()}`);
    } catch (err) {
      if (err instanceof PlatformError && err.status === 401 && !err.pausePage)
        throw this.tokens.expired();
      throw err;
    }
  }

  private interpretError(
    status: number,
    body: unknown,
    headers: Headers,
  ): PlatformError | undefined {
    const parsed = problemSchema.safeParse(body);
    const detail = parsed.success
      ? (parsed.data.detail ?? parsed.data.errors?.[0]?.message ?? parsed.data.title)
      : undefined;
    const label = `x: HTTP ${status}${detail ? `: ${detail.slice(0, 200)}` : ''}`;
    if (status === 429) {
      const reset = resetAt(headers);
      const retryAfterMs = reset === undefined ? undefined : Math.max(0, reset - this.now());
      return new PlatformError('x', `${label} (rate limit; waiting for X's reset)`, {
        retryable: true,
        retryAfterMs,
        status,
      });
    }
    if (status === 401) {
      return new PlatformError('x', `${label} (access token not accepted)`, {
        retryable: false,
        status,
      });
    }
    if (status === 403 || status === 404) {
      // 403: not a conversation the account started, over 725 hidden replies, or the app lacks
      // tweet.moderate.write; 404: the reply was deleted.
      return new PlatformError('x', label, { retryable: false, status });
    }
    return undefined;
  }

  private requireContext(): AdapterContext {
    if (!this.context) throw new Error('x adapter used before start()');
    return this.context;
  }

  private readState(json: string | null): PollState {
    return readStoredState<PollState>(
      json,
      stateSchema,
      () => ({ conversations: [] }),
      () =>
        this.options.logger.warn('x: stored conversation positions unreadable; starting afresh'),
    );
  }
}

/** `x-rate-limit-reset` is the epoch second the rate-limit window resets; as epoch ms. */
function resetAt(headers: Headers): number | undefined {
  const reset = Number(headers.get('x-rate-limit-reset'));
  return Number.isFinite(reset) && reset > 0 ? reset * 1000 : undefined;
}
