/**
 * Comments, their versions and decisions on PostgreSQL: the same rules as
 * src/store/sqlite/comments.ts (stored before acted on, an edit is a new version, a payload seen
 * again is nothing new), in transactions that hold the chain lock, so two processes that receive
 * the same comment at once store it once.
 */
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
  ReviewState,
} from '../types.js';
import {
  COMMENT_COLUMNS,
  POST_COLUMNS,
  contextFromRow,
  mapDecision,
  type DecisionDbRow,
} from '../sqlite/comments.js';
import { PAGE_COLUMNS } from '../sqlite/pages.js';
import { sha256, type Clock } from '../sqlite/util.js';
import { chainHeads, type Client, type StoredPost } from './database.js';
import type { PgEvidenceChain } from './evidence.js';
import {
  BatchedWrites,
  all,
  eachOrAll,
  one,
  pgColumns,
  type PgDb,
  exec,
  execArrays,
} from './util.js';

export const PG_COMMENT_COLUMNS = pgColumns(COMMENT_COLUMNS);
export const PG_PAGE_COLUMNS = pgColumns(PAGE_COLUMNS);
export const PG_POST_COLUMNS = pgColumns(POST_COLUMNS);
const VERSION_COLUMNS = `id, comment_id AS "commentId", seq, text, text_sha256 AS "textSha256",
  raw_payload AS "rawPayload", raw_sha256 AS "rawSha256", source, observed_at AS "observedAt"`;
export const PG_DECISION_COLUMNS = `id, comment_id AS "commentId", version_id AS "versionId",
  classifier_version AS "classifierVersion", action, flags_json AS "flagsJson",
  scores_json AS "scoresJson", reasons_json AS "reasonsJson", decided_at AS "decidedAt", language`;

/** comment_versions ids a batch takes from the sequence at a time (ChainHeads.versionIds). */
const VERSION_IDS_AHEAD = 32;

