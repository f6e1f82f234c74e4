/**
 * The Instagram adapter (Graph API with Facebook Login, business or creator account linked to
 * the department's Page): the `comments` webhook, polling of the account's media, and
 * hide/unhide with `hide=true|false`. Shares the Graph client, signature check, throttle and
 * poll loop with Facebook (adapters/meta).
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
import { mediaInfo } from './mapping.js';
import { InstagramPoller, type IgPollSummary } from './poller.js';
import { IG_MEDIA_FIELDS, igAccountSchema, igMediaSchema, igSuccessSchema } from './schemas.js';
import { handleInstagramWebhook } from './webhook.js';

export const INSTAGRAM_TOKEN_EXPIRED =
  "the Instagram token expired or was revoked: create a new token (README 'Instagram') and restart; pending actions are kept";

export const INSTAGRAM_CAPABILITIES: AdapterCapabilities = {
  hide: true,
  unhide: true,
  delete: false,
  reply: false,
  hideIsReversible: true,
  hideMeans:
    'Hidden from the public under the post; the author still sees it and is not told it was hidden.',
  privateNotice: META_PRIVATE_REPLY,
};

export interface InstagramAdapterSettings {
  accountId: string;
  token: string;
  appSecret: string | undefined;
  verifyToken: string | undefined;
  graphUrl: string;
  graphVersion: string;
  backfillDays: number;
  pollSeconds: number;
}

export class InstagramAdapter implements PlatformAdapter {
  readonly platform = 'instagram' as const;
  readonly capabilities = INSTAGRAM_CAPABILITIES;
  readonly webhook?: PlatformAdapter['webhook'];
  readonly throttle: GraphUsageThrottle;
  private readonly client: PlatformHttpClient;
  private readonly lookupClient: PlatformHttpClient;
  private readonly media: PostCache;
  private readonly poller: InstagramPoller;
  private readonly polling: MetaPolling;
  private readonly logger: Logger;
  private accountName: string | undefined;
  private context: AdapterContext | undefined;

  constructor(
    private readonly settings: InstagramAdapterSettings,
    logger: Logger,
    options: MetaAdapterOptions = {},
  ) {
    this.logger = logger.child({ platform: 'instagram' });
    const now = options.now ?? Date.now;
    const sleep =
      options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
    this.throttle = new GraphUsageThrottle({
      platform: 'instagram',
      logger: this.logger,
      sleep,
      now,
    });
    const clientOptions = {
      platform: 'instagram' as const,
      graphUrl: settings.graphUrl,
      version: settings.graphVersion,
      token: settings.token,
      appSecret: settings.appSecret,
      tokenExpiredMessage: INSTAGRAM_TOKEN_EXPIRED,
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
    this.media = new PostCache({
      logger: this.logger,
      now,
      fetch: async (mediaId) => {
        if (!isGraphId(mediaId)) return {};
        if (this.throttle.blockedForMs() > 0) throw new Error('Graph rate limit reached');
        const { data } = await this.lookupClient.get(`/${mediaId}`, {
          query: { fields: IG_MEDIA_FIELDS },
          schema: igMediaSchema,
          attempts: 1,
        });
        return mediaInfo(data);
      },
    });
    this.poller = new InstagramPoller({
      client: this.client,
      throttle: this.throttle,
      accountId: settings.accountId,
      accountName: () => this.accountName,
      backfillDays: settings.backfillDays,
      media: this.media,
      now,
      logger: this.logger,
    });
    this.polling = new MetaPolling({
      platform: 'instagram',
      intervalMs: settings.pollSeconds * 1000,
      logger: this.logger,
      enabled: options.poll ?? true,
      prepare: () => this.identifyAccount(),
      pollOnce: (context, keepGoing) => this.poller.runOnce(context, keepGoing),
    });
    const appSecret = settings.appSecret;
    if (appSecret !== undefined) {
      this.webhook = {
        handle: (request: WebhookRequest): Promise<WebhookResult> =>
          handleInstagramWebhook(request, {
            accountId: settings.accountId,
            appSecret,
            verifyToken: settings.verifyToken,
            logger: this.logger,
            media: this.media,
            accountName: () => this.accountName,
          }),
      };
    }
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    if (!this.webhook)
      this.logger.warn(
        'Instagram webhooks are off (FACEBOOK_APP_SECRET is not set): comments arrive only by polling',
      );
    this.polling.start(context);
  }

  async stop(): Promise<void> {
    await this.polling.stop();
  }

  async pollOnce(): Promise<IgPollSummary> {
    if (!this.context) throw new Error('the Instagram adapter is not started');
    return this.poller.runOnce(this.context, () => true);
  }

  readonly existingBatch = 25;

  /**
   * Deletion check: Instagram sends no webhook when a comment is deleted, so each comment is
   * read again by id; "does not exist" (Graph error 100/33) means deleted. Any other refusal
   * stops the check without concluding anything.
   */
  async existing(ids: readonly string[]): Promise<Set<string>> {
    const out = new Set<string>();
    for (const id of ids) {
      await this.throttle.beforeRead();
      try {
        await this.client.get(`/${id}`, { query: { fields: 'id' }, attempts: 1 });
        out.add(id);
      } catch (err) {
        if (err instanceof PlatformError && err.gone) continue;
        throw err;
      }
    }
    return out;
  }

  /** A removal notice as a Private Reply (adapters/meta/notice.ts). */
  sendNotice(notice: AuthorNotice): Promise<PlatformActionResult> {
    return sendPrivateReply('instagram', this.client, this.settings.accountId, notice);
  }

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    const id = action.platformCommentId;
    checkMetaAction('instagram', 'Instagram', action, this.throttle);
    const hidden = action.kind === 'hide';
    // Hiding an already hidden comment succeeds again, so no read is needed first.
    const { data } = await this.client.post(`/${id}`, {
      form: { hide: String(hidden) },
      schema: igSuccessSchema,
    });
    if (!data.success)
      throw new PlatformError('instagram', `Instagram answered success: false to ${action.kind}`, {
        retryable: false,
      });
    return { success: true, hidden };
  }

  private async identifyAccount(): Promise<void> {
    const { data } = await this.client.get(`/${this.settings.accountId}`, {
      query: { fields: 'id,username' },
      schema: igAccountSchema,
    });
    this.accountName = data.username;
  }
}

/** Null unless INSTAGRAM_ACCOUNT_ID and INSTAGRAM_TOKEN are set. */
export function createInstagramAdapter(
  deps: AdapterFactoryDeps,
  options: MetaAdapterOptions = {},
): InstagramAdapter | null {
  const { config, secrets } = deps;
  if (config.INSTAGRAM_ACCOUNT_ID === undefined || secrets.INSTAGRAM_TOKEN === undefined)
    return null;
  return new InstagramAdapter(
    {
      accountId: config.INSTAGRAM_ACCOUNT_ID,
      token: secrets.INSTAGRAM_TOKEN,
      appSecret: secrets.FACEBOOK_APP_SECRET,
      verifyToken: secrets.FACEBOOK_VERIFY_TOKEN,
      graphUrl: config.FACEBOOK_GRAPH_URL,
      graphVersion: config.FACEBOOK_GRAPH_VERSION,
      backfillDays: config.FACEBOOK_BACKFILL_DAYS,
      pollSeconds: config.INSTAGRAM_POLL_SECONDS,
    },
    deps.logger,
    options,
  );
}
