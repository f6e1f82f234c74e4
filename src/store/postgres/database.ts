/**
 * The PostgreSQL connection pool, transactions, and the schema migrations (issue 20).
 *
 * Writes that SQLite serializes by having one writer are serialized here by what PostgreSQL
 * offers for each: unique keys for "stored once" and "decided once", and transaction-scoped
 * advisory locks (`LOCKS`) where a read decides a write (a sign-in lock-out, the next link of a
 * hash chain). Every civicmod process on one database takes the same locks.
 */
import pg from 'pg';
import { StorageError } from '../../errors.js';
import { MIGRATIONS, type Migration } from '../migrations.js';
import type { PageRow } from '../types.js';

export type Pool = pg.Pool;
export type Client = pg.PoolClient;
/** Something a query can run on: the pool, or a client inside a transaction. */
export type Queryable = Pick<pg.Pool, 'query'>;

/**
 * Keys of the transaction-scoped advisory locks (`pg_advisory_xact_lock`), one per thing whose
 * next write depends on what was read. Numbers, not names: the lock space is shared with any
 * other application on the database, so they are kept in one place and spelled out.
 */
export const LOCKS = {
  /** Applying migrations: two processes starting on a new database apply each once. */
  migrate: 0x63_69_76_01,
  /** Sign-in attempts: counting the failures and recording a new one is one step. */
  login: 0x63_69_76_02,
  /** The action log's hash chain and the evidence chain: one next link at a time. */
  chain: 0x63_69_76_03,
} as const;

const INT8 = 20;
const NUMERIC = 1700;

/**
 * Opens a pool on `url` (postgres://user:password@host:port/database, or ?host=/socket/folder).
 * Row ids are BIGINT, which the driver returns as strings by default: read here as numbers,
 * exact up to 2^53 (nine quadrillion), far beyond any deployment.
 */
export function openPool(url: string, options: { max?: number } = {}): Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    // Every query of civicmod reads a page of rows or writes a few: parallel workers only slow
    // them. With them, PostgreSQL walked every comment by date for "a word among hidden
    // comments" (183 ms at 200,000 comments) instead of the hidden ones (12 ms). Set on each new
    // connection before the pool hands it out, rather than as a startup option, which PgBouncer
    // refuses.
    onConnect: async (client: pg.ClientBase) => {
      await client.query('SET max_parallel_workers_per_gather = 0');
    },
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        oid === INT8 || oid === NUMERIC
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server drops (a restart, a failover) must not crash the
  // process: the pool discards it and the next query opens another.
  pool.on('error', () => undefined);

  return pool;
}

/**
 * What a transaction holding the chain lock knows of the chains' heads, so that a batch of
 * writes reads each head once instead of once per link (nobody else can extend them meanwhile).
 * Tied to the connection for the length of one transaction, and dropped whenever what it holds
 * may no longer be true: at the transaction's start and end, and when a savepoint is rolled
 * back (util.ts ChainWriter).
 */
export interface ChainHeads {
  evidence?: { seq: number; mac: string };
  actionLog?: { id: number; hash: string };
  /**
   * Pages and posts read or written by the batch's ingests, by their platform ids: most comments
   * of a burst share a handful (comments.ts). As of the batch, like everything it reads.
   */
  pages?: Map<string, PageRow>;
  posts?: Map<string, StoredPost>;
  /**
   * comment_versions ids taken from the sequence ahead of the batch's inserts: a new comment's
   * first version, its seal and the comment's pointer to it then go in one statement. Ids not
   * used when the transaction ends are gaps in the sequence, as a rolled-back insert leaves.
   */
  versionIds?: number[];
}

/** A post as ingest needs it. */
export interface StoredPost {
  id: number;
  text: string | null;
  url: string | null;
  createdAt: string | null;
}

const HEADS = new WeakMap<Client, ChainHeads>();

/** The heads known in the client's current transaction (empty when nothing is known yet). */
export function chainHeads(client: Client): ChainHeads {
  let heads = HEADS.get(client);
  if (heads === undefined) {
    heads = {};
    HEADS.set(client, heads);
  }
  return heads;
}

/**
 * Reads both chains' heads in one statement, for a transaction that has just taken the chain
 * lock (a statement of its own: one that took the lock too would read from before it).
 */
