/**
 * The app factory: builds the whole system from its parts without starting timers or sockets,
 * so tests can assemble it with a real SQLite file and fake platforms. `start()` opens the
 * HTTP server, resumes unfinished actions and starts the adapters; `stop()` undoes all of it.
 */
import { ConfigError } from './errors.js';
import { NoticeSender } from './pipeline/notices.js';
import { checkDeletions, type DeletionCheckReport } from './pipeline/deletions.js';
import { scheduledBackup } from './store/backup.js';
import {
  discordAlertChannel,
  emailAlertChannel,
  repeatUnacknowledged,
  webhookAlertChannel,
  type AlertChannel,
} from './alerts/webhook.js';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Router } from 'express';
import type { AdapterContext, PlatformAdapter } from '../adapters/types.js';
import type { Moderator } from '../moderation/index.js';
import { chainKeySource, type Config, type Secrets } from './config.js';
import { createHttpApp } from './http/app.js';
import type { Logger } from './logger.js';
import { ActionExecutor } from './pipeline/executor.js';
import { Pipeline } from './pipeline/runner.js';
import { ClassifyThreads } from './pipeline/classify-threads.js';
import type { Platform, Store } from './store/types.js';

export interface AppDeps {
  config: Config;
  secrets: Secrets;
  store: Store;
  logger: Logger;
  moderator: Moderator;
  adapters: readonly PlatformAdapter[];
  /** Routers mounted after health and webhooks (the dashboard), built from the app's core. */
  routers?: (core: AppCore) => readonly Router[];
  /** Executor tuning for tests (instant retries). */
  executor?: { retryBaseMs?: number; retryMaxMs?: number; concurrency?: number };
  /**
   * Places outside the dashboard where people review the queue (the Discord review channel),
   * built from the app's core and told of every comment that enters the queue.
   */
  reviewChannels?: (core: AppCore) => readonly ReviewChannel[];
}

/** Shows people the review queue outside the dashboard; decisions go through ReviewService. */
export interface ReviewChannel {
  /** A comment has just entered the queue (already stored). Must not throw or block. */
  queued(commentId: number): void;
}

/** What route builders and commands get to work with. */
export interface AppCore {
  readonly config: Config;
  readonly secrets: Secrets;
  readonly logger: Logger;
  readonly pipeline: Pipeline;
  readonly executor: ActionExecutor;
  readonly adapters: ReadonlyMap<Platform, PlatformAdapter>;
  readonly store: Store;
}

export interface App extends AppCore {
  readonly http: ReturnType<typeof createHttpApp>;
  /** Listens on config.HOST:config.PORT (PORT 0 picks a free port) and starts the adapters. */
  start(): Promise<{ url: string }>;
  stop(): Promise<void>;
  url(): string;
  /**
   * Sends unacknowledged alerts again to the second list (ALERT_REPEAT_*); runs every minute
   * while started. Returns how many comments were alerted again.
   */
  repeatAlerts(now?: Date): Promise<number>;
  /**
   * Asks the platforms that send no deletion event which recent comments still exist, and
   * records the others as deleted (src/pipeline/deletions.ts); runs every
   * DELETION_CHECK_MINUTES while started.
   */
  checkDeletions(now?: Date): Promise<DeletionCheckReport[]>;
}

/** How often the running bot looks for actions requested by other processes. */
export const OUTBOX_SWEEP_MS = 2000;
/** How often unacknowledged alerts are looked for. */
export const ALERT_REPEAT_SWEEP_MS = 60 * 1000;
/** How often the action log's head is written to the log. */
export const HEAD_LINE_MS = 60 * 60 * 1000;

