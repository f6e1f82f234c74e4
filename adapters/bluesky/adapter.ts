/**
 * Bluesky (AT Protocol, through `@atproto/api`). Replies to the department's recent posts are
 * read by polling its author feed and each post's thread; a reply is hidden by listing it in the
 * root post's `app.bsky.feed.threadgate` record (`hiddenReplies`), and restored by taking it out.
 * Hidden replies stay on Bluesky behind a "hidden replies" control; the reply rules of the
 * threadgate (`allow`) are never changed.
 *
 * Threads are read whole at every poll (an XRPC read costs no quota, and the app view rate limit
 * is generous), so nothing is kept between polls but the reply → root map a hide needs.
 */
import {
  AppBskyFeedDefs,
  AtpAgent,
  AtUri,
  XRPCError,
  type AppBskyFeedGetPostThread,
} from '@atproto/api';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { PollLoop } from '../shared/poll-loop.js';
import type {
  AdapterCapabilities,
  AdapterContext,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
} from '../types.js';
import { toIncomingComment } from './mapping.js';
import { postRecordSchema, threadgateRecordSchema, type ThreadgateRecord } from './schemas.js';
import { changeThreadgate, MAX_HIDDEN_REPLIES } from './threadgate.js';

export interface BlueskyAdapterOptions {
  service: string;
  handle: string;
  appPassword: string;
  pollIntervalMs: number;
  logger: Logger;
  now?: () => Date;
  timeoutMs?: number;
  /** Replies are read under the department's posts of this many days. */
  watchDays?: number;
  /** Off in tests, which call pollOnce() themselves. */
  autoPoll?: boolean;
}

const THREADGATE = 'app.bsky.feed.threadgate';
/** Posts older than this are no longer read for new replies (configurable per adapter). */
export const DEFAULT_WATCH_DAYS = 14;
const FEED_PAGE = 50;
const MAX_FEED_PAGES = 10;
/** The lexicon's maximum: every reply, however deep, is read. */
const THREAD_DEPTH = 1000;
/** XRPC ResponseType codes that are not HTTP statuses (@atproto/xrpc). */
const XRPC_NETWORK_ERROR = 1;
const XRPC_INVALID_RESPONSE = 2;
const MAX_REMEMBERED_REPLIES = 20_000;

type ThreadNode =
  | AppBskyFeedGetPostThread.OutputSchema['thread']
  | NonNullable<AppBskyFeedDefs.ThreadViewPost['replies']>[number];

export interface BlueskyPollReport {
  posts: number;
  replies: number;
}

/** fetch with a time-out, so a stalled connection cannot hold a poll or a hide for ever. */
function fetchWithTimeout(timeoutMs: number): typeof globalThis.fetch {
  return (input, init) => {
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    return fetch(input, { ...init, signal });
  };
}

export class BlueskyAdapter implements PlatformAdapter {
  readonly platform = 'bluesky' as const;
  readonly capabilities: AdapterCapabilities = {
    hide: true,
    unhide: true,
    delete: false,
    reply: false,
    hideIsReversible: true,
    hideMeans:
      "listed in the thread's hidden replies (threadgate hiddenReplies): shown only behind " +
      '"hidden replies"; at most 300 per thread',
  };

  private readonly agent: AtpAgent;
  private readonly loop: PollLoop;
  private context: AdapterContext | undefined;
  private did: string | undefined;
  private loggingIn: Promise<string> | undefined;
  /** reply at-uri → root post at-uri, learned while polling (a hide needs the root). */
  private readonly roots = new Map<string, string>();

  constructor(private readonly options: BlueskyAdapterOptions) {
    this.agent = new AtpAgent({
      service: options.service,
      fetch: fetchWithTimeout(options.timeoutMs ?? 15_000),
    });
    this.loop = new PollLoop({
      name: 'bluesky',
      intervalMs: options.pollIntervalMs,
      logger: options.logger,
      poll: () => this.pollForLoop(),
    });
  }

  private now(): Date {
    return this.options.now?.() ?? new Date();
  }

