import type { Migration } from '../migrations.js';

/**
 * PostgreSQL: the records search answers "a word among a category's comments" with one index
 * instead of walking the comments newest first (issue 20: at 1,000,000 comments a rare word
 * among personal attacks read 44,000 comments for 51 matches). Each row of the full-text index
 * carries its comment's categories, kept in step by triggers on `records_comment_categories`
 * (written by the decisions' trigger, emptied by the retention purge) and filled when a version
 * is indexed; a GIN index on them is combined with the word's GIN index by a bitmap AND.
 *
 * Derived data, like the rest of `records_search`: nothing here is a record. SQLite's search
 * (FTS5 beside an index on the categories) needs nothing.
 */
export const searchCategories: Migration = {
  version: 13,
  name: 'search_categories',
  sql: '',
  postgres: `
ALTER TABLE records_search ADD COLUMN categories TEXT[] NOT NULL DEFAULT '{}';
UPDATE records_search s SET categories = c.categories
  FROM (SELECT comment_id, array_agg(category ORDER BY category) AS categories
          FROM records_comment_categories GROUP BY comment_id) c
 WHERE s.comment_id = c.comment_id;
CREATE INDEX records_search_categories ON records_search USING GIN (categories);

CREATE FUNCTION civicmod_comment_categories(comment BIGINT) RETURNS TEXT[]
LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(category ORDER BY category), '{}')
    FROM records_comment_categories WHERE comment_id = comment
$$;

CREATE OR REPLACE FUNCTION civicmod_index_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO records_search (version_id, comment_id, created_at, doc, categories)
  SELECT NEW.id, NEW.comment_id, c.created_at, civicmod_search_doc(NEW.text, c.author_name),
         civicmod_comment_categories(NEW.comment_id)
    FROM comments c WHERE c.id = NEW.comment_id;
  RETURN NULL;
END $$;

CREATE FUNCTION civicmod_reindex_categories() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  comment BIGINT := CASE WHEN TG_OP = 'DELETE' THEN OLD.comment_id ELSE NEW.comment_id END;
BEGIN
  UPDATE records_search SET categories = civicmod_comment_categories(comment)
   WHERE comment_id = comment;
  RETURN NULL;
END $$;
CREATE TRIGGER records_search_categories AFTER INSERT OR DELETE ON records_comment_categories
FOR EACH ROW EXECUTE FUNCTION civicmod_reindex_categories();
`,
};
