import type { Migration } from '../migrations.js';

/**
 * FTS rowids sort the way search results do, newest first:
 *   rowid = day << 48 | comment_id << 16 | seq
 * where `day` is the comment's created_at in whole days since 2000-01-01 (clamped to 0..32767,
 * i.e. up to 2089). A keyword search then streams matches from the index already in date order
 * and stops after one page, a date range is a rowid range, and the comment id comes out of the
 * rowid without a lookup per matching version. That is what keeps a search for a common word
 * fast at a million comments. Comment ids up to 2^32 and 65,535 edits of one comment are far
 * beyond any department's pages; a version past them is still stored (nothing is lost) but not
 * keyword-indexed.
 */
export const FTS_KEY = {
  dayShift: 48,
  idShift: 16,
  idMask: 0xffffffff,
  maxSeq: 0xffff,
  maxDay: 32767,
  /** 2000-01-01T00:00:00Z */
  epochMs: Date.UTC(2000, 0, 1),
} as const;

/** The day part of the key, in SQL, for a created_at expression (same rule as `ftsDay`). */
export function ftsDaySql(createdAt: string): string {
  return `MIN(MAX(COALESCE(CAST(julianday(${createdAt}) - 2451544.5 AS INTEGER), 0), 0), ${FTS_KEY.maxDay})`;
}

/** The versions an FTS key can hold (SQL over a comment_versions row alias). */
export const ftsKeyLimitsSql = (row: string) =>
  `${row}.seq <= ${FTS_KEY.maxSeq} AND ${row}.comment_id <= ${FTS_KEY.idMask}`;
/** The FTS rowid of a version (SQL expressions for its comment's created_at, id and its seq). */
export const ftsKeySql = (createdAt: string, commentId: string, seq: string) =>
  `((${ftsDaySql(createdAt)} << ${FTS_KEY.dayShift}) | (${commentId} << ${FTS_KEY.idShift}) | ${seq})`;
/** `BETWEEN lo AND hi` over the FTS rowids of every version of one comment. */
export const ftsCommentRangeSql = (createdAt: string, commentId: string) =>
  `BETWEEN ${ftsKeySql(createdAt, commentId, '0')} AND ${ftsKeySql(createdAt, commentId, String(FTS_KEY.maxSeq))}`;

/**
 * Public records (J.4 public disclosure, I.3 retention): the full-text index, records requests
 * with their items and redactions, legal holds, and the indexes a records search needs.
 *
 * Invariants:
 * - The FTS index is derived data, kept in step by triggers: a version is indexed when it is
 *   stored (versions are append-only, so there is no update to follow), re-indexed when the
 *   comment's author name is first learnt (or its date corrected), and unindexed only when the retention purge deletes it.
 * - A redaction never alters the original: it is a span over a version, applied to exports only.
 *   A redaction is withdrawn, never deleted, so the history of what was withheld stays reviewable.
 * - `comments.purged_at` marks the tombstone the retention purge leaves behind: ids, platform ids,
 *   dates and state stay (the action log refers to them and must still verify), text and author go.
 */
