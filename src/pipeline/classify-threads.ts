/**
 * Classification on worker threads (CIVICMOD_CLASSIFY_THREADS), so that a burst of comments is
 * classified on the machine's other cores while the main thread answers webhooks and writes the
 * store. Off by default: each thread loads its own copy of the models (about 110 MB).
 *
 * The verdict is the one the main thread's moderator would give: the same code and models, and
 * a worker that is not ready, fails or exits never loses a comment: what it held is classified on
 * the main thread instead, and a worker that exits is started again (at most RESTARTS times).
 */
import { Worker } from 'node:worker_threads';
import type {
  ClassifyInput,
  Moderator,
  ModeratorVerdict,
  PolicySettings,
} from '../../moderation/index.js';
import type { Logger } from '../logger.js';

export interface ClassifyRequest {
  id: number;
  input: ClassifyInput;
  settings: PolicySettings;
}

export type ClassifyReply =
  { id: number; verdict: ModeratorVerdict } | { id: number; error: string } | { ready: string };

interface Pending {
  request: ClassifyRequest;
  resolve: (verdict: ModeratorVerdict) => void;
  reject: (err: unknown) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
  ready: boolean;
}

/** A worker that exits this many times is not started again: the main thread classifies. */
const RESTARTS = 3;

/**
 * The worker: the compiled module beside this one, or, when this runs as TypeScript (the tests),
 * the TypeScript module loaded through tsx's loader, registered in the thread first.
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./classify-worker.js', import.meta.url));
  const source = new URL('./classify-worker.ts', import.meta.url).href;
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(source)}); });`,
    { eval: true },
  );
}

export class ClassifyThreads {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private restarts = 0;
  private closing = false;
  /** A thread reported another classifier version: none is started again. */
  private mismatch = false;
  /** Verdicts given by a thread, and on the main thread instead (for the log and the tests). */
  private answered = { threads: 0, here: 0 };
  private readyWaiters: (() => void)[] = [];

  constructor(
    count: number,
    private readonly fallback: Moderator,
    private readonly logger: Logger,
  ) {
    if (!Number.isInteger(count) || count < 1) {
      throw new Error(`ClassifyThreads needs at least one thread, not ${count}`);
    }
    for (let i = 0; i < count; i++) this.threads.push(this.spawn());
  }

  /** Classifies on the least busy ready thread, or here when none is ready. */
  classify(input: ClassifyInput, settings: PolicySettings): Promise<ModeratorVerdict> {
    let best: Thread | undefined;
    for (const t of this.threads) {
      if (t.ready && (best === undefined || t.pending.size < best.pending.size)) best = t;
    }
    if (best === undefined || this.closing) {
      this.answered.here++;
      return Promise.resolve(this.fallback.classify(input, settings));
    }
    const thread = best;
    const request: ClassifyRequest = { id: this.nextId++, input, settings };
    return new Promise<ModeratorVerdict>((resolve, reject) => {
      try {
        thread.worker.postMessage(request);
      } catch {
        // An input a thread cannot be sent (not plain data) is classified here.
        this.finishHere({ request, resolve, reject });
        return;
      }
      thread.pending.set(request.id, { request, resolve, reject });
    });
  }

  /** Threads that are up and answering (for health and tests). */
  readyCount(): number {
    return this.threads.filter((t) => t.ready).length;
  }

  /**
   * Resolves once every thread has loaded its models, or after `timeoutMs` (what is asked
   * meanwhile is classified on the main thread).
   */
  whenReady(timeoutMs = 30_000): Promise<void> {
    if (this.readyCount() === this.threads.length) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      timer.unref();
      this.readyWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.threads.map(async (t) => {
        // What a thread still holds is finished here, never dropped.
        this.takeBack(t);
        await t.worker.terminate();
      }),
    );
    this.logger.info(this.answered, 'classification threads stopped');
  }

  private spawn(): Thread {
    const thread: Thread = {
      worker: startWorker(),
      pending: new Map(),
      ready: false,
    };
    thread.worker.on('message', (reply: ClassifyReply) => {
      if ('ready' in reply) {
        if (reply.ready !== this.fallback.version) {
          this.logger.error(
            { thread: reply.ready, main: this.fallback.version },
            'a classification thread runs another classifier version; classifying on the main thread',
          );
          // Every thread would load the same code: none is started again.
          this.mismatch = true;
          void thread.worker.terminate();
          return;
        }
        thread.ready = true;
        if (this.readyCount() === this.threads.length) {
          for (const resolve of this.readyWaiters.splice(0)) resolve();
        }
        return;
      }
      const pending = thread.pending.get(reply.id);
      if (pending === undefined) return;
      thread.pending.delete(reply.id);
      if ('verdict' in reply) {
        this.answered.threads++;
        pending.resolve(reply.verdict);
      } else {
        // Said once here, with the thread's message; the same input then fails the same way on
        // the main thread, with the moderator's own handling of it.
        this.logger.error(
          { threadError: reply.error },
          'a classification thread could not classify a comment; classifying it on the main thread',
        );
        this.finishHere(pending);
      }
    });
    thread.worker.on('error', (err) => {
      this.logger.error({ err }, 'a classification thread failed');
    });
    thread.worker.on('exit', (code) => {
      thread.ready = false;
      this.takeBack(thread);
      if (this.closing) return;
      const index = this.threads.indexOf(thread);
      if (index < 0) return;
      if (!this.mismatch && this.restarts < RESTARTS) {
        this.restarts++;
        this.logger.warn({ code }, 'a classification thread exited; starting it again');
        this.threads[index] = this.spawn();
        return;
      }
      if (!this.mismatch) {
        this.logger.error(
          { code },
          'classification threads keep exiting; classifying on the main thread from now on',
        );
      }
      // No thread will become ready: start-up need not wait for one.
      for (const resolve of this.readyWaiters.splice(0)) resolve();
    });
    return thread;
  }

  /** Classifies here everything a thread still held. */
  private takeBack(thread: Thread): void {
    const held = [...thread.pending.values()];
    thread.pending.clear();
    for (const p of held) this.finishHere(p);
  }

  private finishHere(p: Pending): void {
    this.answered.here++;
    try {
      p.resolve(this.fallback.classify(p.request.input, p.request.settings));
    } catch (err) {
      p.reject(err);
    }
  }
}
