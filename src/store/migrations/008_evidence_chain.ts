import type { Migration } from '../migrations.js';

/**
 * The evidence chain (src/store/evidence.ts): one entry per comment version, decision,
 * action-log entry and redaction, sealed with a keyed MAC. Entries are never changed or
 * deleted, not even by a retention purge: a purged row's entry stays, and the purge's own
 * action-log entry names the comments it purged.
 *
 * The rows already in a store when it migrates are sealed the first time civicmod opens it for
 * writing with its key (the marker row below says they are pending); after that, a row with no
 * entry was added behind civicmod's back.
 */
export const evidenceChain: Migration = {
  version: 8,
  name: 'evidence_chain',
  sql: `
CREATE TABLE evidence_chain (
  seq        INTEGER PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('version', 'decision', 'action', 'redaction', 'appeal')),
  ref_id     INTEGER NOT NULL,
  comment_id INTEGER,
  digest     TEXT NOT NULL,
  at         TEXT NOT NULL,
  prev_mac   TEXT NOT NULL,
  mac        TEXT NOT NULL,
  UNIQUE (kind, ref_id)
);

CREATE TRIGGER evidence_chain_no_update BEFORE UPDATE ON evidence_chain
BEGIN SELECT RAISE(ABORT, 'evidence_chain is append-only'); END;
CREATE TRIGGER evidence_chain_no_delete BEFORE DELETE ON evidence_chain
BEGIN SELECT RAISE(ABORT, 'evidence_chain is append-only'); END;

CREATE TABLE evidence_backfill (pending INTEGER NOT NULL);
INSERT INTO evidence_backfill (pending) VALUES (1);
`,
  postgres: `
CREATE TABLE evidence_chain (
  seq        BIGINT PRIMARY KEY,
  kind       TEXT NOT NULL CHECK (kind IN ('version', 'decision', 'action', 'redaction', 'appeal')),
  ref_id     BIGINT NOT NULL,
  comment_id BIGINT,
  digest     TEXT NOT NULL,
  at         TEXT NOT NULL,
  prev_mac   TEXT NOT NULL,
  mac        TEXT NOT NULL,
  UNIQUE (kind, ref_id)
);

CREATE TRIGGER evidence_chain_no_update BEFORE UPDATE ON evidence_chain
FOR EACH ROW EXECUTE FUNCTION civicmod_refuse('evidence_chain is append-only');
CREATE TRIGGER evidence_chain_no_delete BEFORE DELETE ON evidence_chain
FOR EACH ROW EXECUTE FUNCTION civicmod_refuse('evidence_chain is append-only');
CREATE TRIGGER evidence_chain_no_truncate BEFORE TRUNCATE ON evidence_chain
FOR EACH STATEMENT EXECUTE FUNCTION civicmod_refuse('evidence_chain is append-only');

CREATE TABLE evidence_backfill (pending INTEGER NOT NULL);
INSERT INTO evidence_backfill (pending) VALUES (1);
`,
};
