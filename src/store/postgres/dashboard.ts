/**
 * The review dashboard's read side on PostgreSQL (src/store/sqlite/dashboard.ts): the queue
 * with its filters, the thread above a comment, the author's earlier comments, page history.
 */
import type {
  ActionLogRow,
  CommentRow,
  ContextComment,
  DashboardQueries,
  PageRow,
  PostRow,
  QueueFilter,
  QueueItemRow,
  ReviewState,
} from '../types.js';
import { ACTION_COLUMNS, mapAction, type ActionDbRow } from '../sqlite/actions.js';
import { mapDecision, type DecisionDbRow } from '../sqlite/comments.js';
import {
  PG_COMMENT_COLUMNS,
  PG_DECISION_COLUMNS,
  PG_PAGE_COLUMNS,
  PG_POST_COLUMNS,
} from './comments.js';
import { all, one, pgColumns, type PgDb } from './util.js';

const PG_ACTION_COLUMNS = pgColumns(ACTION_COLUMNS);

const CONTEXT_COLUMNS = `c.id, c.platform_comment_id AS "platformCommentId", c.author_name AS "authorName",
  v.text, c.created_at AS "createdAt", c.state`;

// Every filter is optional: a NULL parameter switches its condition off.
const QUEUE_WHERE = `
  c.review_state = ANY($1::text[])
  AND ($2::bigint IS NULL OR c.page_id = $2)
  AND ($3::text IS NULL OR c.platform = $3)
  AND ($4::text IS NULL OR c.state = $4)
  AND ($5::text IS NULL OR c.first_seen_at >= $5)
  AND ($6::bigint IS NULL OR c.id > $6)
  AND ($8::bigint[] IS NULL OR c.page_id IN (SELECT id FROM pages WHERE agency_id = ANY($8)))
  AND ($7::text IS NULL OR EXISTS (
    SELECT 1 FROM decisions d WHERE d.id = c.last_decision_id
      AND d.flags_json::jsonb ? $7))`;

function queueParams(filter: QueueFilter): unknown[] {
  return [
    [...filter.reviewStates],
    filter.pageId ?? null,
    filter.platform ?? null,
    filter.state ?? null,
    filter.seenSince ?? null,
    filter.afterId ?? null,
    filter.category ?? null,
    filter.agencyIds === undefined ? null : [...filter.agencyIds],
  ];
}

export class PgDashboardQueries implements DashboardQueries {
  constructor(private readonly db: PgDb) {}

  async queue(filter: QueueFilter, limit: number): Promise<QueueItemRow[]> {
    const ids = await all<{ id: number }>(
      this.db.pool,
      `SELECT c.id FROM comments c WHERE ${QUEUE_WHERE} ORDER BY c.id LIMIT $9`,
      [...queueParams(filter), limit],
    );
    const items: QueueItemRow[] = [];
    for (const { id } of ids) {
      const item = await this.queueItem(id);
      if (item) items.push(item);
    }
    return items;
  }

  async queueCount(filter: QueueFilter): Promise<number> {
    return (
      (
        await one<{ n: number }>(
          this.db.pool,
          `SELECT COUNT(*) AS n FROM comments c WHERE ${QUEUE_WHERE}`,
          queueParams(filter),
        )
      )?.n ?? 0
    );
  }

  async queueItem(commentId: number): Promise<QueueItemRow | null> {
    const q = this.db.pool;
    const comment = await one<CommentRow>(
      q,
      `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE id = $1`,
      [commentId],
    );
    if (!comment || comment.currentVersionId === null) return null;
    const [version, page, post, decision, lastAction] = await Promise.all([
      one<{ text: string }>(q, 'SELECT text FROM comment_versions WHERE id = $1', [
        comment.currentVersionId,
      ]),
      one<PageRow>(q, `SELECT ${PG_PAGE_COLUMNS} FROM pages WHERE id = $1`, [comment.pageId]),
      comment.postId === null
        ? undefined
        : one<PostRow>(q, `SELECT ${PG_POST_COLUMNS} FROM posts WHERE id = $1`, [comment.postId]),
      comment.lastDecisionId === null
        ? undefined
        : one<DecisionDbRow>(q, `SELECT ${PG_DECISION_COLUMNS} FROM decisions WHERE id = $1`, [
            comment.lastDecisionId,
          ]),
      one<ActionDbRow>(
        q,
        `SELECT ${PG_ACTION_COLUMNS} FROM action_log WHERE comment_id = $1 ORDER BY id DESC LIMIT 1`,
        [comment.id],
      ),
    ]);
    return {
      comment,
      text: version?.text ?? '',
      page: page!,
      post: post ?? null,
      decision: decision ? mapDecision(decision) : null,
      lastAction: lastAction ? mapAction(lastAction) : null,
    };
  }

