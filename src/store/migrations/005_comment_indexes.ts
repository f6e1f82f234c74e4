import type { Migration } from '../migrations.js';

/**
 * Two fewer indexes on `comments`, each written (and its page journaled) by every ingest:
 * - comments_parent (platform, parent_platform_id): no query looks a comment up by its parent
 *   (a reply's parent is found by its own platform id, the unique index).
 * - comments_author (page_id, author_id, created_at): the review desk's "this author's other
 *   comments on the page" walks records_comments_author_id (author_id, created_at) and checks the
 *   page on the few rows it reads; a page's comments use comments_page_created.
 * Checked with EXPLAIN QUERY PLAN over every statement the test suite prepares.
 */
export const commentIndexes: Migration = {
  version: 5,
  name: 'comment_indexes',
  sql: `
DROP INDEX comments_parent;
DROP INDEX comments_author;
`,
  postgres: `
DROP INDEX comments_parent;
DROP INDEX comments_author;
`,
};
