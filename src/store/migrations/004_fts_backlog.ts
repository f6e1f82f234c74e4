import type { Migration } from '../migrations.js';
import { ftsCommentRangeSql, ftsKeyLimitsSql, ftsKeySql } from './003_records.js';

/**
 * Full-text indexing once per commit instead of once per version.
 *
 * Until now a trigger wrote each new version into records_fts as it was stored. FTS5 writes its
 * pending terms to disk (a new segment, then merges) whenever a savepoint or a statement that may
 * roll back begins, and nearly every statement of an ingest is one (foreign keys, triggers): so
 * every comment cost a segment of its own, about a third of the SQLite work of an ingest.
 *
 * Now the trigger only notes the version in records_fts_backlog, and the group-commit writer
 * indexes the whole backlog at the end of each batch, in the same transaction (see
 * `FtsBacklog.drain` in src/store/sqlite/fts-backlog.ts): one segment per commit.
 *
 * Invariants:
 * - Every version a key can hold is in records_fts or in records_fts_backlog, never in both, and
 *   the backlog is in the same transaction as the version: a crash loses neither.
 * - Writes through the writer leave the backlog empty at every commit. A search that finds it
 *   non-empty (a version written some other way) has it drained before it reads the index.
 * - An author name learnt later (or a corrected date) re-queues the comment's versions; a
 *   retention purge removes a version from the index or the backlog, wherever it is.
 */
export const ftsBacklog: Migration = {
  version: 4,
  name: 'fts_backlog',
  sql: `
CREATE TABLE records_fts_backlog (version_id INTEGER PRIMARY KEY);

DROP TRIGGER records_fts_version_insert;
CREATE TRIGGER records_fts_version_insert AFTER INSERT ON comment_versions
WHEN ${ftsKeyLimitsSql('NEW')}
BEGIN
  INSERT INTO records_fts_backlog (version_id) VALUES (NEW.id);
END;

DROP TRIGGER records_fts_version_delete;
CREATE TRIGGER records_fts_version_delete AFTER DELETE ON comment_versions
BEGIN
  DELETE FROM records_fts_backlog WHERE version_id = OLD.id;
  DELETE FROM records_fts WHERE rowid =
    (SELECT ${ftsKeySql('c.created_at', 'OLD.comment_id', 'OLD.seq')} FROM comments c WHERE c.id = OLD.comment_id);
END;

DROP TRIGGER records_fts_comment_update;
CREATE TRIGGER records_fts_comment_update AFTER UPDATE OF author_name, created_at ON comments
WHEN OLD.author_name IS NOT NEW.author_name OR OLD.created_at IS NOT NEW.created_at
BEGIN
  DELETE FROM records_fts WHERE rowid ${ftsCommentRangeSql('OLD.created_at', 'OLD.id')};
  INSERT OR IGNORE INTO records_fts_backlog (version_id)
  SELECT v.id FROM comment_versions v WHERE v.comment_id = NEW.id AND ${ftsKeyLimitsSql('v')};
END;
`,
  // PostgreSQL indexes each version in the statement that stores it (records_search, migration
  // 3): a GIN index takes a row at a time without SQLite's per-savepoint segments. No backlog.
  postgres: '',
};
