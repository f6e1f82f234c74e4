/**
 * Numbered migrations, applied in order at start-up, each in its own transaction. A migration
 * is never edited once released: add a new one. On SQLite `PRAGMA user_version` holds the last
 * applied number; on PostgreSQL the `schema_version` table (src/store/postgres/database.ts).
 *
 * The one explicit list, for both backends, is at the bottom; each migration lives in its own file so that the
 * areas of the product (core record store, dashboard accounts, public records) can evolve
 * separately.
 */
import type { Database } from 'better-sqlite3';
import { core } from './migrations/001_core.js';
import { accounts } from './migrations/002_accounts.js';
import { records } from './migrations/003_records.js';
import { ftsBacklog } from './migrations/004_fts_backlog.js';
import { commentIndexes } from './migrations/005_comment_indexes.js';
import { exactlyOnce } from './migrations/006_exactly_once.js';
import { decisionLanguage } from './migrations/007_decision_language.js';
import { evidenceChain } from './migrations/008_evidence_chain.js';
import { appeals } from './migrations/009_appeals.js';
import { pageNotices } from './migrations/010_page_notices.js';
import { actionClaims } from './migrations/011_action_claims.js';
import { agencies } from './migrations/012_agencies.js';

export interface Migration {
  /** Consecutive from 1. */
  readonly version: number;
  readonly name: string;
  /** The change for SQLite. */
  readonly sql: string;
  /**
   * The same change for PostgreSQL (src/store/postgres/), written beside the SQLite one so that
   * the two schemas move together. Empty where PostgreSQL needs nothing (a SQLite-only device).
   */
  readonly postgres: string;
}

/** Every migration, in the order it is applied. */
export const MIGRATIONS: readonly Migration[] = [
  core,
  accounts,
  records,
  ftsBacklog,
  commentIndexes,
  exactlyOnce,
  decisionLanguage,
  evidenceChain,
  appeals,
  pageNotices,
  actionClaims,
  agencies,
];

export function migrate(db: Database, migrations: readonly Migration[] = MIGRATIONS): number {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database is at schema version ${current}, newer than this civicmod (${migrations.length}). ` +
        'Upgrade civicmod before opening it; nothing was changed.',
    );
  }
  for (const m of migrations.slice(current)) {
    // BEGIN IMMEDIATE, and the version read again under the write lock: two processes opening a
    // new or older store at once (two imports, an import and the bot) apply each migration once.
    db.transaction(() => {
      const now = db.pragma('user_version', { simple: true }) as number;
      if (now >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return migrations.length;
}
