/**
 * The store under test on each backend: a real SQLite file, and a database of its own on the
 * throwaway PostgreSQL cluster (helpers/postgres.ts). A suite written with `forEachBackend`
 * runs once per backend; the PostgreSQL run is skipped, with the reason printed once by the
 * global setup, when no cluster could be started.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from 'vitest';
import type { Store } from '../../src/store/types.js';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.js';
import { appOn, makeTestDb, type TestApp, type TestAppOptions } from './index.js';
import { freshDatabase, testPgUrl } from './postgres.js';

export type BackendName = 'sqlite' | 'postgres';

export interface BackendUnderTest {
  name: BackendName;
  store: Store;
  /** A temporary folder of the test's own (exports, bundles), deleted by cleanup. */
  dir: string;
  /** What a `civicmod` child process needs in its environment to open this same store. */
  cliEnv: Record<string, string>;
  /** Runs SQL written the same for both (no parameters); returns its rows. */
  sql(text: string): Promise<Record<string, unknown>[]>;
  cleanup(): Promise<void>;
}

export async function openBackend(
  name: BackendName,
  options: { now?: () => Date } = {},
): Promise<BackendUnderTest> {
  if (name === 'sqlite') {
    const db = makeTestDb(options);
    return {
      name,
      store: db.store,
      dir: db.dir,
      cliEnv: { CIVICMOD_DB: db.path },
      async sql(text) {
        const stmt = db.store.db.prepare(text);
        if (stmt.reader) return stmt.all() as Record<string, unknown>[];
        stmt.run();
        return [];
      },
      async cleanup() {
        db.cleanup();
      },
    };
  }
  const database = await freshDatabase();
  const chainKey = randomBytes(32);
  const store: PostgresStore = await openPostgresStore(database.url, { ...options, chainKey });
  const dir = mkdtempSync(join(tmpdir(), 'civicmod-test-'));
  return {
    name,
    store,
    dir,
    cliEnv: { DATABASE_URL: database.url, CIVICMOD_CHAIN_KEY: chainKey.toString('hex') },
    async sql(text) {
      return (await store.db.pool.query(text)).rows as Record<string, unknown>[];
    },
    async cleanup() {
      await store.end();
      await database.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The whole app on a store of `name` (helpers/index.ts `appOn`). */
export async function openTestApp(
  name: BackendName,
  options: TestAppOptions & { now?: () => Date } = {},
): Promise<TestApp<BackendUnderTest>> {
  const db = await openBackend(name, { now: options.now });
  try {
    return appOn(db, options);
  } catch (err) {
    await db.cleanup();
    throw err;
  }
}

/** Defines `suite` once per backend, as "title (sqlite)" and "title (postgres)". */
export function forEachBackend(title: string, suite: (name: BackendName) => void): void {
  for (const name of ['sqlite', 'postgres'] as const) {
    describe.skipIf(name === 'postgres' && testPgUrl() === null)(`${title} (${name})`, () =>
      suite(name),
    );
  }
}
