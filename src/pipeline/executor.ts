/**
 * Delivers requested platform actions (hide, unhide, remove) through the adapters, and records
 * each outcome. The action log is the queue: an action is pending from its 'requested' row
 * until a 'completed' row (or a final 'failed' one) follows it, so after a crash or restart
 * `resume()` picks up exactly what was not finished. Platform hides are idempotent, so the one
 * window where a call may repeat (the platform acted, the process died before the completion
 * was written) changes nothing on the platform.
 */
import type { PlatformAdapter } from '../../adapters/types.js';
import { PlatformError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { PendingAction, Platform, Store } from '../store/types.js';

export interface ExecutorOptions {
  store: Store;
  adapters: ReadonlyMap<Platform, PlatformAdapter>;
  logger: Logger;
  /** Longest wait between two attempts of the same action. */
  retryMaxMs?: number;
  /** First wait after a failure; doubles each attempt, with jitter. */
  retryBaseMs?: number;
  /** Platform calls in flight at once, per platform. */
  concurrency?: number;
  /** Tells the operator a page must be reconnected (expired token); delivery pauses for that platform. */
  onPause?: (platform: Platform, reason: string) => Promise<void>;
}

export class ActionExecutor {
  private readonly queued = new Set<number>();
  private readonly waiting: number[] = [];
  private readonly inFlight = new Map<Platform, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly paused = new Map<Platform, string>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly warnedNoAdapter = new Set<Platform>();
  private stopped = false;
  private active = 0;

  constructor(private readonly options: ExecutorOptions) {}

  /** Queues an action that was just requested. */
  enqueue(actionId: number): void {
    if (this.stopped || this.queued.has(actionId)) return;
    this.queued.add(actionId);
    this.waiting.push(actionId);
    setImmediate(() => void this.pump());
  }

  /** Re-queues every action requested and not finished (after a restart or a crash). */
  async resume(): Promise<number> {
    const pending = await this.options.store.actions.pending();
    for (const p of pending) this.enqueue(p.actionId);
    return pending.length;
  }

  /** Resumes delivery for a platform that was paused (credentials fixed). */
  unpause(platform: Platform): void {
    this.paused.delete(platform);
    void this.resume();
  }

  pausedPlatforms(): ReadonlyMap<Platform, string> {
    return this.paused;
  }

  /** Resolves when nothing is queued, in flight or waiting to retry (tests and shutdown). */
  idle(): Promise<void> {
    if (this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    this.waiting.length = 0;
    while (this.active > 0) await new Promise((r) => setTimeout(r, 10));
  }

  private isIdle(): boolean {
    return this.waiting.length === 0 && this.active === 0 && this.timers.size === 0;
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async pump(): Promise<void> {
    if (this.stopped || this.waiting.length === 0) {
      this.notifyIdle();
      return;
    }
    const pending = await this.options.store.actions.pending();
    const byId = new Map(pending.map((p) => [p.actionId, p]));
    const concurrency = this.options.concurrency ?? 4;
    const deferred: number[] = [];
    while (this.waiting.length > 0) {
      const actionId = this.waiting.shift() as number;
      const action = byId.get(actionId);
      if (!action) {
        // Completed or settled meanwhile (another process, an earlier attempt).
        this.queued.delete(actionId);
        continue;
      }
      const adapter = this.options.adapters.get(action.platform);
      if (!adapter || this.paused.has(action.platform)) {
        // Stays requested in the log; `resume()` delivers it once the platform is connected.
        if (!adapter && !this.warnedNoAdapter.has(action.platform)) {
          this.warnedNoAdapter.add(action.platform);
          this.options.logger.warn(
            { platform: action.platform },
            'actions for this platform stay requested until its adapter is configured',
          );
        }
        this.queued.delete(actionId);
        continue;
      }
      if ((this.inFlight.get(action.platform) ?? 0) >= concurrency) {
        deferred.push(actionId);
        continue;
      }
      this.inFlight.set(action.platform, (this.inFlight.get(action.platform) ?? 0) + 1);
      this.active++;
      void this.deliver(adapter, action).finally(() => {
        this.active--;
        this.inFlight.set(action.platform, (this.inFlight.get(action.platform) ?? 1) - 1);
        if (this.waiting.length > 0) void this.pump();
        else this.notifyIdle();
      });
    }
    this.waiting.unshift(...deferred);
    this.notifyIdle();
  }

  private async deliver(adapter: PlatformAdapter, action: PendingAction): Promise<void> {
    const { store, logger } = this.options;
    try {
      const result = await adapter.apply({
        actionId: action.actionId,
        kind: action.kind,
        platformCommentId: action.platformCommentId,
        platformPageId: action.platformPageId,
        reason: action.reason,
        clause: action.clause,
      });
      await store.actions.complete(action.actionId, result);
      this.queued.delete(action.actionId);
      logger.info(
        { actionId: action.actionId, kind: action.kind, platform: action.platform },
        'action completed',
      );
    } catch (err) {
      await this.handleFailure(action, err);
    }
  }

  private async handleFailure(action: PendingAction, err: unknown): Promise<void> {
    const { store, logger } = this.options;
    const platformError = err instanceof PlatformError ? err : undefined;
    const message = err instanceof Error ? err.message : String(err);
    const retryable = platformError ? platformError.retryable || platformError.pausePage : true;
    try {
      await store.actions.fail(action.actionId, message, retryable);
    } catch (writeErr) {
      // The store is unavailable (disk full): keep the action in memory and try again later.
      logger.error(
        { err: writeErr, actionId: action.actionId },
        'could not record an action failure',
      );
    }
    if (platformError?.pausePage) {
      this.paused.set(action.platform, message);
      this.queued.delete(action.actionId);
      logger.error(
        { platform: action.platform },
        `${action.platform} refused our credentials: ${message}. Reconnect the page (see README); pending actions are kept and resume afterwards.`,
      );
      await this.options.onPause?.(action.platform, message);
      return;
    }
    if (!retryable) {
      this.queued.delete(action.actionId);
      // The bot could not act: a person must (the comment goes back to the queue).
      await store.comments.setReviewState(action.commentId, 'queued').catch(() => undefined);
      logger.warn(
        { actionId: action.actionId, platform: action.platform, error: message },
        'action refused by the platform',
      );
      return;
    }
    const base = this.options.retryBaseMs ?? 1000;
    const max = this.options.retryMaxMs ?? 300_000;
    const backoff = Math.min(max, base * 2 ** Math.min(action.attempts, 20));
    const delay = platformError?.retryAfterMs ?? Math.round(backoff * (0.5 + Math.random() * 0.5));
    logger.warn(
      { actionId: action.actionId, platform: action.platform, delayMs: delay, error: message },
      'action will be retried',
    );
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      this.waiting.push(action.actionId);
      void this.pump();
    }, delay);
    this.timers.add(timer);
  }
}
