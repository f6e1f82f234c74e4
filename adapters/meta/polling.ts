/**
 * Polling for Facebook and Instagram on the shared PollLoop: a one-time preparation (token check,
 * account name) before the first poll, and an expired or revoked token pausing the page and
 * ending the loop (a restart with a new token resumes it from the stored cursor, losing nothing).
 */
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { Platform } from '../../src/store/types.js';
import { PollLoop } from '../shared/poll-loop.js';
import type { AdapterContext } from '../types.js';

/** Knobs for tests and the bench; production uses the defaults. */
export interface MetaAdapterOptions {
  /** Waits between retries and for the rate-limit slow-down; tests pass an instant one. */
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** Graph request time-out for polls and actions (default 15 s). */
  timeoutMs?: number;
  /** Time-out of the post-text lookup a webhook waits for (default 3 s). */
  lookupTimeoutMs?: number;
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Set false to run without the polling loop (webhooks and actions only). */
  poll?: boolean;
}

export interface MetaPollingOptions {
  platform: Platform;
  intervalMs: number;
  logger: Logger;
  enabled: boolean;
  /** Runs before polls until it succeeds once. */
  prepare: () => Promise<void>;
  pollOnce: (context: AdapterContext, keepGoing: () => boolean) => Promise<unknown>;
}

export class MetaPolling {
  private readonly loop: PollLoop;
  private context: AdapterContext | undefined;
  private prepared = false;
  private stopped = false;

  constructor(private readonly options: MetaPollingOptions) {
    this.loop = new PollLoop({
      name: options.platform,
      intervalMs: options.intervalMs,
      logger: options.logger,
      poll: () => this.poll(),
    });
  }

  start(context: AdapterContext): void {
    this.context = context;
    this.stopped = false;
    if (this.options.enabled) this.loop.start();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.loop.stop();
  }

  private async poll(): Promise<'stop' | undefined> {
    const context = this.context;
    if (!context) return 'stop';
    try {
      if (!this.prepared) {
        await this.options.prepare();
        this.prepared = true;
      }
      await this.options.pollOnce(context, () => !this.stopped);
      return undefined;
    } catch (err) {
      if (!(err instanceof PlatformError) || !err.pausePage) throw err;
      await context
        .pause(err.message)
        .catch((pauseErr: unknown) =>
          this.options.logger.error({ err: pauseErr }, 'could not pause the page'),
        );
      return 'stop';
    }
  }
}
