import type { Migration } from '../migrations.js';

/**
 * Removal notices (issue 19), per page: whether the author of a hidden comment is told
 * privately where the platform allows it, and the text (a template the Chief or designee edits;
 * every change is an action-log entry). No row: off, the default.
 */
export const pageNotices: Migration = {
  version: 10,
  name: 'page_notices',
  sql: `
CREATE TABLE page_notices (
  page_id    INTEGER PRIMARY KEY REFERENCES pages(id),
  enabled    INTEGER NOT NULL CHECK (enabled IN (0, 1)),
  template   TEXT NOT NULL,
  -- For comments read as Spanish (decisions' language 'es'); NULL: the built-in Spanish text.
  template_es TEXT,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`,
  postgres: `
CREATE TABLE page_notices (
  page_id     BIGINT PRIMARY KEY REFERENCES pages(id),
  enabled     BOOLEAN NOT NULL,
  template    TEXT NOT NULL,
  template_es TEXT,
  updated_by  TEXT NOT NULL,
  updated_at  TEXT NOT NULL
);
`,
};