  async thread(commentId: number, maxDepth: number): Promise<ContextComment[]> {
    const comment = await one<CommentRow>(
      this.db.pool,
      `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE id = $1`,
      [commentId],
    );
    if (!comment) return [];
    const above: ContextComment[] = [];
    const seen = new Set<string>([comment.platformCommentId]);
    let parentId = comment.parentPlatformId;
    // Bounded, and guarded against a cycle in what a platform reported.
    while (parentId !== null && above.length < maxDepth && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = await one<ContextComment & { parentPlatformId: string | null }>(
        this.db.pool,
        `SELECT ${CONTEXT_COLUMNS}, c.parent_platform_id AS "parentPlatformId"
         FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
         WHERE c.platform = $1 AND c.platform_comment_id = $2`,
        [comment.platform, parentId],
      );
      if (!parent) break;
      const { parentPlatformId, ...entry } = parent;
      above.push(entry);
      parentId = parentPlatformId;
    }
    return above.reverse();
  }

  async authorHistory(commentId: number, limit: number): Promise<ContextComment[]> {
    const comment = await one<CommentRow>(
      this.db.pool,
      `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE id = $1`,
      [commentId],
    );
    if (!comment || comment.authorId === null) return [];
    return all<ContextComment>(
      this.db.pool,
      `SELECT ${CONTEXT_COLUMNS}
       FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
       WHERE c.page_id = $1 AND c.author_id = $2 AND c.id <> $3 AND c.created_at <= $4
       ORDER BY c.created_at DESC, c.id DESC LIMIT $5`,
      [comment.pageId, comment.authorId, comment.id, comment.createdAt, limit],
    );
  }

  async stillIn(
    commentIds: readonly number[],
    reviewStates: readonly ReviewState[],
    agencyIds?: readonly number[],
  ): Promise<number[]> {
    if (commentIds.length === 0) return [];
    const rows = await all<{ id: number }>(
      this.db.pool,
      `SELECT id FROM comments WHERE id = ANY($1::bigint[]) AND review_state = ANY($2::text[])
         AND ($3::bigint[] IS NULL OR page_id IN (SELECT id FROM pages WHERE agency_id = ANY($3)))
       ORDER BY id`,
      [[...commentIds], [...reviewStates], agencyIds === undefined ? null : [...agencyIds]],
    );
    return rows.map((r) => r.id);
  }

  async pageActions(
    pageId: number,
    kinds: readonly string[],
    limit: number,
  ): Promise<ActionLogRow[]> {
    return (
      await all<ActionDbRow>(
        this.db.pool,
        `SELECT ${PG_ACTION_COLUMNS} FROM action_log
         WHERE page_id = $1 AND kind = ANY($2::text[]) ORDER BY id DESC LIMIT $3`,
        [pageId, [...kinds], limit],
      )
    ).map(mapAction);
  }

  recentPosts(
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<
    { platformPostId: string; createdAt: string; pageName: string | null; text: string | null }[]
  > {
    return all(
      this.db.pool,
      `SELECT po.platform_post_id AS "platformPostId",
         COALESCE(po.created_at, po.first_seen_at) AS "createdAt", p.name AS "pageName",
         substr(po.text, 1, 120) AS text
       FROM posts po JOIN pages p ON p.id = po.page_id
       WHERE $2::bigint[] IS NULL OR p.agency_id = ANY($2)
       ORDER BY po.id DESC LIMIT $1`,
      [limit, agencyIds === undefined ? null : [...agencyIds]],
    );
  }
}
