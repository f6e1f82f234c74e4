/**
 * Ingest throughput: comments through the whole pipeline (store the original, classify, store
 * the decision, request the hide) into a real SQLite file with durable commits
 * (synchronous=FULL, WAL), many at once as a webhook burst delivers them. The platform is an
 * in-process adapter that answers at once, so completed hides are written during the run too.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlatformAdapter } from '../adapters/types.js';
import type * as AppModule from '../src/app.js';
import type * as ConfigModule from '../src/config.js';
import type * as LoggerModule from '../src/logger.js';
import type * as SqliteModule from '../src/store/sqlite/index.js';
import type * as ModerationModule from '../moderation/index.js';
import type { IncomingComment } from '../src/store/types.js';
import { loadBuilt } from './child.js';
import type { Corpus } from './corpus.js';
import { runPool } from './stats.js';

export interface IngestFigures {
  ingest_per_s: number;
  ingest_comments: number;
  ingest_in_flight: number;
  /** Until every requested hide was delivered and recorded as completed. */
  ingest_drained_per_s: number;
  ingest_hides: number;
  bytes_per_comment: number;
}

/** A Graph-API-shaped webhook change, so the stored raw payloads have a realistic size. */
export function facebookLikeComment(i: number, text: string, post?: string): IncomingComment {
  const id = `1234567890_${100000 + i}`;
  const createdAt = new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString();
  const raw = JSON.stringify({
    object: 'page',
    entry: [
      {
        id: '1234567890',
        time: Math.floor(Date.parse(createdAt) / 1000),
        changes: [
          {
            field: 'feed',
            value: {
              from: { id: `9${i % 997}`, name: `Resident ${i % 997}` },
              post: { id: '1234567890_42', status_type: 'mobile_status_update' },
              message: text,
              post_id: '1234567890_42',
              comment_id: id,
              created_time: Math.floor(Date.parse(createdAt) / 1000),
              item: 'comment',
              parent_id: '1234567890_42',
              verb: 'add',
            },
          },
        ],
      },
    ],
  });
  return {
    platform: 'facebook',
    page: { platformPageId: '1234567890', name: 'Helena Police Department' },
    post: { platformPostId: '1234567890_42', text: post },
    platformCommentId: id,
    author: { id: `9${i % 997}`, name: `Resident ${i % 997}` },
    text,
    createdAt,
    raw,
    source: 'webhook',
  };
}

/** An adapter whose platform accepts every action at once. */
export function instantPlatform(): PlatformAdapter & { hides: number } {
  return {
    platform: 'facebook',
    hides: 0,
    capabilities: {
      hide: true,
      unhide: true,
      delete: false,
      reply: false,
      hideIsReversible: true,
      hideMeans: 'hidden from everyone but the author',
    },
    async start() {},
    async stop() {},
    async apply(action) {
      this.hides++;
      return { success: true, kind: action.kind };
    },
  };
}

export async function benchIngest(
  corpus: Corpus,
  options: { comments: number; inFlight: number; classifyThreads?: number },
): Promise<IngestFigures> {
  // The compiled code `civicmod start` runs (dist/), as it runs it.
  const { createApp } = await loadBuilt<typeof AppModule>('src/app.js');
  const { loadConfig } = await loadBuilt<typeof ConfigModule>('src/config.js');
  const { createLogger } = await loadBuilt<typeof LoggerModule>('src/logger.js');
  const { openSqliteStore } = await loadBuilt<typeof SqliteModule>('src/store/sqlite/index.js');
  const { createModerator } = await loadBuilt<typeof ModerationModule>('moderation/index.js');
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-bench-ingest-'));
  const path = join(dir, 'ingest.db');
  const store = openSqliteStore(path);
  const platform = instantPlatform();
  const { config, secrets } = loadConfig({
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    CIVICMOD_CLASSIFY_THREADS: String(options.classifyThreads ?? 0),
  });
  const logger = createLogger({ level: 'silent' });
  const moderator = createModerator();
  const app = createApp({ config, secrets, store, logger, moderator, adapters: [platform] });
  // Built before the clock starts: the benchmark times civicmod, not the fixture.
  const events = Array.from({ length: options.comments }, (_, i) => {
    const t = corpus.texts[i % corpus.texts.length] as Corpus['texts'][number];
    return { type: 'comment' as const, comment: facebookLikeComment(i, t.text, t.post) };
  });
  try {
    await app.start();
    const start = performance.now();
    await runPool(events.length, options.inFlight, async (i) => {
      await app.pipeline.handle(events[i] as (typeof events)[number]);
    });
    const stored = performance.now() - start;
    await app.executor.idle();
    const drained = performance.now() - start;
    await app.stop();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const bytes = statSync(path).size;
    const comments = await store.comments.count();
    if (comments !== options.comments)
      throw new Error(`ingest stored ${comments} comments, expected ${options.comments}`);
    return {
      ingest_per_s: (options.comments * 1000) / stored,
      ingest_comments: options.comments,
      ingest_in_flight: options.inFlight,
      ingest_drained_per_s: (options.comments * 1000) / drained,
      ingest_hides: platform.hides,
      bytes_per_comment: bytes / options.comments,
    };
  } finally {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
