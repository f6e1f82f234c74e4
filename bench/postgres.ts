/**
 * The PostgreSQL figures (issue 20), each beside the SQLite figure measured in the same run:
 * - ingest through the whole pipeline (compiled, as `civicmod start` runs it), one civicmod and
 *   two on the same database (two apps with pools of their own in this process: the database
 *   work is the server's, the classifying shares this core);
 * - `migrate-store` of the generated store (the records section's, cached), which is also how
 *   the PostgreSQL store for the next two figures is filled;
 * - search p50 / p95 with the records section's query mix, and an export of the newest records.
 *
 * The server: CIVICMOD_BENCH_PG_URL (a database the bench may create databases beside), or a
 * throwaway cluster from Debian's postgresql with durable commits (fsync on, as in production),
 * started and removed here. Without either the section is skipped, with a line.
 */
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import type * as AppModule from '../src/app.js';
import type * as ConfigModule from '../src/config.js';
import type * as LoggerModule from '../src/logger.js';
import type * as ModerationModule from '../moderation/index.js';
import type * as PostgresModule from '../src/store/postgres/index.js';
import type * as SqliteModule from '../src/store/sqlite/index.js';
import type { Store } from '../src/store/types.js';
import { migrateStore } from '../src/store/migrate-store.js';
import { openPostgresStore } from '../src/store/postgres/index.js';
import { openSqliteStore } from '../src/store/sqlite/index.js';
import { freshDatabase, startTestCluster, testPgUrl } from '../test/helpers/postgres.js';
import { loadBuilt } from './child.js';
import type { Corpus } from './corpus.js';
import { facebookLikeComment, instantPlatform } from './ingest.js';
import { benchHideLatency } from './hide-latency.js';
import { cachedStore } from './records-section.js';
import { measureExport, measureSearch, sqliteQuery } from './records.js';
import { runPool } from './stats.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export interface PostgresFigures {
  pg_skipped: string | null;
  pg_ingest_per_s: number | null;
  pg_ingest_two_workers_per_s: number | null;
  pg_ingest_sqlite_per_s: number | null;
  pg_ingest_comments: number | null;
  pg_hide_p99_ms: number | null;
  pg_burst_comments: number | null;
  pg_burst_last_hide_s: number | null;
  pg_migrate_rows_per_s: number | null;
  pg_store_comments: number | null;
  pg_search_p50_ms: number | null;
  pg_search_p95_ms: number | null;
  pg_search_sqlite_p95_ms: number | null;
  pg_export_records: number | null;
  pg_export_s: number | null;
  pg_export_sqlite_s: number | null;
}

const SKIPPED = (reason: string): PostgresFigures => ({
  pg_skipped: reason,
  pg_ingest_per_s: null,
  pg_ingest_two_workers_per_s: null,
  pg_ingest_sqlite_per_s: null,
  pg_ingest_comments: null,
  pg_hide_p99_ms: null,
  pg_burst_comments: null,
  pg_burst_last_hide_s: null,
  pg_migrate_rows_per_s: null,
  pg_store_comments: null,
  pg_search_p50_ms: null,
  pg_search_p95_ms: null,
  pg_search_sqlite_p95_ms: null,
  pg_export_records: null,
  pg_export_s: null,
  pg_export_sqlite_s: null,
});

/** Comments per second through `workers` apps on stores from `open`, `inFlight` at once each. */
async function ingest(
  corpus: Corpus,
  comments: number,
  workers: number,
  open: () => Promise<{ store: Store; close(): Promise<void> }>,
): Promise<number> {
  const { createApp } = await loadBuilt<typeof AppModule>('src/app.js');
  const { loadConfig } = await loadBuilt<typeof ConfigModule>('src/config.js');
  const { createLogger } = await loadBuilt<typeof LoggerModule>('src/logger.js');
  const { createModerator } = await loadBuilt<typeof ModerationModule>('moderation/index.js');
  const { config, secrets } = loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent' });
  const moderator = createModerator();
  const apps: {
    app: ReturnType<typeof createApp>;
    opened: { store: Store; close(): Promise<void> };
  }[] = [];
  for (let w = 0; w < workers; w++) {
    const opened = await open();
    const app = createApp({
      config,
      secrets,
      store: opened.store,
      logger: createLogger({ level: 'silent' }),
      moderator,
      adapters: [instantPlatform()],
    });
    await app.start();
    apps.push({ app, opened });
  }
  const events = Array.from({ length: comments }, (_, i) => {
    const t = corpus.texts[i % corpus.texts.length] as Corpus['texts'][number];
    return { type: 'comment' as const, comment: facebookLikeComment(i, t.text, t.post) };
  });
  try {
    const start = performance.now();
    await runPool(events.length, 500, async (i) => {
      const target = apps[i % apps.length];
      await target?.app.pipeline.handle(events[i] as (typeof events)[number]);
    });
    return (comments * 1000) / (performance.now() - start);
  } finally {
    for (const { app, opened } of apps) {
      await app.stop();
      await opened.close();
    }
  }
}

