/**
 * Discord (a server the department owns). Messages arrive over the gateway; each monitored
 * channel is a "page". Discord cannot hide a message: a hide deletes it there, and the original
 * stays in civicmod's record (Discord's own audit log does not even record a bot deleting a
 * single message, so civicmod's log is the record of truth). Because that cannot be undone,
 * only strong obscenity is removed automatically by default; everything else waits for a person.
 *
 * Nothing is lost across disconnects: messages are handled one channel at a time, in order, and
 * each channel's cursor (the last message stored) moves only past messages that were stored. On
 * every (re)connection, history after the cursor is fetched and stored first.
 */
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type {
  AdapterCapabilities,
  AdapterContext,
  AuthorNotice,
  IngestEvent,
  PlatformActionRequest,
  PlatformActionResult,
  PlatformAdapter,
  PolicyDefaults,
} from '../types.js';
import type { DiscordDeletion, DiscordGateway, DiscordMessageData } from './gateway.js';
import { deletionSchema, isAfter, messageDataSchema, toIncomingComment } from './mapping.js';
import { DiscordReviewChannel, type ReviewDesk } from './review.js';

export interface DiscordAdapterOptions {
  gateway: DiscordGateway;
  guildId: string;
  channelIds: readonly string[];
  /** Tell an author by direct message that their message was removed, and under which clause. */
  notifyAuthor: boolean;
  logger: Logger;
  /** Messages read per channel the first time it is seen (no cursor yet). */
  firstBackfill?: number;
  /** Wait before catching up again after a message could not be stored. */
  catchUpRetryMs?: number;
}

/** Discord's page size for channel history. */
const HISTORY_PAGE = 100;
/** A deletion civicmod made is recognised in the gateway's echo for this long. */
const OWN_DELETION_MEMORY_MS = 10 * 60_000;

/** The Discord notice when DISCORD_NOTIFY_AUTHOR=true and the channel has no text of its own. */
export const DISCORD_NOTICE_TEMPLATE =
  "Your message in {page} was removed by the department's moderation under the department's " +
  'comment policy ({clause}). A copy is kept in the department’s public records. If you ' +
  'believe this was a mistake, you can appeal at {appeal_url}';

export class DiscordAdapter implements PlatformAdapter {
  readonly platform = 'discord' as const;
  readonly capabilities: AdapterCapabilities = {
    hide: true,
    unhide: false,
    delete: true,
    reply: false,
    hideIsReversible: false,
    hideMeans: "deleted on Discord; the original is kept in civicmod's record",
    privateNotice: {
      channel: 'direct message from the bot',
      limits:
        "only to a member who accepts direct messages from the server's members, while they are in it",
      windowDays: 3650,
    },
  };
  /**
   * J.3: a hide on Discord is a deletion, which cannot be undone, so by default only strong
   * obscenity (the highest-precision signal) is removed without a person; spam waits for one.
   * A page's own settings can still change this.
   */
  readonly defaultPolicy: PolicyDefaults = { autoHide: { spam: false } };

  private context: AdapterContext | undefined;
  private readonly monitored: Set<string>;
  /** One promise chain per channel: messages are stored in order, catch-ups included. */
  private readonly queues = new Map<string, Promise<void>>();
  /** Channels whose cursor may not move (a message failed to store) until a catch-up succeeds. */
  private readonly stale = new Set<string>();
  private readonly cursorCache = new Map<string, string>();
  private readonly ownDeletions = new Map<string, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private review: DiscordReviewChannel | undefined;
  private stopped = false;

  constructor(private readonly options: DiscordAdapterOptions) {
    this.monitored = new Set(options.channelIds);
    const { gateway } = options;
    // Thin listeners: filter, hand off to one function, catch per event.
    gateway.on('ready', () => this.catchUpAll('ready'));
    gateway.on('resumed', () => this.catchUpAll('resumed'));
    gateway.on('messageCreate', (message) => this.onMessage(message, true));
    gateway.on('messageUpdate', (message) => this.onMessage(message, false));
    gateway.on('messageDelete', (deletion) => this.onDelete(deletion));
  }

  /**
   * The review channel shares this bot's connection. Open it before start(); it posts once the
   * adapter has started (queued comments meanwhile wait).
   */
  openReviewChannel(channelId: string, desk: ReviewDesk): DiscordReviewChannel {
    this.review = new DiscordReviewChannel({
      gateway: this.options.gateway,
      channelId,
      desk,
      logger: this.options.logger,
    });
    return this.review;
  }

