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
 * Group commit: writes requested in the same turn of the event loop share one transaction (and
 * so one fsync), each in its own savepoint so one failing write does not undo the others. This
 * is what keeps durable commits fast when a post goes viral.
 */
export class GroupCommitWriter {
  private queue: PendingWrite[] = [];
  private scheduled = false;

  constructor(
    private readonly db: Database,
    private readonly maxBatch = 500,
  ) {}

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
    const outcomes: { ok: boolean; value: unknown }[] = [];
    try {
      this.db
        .transaction(() => {
          for (const item of batch) {
            try {
              outcomes.push({ ok: true, value: this.db.transaction(item.run)() });
            } catch (err) {
              outcomes.push({ ok: false, value: err });
              // A full disk fails every later write too: stop and fail the whole batch.
              if ((err as { code?: string }).code === 'SQLITE_FULL') throw err;
            }
          }
        })
        .immediate();
    } catch (err) {
      const error = storageError(err);
      for (const item of batch) item.reject(error);
      return;
    }
    batch.forEach((item, i) => {
      const outcome = outcomes[i];
      if (outcome === undefined) item.reject(new Error('write was not run'));
      else if (outcome.ok) item.resolve(outcome.value);
      else item.reject(storageError(outcome.value));
    });
  }
}
