/**
 * Delivers requested platform actions (hide, unhide, remove) through the adapters, and records
 * each outcome. The action log is the queue: an action is pending from its 'requested' row
 * until a 'completed' row (or a final 'failed' one) follows it, so after a crash or restart
 * `resume()` picks up exactly what was not finished. Platform hides are idempotent, so the one
 * window where a call may repeat (the platform acted, the process died before the completion
 * was written) changes nothing on the platform.
 *
 * Several processes may find the same requested action (two `civicmod start` on one PostgreSQL
 * database, an import beside the running bot): each claims an action in the store before calling
 * the platform (migration 011), so one process delivers it; the others look again when the claim
 * runs out, and take it over if it is still pending (its process died).
 */
import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
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
  /** Platform calls in flight at once, per platform (ACTION_CONCURRENCY; 32 by default). */
  concurrency?: number;
  /** Tells the operator a page must be reconnected (expired token); delivery pauses for that platform. */
  onPause?: (platform: Platform, reason: string) => Promise<void>;
  /** A refused action sent its comment back to the queue: review channels should show it again. */
  onRequeued?: (commentId: number) => void;
  /**
   * An action the platform carried out (removal notices follow a completed hide). Awaited, so
   * `idle()` covers it; it must not throw.
   */
  onCompleted?: (action: PendingAction) => Promise<void>;
  /**
   * How long a claim on an action lasts (default 60 s): longer than any platform call, so a live
   * process never loses its claim mid-call; another process takes over a dead one's actions
   * this long after its last claim.
   */
  claimMs?: number;
}

/**
 * Whether a claim's worker (`host:pid:nonce`) was a process of this machine that no longer
 * runs. A process of another machine, or a live one, is never declared dead here: its claim
 * runs out instead.
 */
