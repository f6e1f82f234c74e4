import type { Migration } from '../migrations.js';

/**
 * The record store: everything ever seen, every decision and every action.
 *
 * Invariants (enforced here where SQLite can):
 * - comment_versions and action_log are append-only (triggers refuse UPDATE and DELETE; the
 *   retention purge, which is the one sanctioned deletion, drops the triggers' guard by setting
 *   a row in retention_purge_guard inside its own transaction).
 * - A comment's text lives only in comment_versions; `comments` holds identity and current state.
 * - action_log rows form a hash chain (prev_hash → hash) so that any edit is detectable.
 */
export const core: Migration = {
  version: 1,
  name: 'core',
  sql: `
CREATE TABLE pages (
  id               INTEGER PRIMARY KEY,
  platform         TEXT NOT NULL,
  platform_page_id TEXT NOT NULL,
  name             TEXT,
  -- JSON of per-page moderation settings (categories allowed to auto-hide, thresholds);
  -- NULL means the defaults in moderation/policy.ts.
  settings_json    TEXT,
  paused_reason    TEXT,
  created_at       TEXT NOT NULL,
  UNIQUE (platform, platform_page_id)
);

CREATE TABLE posts (
  id                INTEGER PRIMARY KEY,
  page_id           INTEGER NOT NULL REFERENCES pages(id),
  platform_post_id  TEXT NOT NULL,
  -- The post's text: off-topic is judged against it (J.3).
  text              TEXT,
  url               TEXT,
  created_at        TEXT,
  first_seen_at     TEXT NOT NULL,
  UNIQUE (page_id, platform_post_id)
);

CREATE TABLE comments (
  id                  INTEGER PRIMARY KEY,
  platform            TEXT NOT NULL,
  platform_comment_id TEXT NOT NULL,
  page_id             INTEGER NOT NULL REFERENCES pages(id),
  post_id             INTEGER REFERENCES posts(id),
  parent_platform_id  TEXT,
  author_id           TEXT,
  author_name         TEXT,
  created_at          TEXT NOT NULL,
  first_seen_at       TEXT NOT NULL,
  state               TEXT NOT NULL DEFAULT 'visible'
                        CHECK (state IN ('visible', 'hidden', 'removed', 'deleted_by_author')),
  -- Where the comment stands with the people who review: none (nothing to do), queued,
  -- escalated (to the Chief or designee), closed (a person decided).
  review_state        TEXT NOT NULL DEFAULT 'none'
                        CHECK (review_state IN ('none', 'queued', 'escalated', 'closed')),
  current_version_id  INTEGER,
  last_decision_id    INTEGER,
  updated_at          TEXT NOT NULL,
  UNIQUE (platform, platform_comment_id)
);
CREATE INDEX comments_review ON comments (review_state, first_seen_at);
CREATE INDEX comments_page_created ON comments (page_id, created_at);
CREATE INDEX comments_author ON comments (page_id, author_id, created_at);
CREATE INDEX comments_post ON comments (post_id);
CREATE INDEX comments_parent ON comments (platform, parent_platform_id);

CREATE TABLE comment_versions (
  id           INTEGER PRIMARY KEY,
  comment_id   INTEGER NOT NULL REFERENCES comments(id),
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  text_sha256  TEXT NOT NULL,
  -- The platform payload exactly as received, and its SHA-256, so the record can be shown to
  -- be what the platform sent.
  raw_payload  TEXT NOT NULL,
  raw_sha256   TEXT NOT NULL,
  source       TEXT NOT NULL,
  observed_at  TEXT NOT NULL,
  UNIQUE (comment_id, seq)
);

CREATE TABLE decisions (
  id                 INTEGER PRIMARY KEY,
  comment_id         INTEGER NOT NULL REFERENCES comments(id),
  version_id         INTEGER NOT NULL REFERENCES comment_versions(id),
  classifier_version TEXT NOT NULL,
  action             TEXT NOT NULL CHECK (action IN ('allow', 'queue', 'hide')),
  flags_json         TEXT NOT NULL,
  scores_json        TEXT NOT NULL,
  reasons_json       TEXT NOT NULL,
  decided_at         TEXT NOT NULL
);
CREATE INDEX decisions_comment ON decisions (comment_id);
CREATE INDEX decisions_version ON decisions (version_id);

-- Append-only: a platform action is two rows (phase 'requested', then 'completed' or 'failed'
-- with the same action_id); a record-only action (approve, escalate, a deletion seen, a
-- settings change) is one row with phase 'recorded'.
CREATE TABLE action_log (
  id              INTEGER PRIMARY KEY,
  action_id       INTEGER NOT NULL,
  phase           TEXT NOT NULL CHECK (phase IN ('requested', 'completed', 'failed', 'recorded')),
  kind            TEXT NOT NULL,
  comment_id      INTEGER REFERENCES comments(id),
  page_id         INTEGER REFERENCES pages(id),
  platform        TEXT,
  actor           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  clause          TEXT,
  decision_id     INTEGER REFERENCES decisions(id),
  details_json    TEXT,
  platform_result TEXT,
  at              TEXT NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL
);
CREATE INDEX action_log_action ON action_log (action_id);
CREATE INDEX action_log_comment ON action_log (comment_id);
CREATE INDEX action_log_pending ON action_log (phase, kind) WHERE phase = 'requested';

-- Platform events that did not become a comment, version or state change (unknown webhook
-- verbs, events for pages we do not manage): kept verbatim so nothing the platform sent is lost.
CREATE TABLE raw_events (
  id           INTEGER PRIMARY KEY,
  platform     TEXT NOT NULL,
  source       TEXT NOT NULL,
  note         TEXT NOT NULL,
  raw_payload  TEXT NOT NULL,
  raw_sha256   TEXT NOT NULL,
  received_at  TEXT NOT NULL
);

CREATE TABLE cursors (
  platform   TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, key)
);

-- One row, present only inside a retention purge's transaction.
CREATE TABLE retention_purge_guard (active INTEGER NOT NULL);

CREATE TRIGGER comment_versions_no_update BEFORE UPDATE ON comment_versions
BEGIN SELECT RAISE(ABORT, 'comment_versions is append-only'); END;
CREATE TRIGGER comment_versions_no_delete BEFORE DELETE ON comment_versions
WHEN NOT EXISTS (SELECT 1 FROM retention_purge_guard)
BEGIN SELECT RAISE(ABORT, 'comment_versions rows are deleted only by a retention purge'); END;
CREATE TRIGGER action_log_no_update BEFORE UPDATE ON action_log
BEGIN SELECT RAISE(ABORT, 'action_log is append-only'); END;
CREATE TRIGGER action_log_no_delete BEFORE DELETE ON action_log
BEGIN SELECT RAISE(ABORT, 'action_log is append-only'); END;
`,
  postgres: `
CREATE TABLE pages (
  id               BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  platform         TEXT NOT NULL,
  platform_page_id TEXT NOT NULL,
  name             TEXT,
  settings_json    TEXT,
  paused_reason    TEXT,
  created_at       TEXT NOT NULL,
  UNIQUE (platform, platform_page_id)
);

CREATE TABLE posts (
  id                BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  page_id           BIGINT NOT NULL REFERENCES pages(id),
  platform_post_id  TEXT NOT NULL,
  text              TEXT,
  url               TEXT,
  created_at        TEXT,
  first_seen_at     TEXT NOT NULL,
  UNIQUE (page_id, platform_post_id)
);

CREATE TABLE comments (
  id                  BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  platform            TEXT NOT NULL,
  platform_comment_id TEXT NOT NULL,
  page_id             BIGINT NOT NULL REFERENCES pages(id),
  post_id             BIGINT REFERENCES posts(id),
  parent_platform_id  TEXT,
  author_id           TEXT,
  author_name         TEXT,
  created_at          TEXT NOT NULL,
  first_seen_at       TEXT NOT NULL,
  state               TEXT NOT NULL DEFAULT 'visible'
                        CHECK (state IN ('visible', 'hidden', 'removed', 'deleted_by_author')),
  review_state        TEXT NOT NULL DEFAULT 'none'
                        CHECK (review_state IN ('none', 'queued', 'escalated', 'closed')),
  current_version_id  BIGINT,
  last_decision_id    BIGINT,
  updated_at          TEXT NOT NULL,
  UNIQUE (platform, platform_comment_id)
);
CREATE INDEX comments_review ON comments (review_state, first_seen_at);
CREATE INDEX comments_page_created ON comments (page_id, created_at);
CREATE INDEX comments_author ON comments (page_id, author_id, created_at);
CREATE INDEX comments_post ON comments (post_id);
CREATE INDEX comments_parent ON comments (platform, parent_platform_id);

CREATE TABLE comment_versions (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  comment_id   BIGINT NOT NULL REFERENCES comments(id),
  seq          INTEGER NOT NULL,
  text         TEXT NOT NULL,
  text_sha256  TEXT NOT NULL,
  raw_payload  TEXT NOT NULL,
  raw_sha256   TEXT NOT NULL,
  source       TEXT NOT NULL,
  observed_at  TEXT NOT NULL,
  UNIQUE (comment_id, seq)
);

CREATE TABLE decisions (
  id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  comment_id         BIGINT NOT NULL REFERENCES comments(id),
  version_id         BIGINT NOT NULL REFERENCES comment_versions(id),
  classifier_version TEXT NOT NULL,
  action             TEXT NOT NULL CHECK (action IN ('allow', 'queue', 'hide')),
  flags_json         TEXT NOT NULL,
  scores_json        TEXT NOT NULL,
  reasons_json       TEXT NOT NULL,
  decided_at         TEXT NOT NULL
);
CREATE INDEX decisions_comment ON decisions (comment_id);
CREATE INDEX decisions_version ON decisions (version_id);

CREATE TABLE action_log (
  id              BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  action_id       BIGINT NOT NULL,
  phase           TEXT NOT NULL CHECK (phase IN ('requested', 'completed', 'failed', 'recorded')),
  kind            TEXT NOT NULL,
  comment_id      BIGINT REFERENCES comments(id),
  page_id         BIGINT REFERENCES pages(id),
  platform        TEXT,
  actor           TEXT NOT NULL,
  reason          TEXT NOT NULL,
  clause          TEXT,
  -- Not a foreign key: the log outlives the decisions it names (a retention purge deletes them,
  -- and this row may never change). SQLite switches its foreign keys off for the purge instead.
  decision_id     BIGINT,
  details_json    TEXT,
  platform_result TEXT,
  at              TEXT NOT NULL,
  prev_hash       TEXT NOT NULL,
  hash            TEXT NOT NULL
);
CREATE INDEX action_log_action ON action_log (action_id);
CREATE INDEX action_log_comment ON action_log (comment_id);
CREATE INDEX action_log_pending ON action_log (phase, kind) WHERE phase = 'requested';

CREATE TABLE raw_events (
  id           BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
  platform     TEXT NOT NULL,
  source       TEXT NOT NULL,
  note         TEXT NOT NULL,
  raw_payload  TEXT NOT NULL,
  raw_sha256   TEXT NOT NULL,
  received_at  TEXT NOT NULL
);

CREATE TABLE cursors (
  platform   TEXT NOT NULL,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (platform, key)
);

-- One row, present only inside a retention purge's transaction (and visible only to it).
CREATE TABLE retention_purge_guard (active INTEGER NOT NULL);

-- Triggers cannot hold a subquery in their WHEN on PostgreSQL: the checks live in functions.
CREATE FUNCTION civicmod_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
END $$;
CREATE FUNCTION civicmod_refuse_unless_purging() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM retention_purge_guard) THEN
    RAISE EXCEPTION '%', TG_ARGV[0] USING ERRCODE = 'restrict_violation';
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER comment_versions_no_update BEFORE UPDATE ON comment_versions
FOR EACH ROW EXECUTE FUNCTION civicmod_refuse('comment_versions is append-only');
CREATE TRIGGER comment_versions_no_delete BEFORE DELETE ON comment_versions
FOR EACH ROW EXECUTE FUNCTION
  civicmod_refuse_unless_purging('comment_versions rows are deleted only by a retention purge');
CREATE TRIGGER action_log_no_update BEFORE UPDATE ON action_log
FOR EACH ROW EXECUTE FUNCTION civicmod_refuse('action_log is append-only');
CREATE TRIGGER action_log_no_delete BEFORE DELETE ON action_log
FOR EACH ROW EXECUTE FUNCTION civicmod_refuse('action_log is append-only');
-- TRUNCATE skips row triggers: refuse it on the append-only tables too.
CREATE TRIGGER comment_versions_no_truncate BEFORE TRUNCATE ON comment_versions
FOR EACH STATEMENT EXECUTE FUNCTION civicmod_refuse('comment_versions is append-only');
CREATE TRIGGER action_log_no_truncate BEFORE TRUNCATE ON action_log
FOR EACH STATEMENT EXECUTE FUNCTION civicmod_refuse('action_log is append-only');
`,
};
