/**
 * The review dashboard's read side: the queue with its filters, the context a reviewer needs
 * around a comment (the thread above it, the author's earlier comments on the page) and the
 * page-level history of settings changes. Reads only; every write goes through the stores
 * that own the rows.
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
import { ACTION_COLUMNS, mapAction, type ActionDbRow } from './actions.js';
import { COMMENT_COLUMNS, mapDecision, POST_COLUMNS, type DecisionDbRow } from './comments.js';
import type { Database } from './database.js';
import { PAGE_COLUMNS } from './pages.js';

const DECISION_COLUMNS = `id, comment_id AS commentId, version_id AS versionId,
  classifier_version AS classifierVersion, action, flags_json AS flagsJson,
  scores_json AS scoresJson, reasons_json AS reasonsJson, decided_at AS decidedAt, language`;

const CONTEXT_COLUMNS = `c.id, c.platform_comment_id AS platformCommentId, c.author_name AS authorName,
  v.text, c.created_at AS createdAt, c.state`;

// Every filter is optional: a NULL parameter switches its condition off, so one prepared
// statement serves every combination. Lists travel as JSON arrays (json_each).
const QUEUE_WHERE = `
  c.review_state IN (SELECT value FROM json_each(@reviewStates))
  AND (@pageId IS NULL OR c.page_id = @pageId)
  AND (@platform IS NULL OR c.platform = @platform)
  AND (@state IS NULL OR c.state = @state)
  AND (@seenSince IS NULL OR c.first_seen_at >= @seenSince)
  AND (@afterId IS NULL OR c.id > @afterId)
  AND (@agencyIds IS NULL OR c.page_id IN (
    SELECT id FROM pages WHERE agency_id IN (SELECT value FROM json_each(@agencyIds))))
  AND (@category IS NULL OR EXISTS (
    SELECT 1 FROM decisions d, json_each(d.flags_json) f
    WHERE d.id = c.last_decision_id AND f.value = @category))`;

function queueParams(filter: QueueFilter) {
  return {
    reviewStates: JSON.stringify(filter.reviewStates),
    pageId: filter.pageId ?? null,
    platform: filter.platform ?? null,
    state: filter.state ?? null,
    seenSince: filter.seenSince ?? null,
    afterId: filter.afterId ?? null,
    category: filter.category ?? null,
    agencyIds: filter.agencyIds === undefined ? null : JSON.stringify(filter.agencyIds),
  };
}

export class SqliteDashboardQueries implements DashboardQueries {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      queueIds: db.prepare(
        `SELECT c.id FROM comments c WHERE ${QUEUE_WHERE} ORDER BY c.id LIMIT @limit`,
      ),
      queueCount: db.prepare(`SELECT COUNT(*) AS n FROM comments c WHERE ${QUEUE_WHERE}`),
      recentPosts: db.prepare(
        `SELECT po.platform_post_id AS platformPostId,
           COALESCE(po.created_at, po.first_seen_at) AS createdAt, p.name AS pageName,
           substr(po.text, 1, 120) AS text
         FROM posts po JOIN pages p ON p.id = po.page_id
         WHERE @agencyIds IS NULL OR p.agency_id IN (SELECT value FROM json_each(@agencyIds))
         ORDER BY po.id DESC LIMIT @limit`,
      ),
      comment: db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = ?`),
      text: db.prepare('SELECT text FROM comment_versions WHERE id = ?'),
      page: db.prepare(`SELECT ${PAGE_COLUMNS} FROM pages WHERE id = ?`),
      post: db.prepare(`SELECT ${POST_COLUMNS} FROM posts WHERE id = ?`),
      decision: db.prepare(`SELECT ${DECISION_COLUMNS} FROM decisions WHERE id = ?`),
      lastAction: db.prepare(
        `SELECT ${ACTION_COLUMNS} FROM action_log WHERE comment_id = ? ORDER BY id DESC LIMIT 1`,
      ),
      contextById: db.prepare(
        `SELECT ${CONTEXT_COLUMNS}, c.parent_platform_id AS parentPlatformId
         FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
         WHERE c.platform = ? AND c.platform_comment_id = ?`,
      ),
      history: db.prepare(
        `SELECT ${CONTEXT_COLUMNS}
         FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
         WHERE c.page_id = @pageId AND c.author_id = @authorId AND c.id <> @id
           AND c.created_at <= @createdAt
         ORDER BY c.created_at DESC, c.id DESC LIMIT @limit`,
      ),
      stillIn: db.prepare(
        `SELECT id FROM comments WHERE id IN (SELECT value FROM json_each(@ids))
           AND review_state IN (SELECT value FROM json_each(@states))
           AND (@agencyIds IS NULL OR page_id IN
             (SELECT id FROM pages WHERE agency_id IN (SELECT value FROM json_each(@agencyIds))))
         ORDER BY id`,
      ),
      pageActions: db.prepare(
        `SELECT ${ACTION_COLUMNS} FROM action_log
         WHERE page_id = ? AND kind IN (SELECT value FROM json_each(?)) ORDER BY id DESC LIMIT ?`,
      ),
    };
  }

  async queue(filter: QueueFilter, limit: number): Promise<QueueItemRow[]> {
    const ids = this.s.queueIds.all({ ...queueParams(filter), limit }) as { id: number }[];
    const items: QueueItemRow[] = [];
    for (const { id } of ids) {
      const item = this.itemNow(id);
      if (item) items.push(item);
    }
    return items;
  }

  async queueCount(filter: QueueFilter): Promise<number> {
    return (this.s.queueCount.get(queueParams(filter)) as { n: number }).n;
  }

  async queueItem(commentId: number): Promise<QueueItemRow | null> {
    return this.itemNow(commentId);
  }

  private itemNow(commentId: number): QueueItemRow | null {
    const comment = this.s.comment.get(commentId) as CommentRow | undefined;
    if (!comment || comment.currentVersionId === null) return null;
    const { text } = this.s.text.get(comment.currentVersionId) as { text: string };
    const decision =
      comment.lastDecisionId === null
        ? undefined
        : (this.s.decision.get(comment.lastDecisionId) as DecisionDbRow | undefined);
    const lastAction = this.s.lastAction.get(comment.id) as ActionDbRow | undefined;
    return {
      comment,
      text,
      page: this.s.page.get(comment.pageId) as PageRow,
      post:
        comment.postId === null
          ? null
          : ((this.s.post.get(comment.postId) as PostRow | undefined) ?? null),
      decision: decision ? mapDecision(decision) : null,
      lastAction: lastAction ? mapAction(lastAction) : null,
    };
  }

  async thread(commentId: number, maxDepth: number): Promise<ContextComment[]> {
    const comment = this.s.comment.get(commentId) as CommentRow | undefined;
    if (!comment) return [];
    const above: ContextComment[] = [];
    const seen = new Set<string>([comment.platformCommentId]);
    let parentId = comment.parentPlatformId;
    // Bounded, and guarded against a cycle in what a platform reported.
    while (parentId !== null && above.length < maxDepth && !seen.has(parentId)) {
      seen.add(parentId);
      const parent = this.s.contextById.get(comment.platform, parentId) as
        (ContextComment & { parentPlatformId: string | null }) | undefined;
      if (!parent) break;
      const { parentPlatformId, ...entry } = parent;
      above.push(entry);
      parentId = parentPlatformId;
    }
    return above.reverse();
  }

  async authorHistory(commentId: number, limit: number): Promise<ContextComment[]> {
    const comment = this.s.comment.get(commentId) as CommentRow | undefined;
    if (!comment || comment.authorId === null) return [];
    return this.s.history.all({
      pageId: comment.pageId,
      authorId: comment.authorId,
      id: comment.id,
      createdAt: comment.createdAt,
      limit,
    }) as ContextComment[];
  }

  async stillIn(
    commentIds: readonly number[],
    reviewStates: readonly ReviewState[],
    agencyIds?: readonly number[],
  ): Promise<number[]> {
    if (commentIds.length === 0) return [];
    const rows = this.s.stillIn.all({
      ids: JSON.stringify(commentIds),
      states: JSON.stringify(reviewStates),
      agencyIds: agencyIds === undefined ? null : JSON.stringify(agencyIds),
    }) as { id: number }[];
    return rows.map((r) => r.id);
  }

  async pageActions(
    pageId: number,
    kinds: readonly string[],
    limit: number,
  ): Promise<ActionLogRow[]> {
    return (this.s.pageActions.all(pageId, JSON.stringify(kinds), limit) as ActionDbRow[]).map(
      mapAction,
    );
  }

  async recentPosts(
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<
    { platformPostId: string; createdAt: string; pageName: string | null; text: string | null }[]
  > {
    return this.s.recentPosts.all({
      limit,
      agencyIds: agencyIds === undefined ? null : JSON.stringify(agencyIds),
    }) as {
      platformPostId: string;
      createdAt: string;
      pageName: string | null;
      text: string | null;
    }[];
  }
}
