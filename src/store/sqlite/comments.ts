import type {
  ClassificationContext,
  CommentContext,
  CommentRow,
  CommentStore,
  CommentVersionRow,
  DecisionInput,
  DecisionRow,
  IncomingComment,
  IngestResult,
  IngestSource,
  PageRow,
  Platform,
  PostRow,
  ReviewState,
} from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import { PAGE_COLUMNS } from './pages.js';
import { sha256, type Clock } from './util.js';
import type { SqliteEvidenceChain } from './evidence.js';

export const COMMENT_COLUMNS = `id, platform, platform_comment_id AS platformCommentId, page_id AS pageId,
  post_id AS postId, parent_platform_id AS parentPlatformId, author_id AS authorId,
  author_name AS authorName, created_at AS createdAt, first_seen_at AS firstSeenAt, state,
  review_state AS reviewState, current_version_id AS currentVersionId,
  last_decision_id AS lastDecisionId, updated_at AS updatedAt`;

const VERSION_COLUMNS = `id, comment_id AS commentId, seq, text, text_sha256 AS textSha256,
  raw_payload AS rawPayload, raw_sha256 AS rawSha256, source, observed_at AS observedAt`;

export const POST_COLUMNS = `id, page_id AS pageId, platform_post_id AS platformPostId, text, url,
  created_at AS createdAt, first_seen_at AS firstSeenAt`;

export interface DecisionDbRow {
  id: number;
  commentId: number;
  versionId: number;
  classifierVersion: string;
  action: DecisionInput['action'];
  flagsJson: string;
  scoresJson: string;
  reasonsJson: string;
  decidedAt: string;
  /** Absent where a query does not select it (older callers). */
  language?: string | null;
}

export function mapDecision(row: DecisionDbRow): DecisionRow {
  return {
    id: row.id,
    commentId: row.commentId,
    versionId: row.versionId,
    classifierVersion: row.classifierVersion,
    action: row.action,
    flags: JSON.parse(row.flagsJson) as string[],
    scores: JSON.parse(row.scoresJson) as Record<string, number>,
    reasons: JSON.parse(row.reasonsJson) as unknown[],
    decidedAt: row.decidedAt,
    language: row.language ?? null,
  };
}

/**
 * A comment's context from the one row of the context statement (both backends select the same
 * columns in the same order: the comment's, its text, its page's, its post's, the parent's text).
 */
export function contextFromRow(r: readonly unknown[]): CommentContext {
  const at = <T>(i: number) => r[i] as T;
  const comment: CommentRow = {
    id: at(0),
    platform: at(1),
    platformCommentId: at(2),
    pageId: at(3),
    postId: at(4),
    parentPlatformId: at(5),
    authorId: at(6),
    authorName: at(7),
    createdAt: at(8),
    firstSeenAt: at(9),
    state: at(10),
    reviewState: at(11),
    currentVersionId: at(12),
    lastDecisionId: at(13),
    updatedAt: at(14),
  };
  const page: PageRow = {
    id: at(16),
    agencyId: at(31),
    platform: at(17),
    platformPageId: at(18),
    name: at(19),
    settingsJson: at(20),
    pausedReason: at(21),
    createdAt: at(22),
  };
  const post: PostRow | null =
    r[23] === null
      ? null
      : {
          id: at(23),
          pageId: at(24),
          platformPostId: at(25),
          text: at(26),
          url: at(27),
          createdAt: at(28),
          firstSeenAt: at(29),
        };
  return { comment, text: at(15), page, post, parentText: at(30) };
}

