/**
 * Small helpers shared by the PostgreSQL store modules.
 */
import type { Client, Pool, Queryable } from './database.js';
import { LOCKS, forgetChainHeads, postgresError, readChainHeads, transaction } from './database.js';

/**
 * A SQLite column list (`platform_page_id AS platformPageId, …`) for PostgreSQL, which folds
 * unquoted names to lower case: the aliases are quoted so rows keep their camelCase keys, and the
 * one column named after a keyword (`end`) is quoted.
 */
export function pgColumns(columns: string): string {
  return columns.replace(/\bAS (\w+)/g, 'AS "$1"');
}

/**
 * PostgreSQL's text cannot hold the NUL character, and comment text is untrusted input that may
 * (SQLite keeps it as is). A string that holds one is stored as NUL_MARK followed by its JSON
 * encoding; so is a string that already begins with NUL_MARK (a private-use character), so that
 * reading back is never ambiguous. Every parameter and every value read goes through this pair,
 * in `one`, `all` and `exec`: the store's callers, and the evidence digests, see the text as it
 * arrived. Equality still works (the encoding is a function of the text); a full-text search
 * sees the JSON form of such a text.
 */
const NUL_MARK = '\uE000';

function encodeText(value: unknown): unknown {
  // An array parameter (a multi-row statement's column, `= ANY($1)`) holds texts alike.
  if (Array.isArray(value)) return value.map(encodeText);
  if (typeof value !== 'string') return value;
  if (!value.includes('\u0000') && !value.startsWith(NUL_MARK)) return value;
  return NUL_MARK + JSON.stringify(value);
}

function decodeText(value: unknown): unknown {
  if (typeof value !== 'string' || !value.startsWith(NUL_MARK)) return value;
  return JSON.parse(value.slice(NUL_MARK.length)) as string;
}

function decodeRow(row: Record<string, unknown>): Record<string, unknown> {
  for (const key in row) {
    const v = row[key];
    if (typeof v === 'string' && v.startsWith(NUL_MARK)) row[key] = decodeText(v);
  }
  return row;
}

/** Runs a statement; returns its rows (decoded) and the number of rows it changed. */
export async function exec(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<{ rows: Record<string, unknown>[]; rowCount: number }> {
  const result = await db.query(text, values.map(encodeText));
  return { rows: result.rows.map(decodeRow), rowCount: result.rowCount ?? 0 };
}

/** Runs a statement whose rows come back as arrays (decoded). */
export async function execArrays(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<unknown[][]> {
  const result = await db.query({ text, values: values.map(encodeText), rowMode: 'array' });
  return (result.rows as unknown[][]).map((row) => row.map(decodeText));
}

/** The first row, or undefined. */
export async function one<T>(
  db: Queryable,
  text: string,
  values: unknown[] = [],
): Promise<T | undefined> {
  return (await exec(db, text, values)).rows[0] as T | undefined;
}

/** Every row. */
export async function all<T>(db: Queryable, text: string, values: unknown[] = []): Promise<T[]> {
  return (await exec(db, text, values)).rows as T[];
}

/** The pool, and transactions on it: what every module of the store is given. */
export class PgDb {
  private readonly chained: ChainWriter;

  constructor(readonly pool: Pool) {
    this.chained = new ChainWriter(pool);
  }

  /** Runs `fn` in one transaction after taking the advisory `locks` (database.ts LOCKS). */
  write<T>(fn: (client: Client) => Promise<T>, locks: readonly number[] = []): Promise<T> {
    return transaction(this.pool, fn, locks);
  }

  /**
   * Runs `fn` in a transaction holding the chain lock: for every write that extends the chains
   * (a version, decision, action-log entry, redaction or appeal). Such writes share
   * transactions: see ChainWriter.
   */
  writeChained<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return this.chained.write(fn);
  }
}

/** The outcome of one write among several run together. */
export type Outcome<T = unknown> = { ok: true; value: T } | { ok: false; error: unknown };

/**
 * Writes of one kind that extend the chains, run many at a time: the ones requested while the
 * chain lock is busy are handed together to `runMany`, as one write of the next group commit,
 * so that it can store them with a few multi-row statements instead of a few statements each
 * (one round trip to the server is most of what a statement costs). `runMany` answers each
 * item with its own outcome; an item is settled only once its transaction has committed.
 */
export class BatchedWrites<I, O> {
  private pending: { item: I; resolve: (value: O) => void; reject: (error: unknown) => void }[] =
    [];

  constructor(
    private readonly db: PgDb,
    private readonly runMany: (client: Client, items: readonly I[]) => Promise<Outcome<O>[]>,
  ) {}

  write(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.pending.push({ item, resolve, reject });
      if (this.pending.length === 1) this.schedule();
    });
  }

  private schedule(): void {
    // Taken when the write first runs (items requested until then join it), and kept: a group
    // commit may run the same write a second time (ChainWriter), and it must be the same items.
    let taken: typeof this.pending | undefined;
    const take = (): typeof this.pending => (taken ??= this.pending.splice(0));
    this.db
      .writeChained((client) =>
        this.runMany(
          client,
          take().map((p) => p.item),
        ),
      )
      .then(
        (outcomes) =>
          take().forEach((p, i) => {
            const outcome = outcomes[i];
            if (outcome === undefined) p.reject(new Error('write was not run'));
            else if (outcome.ok) p.resolve(outcome.value);
            else p.reject(postgresError(outcome.error));
          }),
        (err: unknown) => take().forEach((p) => p.reject(err)),
      );
  }
}

