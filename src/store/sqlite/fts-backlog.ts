/**
 * The full-text backlog (migration 004): versions stored but not yet in records_fts. The
 * group-commit writer drains it at the end of every batch, in the batch's own transaction.
 */
import { ftsKeySql } from '../migrations/003_records.js';
import type { Database } from './database.js';

export class FtsBacklog {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      // With the comment's current date and author: a later change re-queues the versions.
      index: db.prepare(
        `INSERT INTO records_fts (rowid, text, author)
         SELECT ${ftsKeySql('c.created_at', 'v.comment_id', 'v.seq')}, v.text, COALESCE(c.author_name, '')
           FROM records_fts_backlog b
           JOIN comment_versions v ON v.id = b.version_id
           JOIN comments c ON c.id = v.comment_id`,
      ),
      clear: db.prepare('DELETE FROM records_fts_backlog'),
      isEmpty: db.prepare('SELECT NOT EXISTS (SELECT 1 FROM records_fts_backlog)').pluck(),
    };
  }

  /** Indexes every queued version. Inside a write transaction. */
  drain(): void {
    if (this.isEmpty()) return;
    this.s.index.run();
    this.s.clear.run();
  }

  isEmpty(): boolean {
    return this.s.isEmpty.get() === 1;
  }
}