export async function benchPostgres(options: {
  corpus: Corpus;
  ingestComments: number;
  storeComments: number;
  exportRecords: number;
  steadySeconds: number;
  burstComments: number;
  log: (message: string) => void;
}): Promise<PostgresFigures> {
  const { log } = options;
  let stop = () => undefined as void;
  if (process.env.CIVICMOD_BENCH_PG_URL) {
    process.env.CIVICMOD_TEST_PG_URL = process.env.CIVICMOD_BENCH_PG_URL;
  } else {
    stop = startTestCluster({ durable: true });
  }
  try {
    if (testPgUrl() === null) {
      const reason = process.env.CIVICMOD_TEST_PG_SKIPPED ?? 'no PostgreSQL server';
      log(`postgres: skipped (${reason})`);
      return SKIPPED(reason);
    }
    const { openPostgresStore: openPgBuilt } = await loadBuilt<typeof PostgresModule>(
      'src/store/postgres/index.js',
    );
    const { openSqliteStore: openSqliteBuilt } = await loadBuilt<typeof SqliteModule>(
      'src/store/sqlite/index.js',
    );
    const n = options.ingestComments;
    log(
      `postgres: ingesting ${n.toLocaleString('en')} comments (SQLite, PostgreSQL, two on PostgreSQL)...`,
    );
    const dir = mkdtempSync(join(tmpdir(), 'civicmod-bench-pg-'));
    const sqliteIngest = await ingest(options.corpus, n, 1, async () => {
      const store = openSqliteBuilt(join(dir, 'ingest.db'));
      return { store, close: async () => store.close() };
    });
    rmSync(dir, { recursive: true, force: true });
    const pgIngest = async (workers: number) => {
      const database = await freshDatabase();
      const key = randomBytes(32);
      try {
        return await ingest(options.corpus, n, workers, async () => {
          const store = await openPgBuilt(database.url, { chainKey: key });
          return { store, close: () => store.end() };
        });
      } finally {
        await database.drop();
      }
    };
    const one = await pgIngest(1);
    const two = await pgIngest(2);

    // Webhook to hide, end to end, with civicmod start on PostgreSQL (bench/hide-latency.ts).
    log('postgres: webhook-to-hide latency at 50/s and a burst...');
    const hideDb = await freshDatabase();
    let hide;
    try {
      hide = await benchHideLatency({
        steadySeconds: options.steadySeconds,
        steadyRate: 50,
        burstComments: options.burstComments,
        burstInFlight: 200,
        env: { DATABASE_URL: hideDb.url, CIVICMOD_CHAIN_KEY: randomBytes(32).toString('hex') },
      });
    } finally {
      await hideDb.drop();
    }

    // The records section's generated store, sealed with its key (opening it for writing does
    // that once), copied with migrate-store.
    const { path } = await cachedStore(options.storeComments, log);
    const sqlite = openSqliteStore(path);
    const database = await freshDatabase();
    try {
      const key = { file: `${path}.chain-key` };
      sqlite.close();
      log(`postgres: migrate-store of ${options.storeComments.toLocaleString('en')} comments...`);
      const started = performance.now();
      const copied = await migrateStore(path, database.url, key);
      const rows = copied.tables.reduce((s, t) => s + t.rows, 0);
      const migrateSeconds = (performance.now() - started) / 1000;
      const pg = await openPostgresStore(database.url, { chainKey: key });
      // Writable: an export logs itself, as on PostgreSQL.
      const base = openSqliteStore(path, { chainKey: key });
      try {
        await pg.db.pool.query('ANALYZE');
        const pgQuery = async (sql: string) => (await pg.db.pool.query(sql)).rows;
        log('postgres: searching (and SQLite, the same queries)...');
        const search = await measureSearch(pg, pgQuery);
        const sqliteSearch = await measureSearch(base, sqliteQuery(base));
        log(
          `postgres: exporting ${options.exportRecords.toLocaleString('en')} records (and SQLite)...`,
        );
        const exported = await measureExport(pg, pgQuery, tmpdir(), options.exportRecords);
        const sqliteExported = await measureExport(
          base,
          sqliteQuery(base),
          tmpdir(),
          options.exportRecords,
        );
        return {
          pg_skipped: null,
          pg_ingest_per_s: one,
          pg_ingest_two_workers_per_s: two,
          pg_ingest_sqlite_per_s: sqliteIngest,
          pg_ingest_comments: n,
          pg_hide_p99_ms: hide.hide_p99_ms,
          pg_burst_comments: hide.burst_comments,
          pg_burst_last_hide_s: hide.burst_last_hide_s,
          pg_migrate_rows_per_s: rows / migrateSeconds,
          pg_store_comments: options.storeComments,
          pg_search_p50_ms: search.p50Ms,
          pg_search_p95_ms: search.p95Ms,
          pg_search_sqlite_p95_ms: sqliteSearch.p95Ms,
          pg_export_records: exported.records,
          pg_export_s: exported.seconds,
          pg_export_sqlite_s: sqliteExported.seconds,
        };
      } finally {
        base.close();
        await pg.end();
      }
    } finally {
      await database.drop();
    }
  } finally {
    stop();
  }
}