export function createApp(deps: AppDeps): App {
  const { config, store, logger } = deps;
  const adapters = new Map<Platform, PlatformAdapter>();
  for (const adapter of deps.adapters) {
    if (adapters.has(adapter.platform)) throw new Error(`two adapters for ${adapter.platform}`);
    adapters.set(adapter.platform, adapter);
  }

  const pausePlatform = async (platform: Platform, reason: string) => {
    for (const page of await store.pages.list()) {
      if (page.platform === platform) await store.pages.setPaused(page.id, reason);
    }
    await store.actions.record({
      kind: 'page_paused',
      platform,
      actor: 'system',
      reason: `Paused: ${reason}`,
      clause: null,
    });
  };

  const reviewChannels: ReviewChannel[] = [];
  /** A comment entered the queue (classified, or sent back by a refused platform action). */
  const announceQueued = (commentId: number): void => {
    for (const channel of reviewChannels) {
      // One channel that fails (Discord down) must not keep the others from hearing of it.
      try {
        channel.queued(commentId);
      } catch (err) {
        logger.error({ err, commentId }, 'a review channel failed to take a queued comment');
      }
    }
  };
  const notices = new NoticeSender({
    store,
    adapters,
    config,
    logger: logger.child({ component: 'notices' }),
  });
  const executor = new ActionExecutor({
    store,
    adapters,
    logger: logger.child({ component: 'executor' }),
    retryMaxMs: config.ACTION_RETRY_MAX_SECONDS * 1000,
    claimMs: config.ACTION_CLAIM_SECONDS * 1000,
    concurrency: config.ACTION_CONCURRENCY,
    ...deps.executor,
    onPause: pausePlatform,
    onRequeued: announceQueued,
    onCompleted: (action) => notices.afterCompleted(action),
  });
  // Started with the app, ended by stop(): only when asked for (CIVICMOD_CLASSIFY_THREADS).
  let classifyThreads: ClassifyThreads | undefined;
  const pipeline = new Pipeline({
    store,
    moderator: deps.moderator,
    classifyThreads: () => classifyThreads,
    executor,
    logger: logger.child({ component: 'pipeline' }),
    platformPolicy: (platform) => adapters.get(platform)?.defaultPolicy,
    onQueued: announceQueued,
  });
  const core: AppCore = {
    config,
    secrets: deps.secrets,
    logger,
    pipeline,
    executor,
    adapters,
    store,
  };
  reviewChannels.push(...(deps.reviewChannels?.(core) ?? []));
  // Threats and personal information alert the people on duty at once (src/alerts/webhook.ts).
  if (config.ALERT_WEBHOOK_URL !== undefined) {
    reviewChannels.push(webhookAlertChannel(core, config.ALERT_WEBHOOK_URL));
  }
  const addresses = (list: string): string[] =>
    list
      .split(',')
      .map((a) => a.trim())
      .filter((a) => a !== '');
  if (config.ALERT_SMTP_URL !== undefined && config.ALERT_EMAIL_TO !== undefined) {
    reviewChannels.push(
      emailAlertChannel(core, {
        smtpUrl: config.ALERT_SMTP_URL,
        from: config.ALERT_EMAIL_FROM ?? 'civicmod@localhost',
        to: addresses(config.ALERT_EMAIL_TO),
      }),
    );
  }
  // A Discord channel of the department's server, through the Discord adapter's bot.
  const discord = adapters.get('discord');
  const alertChannelId = config.ALERT_DISCORD_CHANNEL_ID;
  if (alertChannelId !== undefined) {
    // Alerts that would silently go nowhere are a configuration error, said at start.
    if (discord?.postAlert === undefined) {
      throw new ConfigError(
        'ALERT_DISCORD_CHANNEL_ID is set but Discord is not configured (DISCORD_TOKEN and DISCORD_GUILD_ID): set them, or clear ALERT_DISCORD_CHANNEL_ID.',
      );
    }
    const postAlert = discord.postAlert.bind(discord);
    reviewChannels.push(discordAlertChannel(core, (text) => postAlert(alertChannelId, text)));
  }
  // The second list, for alerts nobody acknowledged in ALERT_REPEAT_MINUTES.
  const repeatChannels: AlertChannel[] = [];
  if (config.ALERT_REPEAT_WEBHOOK_URL !== undefined) {
    repeatChannels.push(webhookAlertChannel(core, config.ALERT_REPEAT_WEBHOOK_URL));
  }
  if (config.ALERT_SMTP_URL !== undefined && config.ALERT_REPEAT_EMAIL_TO !== undefined) {
    repeatChannels.push(
      emailAlertChannel(core, {
        smtpUrl: config.ALERT_SMTP_URL,
        from: config.ALERT_EMAIL_FROM ?? 'civicmod@localhost',
        to: addresses(config.ALERT_REPEAT_EMAIL_TO),
      }),
    );
  }
  const repeatAlerts = (now = new Date()): Promise<number> =>
    repeatUnacknowledged(core, repeatChannels, now);
  const http = createHttpApp({ store, pipeline, adapters, logger, routers: deps.routers?.(core) });
  let server: Server | undefined;
  let started: PlatformAdapter[] = [];
  let outboxSweep: NodeJS.Timeout | undefined;
  let headLine: NodeJS.Timeout | undefined;
  let backups: NodeJS.Timeout | undefined;
  let alertRepeats: NodeJS.Timeout | undefined;
  let deletionChecks: NodeJS.Timeout | undefined;
  const runDeletionChecks = (now = new Date()): Promise<DeletionCheckReport[]> =>
    checkDeletions({
      store,
      adapters,
      pipeline,
      logger: logger.child({ component: 'deletions' }),
      days: config.DELETION_CHECK_DAYS,
      now,
    });

  const app: App = {
    ...core,
    http,
    repeatAlerts,
    checkDeletions: runDeletionChecks,
    url() {
      const address = server?.address() as AddressInfo | null | undefined;
      if (!address) throw new Error('the app is not started');
      const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return `http://${host}:${address.port}`;
    },
    async start() {
      if (config.CIVICMOD_CLASSIFY_THREADS > 0 && classifyThreads === undefined) {
        classifyThreads = new ClassifyThreads(
          config.CIVICMOD_CLASSIFY_THREADS,
          deps.moderator,
          logger.child({ component: 'classify-threads' }),
        );
        // Their models load in about a second; what arrives meanwhile is classified here.
        await classifyThreads.whenReady();
        logger.info(
          { threads: config.CIVICMOD_CLASSIFY_THREADS, ready: classifyThreads.readyCount() },
          'classifying comments on worker threads',
        );
      }
      const resumed = await executor.resume();
      if (resumed > 0) logger.info({ resumed }, 'resuming actions requested before the last stop');
      // Actions requested by another process on the same store (`civicmod import` while the bot
      // runs) are in the action log, not in this process's queue: look for them every few
      // seconds. Reading the pending actions is one indexed query.
      outboxSweep = setInterval(() => {
        executor.resume().catch((err: unknown) => {
          logger.error({ err }, 'could not read the pending actions; trying again shortly');
        });
      }, OUTBOX_SWEEP_MS);
      outboxSweep.unref();
      // The action log's head, written to the log at start and every hour: kept wherever the
      // logs go, outside the database, so `civicmod audit verify --against` can later be given
      // a head an attacker with the database file could not reach (docs/records.md).
      const logHead = (): void => {
        Promise.all([store.actions.head(), store.evidence.head()])
          .then(([head, evidence]) =>
            logger.info({ actionLogHead: head, evidenceHead: evidence }, 'action log head'),
          )
          .catch((err: unknown) => logger.error({ err }, 'could not read the action log head'));
      };
      logHead();
      headLine = setInterval(logHead, HEAD_LINE_MS);
      headLine.unref();
      if ([...adapters.values()].some((a) => a.existing !== undefined)) {
        deletionChecks = setInterval(() => {
          runDeletionChecks()
            .then((reports) => {
              for (const r of reports)
                if (r.deleted > 0) logger.info({ ...r }, 'deletions found by re-reading');
            })
            .catch((err: unknown) => logger.error({ err }, 'deletion check failed'));
        }, config.DELETION_CHECK_MINUTES * 60_000);
        deletionChecks.unref();
      }
      if (repeatChannels.length > 0) {
        alertRepeats = setInterval(() => {
          repeatAlerts().catch((err: unknown) =>
            logger.error({ err }, 'could not repeat unacknowledged alerts'),
          );
        }, ALERT_REPEAT_SWEEP_MS);
        alertRepeats.unref();
      }
      // Scheduled backups (BACKUP_DIR): one snapshot every BACKUP_EVERY_HOURS, checked, the
      // newest BACKUP_KEEP kept. A failed backup is logged; it never stops the bot.
      const backupDir = config.BACKUP_DIR;
      if (backupDir !== undefined && config.CIVICMOD_DB !== ':memory:') {
        const backup = (): void => {
          scheduledBackup(
            config.CIVICMOD_DB,
            backupDir,
            config.BACKUP_KEEP,
            chainKeySource({ config, secrets: deps.secrets }),
          )
            .then((file) => logger.info({ file }, 'scheduled backup written and checked'))
            .catch((err: unknown) => logger.error({ err }, 'scheduled backup failed'));
        };
        backups = setInterval(backup, config.BACKUP_EVERY_HOURS * 60 * 60 * 1000);
        backups.unref();
      }
      server = await new Promise<Server>((resolve, reject) => {
        const s = http.listen(config.PORT, config.HOST, () => resolve(s));
        s.once('error', reject);
      });
      for (const adapter of adapters.values()) {
        const context: AdapterContext = {
          ingest: async (event) => {
            await pipeline.handle(event);
          },
          cursors: {
            get: (key) => store.cursors.get(adapter.platform, key),
            set: (key, value) => store.cursors.set(adapter.platform, key, value),
          },
          logger: logger.child({ platform: adapter.platform }),
          pause: (reason) => pausePlatform(adapter.platform, reason),
        };
        await adapter.start(context);
        started.push(adapter);
      }
      return { url: app.url() };
    },
    async stop() {
      if (outboxSweep !== undefined) clearInterval(outboxSweep);
      outboxSweep = undefined;
      if (headLine !== undefined) clearInterval(headLine);
      headLine = undefined;
      if (backups !== undefined) clearInterval(backups);
      backups = undefined;
      if (alertRepeats !== undefined) clearInterval(alertRepeats);
      alertRepeats = undefined;
      if (deletionChecks !== undefined) clearInterval(deletionChecks);
      deletionChecks = undefined;
      for (const adapter of started.reverse()) {
        await adapter
          .stop()
          .catch((err: unknown) =>
            logger.error({ err, platform: adapter.platform }, 'adapter stop failed'),
          );
      }
      started = [];
      await executor.stop();
      if (classifyThreads !== undefined) {
        const threads = classifyThreads;
        classifyThreads = undefined;
        await threads.close();
      }
      if (server) {
        const s = server;
        server = undefined;
        s.closeAllConnections();
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
    },
  };
  return app;
}
