/**
 * Named test helpers: a real SQLite file per test, fixture factories with overridable
 * defaults, captured logs, and the whole app assembled on loopback.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PlatformAdapter } from '../../adapters/types.js';
import { createModerator } from '../../moderation/index.js';
import { createApp, type App, type AppDeps } from '../../src/app.js';
import { loadConfig, type LoadedConfig } from '../../src/config.js';
import { createCapturedLogger } from '../../src/logger.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import { DEFAULT_AGENCY_ID, type IncomingComment, type Store } from '../../src/store/types.js';
import { Access, type Role } from '../../src/review/permissions.js';
import type { Reviewer } from '../../src/review/service.js';

export interface TestDb {
  store: SqliteStore;
  path: string;
  dir: string;
  cleanup(): void;
}

/** A fresh SQLite file in its own temporary folder (WAL and all, as in production). */
export function makeTestDb(options: { now?: () => Date } = {}): TestDb {
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-test-'));
  const path = join(dir, 'civicmod.db');
  const store = openSqliteStore(path, options);
  return {
    store,
    path,
    dir,
    cleanup() {
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Config as `civicmod start` would read it, from a plain object over test defaults. */
export function makeTestConfig(env: Record<string, string> = {}): LoadedConfig {
  return loadConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env });
}

let counter = 0;

/** A comment as an adapter would report it; override any field. */
export function incomingComment(overrides: Partial<IncomingComment> = {}): IncomingComment {
  counter++;
  const id = overrides.platformCommentId ?? `c${counter}`;
  const text = overrides.text ?? 'Thank you for keeping the road closure updates coming.';
  return {
    platform: 'facebook',
    page: { platformPageId: 'page-1', name: 'Helena Police Department' },
    post: {
      platformPostId: 'post-1',
      text: 'Road closure on Last Chance Gulch tonight from 7 pm.',
    },
    platformCommentId: id,
    author: { id: `author-${counter}`, name: `Resident ${counter}` },
    text,
    createdAt: new Date(Date.UTC(2026, 10, 1, 12, 0, counter % 60)).toISOString(),
    raw: JSON.stringify({ id, message: text }),
    source: 'webhook',
    ...overrides,
  };
}

export interface TestApp<D extends { store: Store; dir: string; cleanup(): unknown } = TestDb> {
  app: App;
  db: D;
  logs: Record<string, unknown>[];
  cleanup(): Promise<void>;
}

export interface TestAppOptions {
  adapters?: PlatformAdapter[];
  env?: Record<string, string>;
  routers?: AppDeps['routers'];
  executor?: AppDeps['executor'];
  reviewChannels?: AppDeps['reviewChannels'];
}

/** The whole app on a real SQLite file, with the given adapters and instant retries. */
export function makeTestApp(options: TestAppOptions = {}): TestApp {
  return appOn(makeTestDb(), options);
}

/**
 * The whole app on `db`, a store of either backend (helpers/backends.ts `openBackend`), with
 * the given adapters and instant retries.
 */
export function appOn<D extends { store: Store; dir: string; cleanup(): unknown }>(
  db: D,
  options: TestAppOptions = {},
): TestApp<D> {
  const { logger, lines } = createCapturedLogger();
  const { config, secrets } = makeTestConfig(options.env);
  const app = createApp({
    config,
    secrets,
    store: db.store,
    logger,
    moderator: createModerator(),
    adapters: options.adapters ?? [],
    routers: options.routers,
    reviewChannels: options.reviewChannels,
    executor: { retryBaseMs: 5, retryMaxMs: 50, ...options.executor },
  });
  return {
    app,
    db,
    logs: lines,
    async cleanup() {
      await app.stop();
      await db.cleanup();
    },
  };
}

/** A person acting, with one role in the given agencies (the default agency when none). */
export function testReviewer(
  userId: number,
  role: Role,
  name: string,
  agencyIds: readonly number[] = [DEFAULT_AGENCY_ID],
): Reviewer {
  return {
    userId,
    role,
    name,
    access: new Access(agencyIds.map((agencyId) => ({ agencyId, role }))),
  };
}
