import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, migrate } from '../../src/store/migrations.js';
import { openSqliteStore, type SqliteStore } from '../../src/store/sqlite/index.js';
import { incomingComment, makeTestDb, type TestDb } from '../helpers/index.js';

let db: TestDb | undefined;
const cleanups: (() => void)[] = [];
afterEach(() => {
  db?.cleanup();
  db = undefined;
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function searchIds(store: SqliteStore, query: string): Promise<number[]> {
  return (await store.records.search({ query }, { limit: 50 })).hits.map((h) => h.commentId);
}

/** How many index entries a query matches: one per version, never two. */
function ftsMatches(store: SqliteStore, query: string): number {
  return store.db
    .prepare('SELECT COUNT(*) FROM records_fts WHERE records_fts MATCH ?')
    .pluck()
    .get(query) as number;
}

const backlog = (store: SqliteStore) =>
  store.db.prepare('SELECT COUNT(*) FROM records_fts_backlog').pluck().get() as number;

describe('full-text backlog (migration 004)', () => {
  it('upgrades a 003 database in place (004, 005): what was indexed stays searchable, new versions too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'civicmod-test-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'civicmod.db');
    const old = new BetterSqlite3(path);
    old.pragma('journal_mode = WAL');
    migrate(old, MIGRATIONS.slice(0, 3));
    old.exec(`
      INSERT INTO pages (id, platform, platform_page_id, name, created_at)
        VALUES (1, 'facebook', 'page-1', 'Helena Police Department', '2026-01-01T00:00:00.000Z');
      INSERT INTO comments (id, platform, platform_comment_id, page_id, author_id, author_name,
          created_at, first_seen_at, updated_at)
        VALUES (1, 'facebook', 'c-old', 1, 'a-1', 'Morgan Ashby', '2026-02-01T10:00:00.000Z',
          '2026-02-01T10:00:01.000Z', '2026-02-01T10:00:01.000Z');
      INSERT INTO comment_versions (comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
        VALUES (1, 1, 'the parade permit was denied', 'x', '{}', 'y', 'webhook', '2026-02-01T10:00:01.000Z'),
               (1, 2, 'edited: the marathon permit was approved', 'x', '{}', 'y', 'poll', '2026-02-01T11:00:00.000Z');
    `);
    old.close();

    const store = openSqliteStore(path);
    cleanups.push(() => store.close());
    expect(store.db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    // 005: the two indexes no query used are gone, the one that replaces them is there.
    const indexes = store.db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'comments'")
      .pluck()
      .all();
    expect(indexes).not.toContain('comments_parent');
    expect(indexes).not.toContain('comments_author');
    expect(indexes).toContain('records_comments_author_id');
    expect(await searchIds(store, 'parade')).toEqual([1]);
    expect(await searchIds(store, 'marathon')).toEqual([1]);
    expect(await searchIds(store, 'ashby')).toEqual([1]);
    expect(ftsMatches(store, 'permit')).toBe(2);

    const added = await store.comments.ingest(
      incomingComment({
        text: 'Is the bridge on Euclid open?',
        createdAt: '2026-03-01T09:00:00.000Z',
      }),
    );
    expect(backlog(store)).toBe(0);
    expect(await searchIds(store, 'euclid')).toEqual([added.commentId]);
    expect(
      store.db
        .prepare("SELECT COUNT(*) FROM comments WHERE platform_comment_id = 'c-old'")
        .pluck()
        .get(),
    ).toBe(1);
  });

  it('indexes a batch in its own commit, also when one write of the batch fails', async () => {
    db = makeTestDb();
    const { store } = db;
    // Requested in one turn: one transaction; the failing write is undone alone.
    const results = await Promise.allSettled([
      store.comments.ingest(
        incomingComment({ text: 'Thanks for the quick response on Rodney Street' }),
      ),
      store.actions.record({ kind: 'note', actor: 'system', reason: ' ', clause: null }),
      store.comments.ingest(
        incomingComment({ text: 'Who patrols the Rodney Street park at night?' }),
      ),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(backlog(store)).toBe(0);
    // A second connection (as an export's snapshot) sees them committed and indexed.
    const reader = new BetterSqlite3(db.path, { readonly: true });
    cleanups.push(() => reader.close());
    expect(
      reader
        .prepare("SELECT COUNT(*) FROM records_fts WHERE records_fts MATCH 'rodney'")
        .pluck()
        .get(),
    ).toBe(2);
    expect(await store.actions.count()).toBe(0);
  });

  it('finds a version written outside the writer: the search drains the backlog first', async () => {
    db = makeTestDb();
    const { store } = db;
    const stored = await store.comments.ingest(incomingComment({ text: 'first words' }));
    store.db
      .prepare(
        `INSERT INTO comment_versions (comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
         VALUES (?, 2, 'second words about a pothole', 'x', '{}', 'y', 'poll', '2026-03-01T00:00:00.000Z')`,
      )
      .run(stored.commentId);
    expect(backlog(store)).toBe(1);
    expect(await searchIds(store, 'pothole')).toEqual([stored.commentId]);
    expect(backlog(store)).toBe(0);
    expect(ftsMatches(store, 'words')).toBe(2);
  });

  it('re-indexes every version once when the author name is learnt later', async () => {
    db = makeTestDb();
    const { store } = db;
    const first = incomingComment({ author: { id: 'a-9' }, text: 'the siren woke everyone' });
    const stored = await store.comments.ingest(first);
    await store.comments.ingest({ ...first, text: 'the siren woke everyone at 3 am' });
    expect(await searchIds(store, 'quincy')).toEqual([]);
    // The same comment seen again, now with its author's name (a poll after a webhook).
    await store.comments.ingest({
      ...first,
      text: 'the siren woke everyone at 3 am',
      author: { id: 'a-9', name: 'Quincy Larkin' },
    });
    expect(await searchIds(store, 'quincy')).toEqual([stored.commentId]);
    expect(ftsMatches(store, 'siren')).toBe(2);
    expect(ftsMatches(store, 'larkin')).toBe(2);
  });
});
