/**
 * Opening the SQLite file and the group-commit writer every store module shares.
 */
import { close, fsync, mkdirSync, open } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { StorageError } from '../../errors.js';
import { migrate } from '../migrations.js';

export type { Database } from 'better-sqlite3';

export interface OpenOptions {
  /** Milliseconds a writer waits for another connection's lock before giving up. */
  busyTimeoutMs?: number;
  readonly?: boolean;
}

/**
 * Opens (creating when needed) the database with WAL (readers never block the writer),
 * foreign keys, a busy timeout and synchronous=FULL (a commit survives a power cut), and
 * applies pending migrations.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Database {
  if (path !== ':memory:' && !options.readonly) mkdirSync(dirname(path), { recursive: true });
  let db: Database;
  try {
    db = new BetterSqlite3(path, { readonly: options.readonly ?? false });
  } catch (err) {
    throw new StorageError(
      `Cannot open the database at ${path}: ${(err as Error).message}. Check CIVICMOD_DB and the folder's permissions.`,
      { cause: err },
    );
  }
  db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
  db.pragma('foreign_keys = ON');
  if (!options.readonly) {
    if (path !== ':memory:') db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    migrate(db);
  }
  return db;
}

/** Turns SQLite's low-level failures into errors that say what an operator can do. */
export function storageError(err: unknown): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_FULL') {
    return new StorageError(
      'The database is full (disk or size limit reached). Nothing was half-written: free space and the bot carries on.',
      { cause: err },
    );
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new StorageError('The database stayed locked by another process; try again.', {
      cause: err,
    });
  }
  if (code === 'SQLITE_READONLY' || code === 'SQLITE_IOERR' || code.startsWith('SQLITE_IOERR')) {
    return new StorageError(
      `The database cannot be written (${code}). Check the disk and file permissions.`,
      {
        cause: err,
      },
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}

interface PendingWrite {
  run: () => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes requested in the same turn of the event loop share one transaction, each
 * in its own savepoint so one failing write does not undo the others. This is what keeps
 * durable commits fast when a post goes viral.
 *
 * Durability without blocking: a synchronous=FULL commit makes better-sqlite3 fsync the
 * write-ahead log on the JavaScript thread (3-13 ms on a cloud disk), and with three or four
 * commits per comment that alone saturated the event loop at 50 comments/s. So the writer's
 * own transactions commit with synchronous=NORMAL (atomic, not yet durable), and the writer
 * then fsyncs the WAL file on libuv's thread pool and resolves the batch only after that fsync
 * returns. Nobody is told a write is stored before it is on disk, exactly as with FULL; batches
 * committed while one fsync runs share the next one. The connection stays at FULL for every
 * other transaction (migrations, a retention purge), which commit in-line as before.
 */
export class GroupCommitWriter {
  private queue: PendingWrite[] = [];
  private scheduled = false;
  /** Flushes the WAL file; undefined when there is none (`:memory:`, rollback journal). */
  private readonly wal: WalSyncer | undefined;
  /** Committed batches waiting for an fsync that starts after their commit. */
  private awaitingSync: ((error: Error | null) => void)[] = [];
  private syncing = false;
  private readonly statements;

  constructor(
    private readonly db: Database,
    private readonly maxBatch = 500,
    /** Makes the flusher of the WAL file; tests pass one they control. */
    walSyncer: (path: string) => WalSyncer = fileSyncer,
  ) {
    const wal =
      !db.memory &&
      !db.readonly &&
      String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal';
    this.wal = wal ? walSyncer(`${resolve(db.name)}-wal`) : undefined;
    this.statements = {
      savepoint: db.prepare('SAVEPOINT group_commit_write'),
      release: db.prepare('RELEASE group_commit_write'),
      rollbackTo: db.prepare('ROLLBACK TO group_commit_write'),
    };
  }

  write<T>(fn: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, this.maxBatch);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    const { savepoint, release, rollbackTo } = this.statements;
    const outcomes: { ok: boolean; value: unknown }[] = [];
    // exec, not a prepared statement: SQLite applies PRAGMA synchronous when it compiles it.
    if (this.wal !== undefined) this.db.exec('PRAGMA synchronous = NORMAL');
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            // Prepared savepoint statements: a db.transaction() wrapper per write cost 5% of ingest.
            savepoint.run();
            try {
              outcomes.push({ ok: true, value: item.run() });
              release.run();
            } catch (err) {
              // SQLite may already have rolled the whole transaction back (SQLITE_FULL, IOERR).
              if (this.db.inTransaction) {
                rollbackTo.run();
                release.run();
              }
              outcomes.push({ ok: false, value: err });
              // A full disk fails every later write too: stop and fail the whole batch.
              if ((err as { code?: string }).code === 'SQLITE_FULL' || !this.db.inTransaction)
                throw err;
            }
          }
        })
        .immediate();
    } catch (err) {
      const error = storageError(err);
      for (const item of batch) item.reject(error);
      return;
    } finally {
      if (this.wal !== undefined) this.db.exec('PRAGMA synchronous = FULL');
    }
    const settle = (syncError: Error | null) => {
      batch.forEach((item, i) => {
        const outcome = outcomes[i];
        if (syncError) item.reject(syncError);
        else if (outcome === undefined) item.reject(new Error('write was not run'));
        else if (outcome.ok) item.resolve(outcome.value);
        else item.reject(storageError(outcome.value));
      });
    };
    if (this.wal === undefined) {
      settle(null);
      return;
    }
    this.awaitingSync.push(settle);
    this.startSync();
  }

  private startSync(): void {
    const wal = this.wal;
    if (this.syncing || this.awaitingSync.length === 0 || wal === undefined) return;
    this.syncing = true;
    const group = this.awaitingSync;
    this.awaitingSync = [];
    wal.sync((err) => {
      this.syncing = false;
      // The batch is committed but cannot be shown durable: report it failed. A caller that
      // retries (a platform resending its webhook) finds it stored and changes nothing.
      const error = err
        ? new StorageError(
            `The write was committed but could not be flushed to disk (${err.code ?? err.message}). Check the disk; a resent comment is stored once.`,
            { cause: err },
          )
        : null;
      for (const settle of group) settle(error);
      if (this.awaitingSync.length > 0) this.startSync();
      else wal.release();
    });
  }
}

/** Flushes one file to disk, off the JavaScript thread. */
export interface WalSyncer {
  /** Calls back once everything written to the file so far is on disk (or it failed). */
  sync(done: (err: NodeJS.ErrnoException | null) => void): void;
  /** Nothing is waiting: let go of the file (it is deleted when the database closes). */
  release(): void;
}

/**
 * fsync on libuv's thread pool, keeping the file open while writes keep coming (one thread-pool
 * round trip per flush instead of three). No file means no WAL: the last connection
 * checkpointed it into the database file, and synced that, before removing it.
 */
export function fileSyncer(path: string): WalSyncer {
  let fd: number | undefined;
  return {
    sync(done) {
      if (fd !== undefined) {
        fsync(fd, done);
        return;
      }
      open(path, 'r', (openErr, opened) => {
        if (openErr) {
          done(openErr.code === 'ENOENT' ? null : openErr);
          return;
        }
        fd = opened;
        fsync(opened, done);
      });
    },
    release() {
      if (fd === undefined) return;
      const closing = fd;
      fd = undefined;
      close(closing, () => undefined);
    },
  };
}