function deadOnThisHost(worker: string): boolean {
  const parts = worker.split(':');
  const pid = Number(parts.at(-2));
  if (parts.slice(0, -2).join(':') !== hostname() || !Number.isSafeInteger(pid) || pid <= 0) {
    return false;
  }
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

export class ActionExecutor {
  private readonly queued = new Set<number>();
  /** Enqueued actions whose platform is not looked up yet, in arrival order. */
  private unsorted: number[] = [];
  /**
   * Actions waiting for a delivery slot, per platform, in arrival order. Looked up once each, so
   * a burst costs one indexed read per action instead of a read of the whole log per delivery.
   */
  private readonly ready = new Map<Platform, number[]>();
  private readonly inFlight = new Map<Platform, number>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly paused = new Map<Platform, string>();
  private readonly idleWaiters: (() => void)[] = [];
  private readonly warnedNoAdapter = new Set<Platform>();
  private stopped = false;
  private active = 0;
  /**
   * Actions taken off `unsorted` whose platform is being looked up: not idle meanwhile (with a
   * store that really waits on I/O, such as PostgreSQL, `idle()` would otherwise answer in the
   * middle of the lookup).
   */
  private sorting = 0;
  /** This process, as named in its claims. */
  readonly worker = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private pumpScheduled = false;
  private pumping = false;
  private pumpAgain = false;

  constructor(private readonly options: ExecutorOptions) {}

  /** Queues an action that was just requested. */
  enqueue(actionId: number): void {
    if (this.stopped || this.queued.has(actionId)) return;
    this.queued.add(actionId);
    this.unsorted.push(actionId);
    this.schedulePump();
  }

  /** Re-queues every action requested and not finished (after a restart or a crash). */
  async resume(): Promise<number> {
    const pending = await this.options.store.actions.pending();
    for (const p of pending) {
      if (this.stopped || this.queued.has(p.actionId)) continue;
      this.queued.add(p.actionId);
      this.readyFor(p.platform).push(p.actionId);
    }
    this.schedulePump();
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
    this.unsorted = [];
    this.ready.clear();
    while (this.active > 0) await new Promise((r) => setTimeout(r, 10));
  }

  private isIdle(): boolean {
    if (this.unsorted.length > 0 || this.sorting > 0 || this.active > 0 || this.timers.size > 0) {
      return false;
    }
    for (const ids of this.ready.values()) if (ids.length > 0) return false;
    return true;
  }

  private notifyIdle(): void {
    if (!this.isIdle()) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private readyFor(platform: Platform): number[] {
    let ids = this.ready.get(platform);
    if (!ids) {
      ids = [];
      this.ready.set(platform, ids);
    }
    return ids;
  }

  /** One pump per turn of the event loop, however many actions arrive or finish in it. */
  private schedulePump(): void {
    if (this.pumpScheduled) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    // Never two at once (a store that really awaits could interleave them): ask for another round.
    if (this.pumping) {
      this.pumpAgain = true;
      return;
    }
    this.pumping = true;
    try {
      do {
        this.pumpAgain = false;
        await this.dispatch();
      } while (this.pumpAgain && !this.stopped);
    } catch (err) {
      // The store could not be read (disk error): the actions stay requested in the log.
      this.options.logger.error({ err }, 'could not read pending actions; retrying shortly');
      this.retryPumpLater();
    } finally {
      this.pumping = false;
    }
    this.notifyIdle();
  }

  private async dispatch(): Promise<void> {
    if (this.stopped) return;
    if (this.unsorted.length > 0) {
      const batch = this.unsorted;
      this.unsorted = [];
      this.sorting += batch.length;
      try {
        const found = await this.options.store.actions.pendingByIds(batch);
        const platformOf = new Map(found.map((p) => [p.actionId, p.platform]));
        for (const actionId of batch) {
          const platform = platformOf.get(actionId);
          // Not pending: completed or settled meanwhile (another process, an earlier attempt).
          if (platform === undefined) this.queued.delete(actionId);
          else this.readyFor(platform).push(actionId);
        }
      } catch (err) {
        this.unsorted = batch.concat(this.unsorted);
        throw err;
      } finally {
        this.sorting -= batch.length;
      }
    }
    const concurrency = this.options.concurrency ?? 32;
    for (const [platform, ids] of this.ready) {
      if (ids.length === 0) continue;
      const adapter = this.options.adapters.get(platform);
      if (!adapter || this.paused.has(platform)) {
        // They stay requested in the log; `resume()` delivers them once the platform is connected.
        if (!adapter && !this.warnedNoAdapter.has(platform)) {
          this.warnedNoAdapter.add(platform);
          this.options.logger.warn(
            { platform },
            'actions for this platform stay requested until its adapter is configured',
          );
        }
        for (const actionId of ids.splice(0)) this.queued.delete(actionId);
        continue;
      }
      while (ids.length > 0 && (this.inFlight.get(platform) ?? 0) < concurrency) {
        const actionId = ids.shift() as number;
        this.inFlight.set(platform, (this.inFlight.get(platform) ?? 0) + 1);
        this.active++;
        void this.deliver(adapter, actionId, platform).finally(() => {
          this.active--;
          this.inFlight.set(platform, (this.inFlight.get(platform) ?? 1) - 1);
          this.schedulePump();
        });
      }
    }
  }

  private retryPumpLater(): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.schedulePump();
    }, this.options.retryBaseMs ?? 1000);
    this.timers.add(timer);
  }

  private async deliver(
    adapter: PlatformAdapter,
    actionId: number,
    platform: Platform,
  ): Promise<void> {
    const { store, logger } = this.options;
    let action: PendingAction | undefined;
    try {
      // Read again just before the call: it may have been settled meanwhile, and the attempts
      // so far set the back-off.
      [action] = await store.actions.pendingByIds([actionId]);
    } catch (err) {
      logger.error({ err, actionId }, 'could not read an action before delivering it');
      this.retryLater(actionId, platform, this.options.retryBaseMs ?? 1000);
      return;
    }
    if (!action) {
      this.queued.delete(actionId);
      return;
    }
    const claimMs = this.options.claimMs ?? 60_000;
    let mine: boolean;
    try {
      const now = Date.now();
      mine = await store.actions.claim(
        actionId,
        this.worker,
        new Date(now).toISOString(),
        new Date(now + claimMs).toISOString(),
      );
    } catch (err) {
      logger.error({ err, actionId }, 'could not claim an action before delivering it');
      this.retryLater(actionId, platform, this.options.retryBaseMs ?? 1000);
      return;
    }
    if (!mine) {
      // A process of this machine that is gone (the bot restarted after a crash): its claims
      // are taken over at once rather than when they run out.
      const holder = await store.actions.claimant(actionId).catch(() => undefined);
      if (holder !== undefined && deadOnThisHost(holder)) {
        const now = Date.now();
        mine = await store.actions
          .claim(
            actionId,
            this.worker,
            new Date(now).toISOString(),
            new Date(now + claimMs).toISOString(),
            holder,
          )
          .catch(() => false);
      }
    }
    if (!mine) {
      // Another process is delivering it: look again when its claim has run out.
      this.retryLater(actionId, platform, claimMs);
      return;
    }
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
      return;
    }
    // Outside the try: whatever follows a completed action never marks it failed.
    try {
      await this.options.onCompleted?.(action);
    } catch (err) {
      logger.error({ err, actionId: action.actionId }, 'after a completed action');
    }
  }

  private retryLater(actionId: number, platform: Platform, delay: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.stopped) return;
      this.readyFor(platform).push(actionId);
      this.schedulePump();
    }, delay);
    this.timers.add(timer);
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
      const requeued = await store.comments
        .setReviewState(action.commentId, 'queued')
        .then(() => true)
        .catch(() => false);
      logger.warn(
        { actionId: action.actionId, platform: action.platform, error: message },
        'action refused by the platform',
      );
      if (requeued) this.options.onRequeued?.(action.commentId);
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
    this.retryLater(action.actionId, action.platform, delay);
  }
}