/**
 * Runs `fast` over all the items under a savepoint; if it throws, runs `one` on each item under
 * a savepoint of its own, so that one bad item fails alone. The chain heads read after a
 * rollback are read again.
 */
export async function eachOrAll<I, O>(
  client: Client,
  items: readonly I[],
  fast: (items: readonly I[]) => Promise<O[]>,
  one: (item: I) => Promise<O>,
): Promise<Outcome<O>[]> {
  if (items.length === 1) {
    // Alone, its failure is the write's: no savepoint needed.
    return [{ ok: true, value: await one(items[0] as I) }];
  }
  await client.query('SAVEPOINT many');
  try {
    const values = await fast(items);
    await client.query('RELEASE SAVEPOINT many');
    return values.map((value) => ({ ok: true, value }));
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT many');
    forgetChainHeads(client);
  }
  const outcomes: Outcome<O>[] = [];
  for (const item of items) {
    await client.query('SAVEPOINT one');
    try {
      outcomes.push({ ok: true, value: await one(item) });
      await client.query('RELEASE SAVEPOINT one');
    } catch (error) {
      await client.query('ROLLBACK TO SAVEPOINT one');
      forgetChainHeads(client);
      outcomes.push({ ok: false, error });
    }
  }
  return outcomes;
}

interface PendingWrite {
  run: (client: Client) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** Thrown out of a batch run without savepoints when one write failed, to roll it back. */
class WriteFailed extends Error {
  constructor(cause: unknown) {
    super('a write of the batch failed', { cause });
  }
}

/**
 * Group commit for the writes that extend the chains, as SQLite's GroupCommitWriter: every
 * such write is serialized by the chain lock anyway, so the ones requested while a batch is
 * running wait for the next batch, which takes the lock once and commits once (one WAL flush
 * for the batch instead of one per comment, which is what a burst costs on a durable server).
 *
 * One failing write must not undo the others: a batch first runs without savepoints; if a write
 * throws, the whole transaction is rolled back and the batch runs again with a savepoint around
 * each write. Writes are closures over the client (never over state a run could change), so
 * running one again is running it for the first time.
 */
class ChainWriter {
  private queue: PendingWrite[] = [];
  private running = false;

  constructor(
    private readonly pool: Pool,
    private readonly maxBatch = 500,
  ) {}

  write<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ run: fn, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.running = true;
    try {
      while (this.queue.length > 0) {
        // Writes requested in the same turn of the event loop join the batch.
        await new Promise((r) => setImmediate(r));
        const batch = this.queue.splice(0, this.maxBatch);
        let outcomes: Outcome[];
        try {
          outcomes =
            (await this.commit(batch, false)) ?? ((await this.commit(batch, true)) as Outcome[]);
        } catch (err) {
          const error = postgresError(err);
          for (const item of batch) item.reject(error);
          continue;
        }
        batch.forEach((item, i) => {
          const outcome = outcomes[i];
          if (outcome === undefined) item.reject(new Error('write was not run'));
          else if (outcome.ok) item.resolve(outcome.value);
          else item.reject(postgresError(outcome.error));
        });
      }
    } finally {
      this.running = false;
    }
  }

  /**
   * The batch in one transaction under the chain lock. Without savepoints: null (and nothing
   * written) when a write threw. With: each write's own outcome.
   */
  private async commit(
    batch: readonly PendingWrite[],
    savepoints: boolean,
  ): Promise<Outcome[] | null> {
    try {
      return await transaction(
        this.pool,
        async (client) => {
          await readChainHeads(client);
          const outcomes: Outcome[] = [];
          for (const item of batch) {
            if (!savepoints) {
              try {
                outcomes.push({ ok: true, value: await item.run(client) });
              } catch (err) {
                throw new WriteFailed(err);
              }
              continue;
            }
            await client.query('SAVEPOINT w');
            try {
              outcomes.push({ ok: true, value: await item.run(client) });
              await client.query('RELEASE SAVEPOINT w');
            } catch (err) {
              await client.query('ROLLBACK TO SAVEPOINT w');
              // Links this write added are gone with it: read the heads again.
              forgetChainHeads(client);
              outcomes.push({ ok: false, error: err });
            }
          }
          return outcomes;
        },
        [LOCKS.chain],
      );
    } catch (err) {
      if (!(err instanceof WriteFailed)) throw err;
      // A batch of one needs no second run: its error is its outcome.
      return batch.length === 1 ? [{ ok: false, error: err.cause }] : null;
    }
  }
}
