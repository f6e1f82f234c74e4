import type { Migration } from '../migrations.js';

/**
 * Dashboard accounts: the people who review (I.2 content managers, I.3 the Chief or designee),
 * records clerks and the administrator; their sessions; sign-in attempts for rate limiting; and
 * the per-page compliance checklist (I.4, J.2–J.4, J.6.b–c).
 *
 * - Passwords are stored only as a memory-hard hash with its parameters (`scrypt$N$r$p$salt$hash`).
 * - Sessions are stored only as the SHA-256 of the cookie's token, so a copy of the database
 *   cannot be replayed as a login.
 * - login_attempts lives in the database (not memory) so a restart does not reset a lock-out.
 * - page_compliance keeps every confirmation (the checklist shows the latest per item), so who
 *   confirmed what and when stays on record.
 */
export const accounts: Migration = {
  version: 2,
  name: 'accounts',
  sql: `
CREATE TABLE users (
  id               INTEGER PRIMARY KEY,
  username         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name     TEXT NOT NULL,
  role             TEXT NOT NULL
                     CHECK (role IN ('content_manager', 'chief', 'records_clerk', 'admin')),
  password_hash    TEXT NOT NULL,
  -- The reviewer's Discord account, for the review channel's buttons; NULL when not linked.
  discord_user_id  TEXT UNIQUE,
  created_at       TEXT NOT NULL,
  -- Accounts are disabled, never deleted: the action log names them.
  disabled_at      TEXT
);

CREATE TABLE sessions (
  token_sha256  TEXT PRIMARY KEY,
  user_id       INTEGER NOT NULL REFERENCES users(id),
  -- Synchronizer token checked on every state-changing request of this session.
  csrf_token    TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  expires_at    TEXT NOT NULL,
  last_seen_at  TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE login_attempts (
  id         INTEGER PRIMARY KEY,
  -- As typed, lower-cased: attempts on unknown names count too, so a lock-out says nothing
  -- about which accounts exist.
  username   TEXT NOT NULL,
  ip         TEXT NOT NULL,
  succeeded  INTEGER NOT NULL CHECK (succeeded IN (0, 1)),
  at         TEXT NOT NULL
);
CREATE INDEX login_attempts_username ON login_attempts (username, at);
CREATE INDEX login_attempts_ip ON login_attempts (ip, at);

CREATE TABLE page_compliance (
  id            INTEGER PRIMARY KEY,
  page_id       INTEGER NOT NULL REFERENCES pages(id),
  item          TEXT NOT NULL,
  confirmed_at  TEXT NOT NULL,
  confirmed_by  INTEGER NOT NULL REFERENCES users(id),
  -- Where the page states it (a URL, "About section"), for whoever checks next.
  note          TEXT
);
CREATE INDEX page_compliance_page ON page_compliance (page_id, item, confirmed_at);
`,
};