export const records: Migration = {
  version: 3,
  name: 'records',
  sql: `
ALTER TABLE comments ADD COLUMN purged_at TEXT;

CREATE VIRTUAL TABLE records_fts USING fts5(
  text, author,
  -- Contentless: the text already lives in comment_versions; the index holds only tokens.
  content = '', contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER records_fts_version_insert AFTER INSERT ON comment_versions
WHEN ${ftsKeyLimitsSql('NEW')}
BEGIN
  INSERT INTO records_fts (rowid, text, author)
  SELECT ${ftsKeySql('c.created_at', 'NEW.comment_id', 'NEW.seq')}, NEW.text, COALESCE(c.author_name, '')
    FROM comments c WHERE c.id = NEW.comment_id;
END;

-- Fires only inside a retention purge (comment_versions refuses deletes otherwise), which
-- deletes versions before it turns the comment into a tombstone, so created_at is still there.
CREATE TRIGGER records_fts_version_delete AFTER DELETE ON comment_versions
BEGIN
  DELETE FROM records_fts WHERE rowid =
    (SELECT ${ftsKeySql('c.created_at', 'OLD.comment_id', 'OLD.seq')} FROM comments c WHERE c.id = OLD.comment_id);
END;

-- The author's name is indexed with every version, and created_at is part of the key: when
-- either changes (an author name learnt later, a corrected date), re-index the comment.
CREATE TRIGGER records_fts_comment_update AFTER UPDATE OF author_name, created_at ON comments
WHEN OLD.author_name IS NOT NEW.author_name OR OLD.created_at IS NOT NEW.created_at
BEGIN
  DELETE FROM records_fts WHERE rowid ${ftsCommentRangeSql('OLD.created_at', 'OLD.id')};
  INSERT INTO records_fts (rowid, text, author)
  SELECT ${ftsKeySql('NEW.created_at', 'NEW.id', 'v.seq')}, v.text, COALESCE(NEW.author_name, '')
    FROM comment_versions v WHERE v.comment_id = NEW.id AND ${ftsKeyLimitsSql('v')};
END;

INSERT INTO records_fts (rowid, text, author)
SELECT ${ftsKeySql('c.created_at', 'v.comment_id', 'v.seq')}, v.text, COALESCE(c.author_name, '')
  FROM comment_versions v JOIN comments c ON c.id = v.comment_id
 WHERE ${ftsKeyLimitsSql('v')};

-- The categories any decision flagged on a comment, so "every personal attack" is an index
-- lookup rather than JSON parsing of a million decisions.
CREATE TABLE records_comment_categories (
  comment_id INTEGER NOT NULL,
  category   TEXT NOT NULL,
  PRIMARY KEY (comment_id, category)
) WITHOUT ROWID;
CREATE INDEX records_comment_categories_category ON records_comment_categories (category, comment_id);

CREATE TRIGGER records_categories_decision AFTER INSERT ON decisions
BEGIN
  INSERT OR IGNORE INTO records_comment_categories (comment_id, category)
  SELECT NEW.comment_id, value FROM json_each(NEW.flags_json) WHERE type = 'text';
END;

INSERT OR IGNORE INTO records_comment_categories (comment_id, category)
SELECT d.comment_id, j.value FROM decisions d, json_each(d.flags_json) j WHERE j.type = 'text';

-- Search indexes (every list is ordered newest first by created_at).
CREATE INDEX records_comments_created ON comments (created_at);
CREATE INDEX records_comments_state ON comments (state, created_at);
CREATE INDEX records_comments_platform ON comments (platform, created_at);
CREATE INDEX records_comments_author_id ON comments (author_id, created_at);
CREATE INDEX records_comments_author_name ON comments (author_name COLLATE NOCASE, created_at);
CREATE INDEX records_posts_platform_id ON posts (platform_post_id);
CREATE INDEX records_action_kind ON action_log (kind, comment_id);
CREATE INDEX records_action_actor ON action_log (actor, comment_id);

-- J.4: a public-records request and what is disclosed under it.
CREATE TABLE records_requests (
  id           INTEGER PRIMARY KEY,
  requester    TEXT NOT NULL,
  received_on  TEXT NOT NULL,   -- YYYY-MM-DD
  description  TEXT NOT NULL,
  due_on       TEXT,            -- YYYY-MM-DD
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  closed_by    TEXT,
  closed_at    TEXT
);
CREATE INDEX records_requests_status ON records_requests (status, received_on);

CREATE TABLE records_request_items (
  request_id INTEGER NOT NULL REFERENCES records_requests(id),
  comment_id INTEGER NOT NULL REFERENCES comments(id),
  added_by   TEXT NOT NULL,
  added_at   TEXT NOT NULL,
  PRIMARY KEY (request_id, comment_id)
) WITHOUT ROWID;
CREATE INDEX records_request_items_comment ON records_request_items (comment_id);

CREATE TABLE redactions (
  id            INTEGER PRIMARY KEY,
  request_id    INTEGER NOT NULL REFERENCES records_requests(id),
  version_id    INTEGER NOT NULL REFERENCES comment_versions(id),
  -- UTF-16 code-unit offsets into the version's text, end exclusive (as classifier evidence).
  start         INTEGER NOT NULL CHECK (start >= 0),
  end           INTEGER NOT NULL CHECK (end > start),
  exemption     TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  withdrawn_by  TEXT,
  withdrawn_at  TEXT
);
CREATE INDEX redactions_request ON redactions (request_id, version_id);
CREATE INDEX redactions_version ON redactions (version_id);

-- Records under a legal hold are never purged, whatever their age (litigation hold).
CREATE TABLE legal_holds (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  matter         TEXT NOT NULL,
  -- NULL: the hold covers the comments listed in legal_hold_comments; otherwise a records
  -- search filter (JSON) and the hold covers every comment matching it, including later ones.
  filter_json    TEXT,
  placed_by      TEXT NOT NULL,
  placed_at      TEXT NOT NULL,
  released_by    TEXT,
  released_at    TEXT,
  release_reason TEXT
);

CREATE TABLE legal_hold_comments (
  hold_id    INTEGER NOT NULL REFERENCES legal_holds(id),
  comment_id INTEGER NOT NULL REFERENCES comments(id),
  PRIMARY KEY (hold_id, comment_id)
) WITHOUT ROWID;
CREATE INDEX legal_hold_comments_comment ON legal_hold_comments (comment_id);
`,
  postgres: `
ALTER TABLE comments ADD COLUMN purged_at TEXT;

-- Accents folded before indexing, as SQLite's remove_diacritics (an immutable function, so it
-- can be used in an index; the unaccent extension's is not, and needs the extension).
CREATE FUNCTION civicmod_fold(t TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT translate(lower(t),
    'àáâãäåāăąèéêëēėęěìíîïīįòóôõöøōőùúûüūůűųñńçćčďđğłľňřśšşťžźżýÿ',
    'aaaaaaaaaeeeeeeeeiiiiiioooooooouuuuuuuunncccddglllnrsssstzzzyy')
$$;

-- The full-text index: one row per version (text and the comment's author name), kept in step
-- by triggers, with the comment's date for newest-first searches. Derived data: a version
-- deleted by the retention purge takes its row with it.
CREATE TABLE records_search (
  version_id BIGINT PRIMARY KEY REFERENCES comment_versions(id) ON DELETE CASCADE,
  comment_id BIGINT NOT NULL,
  created_at TEXT NOT NULL,
  doc        TSVECTOR NOT NULL
);
CREATE INDEX records_search_doc ON records_search USING GIN (doc);
CREATE INDEX records_search_comment ON records_search (comment_id);

CREATE FUNCTION civicmod_search_doc(body TEXT, author TEXT) RETURNS TSVECTOR
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT setweight(to_tsvector('simple', civicmod_fold(body)), 'A')
      || setweight(to_tsvector('simple', civicmod_fold(COALESCE(author, ''))), 'B')
$$;

CREATE FUNCTION civicmod_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO records_search (version_id, comment_id, created_at, doc)
  SELECT NEW.id, NEW.comment_id, c.created_at, civicmod_search_doc(NEW.text, c.author_name)
    FROM comments c WHERE c.id = NEW.comment_id;
  RETURN NULL;
END $$;
CREATE TRIGGER records_search_version_insert AFTER INSERT ON comment_versions
FOR EACH ROW EXECUTE FUNCTION civicmod_index_version();

CREATE FUNCTION civicmod_reindex_comment() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE records_search s
     SET created_at = NEW.created_at, doc = civicmod_search_doc(v.text, NEW.author_name)
    FROM comment_versions v
   WHERE s.comment_id = NEW.id AND v.id = s.version_id;
  RETURN NULL;
END $$;
CREATE TRIGGER records_search_comment_update AFTER UPDATE OF author_name, created_at ON comments
FOR EACH ROW WHEN (OLD.author_name IS DISTINCT FROM NEW.author_name
                OR OLD.created_at IS DISTINCT FROM NEW.created_at)
EXECUTE FUNCTION civicmod_reindex_comment();

CREATE TABLE records_comment_categories (
  comment_id BIGINT NOT NULL,
  category   TEXT NOT NULL,
  PRIMARY KEY (comment_id, category)
);
CREATE INDEX records_comment_categories_category ON records_comment_categories (category, comment_id);

CREATE FUNCTION civicmod_decision_categories() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO records_comment_categories (comment_id, category)
  SELECT NEW.comment_id, e #>> '{}' FROM json_array_elements(NEW.flags_json::json) e
   WHERE json_typeof(e) = 'string'
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;
CREATE TRIGGER records_categories_decision AFTER INSERT ON decisions
FOR EACH ROW EXECUTE FUNCTION civicmod_decision_categories();

CREATE INDEX records_comments_created ON comments (created_at);
CREATE INDEX records_comments_state ON comments (state, created_at);
CREATE INDEX records_comments_platform ON comments (platform, created_at);
CREATE INDEX records_comments_author_id ON comments (author_id, created_at);
CREATE INDEX records_comments_author_name ON comments (lower(author_name), created_at);
CREATE INDEX records_posts_platform_id ON posts (platform_post_id);
CREATE INDEX records_action_kind ON action_log (kind, comment_id);
CREATE INDEX records_action_actor ON action_log (actor, comment_id);

CREATE TABLE records_requests (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  requester    TEXT NOT NULL,
  received_on  TEXT NOT NULL,
  description  TEXT NOT NULL,
  due_on       TEXT,
  status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  created_by   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  closed_by    TEXT,
  closed_at    TEXT
);
CREATE INDEX records_requests_status ON records_requests (status, received_on);

CREATE TABLE records_request_items (
  request_id BIGINT NOT NULL REFERENCES records_requests(id),
  comment_id BIGINT NOT NULL REFERENCES comments(id),
  added_by   TEXT NOT NULL,
  added_at   TEXT NOT NULL,
  PRIMARY KEY (request_id, comment_id)
);
CREATE INDEX records_request_items_comment ON records_request_items (comment_id);

CREATE TABLE redactions (
  id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  request_id    BIGINT NOT NULL REFERENCES records_requests(id),
  version_id    BIGINT NOT NULL REFERENCES comment_versions(id),
  start         INTEGER NOT NULL CHECK (start >= 0),
  "end"         INTEGER NOT NULL CHECK ("end" > start),
  exemption     TEXT NOT NULL,
  created_by    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  withdrawn_by  TEXT,
  withdrawn_at  TEXT
);
CREATE INDEX redactions_request ON redactions (request_id, version_id);
CREATE INDEX redactions_version ON redactions (version_id);

CREATE TABLE legal_holds (
  id             BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  name           TEXT NOT NULL,
  matter         TEXT NOT NULL,
  filter_json    TEXT,
  placed_by      TEXT NOT NULL,
  placed_at      TEXT NOT NULL,
  released_by    TEXT,
  released_at    TEXT,
  release_reason TEXT
);

CREATE TABLE legal_hold_comments (
  hold_id    BIGINT NOT NULL REFERENCES legal_holds(id),
  comment_id BIGINT NOT NULL REFERENCES comments(id),
  PRIMARY KEY (hold_id, comment_id)
);
CREATE INDEX legal_hold_comments_comment ON legal_hold_comments (comment_id);
`,
};
