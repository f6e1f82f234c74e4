/**
 * The store under test on each backend: a real SQLite file, and a database of its own on the
 * throwaway PostgreSQL cluster (helpers/postgres.ts). A suite written with `forEachBackend`
 * runs once per backend; the PostgreSQL run is skipped, with the reason printed once by the
 * global setup, when no cluster could be started.
 */
import { describe } from 'vitest';
import { openPostgresStore, type PostgresStore } from '../../src/store/postgres/index.js';
import { makeTestDb } from './index.js';
import { freshDatabase, testPgUrl } from './postgres.js';

export type BackendName = 'sqlite' | 'postgres';

export interface BackendUnderTest {
  name: BackendName;
  /** The parts of the store both backends have (src/store/postgres/index.ts). */
  store: PostgresStore | ReturnType<typeof makeTestDb>['store'];
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
  const store = await openPostgresStore(database.url, options);
  return {
    name,
    store,
    async sql(text) {
      return (await store.db.pool.query(text)).rows as Record<string, unknown>[];
    },
    async cleanup() {
      await store.end();
      await database.drop();
    },
  };
}

/** Defines `suite` once per backend, as "title (sqlite)" and "title (postgres)". */
export function forEachBackend(title: string, suite: (name: BackendName) => void): void {
  for (const name of ['sqlite', 'postgres'] as const) {
    describe.skipIf(name === 'postgres' && testPgUrl() === null)(`${title} (${name})`, () =>
      suite(name),
    );
  }
}