export class PgCommentStore implements CommentStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
    private readonly evidence: PgEvidenceChain,
  ) {
    this.ingests = new BatchedWrites(db, (client, items) =>
      eachOrAll(
        client,
        items,
        (many) => this.ingestMany(client, many),
        (c) => this.ingestIn(client, c),
      ),
    );
  }

  /** Ingests requested while the chain lock is busy, stored together (ingestMany). */
  private readonly ingests: BatchedWrites<IncomingComment, IngestResult>;

  ingest(c: IncomingComment): Promise<IngestResult> {
    return this.ingests.write(c);
  }

  /**
   * Many ingests, with the same outcome as ingestIn one after another, in a few multi-row
   * statements: the comments that are new (the first copy of each in the batch, when the unique
   * key takes it) are stored together with their first versions and seals; the others (seen
   * before, or a second copy in the batch) go through ingestIn afterwards, one by one, and find
   * what the first stored.
   */
  private async ingestMany(
    client: Client,
    items: readonly IncomingComment[],
  ): Promise<IngestResult[]> {
    const at = this.now().toISOString();
    const keyOf = (c: IncomingComment): string => `${c.platform}\u0000${c.platformCommentId}`;
    const firsts = new Map<string, number>();
    items.forEach((c, i) => {
      if (!firsts.has(keyOf(c))) firsts.set(keyOf(c), i);
    });
    const candidates = [...firsts.values()];
    const placed: {
      page: PageRow;
      post: { id: number; text: string | null } | null;
    }[] = [];
    for (const i of candidates) {
      const c = items[i] as IncomingComment;
      const page = await this.pageFor(client, c, at);
      placed.push({ page, post: c.post ? await this.postFor(client, page.id, c.post, at) : null });
    }
    const column = <T>(f: (c: IncomingComment, i: number) => T): T[] =>
      candidates.map((i, k) => f(items[i] as IncomingComment, k));
    const inserted = await all<{ id: number; platform: string; platformCommentId: string }>(
      client,
      `INSERT INTO comments (platform, platform_comment_id, page_id, post_id, parent_platform_id,
         author_id, author_name, created_at, first_seen_at, state, updated_at)
       SELECT p, pc, pg, po, pa, ai, an, ca, $9, st, $9
       FROM unnest($1::text[], $2::text[], $3::bigint[], $4::bigint[], $5::text[], $6::text[],
         $7::text[], $8::text[], $10::text[]) AS u(p, pc, pg, po, pa, ai, an, ca, st)
       ON CONFLICT (platform, platform_comment_id) DO NOTHING
       RETURNING id, platform, platform_comment_id AS "platformCommentId"`,
      [
        column((c) => c.platform),
        column((c) => c.platformCommentId),
        column((_, k) => placed[k]?.page.id),
        column((_, k) => placed[k]?.post?.id ?? null),
        column((c) => c.parentPlatformId ?? null),
        column((c) => c.author.id ?? null),
        column((c) => c.author.name ?? null),
        column((c) => c.createdAt),
        at,
        column((c) => (c.hiddenOnPlatform ? 'hidden' : 'visible')),
      ],
    );
    const idOf = new Map(inserted.map((r) => [`${r.platform}\u0000${r.platformCommentId}`, r.id]));
    const results: (IngestResult | undefined)[] = new Array<IngestResult | undefined>(items.length);
    const fresh: { i: number; k: number; commentId: number; versionId: number }[] = [];
    const heads = chainHeads(client);
    candidates.forEach((i, k) => {
      const commentId = idOf.get(keyOf(items[i] as IncomingComment));
      if (commentId !== undefined) fresh.push({ i, k, commentId, versionId: 0 });
    });
    if (fresh.length > 0) {
      const ids = heads.versionIds ?? [];
      if (ids.length < fresh.length) {
        const wanted = Math.max(VERSION_IDS_AHEAD, fresh.length - ids.length);
        ids.push(
          ...(
            await all<{ id: number }>(
              client,
              `SELECT nextval(pg_get_serial_sequence('comment_versions', 'id')) AS id
               FROM generate_series(1, $1::int)`,
              [wanted],
            )
          ).map((r) => r.id),
        );
      }
      heads.versionIds = ids;
      // Laid out as addFirstVersion's, one row per new comment.
      const versions = fresh.map((f) => {
        f.versionId = ids.shift()!;
        const c = items[f.i] as IncomingComment;
        return [
          f.versionId,
          f.commentId,
          1,
          c.text,
          sha256(c.text),
          c.raw,
          sha256(c.raw),
          c.source,
          at,
        ] as const;
      });
      const seals = await this.evidence.sealsFor(
        client,
        'version',
        versions.map((columns) => ({ id: columns[0], commentId: columns[1], columns })),
        12,
      );
      const types = ['bigint', 'bigint', 'int', 'text', 'text', 'text', 'text', 'text', 'text'];
      await exec(
        client,
        `WITH written AS (
           INSERT INTO comment_versions (id, comment_id, seq, text, text_sha256, raw_payload,
             raw_sha256, source, observed_at)
           SELECT * FROM unnest(${types.map((t, n) => `$${n + 1}::${t}[]`).join(', ')})),
         sealed AS (${seals.sql})
         UPDATE comments c SET current_version_id = u.v, updated_at = $10
         FROM unnest($11::bigint[], $1::bigint[]) AS u(c, v) WHERE c.id = u.c`,
        [
          ...types.map((_, n) => versions.map((v) => v[n])),
          at,
          fresh.map((f) => f.commentId),
          ...seals.values,
        ],
      );
      seals.sealed();
    }
    // The parents' texts, for the classifier's context: one query for the batch.
    const parentOf = (c: IncomingComment): string | null => c.parentPlatformId ?? null;
    const wanted = fresh.filter((f) => parentOf(items[f.i] as IncomingComment) !== null);
    const parents = new Map<string, string>();
    if (wanted.length > 0) {
      for (const r of await all<{ platform: string; id: string; text: string }>(
        client,
        `SELECT c.platform, c.platform_comment_id AS id, v.text
         FROM unnest($1::text[], $2::text[]) AS u(p, id)
         JOIN comments c ON c.platform = u.p AND c.platform_comment_id = u.id
         JOIN comment_versions v ON v.id = c.current_version_id`,
        [
          wanted.map((f) => items[f.i]?.platform),
          wanted.map((f) => parentOf(items[f.i] as IncomingComment)),
        ],
      ))
        parents.set(`${r.platform}\u0000${r.id}`, r.text);
    }
    for (const f of fresh) {
      const c = items[f.i] as IncomingComment;
      const { page, post } = placed[f.k] as (typeof placed)[number];
      const parentId = parentOf(c);
      const parent = parentId === null ? undefined : parents.get(`${c.platform}\u0000${parentId}`);
      results[f.i] = {
        commentId: f.commentId,
        versionId: f.versionId,
        pageId: page.id,
        postId: post?.id ?? null,
        change: 'new',
        decided: false,
        state: c.hiddenOnPlatform ? 'hidden' : 'visible',
        context: { page, postText: post?.text ?? null, parentText: parent ?? null },
      };
    }
    // Seen before, or a second copy of one stored just now.
    for (let i = 0; i < items.length; i++) {
      if (results[i] === undefined)
        results[i] = await this.ingestIn(client, items[i] as IncomingComment);
    }
    return results as IngestResult[];
  }

  private async ingestIn(client: Client, c: IncomingComment): Promise<IngestResult> {
    const at = this.now().toISOString();
    const page = await this.pageFor(client, c, at);
    const post = c.post ? await this.postFor(client, page.id, c.post, at) : null;
    const postId = post?.id ?? null;
    const textSha = sha256(c.text);
    const state = c.hiddenOnPlatform ? 'hidden' : 'visible';
    const parentPlatformId = c.parentPlatformId ?? null;
    // New, or seen before: the unique key decides (under the chain lock, so nothing races it),
    // in the round trip that stores a new one.
    const inserted = await one<{ id: number }>(
      client,
      `INSERT INTO comments (platform, platform_comment_id, page_id, post_id, parent_platform_id,
         author_id, author_name, created_at, first_seen_at, state, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $9)
       ON CONFLICT (platform, platform_comment_id) DO NOTHING RETURNING id`,
      [
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
      ],
    );
    if (inserted === undefined) {
      const existing = (await one<CommentRow>(
        client,
        `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE platform = $1 AND platform_comment_id = $2`,
        [c.platform, c.platformCommentId],
      ))!;
      await exec(
        client,
        `UPDATE comments SET post_id = COALESCE(post_id, $1), parent_platform_id = COALESCE(parent_platform_id, $2),
           author_name = COALESCE(author_name, $3), author_id = COALESCE(author_id, $4)
         WHERE id = $5 AND (post_id IS NULL AND $1::bigint IS NOT NULL
           OR parent_platform_id IS NULL AND $2::text IS NOT NULL
           OR author_name IS NULL AND $3::text IS NOT NULL
           OR author_id IS NULL AND $4::text IS NOT NULL)`,
        [
          postId,
          c.parentPlatformId ?? null,
          c.author.name ?? null,
          c.author.id ?? null,
          existing.id,
        ],
      );
      const current =
        existing.currentVersionId === null
          ? undefined
          : await one<{ id: number; textSha256: string }>(
              client,
              'SELECT id, text_sha256 AS "textSha256" FROM comment_versions WHERE id = $1',
              [existing.currentVersionId],
            );
      const unchanged = async (versionId: number): Promise<IngestResult> => ({
        commentId: existing.id,
        versionId,
        pageId: existing.pageId,
        postId: existing.postId ?? postId,
        change: 'unchanged',
        decided:
          (await one(client, 'SELECT 1 FROM decisions WHERE version_id = $1', [versionId])) !==
          undefined,
        state: existing.state,
      });
      if (current && current.textSha256 === textSha) return unchanged(current.id);
      // The very payload of an earlier version, seen again: on record already, nothing new.
      const seen = await one<{ id: number }>(
        client,
        `SELECT id FROM comment_versions WHERE comment_id = $1 AND raw_sha256 = $2 AND text_sha256 = $3
         ORDER BY seq LIMIT 1`,
        [existing.id, sha256(c.raw), textSha],
      );
      if (seen !== undefined) return unchanged(seen.id);
      const versionId = await this.addVersion(
        client,
        existing.id,
        c.text,
        textSha,
        c.raw,
        c.source,
        at,
      );
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
    const commentId = inserted.id;
    const versionId = await this.addFirstVersion(
      client,
      commentId,
      c.text,
      textSha,
      c.raw,
      c.source,
      at,
    );
    const parent =
      parentPlatformId === null
        ? undefined
        : await one<{ text: string }>(
            client,
            `SELECT v.text FROM comments c JOIN comment_versions v ON v.id = c.current_version_id
             WHERE c.platform = $1 AND c.platform_comment_id = $2`,
            [c.platform, parentPlatformId],
          );
    const context: ClassificationContext = {
      page,
      postText: post?.text ?? null,
      parentText: parent?.text ?? null,
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

  /** The page's row, written only when the page is new or its name changed. */
  private async pageFor(client: Client, c: IncomingComment, at: string): Promise<PageRow> {
    const name = c.page.name ?? null;
    const pages = (chainHeads(client).pages ??= new Map());
    const key = `${c.platform}\u0000${c.page.platformPageId}`;
    const found =
      pages.get(key) ??
      (await one<PageRow>(
        client,
        `SELECT ${PG_PAGE_COLUMNS} FROM pages WHERE platform = $1 AND platform_page_id = $2`,
        [c.platform, c.page.platformPageId],
      ));
    if (found && (name === null || name === found.name)) {
      pages.set(key, found);
      return found;
    }
    const written = (await one<PageRow>(
      client,
      `INSERT INTO pages (platform, platform_page_id, name, created_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (platform, platform_page_id) DO UPDATE SET name = COALESCE(excluded.name, pages.name)
       RETURNING ${PG_PAGE_COLUMNS}`,
      [c.platform, c.page.platformPageId, name, at],
    ))!;
    pages.set(key, written);
    return written;
  }

  /** The post's id and text, written only when the post is new or says something not yet stored. */
  private async postFor(
    client: Client,
    pageId: number,
    post: NonNullable<IncomingComment['post']>,
    at: string,
  ): Promise<{ id: number; text: string | null }> {
    const text = post.text ?? null;
    const url = post.url ?? null;
    const createdAt = post.createdAt ?? null;
    const posts = (chainHeads(client).posts ??= new Map());
    const key = `${pageId}\u0000${post.platformPostId}`;
    const found =
      posts.get(key) ??
      (await one<StoredPost>(
        client,
        `SELECT id, text, url, created_at AS "createdAt" FROM posts WHERE page_id = $1 AND platform_post_id = $2`,
        [pageId, post.platformPostId],
      ));
    const known = (incoming: string | null, stored: string | null): boolean =>
      incoming === null || incoming === stored;
    if (
      found &&
      known(text, found.text) &&
      known(url, found.url) &&
      known(createdAt, found.createdAt)
    ) {
      posts.set(key, found);
      return found;
    }
    const written = (await one<StoredPost>(
      client,
      `INSERT INTO posts (page_id, platform_post_id, text, url, created_at, first_seen_at)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (page_id, platform_post_id) DO UPDATE SET
         text = COALESCE(excluded.text, posts.text),
         url = COALESCE(excluded.url, posts.url),
         created_at = COALESCE(excluded.created_at, posts.created_at)
       RETURNING id, text, url, created_at AS "createdAt"`,
      [pageId, post.platformPostId, text, url, createdAt, at],
    ))!;
    posts.set(key, written);
    return written;
  }

  /**
   * A new comment's first version (seq 1), its seal and the comment's pointer to it, in one
   * statement: the version's id is taken ahead from the sequence (ChainHeads.versionIds).
   */
  private async addFirstVersion(
    client: Client,
    commentId: number,
    text: string,
    textSha: string,
    raw: string,
    source: IngestSource,
    at: string,
  ): Promise<number> {
    const heads = chainHeads(client);
    if (heads.versionIds === undefined || heads.versionIds.length === 0) {
      heads.versionIds = (
        await all<{ id: number }>(
          client,
          `SELECT nextval(pg_get_serial_sequence('comment_versions', 'id')) AS id
           FROM generate_series(1, ${VERSION_IDS_AHEAD})`,
        )
      ).map((r) => r.id);
    }
    const id = heads.versionIds.shift()!;
    const rawSha = sha256(raw);
    const columns = [id, commentId, 1, text, textSha, raw, rawSha, source, at];
    await this.evidence.appendWritten(
      client,
      'version',
      id,
      commentId,
      columns,
      {
        sql: 'UPDATE comments SET current_version_id = $1, updated_at = $2 WHERE id = $3',
        values: [id, at, commentId],
      },
      {
        sql: `INSERT INTO comment_versions (id, comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        values: columns,
      },
    );
    return id;
  }

  private async addVersion(
    client: Client,
    commentId: number,
    text: string,
    textSha: string,
    raw: string,
    source: IngestSource,
    at: string,
  ): Promise<number> {
    const rawSha = sha256(raw);
    const row = await one<{ id: number; seq: number }>(
      client,
      `INSERT INTO comment_versions (comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
       VALUES ($1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM comment_versions WHERE comment_id = $1),
         $2, $3, $4, $5, $6, $7)
       RETURNING id, seq`,
      [commentId, text, textSha, raw, rawSha, source, at],
    );
    const { id, seq } = row!;
    await this.evidence.appendWritten(
      client,
      'version',
      id,
      commentId,
      [id, commentId, seq, text, textSha, raw, rawSha, source, at],
      {
        sql: 'UPDATE comments SET current_version_id = $1, updated_at = $2 WHERE id = $3',
        values: [id, at, commentId],
      },
    );
    return id;
  }

  markDeletedByAuthor(
    platform: Platform,
    platformCommentId: string,
    _raw: string,
    _source: IngestSource,
  ): Promise<{ commentId: number } | null> {
    return this.db.write(async (client) => {
      const row = await one<{ id: number }>(
        client,
        `UPDATE comments SET state = 'deleted_by_author', updated_at = $1
         WHERE platform = $2 AND platform_comment_id = $3 RETURNING id`,
        [this.now().toISOString(), platform, platformCommentId],
      );
      return row === undefined ? null : { commentId: row.id };
    });
  }

  async get(commentId: number): Promise<CommentRow | null> {
    return (
      (await one<CommentRow>(
        this.db.pool,
        `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE id = $1`,
        [commentId],
      )) ?? null
    );
  }

  async findByPlatformId(
    platform: Platform,
    platformCommentId: string,
  ): Promise<CommentRow | null> {
    return (
      (await one<CommentRow>(
        this.db.pool,
        `SELECT ${PG_COMMENT_COLUMNS} FROM comments WHERE platform = $1 AND platform_comment_id = $2`,
        [platform, platformCommentId],
      )) ?? null
    );
  }

  recentVisible(
    platform: Platform,
    sinceIso: string,
    afterId: number,
    limit: number,
  ): Promise<{ id: number; platformCommentId: string }[]> {
    return all(
      this.db.pool,
      `SELECT id, platform_comment_id AS "platformCommentId" FROM comments
       WHERE platform = $1 AND state = 'visible' AND created_at >= $2 AND id > $3
       ORDER BY id LIMIT $4`,
      [platform, sinceIso, afterId, limit],
    );
  }

  versions(commentId: number): Promise<CommentVersionRow[]> {
    return all(
      this.db.pool,
      `SELECT ${VERSION_COLUMNS} FROM comment_versions WHERE comment_id = $1 ORDER BY seq`,
      [commentId],
    );
  }

  async context(commentId: number): Promise<CommentContext | null> {
    // One statement (it runs for every comment the pipeline classifies), rows as arrays.
    const [r] = await execArrays(
      this.db.pool,
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
       WHERE c.id = $1`,
      [commentId],
    );
    return r === undefined ? null : contextFromRow(r);
  }

  async decisions(commentId: number): Promise<DecisionRow[]> {
    return (
      await all<DecisionDbRow>(
        this.db.pool,
        `SELECT ${PG_DECISION_COLUMNS} FROM decisions WHERE comment_id = $1 ORDER BY id`,
        [commentId],
      )
    ).map(mapDecision);
  }

  recordDecision(d: DecisionInput): Promise<DecisionRow> {
    return this.db.writeChained((client) => this.recordDecisionIn(client, d));
  }

  /** Inside a transaction: the decision already made for a version, if any. */
  async decisionOfVersion(client: Client, versionId: number): Promise<DecisionRow | undefined> {
    const row = await one<DecisionDbRow>(
      client,
      `SELECT ${PG_DECISION_COLUMNS} FROM decisions WHERE version_id = $1 ORDER BY id LIMIT 1`,
      [versionId],
    );
    return row === undefined ? undefined : mapDecision(row);
  }

  /** Inside a transaction holding the chain lock: the decision and the review state it implies. */
  async recordDecisionIn(client: Client, d: DecisionInput): Promise<DecisionRow> {
    return (await this.recordDecisionUnlessDecided(client, d, false))!;
  }

  /**
   * The same, unless the version has a decision already (the unique index on version_id
   * decides, in the round trip that writes): undefined then, and nothing is written.
   */
  async recordDecisionUnlessDecided(
    client: Client,
    d: DecisionInput,
    unlessDecided = true,
  ): Promise<DecisionRow | undefined> {
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
    const row = await one<{ id: number }>(
      client,
      `INSERT INTO decisions (comment_id, version_id, classifier_version, action, flags_json, scores_json,
         reasons_json, decided_at, language)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ${unlessDecided ? 'ON CONFLICT (version_id) DO NOTHING' : ''} RETURNING id`,
      [...columns],
    );
    if (row === undefined) return undefined;
    const id = row.id;
    // A queued or hidden-by-the-bot comment waits for a person; an escalation stays with the
    // Chief or designee whatever a later edit scores.
    await this.evidence.appendWritten(client, 'decision', id, d.commentId, [id, ...columns], {
      sql: `UPDATE comments SET last_decision_id = $1, updated_at = $2,
         review_state = CASE WHEN review_state <> 'escalated' AND $3 <> 'allow'
           THEN 'queued' ELSE review_state END
       WHERE id = $4`,
      values: [id, at, d.action, d.commentId],
    });
    return { ...d, id, decidedAt: at };
  }

  /**
   * recordDecisionUnlessDecided for many decisions, one comment each, in two statements: the
   * rows (the unique index on version_id skips a version decided already: undefined for it),
   * then their seals with the comments' pointers and review states.
   */
  async recordDecisionsUnlessDecided(
    client: Client,
    ds: readonly DecisionInput[],
  ): Promise<(DecisionRow | undefined)[]> {
    const at = this.now().toISOString();
    const columnsOf = (d: DecisionInput) =>
      [
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
    const rows = ds.map(columnsOf);
    const written = await all<{ id: number; versionId: number }>(
      client,
      `INSERT INTO decisions (comment_id, version_id, classifier_version, action, flags_json,
         scores_json, reasons_json, decided_at, language)
       SELECT c, v, cv, a, f, s, r, $8, l
       FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[], $5::text[], $6::text[],
         $7::text[], $9::text[]) AS u(c, v, cv, a, f, s, r, l)
       ON CONFLICT (version_id) DO NOTHING RETURNING id, version_id AS "versionId"`,
      [...[0, 1, 2, 3, 4, 5, 6].map((n) => rows.map((r) => r[n])), at, rows.map((r) => r[8])],
    );
    const idOf = new Map(written.map((r) => [r.versionId, r.id]));
    const decided = ds.flatMap((d, i) => {
      const id = idOf.get(d.versionId);
      return id === undefined ? [] : [{ d, id, columns: [id, ...(rows[i] ?? [])] }];
    });
    if (decided.length > 0) {
      const seals = await this.evidence.sealsFor(
        client,
        'decision',
        decided.map((x) => ({ id: x.id, commentId: x.d.commentId, columns: x.columns })),
        5,
      );
      // A queued or hidden-by-the-bot comment waits for a person; an escalation stays with the
      // Chief or designee whatever a later edit scores.
      await exec(
        client,
        `WITH sealed AS (${seals.sql})
         UPDATE comments c SET last_decision_id = u.d, updated_at = $1,
           review_state = CASE WHEN c.review_state <> 'escalated' AND u.a <> 'allow'
             THEN 'queued' ELSE c.review_state END
         FROM unnest($2::bigint[], $3::text[], $4::bigint[]) AS u(d, a, c) WHERE c.id = u.c`,
        [
          at,
          decided.map((x) => x.id),
          decided.map((x) => x.d.action),
          decided.map((x) => x.d.commentId),
          ...seals.values,
        ],
      );
      seals.sealed();
    }
    return ds.map((d) => {
      const id = idOf.get(d.versionId);
      return id === undefined ? undefined : { ...d, id, decidedAt: at };
    });
  }

  setReviewState(commentId: number, reviewState: ReviewState): Promise<void> {
    return this.db.write(async (client) => {
      await exec(client, 'UPDATE comments SET review_state = $1, updated_at = $2 WHERE id = $3', [
        reviewState,
        this.now().toISOString(),
        commentId,
      ]);
    });
  }

  async count(): Promise<number> {
    return (await one<{ n: number }>(this.db.pool, 'SELECT COUNT(*) AS n FROM comments'))?.n ?? 0;
  }
}
