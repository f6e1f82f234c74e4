/**
 * Opening the SQLite file and the group-commit writer every store module shares.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
    if (path !== ':memory:') setWal(db, options.busyTimeoutMs ?? 10_000);
    db.pragma('synchronous = FULL');
    // Statement journals (the undo record of one statement, needed by every statement that
    // checks a foreign key or fires a trigger) stay in memory: by default one larger than 64 KiB
    // (an insert into a table with many indexes) moves to a temporary file for the rest of the
    // transaction, and then every page a later statement touches is written there first. They
    // are scratch data, not part of durability. Temporary tables and sorts use memory too: this
    // connection's sorts are small (pages of results, per-day report rows); an export's large
    // reads use its own connection (records.ts, snapshot).
    db.pragma('temp_store = MEMORY');
    // Checkpoint (copy the WAL back into the database file) once the WAL holds 10,000 pages
    // (40 MiB) rather than SQLite's 1,000. The commit that crosses the mark runs the checkpoint
    // on this thread: it reads every frame, writes the pages out and fsyncs both files. Rarer,
    // larger checkpoints write each hot page (index leaves, the tables' last pages) once for
    // many commits instead of once per 4 MiB; a burst of 50,000 comments does 6 of them instead
    // of about 70 (ingest +6-10% in paired runs). Durability is unchanged: every commit is
    // fsynced in the WAL whenever the checkpoint runs; a crash replays a longer WAL on open.
    if (path !== ':memory:') db.pragma('wal_autocheckpoint = 10000');
    migrate(db);
  }
  return db;
}

/**
 * Switches a new database to WAL. Changing the journal mode needs the database to itself, and
 * SQLite answers "busy" at once rather than waiting when another process is opening the same
 * new file (two imports started together): wait and retry, up to the busy timeout. A database
 * already in WAL (every one after its first open) answers at once.
 */
function setWal(db: Database, timeoutMs: number): void {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() >= deadline) throw err;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 25);
    }
  }
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

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

/** Thrown out of the fast path when one write of the batch failed, to roll the batch back. */
class WriteFailed extends Error {
  constructor(cause: unknown) {
    super('a write of the batch failed', { cause });
  }
}

export interface GroupCommitOptions {
  /**
   * Most writes in one transaction; the rest wait for the next turn. 2,000 by default: in a
   * burst (1,000 comments in flight, each written twice, plus the hides) fewer, larger commits
   * pay for fewer fsyncs; a batch of 2,000 holds the thread for about 0.2 s.
   */
  maxBatch?: number;
  /**
   * Work every batch ends with, in the same transaction (deferred index maintenance). If it
   * throws, the whole batch is rolled back and every write in it fails.
   */
  beforeCommit?: () => void;
}

/**
 * Group commit: writes requested in the same turn of the event loop share one transaction (and
 * so one fsync). This is what keeps durable commits fast when a post goes viral.
 *
 * One failing write must not undo the others. A savepoint around each write would ensure that,
 * but costs more than the write itself: every page a write touches is copied to the statement
 * journal, and the full-text index flushes its pending terms to disk at every savepoint. So a
 * batch first runs without them; if a write throws, the whole transaction is rolled back and the
 * batch is run again with a savepoint around each write. Writes are synchronous closures over
 * the database (never over other state that a run could change), so running one again is
 * running it for the first time.
 */
export class GroupCommitWriter {
  private queue: PendingWrite[] = [];
  private scheduled = false;
  private readonly maxBatch: number;
  private readonly beforeCommit: () => void;

  constructor(
    private readonly db: Database,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 2000;
    this.beforeCommit = options.beforeCommit ?? (() => undefined);
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
    let outcomes: Outcome[];
    try {
      outcomes = this.commitTogether(batch) ?? this.commitEachInSavepoint(batch);
    } catch (err) {
      const error = storageError(err);
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome === undefined) item.reject(new Error('write was not run'));
      else if (outcome.ok) item.resolve(outcome.value);
      else item.reject(storageError(outcome.error));
    });
  }

  /** Every write in one transaction; null (and nothing written) when one of them threw. */
  private commitTogether(batch: readonly PendingWrite[]): Outcome[] | null {
    const outcomes: Outcome[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: item.run() });
            } catch (err) {
              throw new WriteFailed(err);
            }
          }
          this.beforeCommit();
        })
        .immediate();
      return outcomes;
    } catch (err) {
      if (!(err instanceof WriteFailed)) throw err;
      // A full disk fails every later write too: fail the whole batch.
      if (isFull(err.cause)) throw err.cause;
      return null;
    }
  }

  /** Each write in its own savepoint, so that the ones that throw are undone alone. */
  private commitEachInSavepoint(batch: readonly PendingWrite[]): Outcome[] {
    const outcomes: Outcome[] = [];
    this.db
      .transaction(() => {
        for (const item of batch) {
          try {
            outcomes.push({ ok: true, value: this.db.transaction(item.run)() });
          } catch (err) {
            outcomes.push({ ok: false, error: err });
            if (isFull(err)) throw err;
          }
        }
        this.beforeCommit();
      })
      .immediate();
    return outcomes;
  }
}

function isFull(err: unknown): boolean {
  return (err as { code?: string }).code === 'SQLITE_FULL';
}
