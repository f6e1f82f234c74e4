import type { Migration } from '../migrations.js';

/**
 * Appeals from the public (issue 19): an author asks for a hidden or removed comment to be
 * restored, on the public /appeal page, and the Chief of Police or designee decides (I.3).
 *
 * The appeal as submitted never changes (it is sealed in the evidence chain); the decision is
 * written once, beside it, and is also an action-log entry. The submitter's address is never
 * stored with the appeal: `appeal_submissions` holds only a keyed hash of it, for the per-address
 * limit, and its rows are deleted after a day.
 */
export const appeals: Migration = {
  version: 9,
  name: 'appeals',
  sql: `
CREATE TABLE appeals (
  id              INTEGER PRIMARY KEY,
  -- Given to the author: "A-" and 10 random letters and digits, unguessable.
  receipt         TEXT NOT NULL UNIQUE,
  -- What the author typed to name the comment (a link, a platform id), and what it matched.
  comment_ref     TEXT NOT NULL,
  comment_id      INTEGER REFERENCES comments(id),
  reason          TEXT NOT NULL,
  contact         TEXT,
  received_at     TEXT NOT NULL,
  due_on          TEXT NOT NULL,   -- YYYY-MM-DD
  status          TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'restored', 'upheld')),
  decided_by      TEXT,
  decided_at      TEXT,
  decision_reason TEXT
);
CREATE INDEX appeals_status ON appeals (status, due_on);
CREATE INDEX appeals_comment ON appeals (comment_id);

CREATE TRIGGER appeals_decided_once BEFORE UPDATE ON appeals
WHEN OLD.status <> 'open'
  OR NEW.receipt IS NOT OLD.receipt OR NEW.comment_ref IS NOT OLD.comment_ref
  OR NEW.comment_id IS NOT OLD.comment_id OR NEW.reason IS NOT OLD.reason
  OR NEW.contact IS NOT OLD.contact OR NEW.received_at IS NOT OLD.received_at
  OR NEW.due_on IS NOT OLD.due_on
BEGIN SELECT RAISE(ABORT, 'an appeal is decided once, and what was submitted never changes'); END;
CREATE TRIGGER appeals_no_delete BEFORE DELETE ON appeals
WHEN NOT EXISTS (SELECT 1 FROM retention_purge_guard)
BEGIN SELECT RAISE(ABORT, 'appeals are deleted only by a retention purge'); END;

CREATE TABLE appeal_submissions (
  address_hash TEXT NOT NULL,
  at           TEXT NOT NULL
);
CREATE INDEX appeal_submissions_address ON appeal_submissions (address_hash, at);
`,
};