export class SqliteCommentStore implements CommentStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
    private readonly evidence: SqliteEvidenceChain,
  ) {
    this.s = {
      findPage: db.prepare(
        `SELECT ${PAGE_COLUMNS} FROM pages WHERE platform = ? AND platform_page_id = ?`,
      ),
      findPost: db.prepare(
        `SELECT id, text, url, created_at AS createdAt FROM posts
         WHERE page_id = ? AND platform_post_id = ?`,
      ),
      upsertPage: db.prepare(
        `INSERT INTO pages (platform, platform_page_id, name, created_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (platform, platform_page_id) DO UPDATE SET name = COALESCE(excluded.name, pages.name)
         RETURNING ${PAGE_COLUMNS}`,
      ),
      upsertPost: db.prepare(
        `INSERT INTO posts (page_id, platform_post_id, text, url, created_at, first_seen_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (page_id, platform_post_id) DO UPDATE SET
           text = COALESCE(excluded.text, posts.text),
           url = COALESCE(excluded.url, posts.url),
           created_at = COALESCE(excluded.created_at, posts.created_at)
         RETURNING id, text`,
      ),
      findComment: db.prepare(
        `SELECT ${COMMENT_COLUMNS} FROM comments WHERE platform = ? AND platform_comment_id = ?`,
      ),
      getComment: db.prepare(`SELECT ${COMMENT_COLUMNS} FROM comments WHERE id = ?`),
      parentText: db
        .prepare(
          `SELECT v.text FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
           WHERE c.platform = ? AND c.platform_comment_id = ?`,
        )
        .pluck(),
      insertComment: db.prepare(
        `INSERT INTO comments (platform, platform_comment_id, page_id, post_id, parent_platform_id,
           author_id, author_name, created_at, first_seen_at, state, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      currentVersion: db.prepare(`SELECT ${VERSION_COLUMNS} FROM comment_versions WHERE id = ?`),
      nextSeq: db.prepare(
        'SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM comment_versions WHERE comment_id = ?',
      ),
      insertVersion: db.prepare(
        `INSERT INTO comment_versions (comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      setCurrentVersion: db.prepare(
        'UPDATE comments SET current_version_id = ?, updated_at = ? WHERE id = ?',
      ),
      fillMissingLinks: db.prepare(
        `UPDATE comments SET post_id = COALESCE(post_id, ?), parent_platform_id = COALESCE(parent_platform_id, ?),
           author_name = COALESCE(author_name, ?), author_id = COALESCE(author_id, ?)
         WHERE id = ?`,
      ),
      setState: db.prepare('UPDATE comments SET state = ?, updated_at = ? WHERE id = ?'),
      setReviewState: db.prepare(
        'UPDATE comments SET review_state = ?, updated_at = ? WHERE id = ?',
      ),
      versions: db.prepare(
        `SELECT ${VERSION_COLUMNS} FROM comment_versions WHERE comment_id = ? ORDER BY seq`,
      ),
      // Column order as read by context().
      context: db
        .prepare(
          `SELECT c.id, c.platform, c.platform_comment_id, c.page_id, c.post_id, c.parent_platform_id,
             c.author_id, c.author_name, c.created_at, c.first_seen_at, c.state, c.review_state,
             c.current_version_id, c.last_decision_id, c.updated_at,
             v.text,
             p.id, p.platform, p.platform_page_id, p.name, p.settings_json, p.paused_reason, p.created_at,
             po.id, po.page_id, po.platform_post_id, po.text, po.url, po.created_at, po.first_seen_at,
             (SELECT pv.text FROM comments pc JOIN comment_versions pv ON pv.id = pc.current_version_id
               WHERE pc.platform = c.platform AND pc.platform_comment_id = c.parent_platform_id),
             p.agency_id
           FROM comments c
           JOIN comment_versions v ON v.id = c.current_version_id
           JOIN pages p ON p.id = c.page_id
           LEFT JOIN posts po ON po.id = c.post_id
           WHERE c.id = ?`,
        )
        .raw(),
      insertDecision: db.prepare(
        `INSERT INTO decisions (comment_id, version_id, classifier_version, action, flags_json, scores_json, reasons_json, decided_at, language)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      // A queued or hidden-by-the-bot comment waits for a person; an escalation stays with the
      // Chief or designee whatever a later edit scores.
      setLastDecision: db.prepare(
        `UPDATE comments SET last_decision_id = @decisionId, updated_at = @at,
           review_state = CASE WHEN review_state <> 'escalated' AND @action <> 'allow'
             THEN 'queued' ELSE review_state END
         WHERE id = @commentId`,
      ),
      // An allowed comment keeps its review state: this statement leaves the review index alone.
      setLastDecisionAllowed: db.prepare(
        'UPDATE comments SET last_decision_id = ?, updated_at = ? WHERE id = ?',
      ),
      decisions: db.prepare(
        `SELECT id, comment_id AS commentId, version_id AS versionId, classifier_version AS classifierVersion,
           action, flags_json AS flagsJson, scores_json AS scoresJson, reasons_json AS reasonsJson,
           decided_at AS decidedAt, language
         FROM decisions WHERE comment_id = ? ORDER BY id`,
      ),
      recentVisible: db.prepare(
        `SELECT id, platform_comment_id AS platformCommentId FROM comments
         WHERE platform = ? AND state = 'visible' AND created_at >= ? AND id > ?
         ORDER BY id LIMIT ?`,
      ),
      count: db.prepare('SELECT COUNT(*) AS n FROM comments'),
      hasDecision: db.prepare('SELECT 1 FROM decisions WHERE version_id = ? LIMIT 1'),
      decisionOfVersion: db.prepare(
        `SELECT id, comment_id AS commentId, version_id AS versionId, classifier_version AS classifierVersion,
           action, flags_json AS flagsJson, scores_json AS scoresJson, reasons_json AS reasonsJson,
           decided_at AS decidedAt, language
         FROM decisions WHERE version_id = ? ORDER BY id LIMIT 1`,
      ),
      versionByRaw: db.prepare(
        'SELECT id FROM comment_versions WHERE comment_id = ? AND raw_sha256 = ? AND text_sha256 = ? ORDER BY seq LIMIT 1',
      ),
    };
  }

  ingest(c: IncomingComment): Promise<IngestResult> {
    return this.writer.write(() => this.ingestNow(c));
  }

  private ingestNow(c: IncomingComment): IngestResult {
    const at = this.now().toISOString();
    const page = this.pageFor(c, at);
    const post = c.post ? this.postFor(page.id, c.post, at) : null;
    const postId = post?.id ?? null;
    const textSha = sha256(c.text);
    const existing = this.s.findComment.get(c.platform, c.platformCommentId) as
      CommentRow | undefined;
    if (existing) {
      // Polls and webhooks report the same comment many times; only a changed text is news.
      this.s.fillMissingLinks.run(
        postId,
        c.parentPlatformId ?? null,
        c.author.name ?? null,
        c.author.id ?? null,
        existing.id,
      );
      const current =
        existing.currentVersionId === null
          ? undefined
          : (this.s.currentVersion.get(existing.currentVersionId) as CommentVersionRow | undefined);
      if (current && current.textSha256 === textSha) {
        return {
          commentId: existing.id,
          versionId: current.id,
          pageId: existing.pageId,
          postId: existing.postId ?? postId,
          change: 'unchanged',
          decided: this.s.hasDecision.get(current.id) !== undefined,
          state: existing.state,
        };
      }
      // The very payload of an earlier version, seen again (an import run again, a file listing
      // a comment's texts in turn): on record already, nothing new. A real edit back to an
      // earlier text arrives with a payload of its own and is a new version.
      const rawSha = sha256(c.raw);
      const seen = this.s.versionByRaw.get(existing.id, rawSha, textSha) as
        { id: number } | undefined;
      if (seen !== undefined) {
        return {
          commentId: existing.id,
          versionId: seen.id,
          pageId: existing.pageId,
          postId: existing.postId ?? postId,
          change: 'unchanged',
          decided: this.s.hasDecision.get(seen.id) !== undefined,
          state: existing.state,
        };
      }
      const versionId = this.addVersion(existing.id, c.text, textSha, c.raw, c.source, at);
      return {
        commentId: existing.id,
        versionId,
        pageId: existing.pageId,
        postId: existing.postId ?? postId,
        change: 'edited',
        decided: false,
        state: existing.state,
      };
    }
    const state = c.hiddenOnPlatform ? 'hidden' : 'visible';
    const parentPlatformId = c.parentPlatformId ?? null;
    const { id: commentId } = this.s.insertComment.get(
      c.platform,
      c.platformCommentId,
      page.id,
      postId,
      parentPlatformId,
      c.author.id ?? null,
      c.author.name ?? null,
      c.createdAt,
      at,
      state,
      at,
    ) as { id: number };
    const versionId = this.addVersion(commentId, c.text, textSha, c.raw, c.source, at);
    // What the pipeline classifies with, read now: it is the page and post just looked up.
    const context: ClassificationContext = {
      page,
      postText: post?.text ?? null,
      parentText:
        parentPlatformId === null
          ? null
          : ((this.s.parentText.get(c.platform, parentPlatformId) as string | undefined) ?? null),
    };
    return {
      commentId,
      versionId,
      pageId: page.id,
      postId,
      change: 'new',
      decided: false,
      state,
      context,
    };
  }

  /**
   * The page's row, written only when the page is new or its name changed: every comment
   * names its page and post, and an upsert rewrites the row even when nothing changed.
   */
  private pageFor(c: IncomingComment, at: string): PageRow {
    const name = c.page.name ?? null;
    const found = this.s.findPage.get(c.platform, c.page.platformPageId) as PageRow | undefined;
    if (found && (name === null || name === found.name)) return found;
    return this.s.upsertPage.get(c.platform, c.page.platformPageId, name, at) as PageRow;
  }

  /**
   * The post's row id and text, written only when the post is new or says something not yet
   * stored.
   */
  private postFor(
    pageId: number,
    post: NonNullable<IncomingComment['post']>,
    at: string,
  ): { id: number; text: string | null } {
    const text = post.text ?? null;
    const url = post.url ?? null;
    const createdAt = post.createdAt ?? null;
    const found = this.s.findPost.get(pageId, post.platformPostId) as
      { id: number; text: string | null; url: string | null; createdAt: string | null } | undefined;
    const known = (incoming: string | null, stored: string | null): boolean =>
      incoming === null || incoming === stored;
    if (
      found &&
      known(text, found.text) &&
      known(url, found.url) &&
      known(createdAt, found.createdAt)
    ) {
      return found;
    }
    return this.s.upsertPost.get(pageId, post.platformPostId, text, url, createdAt, at) as {
      id: number;
      text: string | null;
    };
  }

  private addVersion(
    commentId: number,
    text: string,
    textSha: string,
    raw: string,
    source: IngestSource,
    at: string,
  ): number {
    const { seq } = this.s.nextSeq.get(commentId) as { seq: number };
    const rawSha = sha256(raw);
    const { id } = this.s.insertVersion.get(
      commentId,
      seq,
      text,
      textSha,
      raw,
      rawSha,
      source,
      at,
    ) as {
      id: number;
    };
    this.evidence.appendWritten('version', id, commentId, [
      id,
      commentId,
      seq,
      text,
      textSha,
      raw,
      rawSha,
      source,
      at,
    ]);
    this.s.setCurrentVersion.run(id, at, commentId);
    return id;
  }

  markDeletedByAuthor(
    platform: Platform,
    platformCommentId: string,
    _raw: string,
    _source: IngestSource,
  ): Promise<{ commentId: number } | null> {
    return this.writer.write(() => {
      const existing = this.s.findComment.get(platform, platformCommentId) as
        CommentRow | undefined;
      if (!existing) return null;
      this.s.setState.run('deleted_by_author', this.now().toISOString(), existing.id);
      return { commentId: existing.id };
    });
  }

  async get(commentId: number): Promise<CommentRow | null> {
    return (this.s.getComment.get(commentId) as CommentRow | undefined) ?? null;
  }

  async findByPlatformId(
    platform: Platform,
    platformCommentId: string,
  ): Promise<CommentRow | null> {
    return (this.s.findComment.get(platform, platformCommentId) as CommentRow | undefined) ?? null;
  }

  async recentVisible(
    platform: Platform,
    sinceIso: string,
    afterId: number,
    limit: number,
  ): Promise<{ id: number; platformCommentId: string }[]> {
    return this.s.recentVisible.all(platform, sinceIso, afterId, limit) as {
      id: number;
      platformCommentId: string;
    }[];
  }

  async versions(commentId: number): Promise<CommentVersionRow[]> {
    return this.s.versions.all(commentId) as CommentVersionRow[];
  }

  async context(commentId: number): Promise<CommentContext | null> {
    // One statement (it runs for every comment the pipeline classifies), rows as arrays.
    const r = this.s.context.get(commentId) as unknown[] | undefined;
    if (!r) return null;
    return contextFromRow(r);
  }

  async decisions(commentId: number): Promise<DecisionRow[]> {
    return (this.s.decisions.all(commentId) as DecisionDbRow[]).map(mapDecision);
  }

  recordDecision(d: DecisionInput): Promise<DecisionRow> {
    return this.writer.write(() => this.recordDecisionNow(d));
  }

  /** Inside a writer transaction: the decision already made for a version, if any. */
  decisionOfVersion(versionId: number): DecisionRow | undefined {
    const row = this.s.decisionOfVersion.get(versionId) as DecisionDbRow | undefined;
    return row === undefined ? undefined : mapDecision(row);
  }

  /** Inside a writer transaction: stores the decision and the review state it implies. */
  recordDecisionNow(d: DecisionInput): DecisionRow {
    const at = this.now().toISOString();
    const columns = [
      d.commentId,
      d.versionId,
      d.classifierVersion,
      d.action,
      JSON.stringify(d.flags),
      JSON.stringify(d.scores),
      JSON.stringify(d.reasons),
      at,
      d.language ?? null,
    ] as const;
    const { id } = this.s.insertDecision.get(...columns) as { id: number };
    this.evidence.appendWritten('decision', id, d.commentId, [id, ...columns]);
    if (d.action === 'allow') this.s.setLastDecisionAllowed.run(id, at, d.commentId);
    else
      this.s.setLastDecision.run({ decisionId: id, at, action: d.action, commentId: d.commentId });
    return { ...d, id, decidedAt: at };
  }

  setReviewState(commentId: number, reviewState: ReviewState): Promise<void> {
    return this.writer.write(() => {
      this.s.setReviewState.run(reviewState, this.now().toISOString(), commentId);
    });
  }

  async count(): Promise<number> {
    return (this.s.count.get() as { n: number }).n;
  }
}