export async function readChainHeads(client: Client): Promise<void> {
  const { rows } = await client.query<{
    seq: number | null;
    mac: string | null;
    id: number | null;
    hash: string | null;
  }>(
    `SELECT e.seq, e.mac, a.id, a.hash FROM (SELECT 1) one
     LEFT JOIN (SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1) e ON true
     LEFT JOIN (SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1) a ON true`,
  );
  const row = rows[0];
  const heads = chainHeads(client);
  // An empty chain has no head: the first link starts from its genesis.
  if (row && row.seq !== null && row.mac !== null) heads.evidence = { seq: row.seq, mac: row.mac };
  if (row && row.id !== null && row.hash !== null) heads.actionLog = { id: row.id, hash: row.hash };
}

/** Forgets the heads known in the client's transaction. */
export function forgetChainHeads(client: Client): void {
  HEADS.delete(client);
}

/**
 * Runs `fn` in one transaction on one connection: committed if it returns, rolled back if it
 * throws. `locks` are taken first, in the order given, and held until the end.
 */
export async function transaction<T>(
  pool: Pool,
  fn: (client: Client) => Promise<T>,
  locks: readonly number[] = [],
): Promise<T> {
  let client: Client;
  try {
    client = await pool.connect();
  } catch (err) {
    throw postgresError(err);
  }
  try {
    forgetChainHeads(client);
    await client.query('BEGIN');
    for (const key of locks) await client.query('SELECT pg_advisory_xact_lock($1)', [key]);
    const value = await fn(client);
    await client.query('COMMIT');
    return value;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw postgresError(err);
  } finally {
    forgetChainHeads(client);
    client.release();
  }
}

/**
 * Applies the pending migrations (`Migration.postgres`), each in its own transaction under the
 * migration lock, and returns the schema version. A database newer than this civicmod is left
 * untouched.
 */
export async function migratePostgres(
  pool: Pool,
  migrations: readonly Migration[] = MIGRATIONS,
): Promise<number> {
  await transaction(
    pool,
    (client) =>
      client.query(
        `CREATE TABLE IF NOT EXISTS schema_version (
           version    INTEGER PRIMARY KEY,
           name       TEXT NOT NULL,
           applied_at TEXT NOT NULL)`,
      ),
    [LOCKS.migrate],
  );
  for (const m of migrations) {
    await transaction(
      pool,
      async (client) => {
        const current = await schemaVersion(client);
        if (current > migrations.length) {
          throw new StorageError(
            `The database is at schema version ${current}, newer than this civicmod (${migrations.length}). ` +
              'Upgrade civicmod before opening it; nothing was changed.',
          );
        }
        if (current >= m.version) return;
        if (m.postgres.trim() !== '') await client.query(m.postgres);
        await client.query(
          'INSERT INTO schema_version (version, name, applied_at) VALUES ($1, $2, $3)',
          [m.version, m.name, new Date().toISOString()],
        );
      },
      [LOCKS.migrate],
    );
  }
  return schemaVersion(pool);
}

/** The last migration applied (0 for a new database). */
export async function schemaVersion(db: Queryable): Promise<number> {
  const { rows } = await db.query<{ v: number | null }>(
    'SELECT MAX(version) AS v FROM schema_version',
  );
  return rows[0]?.v ?? 0;
}

/** PostgreSQL's errors, turned into ones that say what an operator can do. */
export function postgresError(err: unknown): Error {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'ECONNREFUSED' || code === 'ENOENT' || code === '57P03') {
    return new StorageError(
      `Cannot reach PostgreSQL (${code}): check DATABASE_URL and that the server is running.`,
      { cause: err },
    );
  }
  if (code === '28P01' || code === '28000') {
    return new StorageError('PostgreSQL refused the user or password in DATABASE_URL.', {
      cause: err,
    });
  }
  if (code === '3D000') {
    return new StorageError(
      'The database named in DATABASE_URL does not exist: create it (createdb) first.',
      { cause: err },
    );
  }
  if (code === '53100') {
    return new StorageError(
      'PostgreSQL is out of disk space. Nothing was half-written: free space and the bot carries on.',
      { cause: err },
    );
  }
  return err instanceof Error ? err : new Error(String(err));
}