  /** Signs in lazily: a network failure at start-up must not stop civicmod from starting. */
  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    if (this.options.autoPoll !== false) this.loop.start();
  }

  async stop(): Promise<void> {
    await this.loop.stop();
  }

  // ---- Moderation -----------------------------------------------------------------------------

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    if (action.kind === 'remove') {
      throw new PlatformError(
        'bluesky',
        "bluesky: another account's reply cannot be deleted; hide it, or report it to Bluesky",
        { retryable: false },
      );
    }
    const did = await this.session();
    const replyUri = action.platformCommentId;
    const rootUri = await this.rootOf(replyUri);
    const root = new AtUri(rootUri);
    if (root.host !== did) {
      throw new PlatformError(
        'bluesky',
        'bluesky: only replies in threads the department started can be hidden',
        { retryable: false },
      );
    }
    // The threadgate's rkey must be the root post's rkey, in the same repository.
    const current = await this.call('read the threadgate', async () => {
      try {
        const { data } = await this.agent.com.atproto.repo.getRecord({
          repo: did,
          collection: THREADGATE,
          rkey: root.rkey,
        });
        return { record: this.parseThreadgate(data.value), cid: data.cid };
      } catch (err) {
        if (err instanceof XRPCError && err.error === 'RecordNotFound') return null;
        throw err;
      }
    });
    const hidden = action.kind === 'hide';
    const change = changeThreadgate(
      current?.record ?? null,
      rootUri,
      replyUri,
      hidden,
      this.now().toISOString(),
    );
    if (change.kind === 'full') {
      throw new PlatformError(
        'bluesky',
        `bluesky: this thread already has ${MAX_HIDDEN_REPLIES} hidden replies, Bluesky's limit; ` +
          'a person must decide (unhide another, or report the reply to Bluesky)',
        { retryable: false },
      );
    }
    if (change.kind === 'unchanged') return { hidden, unchanged: change.reason, threadgate: null };
    const written = await this.call('write the threadgate', async () => {
      const { data } = await this.agent.com.atproto.repo.putRecord({
        repo: did,
        collection: THREADGATE,
        rkey: root.rkey,
        record: change.record,
        // Compare-and-swap: a threadgate changed meanwhile (the app, another hide) is re-read.
        swapRecord: current?.cid,
      });
      return data;
    });
    return {
      hidden,
      threadgate: written.uri,
      hiddenReplies: change.record.hiddenReplies?.length ?? 0,
    };
  }

  private async rootOf(replyUri: string): Promise<string> {
    const known = this.roots.get(replyUri);
    if (known) return known;
    const posts = await this.call('look up the reply', async () => {
      const { data } = await this.agent.app.bsky.feed.getPosts({ uris: [replyUri] });
      return data.posts;
    });
    const record = postRecordSchema.safeParse(posts[0]?.record);
    if (!posts[0] || !record.success || !record.data.reply) {
      throw new PlatformError(
        'bluesky',
        'bluesky: the reply no longer exists (deleted by its author?) or is not a reply',
        { retryable: false },
      );
    }
    return record.data.reply.root.uri;
  }

  readonly existingBatch = 25;

  /**
   * Deletion check: `app.bsky.feed.getPosts` (up to 25 URIs) returns the posts that still exist;
   * a reply its author deleted is simply absent.
   */
  async existing(uris: readonly string[]): Promise<Set<string>> {
    if (uris.length === 0) return new Set();
    await this.session();
    const posts = await this.call('check replies still exist', async () => {
      const { data } = await this.agent.app.bsky.feed.getPosts({ uris: uris.slice(0, 25) });
      return data.posts;
    });
    return new Set(posts.map((p) => p.uri));
  }

  private parseThreadgate(value: unknown): ThreadgateRecord {
    const parsed = threadgateRecordSchema.safeParse(value);
    if (!parsed.success) {
      throw new PlatformError(
        'bluesky',
        'bluesky: the existing threadgate record has an unexpected shape; not changed',
        { retryable: false },
      );
    }
    return parsed.data;
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

  async pollOnce(): Promise<BlueskyPollReport> {
    const context = this.requireContext();
    const did = await this.session();
    const report: BlueskyPollReport = { posts: 0, replies: 0 };
    const horizon =
      this.now().getTime() - (this.options.watchDays ?? DEFAULT_WATCH_DAYS) * 86_400_000;
    const roots: { uri: string; text: string; createdAt: string }[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < MAX_FEED_PAGES; page++) {
      const data = await this.call('read the author feed', async () => {
        const { data } = await this.agent.app.bsky.feed.getAuthorFeed({
          actor: did,
          filter: 'posts_no_replies',
          limit: FEED_PAGE,
          cursor,
        });
        return data;
      });
      let older = false;
      for (const item of data.feed) {
        // Reposts of others' posts are not threads the department started.
        if (item.reason !== undefined || item.post.author.did !== did) continue;
        const record = postRecordSchema.safeParse(item.post.record);
        if (!record.success) continue;
        if (Date.parse(record.data.createdAt) < horizon) {
          older = true;
          continue;
        }
        roots.push({
          uri: item.post.uri,
          text: record.data.text,
          createdAt: record.data.createdAt,
        });
      }
      cursor = data.cursor;
      if (older || cursor === undefined) break;
    }
    for (const root of roots) {
      report.posts++;
      report.replies += await this.readThread(context, did, root);
    }
    return report;
  }

  private async readThread(
    context: AdapterContext,
    did: string,
    root: { uri: string; text: string; createdAt: string },
  ): Promise<number> {
    const data = await this.call('read a thread', async () => {
      const { data } = await this.agent.app.bsky.feed.getPostThread({
        uri: root.uri,
        depth: THREAD_DEPTH,
        parentHeight: 0,
      });
      return data;
    });
    const gate = threadgateRecordSchema.safeParse(data.threadgate?.record);
    const hidden = new Set(gate.success ? (gate.data.hiddenReplies ?? []) : []);
    let count = 0;
    const handle = this.agent.session?.handle ?? this.options.handle;
    const visit = async (node: ThreadNode): Promise<void> => {
      // Deleted and blocked replies come back as notFoundPost / blockedPost: nothing to read.
      if (!AppBskyFeedDefs.isThreadViewPost(node)) return;
      for (const reply of node.replies ?? []) {
        if (!AppBskyFeedDefs.isThreadViewPost(reply)) continue;
        const record = postRecordSchema.safeParse(reply.post.record);
        if (record.success && reply.post.author.did !== did) {
          this.remember(reply.post.uri, root.uri);
          await context.ingest({
            type: 'comment',
            comment: toIncomingComment(reply.post, record.data, {
              did,
              handle,
              root,
              hidden: hidden.has(reply.post.uri),
            }),
          });
          count++;
        }
        await visit(reply);
      }
    };
    await visit(data.thread);
    return count;
  }

  private remember(replyUri: string, rootUri: string): void {
    this.roots.set(replyUri, rootUri);
    if (this.roots.size > MAX_REMEMBERED_REPLIES) {
      const oldest = this.roots.keys().next().value;
      if (oldest !== undefined) this.roots.delete(oldest);
    }
  }

  // ---- Plumbing -------------------------------------------------------------------------------

  /** The department's DID, signing in first when needed (one sign-in shared by all callers). */
  private async session(): Promise<string> {
    if (this.did && this.agent.hasSession) return this.did;
    this.loggingIn ??= this.login().finally(() => {
      this.loggingIn = undefined;
    });
    return this.loggingIn;
  }

  private async login(): Promise<string> {
    try {
      await this.agent.login({
        identifier: this.options.handle,
        password: this.options.appPassword,
      });
    } catch (err) {
      const error = this.toPlatformError(err, 'sign in');
      if (
        error.status === 401 ||
        (err instanceof XRPCError && err.error === 'AuthFactorTokenRequired')
      ) {
        throw new PlatformError(
          'bluesky',
          `bluesky: Bluesky refused the sign-in (${error.message}). Check BLUESKY_HANDLE and ` +
            'create a new app password for BLUESKY_APP_PASSWORD (see README, Bluesky), then restart.',
          { retryable: false, pausePage: true, status: 401 },
        );
      }
      throw error;
    }
    const did = this.agent.session?.did;
    if (!did)
      throw new PlatformError('bluesky', 'bluesky: signed in without a DID', { retryable: true });
    this.did = did;
    return did;
  }

  /** Runs one XRPC call, turning its failure into a PlatformError that says what to do. */
  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (err) {
      if (err instanceof PlatformError) throw err;
      const error = this.toPlatformError(err, what);
      // The session could not be refreshed: sign in again at the next call.
      if (error.status === 401) this.did = undefined;
      throw error;
    }
  }

  private toPlatformError(err: unknown, what: string): PlatformError {
    const where = `bluesky: could not ${what}`;
    if (!(err instanceof XRPCError)) {
      return new PlatformError('bluesky', `${where}: ${(err as Error).message}`, {
        retryable: true,
        cause: err,
      });
    }
    const status = err.status as number;
    if (status === XRPC_NETWORK_ERROR) {
      return new PlatformError('bluesky', `${where}: network error or time-out (${err.message})`, {
        retryable: true,
      });
    }
    if (status === XRPC_INVALID_RESPONSE) {
      return new PlatformError('bluesky', `${where}: unexpected response shape`, {
        retryable: false,
      });
    }
    const label = `${where}: HTTP ${status}${err.error ? ` ${err.error}` : ''} (${err.message.slice(0, 200)})`;
    if (status === 429) {
      // Bluesky's rate-limit headers: ratelimit-reset is the epoch second the window resets.
      const reset = Number(err.headers?.['ratelimit-reset']);
      const retryAfterMs =
        Number.isFinite(reset) && reset > 0
          ? Math.max(0, reset * 1000 - this.now().getTime())
          : undefined;
      return new PlatformError('bluesky', label, { retryable: true, retryAfterMs, status });
    }
    if (status >= 500 || err.error === 'InvalidSwap') {
      return new PlatformError('bluesky', label, { retryable: true, status });
    }
    return new PlatformError('bluesky', label, { retryable: false, status });
  }

  private requireContext(): AdapterContext {
    if (!this.context) throw new Error('bluesky adapter used before start()');
    return this.context;
  }
}