  async start(context: AdapterContext): Promise<void> {
    this.context = context;
    this.stopped = false;
    await this.connect(context, 1);
  }

  /**
   * Connects; a refused token pauses the page, anything else (Discord or the network down at
   * start-up) is retried in the background, so the rest of civicmod starts regardless.
   */
  private async connect(context: AdapterContext, attempt: number): Promise<void> {
    try {
      await this.options.gateway.connect();
    } catch (err) {
      if (err instanceof PlatformError && err.pausePage) {
        await context.pause(err.message);
        this.options.logger.error({ err }, 'discord: could not connect; the page is paused');
        return;
      }
      const delay = Math.min(300_000, 5000 * 2 ** Math.min(attempt - 1, 6));
      this.options.logger.error(
        { err, attempt, delayMs: delay },
        'discord: could not connect; retrying',
      );
      this.schedule(() => void this.connect(context, attempt + 1), delay);
      return;
    }
    this.review?.start(context.cursors);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await this.review?.stop();
    await Promise.allSettled([...this.queues.values()]);
    await this.options.gateway.disconnect();
  }

  // ---- Ingest ---------------------------------------------------------------------------------

  private isMonitored(message: DiscordMessageData): boolean {
    return (
      message.guildId === this.options.guildId &&
      this.monitored.has(message.channelId) &&
      // Bots (civicmod included), webhooks and Discord's notices are not members' comments.
      !message.author.bot &&
      message.webhookId === null &&
      !message.system
    );
  }

  private onMessage(message: DiscordMessageData, isNew: boolean): void {
    const parsed = messageDataSchema.safeParse(message);
    if (!parsed.success) {
      this.options.logger.warn(
        { issue: parsed.error.issues[0]?.message },
        'discord: a message did not have the expected shape; skipped',
      );
      return;
    }
    if (!this.isMonitored(parsed.data)) return;
    this.inChannel(parsed.data.channelId, async () => {
      // An edit of an older message is a new version; only new messages move the cursor.
      await this.store(parsed.data, isNew);
    });
  }

  private onDelete(deletion: DiscordDeletion): void {
    const parsed = deletionSchema.safeParse(deletion);
    if (!parsed.success || parsed.data.guildId !== this.options.guildId) return;
    if (!this.monitored.has(parsed.data.channelId)) return;
    const { id, channelId, raw } = parsed.data;
    // civicmod's own deletion (a hide) echoed back is not the author deleting their message.
    if (this.ownDeletions.has(id)) return;
    this.inChannel(channelId, async () => {
      await this.ingest({
        type: 'deleted',
        platform: 'discord',
        platformCommentId: id,
        raw,
        source: 'gateway',
      });
    });
  }

  /** Runs a task after the channel's previous ones; one failing task never stops the queue. */
  private inChannel(channelId: string, task: () => Promise<void>): void {
    const previous = this.queues.get(channelId) ?? Promise.resolve();
    const next = previous.then(task).catch((err: unknown) => {
      this.options.logger.error({ err, channelId }, 'discord: could not store a channel event');
      this.markStale(channelId);
    });
    this.queues.set(channelId, next);
  }

  private async ingest(event: IngestEvent): Promise<void> {
    if (!this.context) throw new Error('discord adapter used before start()');
    await this.context.ingest(event);
  }

  private async store(message: DiscordMessageData, advance: boolean): Promise<void> {
    await this.ingest({
      type: 'comment',
      comment: toIncomingComment(message, this.options.guildId),
    });
    if (advance) await this.advanceCursor(message.channelId, message.id);
  }

  private async cursor(channelId: string): Promise<string | null> {
    const cached = this.cursorCache.get(channelId);
    if (cached !== undefined) return cached;
    return (await this.context?.cursors.get(`channel:${channelId}`)) ?? null;
  }

  private async advanceCursor(channelId: string, messageId: string): Promise<void> {
    // Past a message that failed to store, the cursor waits for the catch-up to re-read it.
    if (this.stale.has(channelId)) return;
    if (!isAfter(messageId, await this.cursor(channelId))) return;
    this.cursorCache.set(channelId, messageId);
    await this.context?.cursors.set(`channel:${channelId}`, messageId);
  }

  private markStale(channelId: string): void {
    if (this.stale.has(channelId)) return;
    this.stale.add(channelId);
    this.schedule(
      () => this.inChannel(channelId, () => this.catchUp(channelId)),
      this.options.catchUpRetryMs ?? 30_000,
    );
  }

