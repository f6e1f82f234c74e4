import type { CursorStore, Platform } from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import type { Clock } from './util.js';

export class SqliteCursorStore implements CursorStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
  ) {
    this.s = {
      get: db.prepare('SELECT value FROM cursors WHERE platform = ? AND key = ?'),
      set: db.prepare(
        `INSERT INTO cursors (platform, key, value, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      ),
    };
  }

  async get(platform: Platform, key: string): Promise<string | null> {
    return (this.s.get.get(platform, key) as { value: string } | undefined)?.value ?? null;
  }

  set(platform: Platform, key: string, value: string): Promise<void> {
    return this.writer.write(() => {
      this.s.set.run(platform, key, value, this.now().toISOString());
    });
  }
}
