/**
 * The Facebook Page adapter: webhooks (Page `feed`), polling for backfill and reconciliation,
 * and hide/unhide through the Graph API with `is_hidden`, honouring `can_hide`.
 */
import { META_PRIVATE_REPLY, sendPrivateReply } from '../meta/notice.js';
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { AdapterFactoryDeps } from '../index.js';
import type { PlatformHttpClient } from '../shared/http.js';
import type {
  AdapterCapabilities,
  AdapterContext,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
  WebhookRequest,
  WebhookResult,
  AuthorNotice,
} from '../types.js';
import { checkMetaAction } from '../meta/actions.js';
import { createGraphClient, isGraphId } from '../meta/graph.js';
import { MetaPolling, type MetaAdapterOptions } from '../meta/polling.js';
import { PostCache } from '../meta/post-cache.js';
import { GraphUsageThrottle } from '../meta/usage.js';
import { postInfo } from './mapping.js';
import { FacebookPoller, HiddenThreads, type PollSummary } from './poller.js';
import {
  POST_FIELDS,
  commentStateSchema,
  pageSchema,
  postSchema,
  successSchema,
} from './schemas.js';
import { handleFacebookWebhook } from './webhook.js';

export const FACEBOOK_TOKEN_EXPIRED =
  "the Facebook Page token expired or was revoked: create a new Page token (docs/platforms.md, 'Facebook Page') and restart; pending actions are kept";

/** How long a hide/unhide we made is expected back as a `hide`/`unhide` webhook. */
const OWN_ACTION_ECHO_MS = 10 * 60_000;
/** Comment → post ids remembered for the hidden-thread watch list. */
const MAX_KNOWN_POSTS = 5000;

export const FACEBOOK_CAPABILITIES: AdapterCapabilities = {
  hide: true,
  unhide: true,
  // A hide is reversible and keeps the comment for the record; civicmod never deletes there.
  delete: false,
  reply: false,
  hideIsReversible: true,
  hideMeans:
    'Hidden from the public. The author and their friends still see it and are not told it was hidden. Replies to it stay visible, so civicmod keeps checking them.',
  privateNotice: META_PRIVATE_REPLY,
};

export interface FacebookAdapterSettings {
  pageId: string;
  token: string;
  appSecret: string | undefined;
  verifyToken: string | undefined;
  graphUrl: string;
  graphVersion: string;
  backfillDays: number;
  pollSeconds: number;
}

export class FacebookAdapter implements PlatformAdapter {
  readonly platform = 'facebook' as const;
  readonly capabilities = FACEBOOK_CAPABILITIES;
  readonly webhook?: PlatformAdapter['webhook'];
  readonly throttle: GraphUsageThrottle;
  private readonly client: PlatformHttpClient;
  /** Shorter time-out, one attempt: used while a webhook waits to be stored. */
  private readonly lookupClient: PlatformHttpClient;
  private readonly posts: PostCache;
  private readonly hiddenThreads = new HiddenThreads();
  private readonly poller: FacebookPoller;
  private readonly polling: MetaPolling;
  private readonly ownActions = new Map<string, { hidden: boolean; at: number }>();
  private readonly postOfComment = new Map<string, string>();
  private readonly logger: Logger;
  private readonly now: () => number;
  private pageName: string | undefined;
  private context: AdapterContext | undefined;

  constructor(
    private readonly settings: FacebookAdapterSettings,
    logger: Logger,
    options: MetaAdapterOptions = {},
  ) {
    this.logger = logger.child({ platform: 'facebook' });
    this.now = options.now ?? Date.now;
    const sleep =
      options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.throttle = new GraphUsageThrottle({
      platform: 'facebook',
      logger: this.logger,
      sleep,
      now: this.now,
    });
    const clientOptions = {
      platform: 'facebook' as const,
      graphUrl: settings.graphUrl,
      version: settings.graphVersion,
      token: settings.token,
      appSecret: settings.appSecret,
      tokenExpiredMessage: FACEBOOK_TOKEN_EXPIRED,
      logger: this.logger,
      throttle: this.throttle,
      sleep,
      retryBaseMs: options.retryBaseMs,
      retryMaxMs: options.retryMaxMs,
    };
    this.client = createGraphClient({ ...clientOptions, timeoutMs: options.timeoutMs });
    this.lookupClient = createGraphClient({
      ...clientOptions,
      timeoutMs: options.lookupTimeoutMs ?? Math.min(options.timeoutMs ?? 3000, 3000),
    });
    this.posts = new PostCache({
      logger: this.logger,
      now: this.now,
      fetch: async (postId) => {
        if (!isGraphId(postId)) return {};
        // At the rate limit, do not spend a call on context: store the comment without it.
        if (this.throttle.blockedForMs() > 0) throw new Error('Graph rate limit reached');
        const { data } = await this.lookupClient.get(`/${postId}`, {
          query: { fields: POST_FIELDS },
          schema: postSchema,
          attempts: 1,
        });
        return postInfo(data);
      },
    });
    this.poller = new FacebookPoller({
      client: this.client,
      throttle: this.throttle,
      pageId: settings.pageId,
      pageName: () => this.pageName,
      backfillDays: settings.backfillDays,
      posts: this.posts,
      hiddenThreads: this.hiddenThreads,
      notePostOf: (commentId, postId) => this.notePostOf(commentId, postId),
      now: this.now,
      logger: this.logger,
    });
    this.polling = new MetaPolling({
      platform: 'facebook',
      intervalMs: settings.pollSeconds * 1000,
      logger: this.logger,
      enabled: options.poll ?? true,
      prepare: () => this.identifyPage(),
      pollOnce: (context, keepGoing) => this.poller.runOnce(context, keepGoing),
    });
    const appSecret = settings.appSecret;
    if (appSecret !== undefined) {
      this.webhook = {
        handle: (request: WebhookRequest): Promise<WebhookResult> =>
          handleFacebookWebhook(request, {
            pageId: settings.pageId,
            appSecret,
            verifyToken: settings.verifyToken,
            logger: this.logger,
            posts: this.posts,
            pageName: () => this.pageName,
            isOwnAction: (commentId, hidden) => this.isOwnAction(commentId, hidden),
          }).then((result) => {
            for (const event of result.events) {
              if (event.type === 'comment' && event.comment.post)
                this.notePostOf(event.comment.platformCommentId, event.comment.post.platformPostId);
              if (event.type === 'platform_state' && event.hidden)
                this.hiddenThreads.add(
                  event.platformCommentId,
                  this.postOfComment.get(event.platformCommentId),
                  this.now(),
                );
            }
            return result;
          }),
      };
    }
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    if (!this.webhook)
      this.logger.warn(
        'Facebook webhooks are off (FACEBOOK_APP_SECRET is not set): comments arrive only by polling',
      );
    this.polling.start(context);
  }