  private schedule(run: () => void, ms: number): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (!this.stopped) run();
    }, ms);
    this.timers.add(timer);
  }

  private catchUpAll(why: 'ready' | 'resumed'): void {
    this.options.logger.info(
      { why, channels: this.monitored.size },
      'discord: catching up on channel history',
    );
    for (const channelId of this.monitored)
      this.inChannel(channelId, () => this.catchUp(channelId));
  }

  /** Stores every message after the channel's cursor (or the latest few, the first time). */
  private async catchUp(channelId: string): Promise<void> {
    const { gateway } = this.options;
    let after = await this.cursor(channelId);
    // From here the catch-up re-reads whatever failed before, so the cursor may move again.
    this.stale.delete(channelId);
    if (after === null) {
      const latest = await gateway.fetchLatestMessages(
        channelId,
        this.options.firstBackfill ?? HISTORY_PAGE,
      );
      for (const message of latest) await this.storeFetched(message);
      return;
    }
    for (;;) {
      const page = await gateway.fetchMessagesAfter(channelId, after, HISTORY_PAGE);
      for (const message of page) {
        await this.storeFetched(message);
        if (isAfter(message.id, after)) after = message.id;
      }
      if (page.length < HISTORY_PAGE) return;
    }
  }

  private async storeFetched(message: DiscordMessageData): Promise<void> {
    const parsed = messageDataSchema.safeParse(message);
    if (!parsed.success) return;
    if (this.isMonitored(parsed.data)) await this.store(parsed.data, true);
    // Skipped messages (bots, notices) still move the cursor: nothing before them is missing.
    else await this.advanceCursor(parsed.data.channelId, parsed.data.id);
  }

  // ---- Moderation -----------------------------------------------------------------------------

  async apply(action: PlatformActionRequest): Promise<PlatformActionResult> {
    if (action.kind === 'unhide') {
      throw new PlatformError(
        'discord',
        'discord: a hidden Discord message was deleted there and cannot be restored. The ' +
          "original is kept in civicmod's record; a moderator can repost it or tell the author.",
        { retryable: false },
      );
    }
    const { gateway } = this.options;
    const channelId = action.platformPageId;
    const messageId = action.platformCommentId;
    this.rememberOwnDeletion(messageId);
    let outcome: 'deleted' | 'gone';
    try {
      outcome = await gateway.deleteMessage(
        channelId,
        messageId,
        // Discord keeps an audit-log reason of at most 512 characters.
        `civicmod action ${action.actionId}: ${action.clause ?? action.reason}`.slice(0, 512),
      );
    } catch (err) {
      this.ownDeletions.delete(messageId);
      throw err;
    }
    const result: PlatformActionResult = { deleted: outcome === 'deleted' };
    if (outcome === 'gone') result.note = 'already deleted on Discord';
    return result;
  }

  private rememberOwnDeletion(messageId: string): void {
    const now = Date.now();
    for (const [id, at] of this.ownDeletions)
      if (now - at > OWN_DELETION_MEMORY_MS) this.ownDeletions.delete(id);
    this.ownDeletions.set(messageId, now);
  }

  /**
   * The removal notice (src/pipeline/notices.ts) as a direct message from the bot. The text names
   * the clause, never a reviewer's note (notes are internal). A member whose DMs are closed makes
   * this throw: the notice is recorded as failed, and the removal stands.
   */
  async sendNotice(notice: AuthorNotice): Promise<PlatformActionResult> {
    if (!notice.authorId) {
      throw new PlatformError('discord', 'discord: the author of this message is not on record', {
        retryable: false,
      });
    }
    await this.options.gateway.sendDirectMessage(notice.authorId, {
      content: notice.text,
      buttons: [],
      allowedMentions: { parse: [] },
    });
    return { sent: true };
  }

  /**
   * Posts an alert (threat, personal information) in a channel of the department's server, for
   * the people on duty (ALERT_DISCORD_CHANNEL_ID). No mention is resolved: comment text is
   * untrusted.
   */
  async postAlert(channelId: string, text: string): Promise<void> {
    await this.options.gateway.sendMessage(channelId, {
      content: text.slice(0, 2000),
      buttons: [],
      allowedMentions: { parse: [] },
    });
  }

  /** DISCORD_NOTIFY_AUTHOR=true: notices on for Discord channels with no setting of their own. */
  get defaultNotice(): { enabled: boolean; template: string } | undefined {
    return this.options.notifyAuthor
      ? { enabled: true, template: DISCORD_NOTICE_TEMPLATE }
      : undefined;
  }
}
