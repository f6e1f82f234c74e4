/**
 * A polling loop for platforms without push (YouTube, X, Bluesky): one poll at a time, the next
 * one scheduled after the previous finishes (never overlapping), at a delay the poll itself can
 * lengthen (a rate-limit reset, a quota that resets at midnight). A poll that throws is logged
 * and the loop goes on: one bad response never stops ingestion.
 */
import type { Logger } from '../../src/logger.js';

export interface PollLoopOptions {
  name: string;
  intervalMs: number;
  logger: Logger;
  /**
   * One poll. Resolves with how long to wait before the next one (undefined: the interval),
   * or 'stop' when polling cannot go on until an operator acts (revoked credentials).
   */
  poll: () => Promise<number | 'stop' | undefined>;
}

export class PollLoop {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;

  constructor(private readonly options: PollLoopOptions) {}

  /** Starts polling: the first poll runs at once (in the background). */
  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Stops scheduling and waits for a poll in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.running = this.runOnce().finally(() => {
        this.running = undefined;
      });
    }, delayMs);
  }

  private async runOnce(): Promise<void> {
    let next: number | 'stop' | undefined;
    try {
      next = await this.options.poll();
    } catch (err) {
      this.options.logger.error(
        { err, poll: this.options.name },
        'poll failed; trying again later',
      );
    }
    if (next === 'stop') {
      this.options.logger.error(
        { poll: this.options.name },
        'polling stopped until the credentials are fixed and civicmod is restarted',
      );
      return;
    }
    this.schedule(Math.max(next ?? this.options.intervalMs, 0));
  }
}