  async stop(): Promise<void> {
    await this.polling.stop();
    if (this.context) await this.hiddenThreads.save(this.context.cursors).catch(() => undefined);
  }

  /** One poll now (tests, and the operator's "check now"). */
  async pollOnce(): Promise<PollSummary> {
    if (!this.context) throw new Error('the Facebook adapter is not started');
    return this.poller.runOnce(this.context, () => true);
  }

  /** A removal notice as a Private Reply (adapters/meta/notice.ts). */
  sendNotice(notice: AuthorNotice): Promise<PlatformActionResult> {
    return sendPrivateReply('facebook', this.client, this.settings.pageId, notice);
  }

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    const id = action.platformCommentId;
    checkMetaAction('facebook', 'Facebook', action, this.throttle);
    const hidden = action.kind === 'hide';
    // One attempt each: the executor retries the whole action and logs every attempt.
    const { data: state } = await this.client.get(`/${id}`, {
      query: { fields: 'id,can_hide,is_hidden' },
      schema: commentStateSchema,
      attempts: 1,
    });
    if (state.is_hidden === hidden) {
      if (hidden) this.watchThread(id);
      return { success: true, is_hidden: hidden, unchanged: true };
    }
    if (state.can_hide === false)
      throw new PlatformError(
        'facebook',
        `Facebook does not let the Page ${action.kind} this comment (can_hide is false, e.g. a comment by the Page itself or by an admin); a person must handle it`,
        { retryable: false },
      );
    this.ownActions.set(id, { hidden, at: this.now() });
    try {
      const { data } = await this.client.post(`/${id}`, {
        form: { is_hidden: String(hidden) },
        schema: successSchema,
      });
      if (!data.success)
        throw new PlatformError('facebook', `Facebook answered success: false to ${action.kind}`, {
          retryable: false,
        });
    } catch (err) {
      this.ownActions.delete(id);
      throw err;
    }
    if (hidden) this.watchThread(id);
    return { success: true, is_hidden: hidden };
  }

  private watchThread(commentId: string): void {
    this.hiddenThreads.add(commentId, this.postOfComment.get(commentId), this.now());
    if (this.context)
      this.hiddenThreads.saveSoon(this.context.cursors, (err: unknown) =>
        this.logger.warn({ err }, 'could not save the list of hidden threads'),
      );
  }

  private isOwnAction(commentId: string, hidden: boolean): boolean {
    const own = this.ownActions.get(commentId);
    if (!own || this.now() - own.at > OWN_ACTION_ECHO_MS || own.hidden !== hidden) return false;
    this.ownActions.delete(commentId);
    return true;
  }

  private notePostOf(commentId: string, postId: string): void {
    this.postOfComment.delete(commentId);
    this.postOfComment.set(commentId, postId);
    if (this.postOfComment.size > MAX_KNOWN_POSTS) {
      const oldest = this.postOfComment.keys().next();
      if (!oldest.done) this.postOfComment.delete(oldest.value);
    }
  }

  /** Checks the token and learns the Page's name before the first poll. */
  private async identifyPage(): Promise<void> {
    const { data } = await this.client.get(`/${this.settings.pageId}`, {
      query: { fields: 'id,name' },
      schema: pageSchema,
    });
    this.pageName = data.name;
  }
}

/** Null unless FACEBOOK_PAGE_ID and FACEBOOK_PAGE_TOKEN are set. */
export function createFacebookAdapter(
  deps: AdapterFactoryDeps,
  options: MetaAdapterOptions = {},
): FacebookAdapter | null {
  const { config, secrets } = deps;
  if (config.FACEBOOK_PAGE_ID === undefined || secrets.FACEBOOK_PAGE_TOKEN === undefined)
    return null;
  return new FacebookAdapter(
    {
      pageId: config.FACEBOOK_PAGE_ID,
      token: secrets.FACEBOOK_PAGE_TOKEN,
      appSecret: secrets.FACEBOOK_APP_SECRET,
      verifyToken: secrets.FACEBOOK_VERIFY_TOKEN,
      graphUrl: config.FACEBOOK_GRAPH_URL,
      graphVersion: config.FACEBOOK_GRAPH_VERSION,
      backfillDays: config.FACEBOOK_BACKFILL_DAYS,
      pollSeconds: config.FACEBOOK_POLL_SECONDS,
    },
    deps.logger,
    options,
  );
}
