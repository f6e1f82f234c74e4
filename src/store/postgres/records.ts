/**
 * The public-records store on PostgreSQL (J.4 public disclosure, I.3 retention): search,
 * records requests and redactions, legal holds, the retention purge and the audit, with the same
 * rules as src/store/sqlite/records.ts. An export reads from a snapshot: one REPEATABLE READ,
 * READ ONLY transaction on a connection of its own, so the bundle shows the record as it stood
 * at one moment whatever the bot writes meanwhile.
 */
import { InputError, NotFoundError } from '../../errors.js';
import { searchTerms } from '../../records/search.js';
import type {
  ActionLogHead,
  ActionLogRow,
  Actor,
  ChainVerification,
  CommentRecord,
  CommentVersionRow,
  LegalHoldRow,
  NewLegalHold,
  NewRecordsRequest,
  NewRedaction,
  PageRow,
  PostRow,
  PurgeBatch,
  RecordsCommentRow,
  RecordsFilter,
  RecordsHit,
  RecordsPage,
  RecordsRequestRow,
  RecordsRequestStatus,
  RecordsSelection,
  RecordsSnapshot,
  RecordsStore,
  RedactionRow,
  RetentionCandidate,
  RetentionSchedule,
} from '../types.js';
import { DEFAULT_AGENCY_ID } from '../types.js';
import { verifyActionChain } from '../action-chain.js';
import { EVIDENCE_GENESIS, type EvidenceHead } from '../evidence.js';
import { GENESIS_HASH, mapAction, type ActionDbRow } from '../sqlite/actions.js';
import { mapDecision, type DecisionDbRow } from '../sqlite/comments.js';
import {
  ACTION_COLUMNS,
  COMMENT_COLUMNS,
  DECISION_COLUMNS,
  EMPTY_BY_STATE,
  EXPORT_BATCH,
  HOLD_COLUMNS,
  REDACTION_COLUMNS,
  REQUEST_COLUMNS,
  VERSION_COLUMNS,
  decodeCursor,
  encodeCursor,
  mapHold,
  type HoldDbRow,
} from '../sqlite/records-reader.js';
import { PAGE_COLUMNS } from '../sqlite/pages.js';
import { POST_COLUMNS } from '../sqlite/comments.js';
import type { Clock } from '../sqlite/util.js';
import type { PgActionLog } from './actions.js';
import { type Client, type Queryable } from './database.js';
import type { PgEvidenceChain } from './evidence.js';
import { all, exec, one, pgColumns, type PgDb } from './util.js';

const RECORDS_CLAUSE = 'J.4 public disclosure';
const RETENTION_CLAUSE = 'I.3 retention';

const C = {
  comment: pgColumns(COMMENT_COLUMNS),
  version: pgColumns(VERSION_COLUMNS),
  decision: pgColumns(DECISION_COLUMNS),
  action: pgColumns(ACTION_COLUMNS),
  redaction: pgColumns(REDACTION_COLUMNS),
  request: pgColumns(REQUEST_COLUMNS),
  hold: pgColumns(HOLD_COLUMNS),
  page: pgColumns(PAGE_COLUMNS),
  post: pgColumns(POST_COLUMNS),
};

/** Numbered parameters, collected as a statement is built. */
class Params {
  readonly values: unknown[] = [];
  /** The placeholder of a new parameter holding `value`. */
  p(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/**
 * The keywords as a tsquery expression: every term a phrase (`phraseto_tsquery`, parsed the way
 * the index was), a word ending in * a prefix; terms ANDed. Accents are folded as in the index.
 */
function tsQuery(query: string, params: Params): string | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  return terms
    .map((t) =>
      t.prefix && !/\s/u.test(t.text)
        ? `to_tsquery('simple', quote_literal(civicmod_fold(${params.p(t.text)})) || ':*')`
        : `phraseto_tsquery('simple', civicmod_fold(${params.p(t.text)}))`,
    )
    .join(' && ');
}

/** A condition written with the parameters it needs, numbered where it is used. */
type Condition = (params: Params) => string;

/**
 * A records filter as conditions on the comment's own row (`columns`) and sets of comment ids
 * (`sets`: subqueries selecting ids from another table). Null when the filter cannot match
 * anything (a keyword query with no searchable word).
 */
function filterPlan(filter: RecordsFilter): { columns: Condition[]; sets: Condition[] } | null {
  const columns: Condition[] = [];
  const sets: Condition[] = [];
  const { from, until, platform, page, post, author, state, category, language, action, actor } =
    filter;
  if (from !== undefined) columns.push((p) => `c.created_at >= ${p.p(from)}`);
  if (until !== undefined) columns.push((p) => `c.created_at < ${p.p(until)}`);
  if (platform !== undefined) columns.push((p) => `c.platform = ${p.p(platform)}`);
  if (page !== undefined) {
    columns.push(
      (p) => `c.page_id IN (SELECT id FROM pages WHERE platform_page_id = ${p.p(page)})`,
    );
  }
  if (post !== undefined) {
    columns.push(
      (p) => `c.post_id IN (SELECT id FROM posts WHERE platform_post_id = ${p.p(post)})`,
    );
  }
  if (filter.agencyIds !== undefined) {
    const agencyIds = [...filter.agencyIds];
    columns.push(
      (p) =>
        `c.page_id IN (SELECT id FROM pages WHERE agency_id = ANY(${p.p(agencyIds)}::bigint[]))`,
    );
  }
  if (author !== undefined) {
    columns.push((p) => {
      const a = p.p(author);
      return `(c.author_id = ${a} OR lower(c.author_name) = lower(${a}))`;
    });
  }
  if (state !== undefined) columns.push((p) => `c.state = ${p.p(state)}`);
  if (language !== undefined) {
    columns.push(
      (p) =>
        `EXISTS (SELECT 1 FROM decisions ld WHERE ld.id = c.last_decision_id AND ld.language = ${p.p(language)})`,
    );
  }
  if (category !== undefined) {
    sets.push(
      (p) => `SELECT comment_id FROM records_comment_categories WHERE category = ${p.p(category)}`,
    );
  }
  if (action !== undefined) {
    sets.push((p) => `SELECT comment_id FROM action_log WHERE kind = ${p.p(action)}`);
  }
  if (actor !== undefined) {
    sets.push((p) => `SELECT comment_id FROM action_log WHERE actor = ${p.p(actor)}`);
  }
  if (filter.requestId !== undefined) {
    const requestId = filter.requestId;
    sets.push(
      (p) => `SELECT comment_id FROM records_request_items WHERE request_id = ${p.p(requestId)}`,
    );
  }
  if (filter.query !== undefined) {
    const query = filter.query;
    if (searchTerms(query).length === 0) return null;
    sets.push(
      (p) =>
        `SELECT s.comment_id FROM records_search s WHERE s.doc @@ (${tsQuery(query, p) ?? ''})`,
    );
  }
  return { columns, sets };
}

/** Every condition of the filter, for uses that need every match in no particular order. */
function filterWhere(filter: RecordsFilter, params: Params): string[] | null {
  const plan = filterPlan(filter);
  if (plan === null) return null;
  return [
    ...plan.columns.map((c) => c(params)),
    ...plan.sets.map((set) => `c.id IN (${set(params)})`),
  ];
}

/**
 * Below this many ids a set drives an ordered search (its ids are looked up and sorted); above
 * it, the search walks comments newest first and tests each, stopping after one page.
 * PostgreSQL picks between the two by estimates, which for "this actor" or "this word among
 * hidden comments" can be far off (half a second at 200,000 comments); counting up to the limit
 * is exact and costs a few milliseconds.
 */
const DRIVE_LIMIT = 4000;

const whereSql = (where: readonly string[]) =>
  where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';

/** The read side, on whichever connection it is given (the pool, or an export's snapshot). */
class PgRecordsReader {
  constructor(
    private readonly q: Queryable,
    /** Tests lower it to exercise every plan on a small store. */
    private readonly driveLimit = DRIVE_LIMIT,
  ) {}

  /** Matching comments, newest first (created_at, then id), after the cursor, at most `limit`. */
  async matchingIds(
    filter: RecordsFilter,
    limit: number,
    after: { at: string; id: number } | null,
  ): Promise<{ id: number; createdAt: string }[]> {
    const plan = filterPlan(filter);
    if (plan === null) return [];
    // The smallest set, if it is small enough to drive from (index -1: the columns' own matches).
    let driver: { index: number; ids: number[] } | null = null;
    for (const [index, set] of plan.sets.entries()) {
      const p = new Params();
      const rows = await all<{ id: number | null }>(
        this.q,
        `SELECT comment_id AS id FROM (${set(p)} LIMIT ${this.driveLimit + 1}) x`,
        p.values,
      );
      if (rows.length === 0) return [];
      // Complete only when under the limit (a set's rows may repeat a comment).
      if (rows.length > this.driveLimit) continue;
      const ids = [...new Set(rows.flatMap((r) => (r.id === null ? [] : [r.id])))];
      if (driver === null || ids.length < driver.ids.length) driver = { index, ids };
    }
    // No small set, but the comment's own columns (a state, a month) select few: those comments
    // drive, and the sets are tested on them alone.
    if (driver === null && plan.sets.length > 0 && plan.columns.length > 0) {
      const p = new Params();
      const rows = await all<{ id: number }>(
        this.q,
        `SELECT c.id FROM comments c WHERE ${plan.columns.map((c) => c(p)).join(' AND ')}
         LIMIT ${this.driveLimit + 1}`,
        p.values,
      );
      if (rows.length === 0) return [];
      if (rows.length <= this.driveLimit) driver = { index: -1, ids: rows.map((r) => r.id) };
    }
    const params = new Params();
    const where = [
      ...plan.columns.map((c) => c(params)),
      ...(driver?.index === -1 ? [`c.id = ANY(${params.p(driver.ids)}::bigint[])`] : []),
      ...plan.sets.map((set, i) =>
        driver !== null && i === driver.index
          ? `c.id = ANY(${params.p(driver.ids)}::bigint[])`
          : `c.id IN (${set(params)})`,
      ),
    ];
    if (after !== null) {
      where.push(`(c.created_at, c.id) < (${params.p(after.at)}, ${params.p(after.id)})`);
    }
    return all(
      this.q,
      `SELECT c.id, c.created_at AS "createdAt" FROM comments c ${whereSql(where)}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${params.p(limit)}`,
      params.values,
    );
  }

  async search(
    filter: RecordsFilter,
    limit: number,
    cursor: string | undefined,
  ): Promise<RecordsPage> {
    const after = cursor === undefined ? null : decodeCursor(cursor);
    // One more than asked says whether a next page exists without counting.
    const ids = await this.matchingIds(filter, limit + 1, after);
    const page = ids.slice(0, limit);
    if (page.length === 0) return { hits: [], nextCursor: null };
    const hits = await all<RecordsHit>(
      this.q,
      `SELECT c.id AS "commentId", c.platform, c.platform_comment_id AS "platformCommentId",
         p.platform_page_id AS "platformPageId", p.name AS "pageName",
         po.platform_post_id AS "platformPostId", c.author_id AS "authorId",
         c.author_name AS "authorName", c.created_at AS "createdAt", c.state, c.purged_at AS "purgedAt",
         v.text, (SELECT COUNT(*) FROM comment_versions x WHERE x.comment_id = c.id) AS versions
       FROM comments c JOIN pages p ON p.id = c.page_id
         LEFT JOIN posts po ON po.id = c.post_id
         LEFT JOIN comment_versions v ON v.id = c.current_version_id
       WHERE c.id = ANY($1::bigint[])`,
      [page.map((r) => r.id)],
    );
    const byId = new Map(hits.map((h) => [h.commentId, h]));
    const last = page[page.length - 1];
    return {
      hits: page.map((r) => byId.get(r.id)).filter((h): h is RecordsHit => h !== undefined),
      nextCursor:
        ids.length > limit && last !== undefined ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  async count(filter: RecordsFilter, cap: number): Promise<number> {
    const params = new Params();
    const where = filterWhere(filter, params);
    if (where === null) return 0;
    return (
      (
        await one<{ n: number }>(
          this.q,
          `SELECT COUNT(*) AS n FROM (SELECT 1 FROM comments c ${whereSql(where)} LIMIT ${params.p(cap)}) x`,
          params.values,
        )
      )?.n ?? 0
    );
  }

  /** Which of these comments match the filter (a filter-scoped legal hold's reach). */
  async matchingAmong(filter: RecordsFilter, commentIds: readonly number[]): Promise<Set<number>> {
    const params = new Params();
    const where = filterWhere(filter, params);
    if (where === null || commentIds.length === 0) return new Set();
    where.push(`c.id = ANY(${params.p([...commentIds])}::bigint[])`);
    const rows = await all<{ id: number }>(
      this.q,
      `SELECT c.id FROM comments c ${whereSql(where)}`,
      params.values,
    );
    return new Set(rows.map((r) => r.id));
  }

  /** Full records for these comment ids, in the order given. */
  async records(
    commentIds: readonly number[],
    redactionsFor: number | undefined,
  ): Promise<CommentRecord[]> {
    if (commentIds.length === 0) return [];
    const ids = [[...commentIds]];
    // One after another: on an export's snapshot they share one connection.
    const comments = await all<RecordsCommentRow>(
      this.q,
      `SELECT ${C.comment} FROM comments c WHERE c.id = ANY($1::bigint[])`,
      ids,
    );
    const versions = await all<CommentVersionRow>(
      this.q,
      `SELECT ${C.version} FROM comment_versions WHERE comment_id = ANY($1::bigint[]) ORDER BY comment_id, seq`,
      ids,
    );
    const decisions = await all<DecisionDbRow>(
      this.q,
      `SELECT ${C.decision} FROM decisions WHERE comment_id = ANY($1::bigint[]) ORDER BY comment_id, id`,
      ids,
    );
    const actions = await all<ActionDbRow>(
      this.q,
      `SELECT ${C.action} FROM action_log WHERE comment_id = ANY($1::bigint[]) ORDER BY comment_id, id`,
      ids,
    );
    const redactions =
      redactionsFor === undefined
        ? []
        : await all<RedactionRow>(
            this.q,
            `SELECT ${C.redaction} FROM redactions r JOIN comment_versions v ON v.id = r.version_id
             WHERE r.request_id = $2 AND r.withdrawn_at IS NULL AND v.comment_id = ANY($1::bigint[])
             ORDER BY r.version_id, r.start`,
            [...ids, redactionsFor],
          );
    const pages = await all<PageRow>(this.q, `SELECT ${C.page} FROM pages`);
    const postIds = [...new Set(comments.map((c) => c.postId).filter((p) => p !== null))];
    const posts = new Map(
      (
        await all<PostRow>(this.q, `SELECT ${C.post} FROM posts WHERE id = ANY($1::bigint[])`, [
          postIds,
        ])
      ).map((p) => [p.id, p]),
    );
    const group = <T>(rows: T[], key: (row: T) => number | null) => {
      const map = new Map<number, T[]>();
      for (const row of rows) {
        const k = key(row) ?? 0;
        const list = map.get(k);
        if (list) list.push(row);
        else map.set(k, [row]);
      }
      return map;
    };
    const versionsBy = group(versions, (v) => v.commentId);
    const decisionsBy = group(decisions.map(mapDecision), (d) => d.commentId);
    const actionsBy = group(actions.map(mapAction), (a) => a.commentId);
    const redactionsBy = group(redactions, (r) => r.commentId);
    const pagesBy = new Map(pages.map((p) => [p.id, p]));
    const byId = new Map(comments.map((c) => [c.id, c]));
    const out: CommentRecord[] = [];
    for (const id of commentIds) {
      const comment = byId.get(id);
      const page = comment ? pagesBy.get(comment.pageId) : undefined;
      if (!comment || !page) continue;
      out.push({
        comment,
        page,
        post: comment.postId === null ? null : (posts.get(comment.postId) ?? null),
        versions: versionsBy.get(id) ?? [],
        decisions: decisionsBy.get(id) ?? [],
        actions: actionsBy.get(id) ?? [],
        redactions: redactionsBy.get(id) ?? [],
      });
    }
    return out;
  }

  async head(): Promise<ActionLogHead> {
    const row = await one<{ n: number; id: number | null; hash: string | null }>(
      this.q,
      `SELECT (SELECT COUNT(*) FROM action_log) AS n, l.id, l.hash
       FROM (SELECT 1) x LEFT JOIN (SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1) l ON true`,
    );
    return { count: row?.n ?? 0, id: row?.id ?? null, hash: row?.hash ?? GENESIS_HASH };
  }

  async evidenceHead(): Promise<EvidenceHead> {
    const last = await one<{ seq: number; mac: string }>(
      this.q,
      'SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1',
    );
    return { count: last?.seq ?? 0, seq: last?.seq ?? null, mac: last?.mac ?? EVIDENCE_GENESIS };
  }
}

class PgRecordsSnapshot implements RecordsSnapshot {
  constructor(
    private readonly reader: PgRecordsReader,
    readonly takenAt: string,
    readonly head: ActionLogHead,
    readonly evidence: EvidenceHead,
    private readonly release: () => void,
  ) {}

  count(filter: RecordsFilter): Promise<number> {
    return this.reader.count(filter, Number.MAX_SAFE_INTEGER);
  }

  async *records(
    filter: RecordsFilter,
    options: { redactionsFor?: number } = {},
  ): AsyncIterable<CommentRecord[]> {
    let after: { at: string; id: number } | null = null;
    for (;;) {
      const ids = await this.reader.matchingIds(filter, EXPORT_BATCH, after);
      if (ids.length === 0) return;
      yield await this.reader.records(
        ids.map((r) => r.id),
        options.redactionsFor,
      );
      const last = ids[ids.length - 1];
      if (last === undefined || ids.length < EXPORT_BATCH) return;
      after = { at: last.createdAt, id: last.id };
    }
  }

  close(): void {
    this.release();
  }
}

export class PgRecordsStore implements RecordsStore {
  private readonly reader: PgRecordsReader;

  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
    private readonly actions: PgActionLog,
    private readonly evidence: PgEvidenceChain,
    /** Tests lower it to exercise every search plan on a small store. */
    private readonly driveLimit = DRIVE_LIMIT,
  ) {
    this.reader = new PgRecordsReader(db.pool, driveLimit);
  }

  // --- Search ---------------------------------------------------------------------------------

  search(
    filter: RecordsFilter,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<RecordsPage> {
    const limit = Math.min(Math.max(1, Math.floor(page.limit)), 500);
    return this.reader.search(filter, limit, page.cursor);
  }

  count(filter: RecordsFilter, cap = 10_000): Promise<number> {
    return this.reader.count(filter, cap);
  }

  async record(
    commentId: number,
    options: { redactionsFor?: number } = {},
  ): Promise<CommentRecord | null> {
    return (await this.reader.records([commentId], options.redactionsFor))[0] ?? null;
  }

  async snapshot(): Promise<RecordsSnapshot> {
    const takenAt = this.now().toISOString();
    const client = await this.db.pool.connect();
    try {
      // Every read of the export sees the database as of the transaction's first read.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const reader = new PgRecordsReader(client, this.driveLimit);
      const head = await reader.head();
      const evidence = await reader.evidenceHead();
      let released = false;
      return new PgRecordsSnapshot(reader, takenAt, head, evidence, () => {
        if (released) return;
        released = true;
        client
          .query('COMMIT')
          .catch(() => undefined)
          .finally(() => client.release());
      });
    } catch (err) {
      client.release();
      throw err;
    }
  }

  // --- Records requests (J.4) ------------------------------------------------------------------

  private async requestRow(q: Queryable, requestId: number): Promise<RecordsRequestRow> {
    const row = await one<RecordsRequestRow>(
      q,
      `SELECT ${C.request} FROM records_requests q WHERE q.id = $1`,
      [requestId],
    );
    if (!row) throw new NotFoundError(`There is no records request ${requestId}.`);
    return row;
  }

  private async openRequest(client: Client, requestId: number): Promise<RecordsRequestRow> {
    // Locked: a request closed meanwhile by another process is seen closed here.
    await exec(client, 'SELECT 1 FROM records_requests WHERE id = $1 FOR UPDATE', [requestId]);
    const row = await this.requestRow(client, requestId);
    if (row.status !== 'open') {
      throw new InputError(`Records request ${requestId} is closed; nothing can be changed on it.`);
    }
    return row;
  }

  private log(
    client: Client,
    kind: string,
    actor: Actor,
    reason: string,
    clause: string,
    details: Record<string, unknown>,
  ): Promise<ActionLogRow> {
    return this.actions.append(
      client,
      'recorded',
      { kind, actor, reason, clause, details },
      null,
      undefined,
    );
  }

  private write<T>(fn: (client: Client) => Promise<T>): Promise<T> {
    return this.db.writeChained(fn);
  }

  createRequest(request: NewRecordsRequest, actor: Actor): Promise<RecordsRequestRow> {
    return this.write(async (client) => {
      const at = this.now().toISOString();
      const agencyId = request.agencyId ?? DEFAULT_AGENCY_ID;
      await this.agencyExists(client, agencyId);
      const row = await one<{ id: number }>(
        client,
        `INSERT INTO records_requests (requester, received_on, description, due_on, status, created_by, created_at, agency_id)
         VALUES ($1, $2, $3, $4, 'open', $5, $6, $7) RETURNING id`,
        [
          request.requester,
          request.receivedOn,
          request.description,
          request.dueOn ?? null,
          actor,
          at,
          agencyId,
        ],
      );
      const id = row!.id;
      await this.log(
        client,
        'records_request_opened',
        actor,
        'Records request received',
        RECORDS_CLAUSE,
        {
          requestId: id,
        },
      );
      return this.requestRow(client, id);
    });
  }

  async getRequest(requestId: number): Promise<RecordsRequestRow | null> {
    return (
      (await one<RecordsRequestRow>(
        this.db.pool,
        `SELECT ${C.request} FROM records_requests q WHERE q.id = $1`,
        [requestId],
      )) ?? null
    );
  }

  listRequests(
    status?: RecordsRequestStatus,
    agencyIds?: readonly number[],
  ): Promise<RecordsRequestRow[]> {
    return all<RecordsRequestRow>(
      this.db.pool,
      `SELECT ${C.request} FROM records_requests q
       WHERE ($1::text IS NULL OR q.status = $1)
         AND ($2::bigint[] IS NULL OR q.agency_id = ANY($2))
       ORDER BY q.status DESC, q.received_on DESC, q.id DESC`,
      [status ?? null, agencyIds === undefined ? null : [...agencyIds]],
    );
  }

  closeRequest(requestId: number, actor: Actor): Promise<RecordsRequestRow> {
    return this.write(async (client) => {
      await this.openRequest(client, requestId);
      await exec(
        client,
        `UPDATE records_requests SET status = 'closed', closed_by = $1, closed_at = $2 WHERE id = $3`,
        [actor, this.now().toISOString(), requestId],
      );
      await this.log(
        client,
        'records_request_closed',
        actor,
        'Records request closed',
        RECORDS_CLAUSE,
        {
          requestId,
        },
      );
      return this.requestRow(client, requestId);
    });
  }

  /** The ids that name no comment on a page of the agency. */
  private async missing(
    client: Client,
    ids: readonly number[],
    agencyId: number,
  ): Promise<number[]> {
    const rows = await all<{ id: number }>(
      client,
      `SELECT x AS id FROM unnest($1::bigint[]) x WHERE x NOT IN
         (SELECT c.id FROM comments c JOIN pages p ON p.id = c.page_id WHERE p.agency_id = $2)
       ORDER BY 1`,
      [[...ids], agencyId],
    );
    return rows.map((r) => r.id);
  }

  private async agencyExists(client: Client, agencyId: number): Promise<void> {
    if (
      (await one(client, 'SELECT 1 AS x FROM agencies WHERE id = $1', [agencyId])) === undefined
    ) {
      throw new InputError(`There is no agency ${agencyId}.`);
    }
  }

  attach(requestId: number, selection: RecordsSelection, actor: Actor): Promise<number> {
    return this.write(async (client) => {
      const request = await this.openRequest(client, requestId);
      const at = this.now().toISOString();
      let added: number;
      if ('commentIds' in selection) {
        const missing = await this.missing(client, selection.commentIds, request.agencyId);
        if (missing.length > 0) {
          throw new NotFoundError(
            `No comment of this request's agency has id ${missing.join(', ')}; nothing was attached.`,
          );
        }
        added = (
          await exec(
            client,
            `INSERT INTO records_request_items (request_id, comment_id, added_by, added_at)
             SELECT DISTINCT $1::bigint, x, $2, $3 FROM unnest($4::bigint[]) x
             ON CONFLICT DO NOTHING`,
            [requestId, actor, at, [...selection.commentIds]],
          )
        ).rowCount;
      } else {
        const params = new Params();
        // A request is answered from its own agency's records only.
        const where = filterWhere({ ...selection.filter, agencyIds: [request.agencyId] }, params);
        if (where === null) return 0;
        added = (
          await exec(
            client,
            `INSERT INTO records_request_items (request_id, comment_id, added_by, added_at)
             SELECT ${params.p(requestId)}::bigint, c.id, ${params.p(actor)}, ${params.p(at)} FROM comments c
             ${whereSql(where)} ON CONFLICT DO NOTHING`,
            params.values,
          )
        ).rowCount;
      }
      if (added > 0) {
        await this.log(
          client,
          'records_attached',
          actor,
          'Records attached to a request',
          RECORDS_CLAUSE,
          {
            requestId,
            added,
          },
        );
      }
      return added;
    });
  }

  detach(requestId: number, commentId: number, actor: Actor): Promise<void> {
    return this.write(async (client) => {
      await this.openRequest(client, requestId);
      const { rowCount } = await exec(
        client,
        'DELETE FROM records_request_items WHERE request_id = $1 AND comment_id = $2',
        [requestId, commentId],
      );
      if (rowCount === 0) {
        throw new NotFoundError(
          `Comment ${commentId} is not attached to records request ${requestId}.`,
        );
      }
      await this.log(
        client,
        'records_detached',
        actor,
        'Record detached from a request',
        RECORDS_CLAUSE,
        {
          requestId,
          commentId,
        },
      );
    });
  }

  private redaction(q: Queryable, id: number): Promise<RedactionRow | undefined> {
    return one<RedactionRow>(
      q,
      `SELECT ${C.redaction} FROM redactions r JOIN comment_versions v ON v.id = r.version_id WHERE r.id = $1`,
      [id],
    );
  }

  addRedaction(redaction: NewRedaction, actor: Actor): Promise<RedactionRow> {
    return this.write(async (client) => {
      await this.openRequest(client, redaction.requestId);
      const version = await one<{ id: number; commentId: number; text: string }>(
        client,
        'SELECT v.id, v.comment_id AS "commentId", v.text FROM comment_versions v WHERE v.id = $1',
        [redaction.versionId],
      );
      if (!version) throw new NotFoundError(`There is no comment version ${redaction.versionId}.`);
      const attached = await one(
        client,
        'SELECT 1 FROM records_request_items WHERE request_id = $1 AND comment_id = $2',
        [redaction.requestId, version.commentId],
      );
      if (!attached) {
        throw new InputError(
          `Comment ${version.commentId} is not attached to records request ${redaction.requestId}; attach it before redacting.`,
        );
      }
      const { start, end } = redaction;
      if (
        !Number.isSafeInteger(start) ||
        !Number.isSafeInteger(end) ||
        start < 0 ||
        end <= start ||
        end > version.text.length
      ) {
        throw new InputError(
          `A redaction must cover characters inside the text (0 to ${version.text.length}), start before end.`,
        );
      }
      const row = await one<{ id: number }>(
        client,
        `INSERT INTO redactions (request_id, version_id, start, "end", exemption, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [
          redaction.requestId,
          redaction.versionId,
          start,
          end,
          redaction.exemption,
          actor,
          this.now().toISOString(),
        ],
      );
      const id = row!.id;
      await this.evidence.append(client, 'redaction', id);
      // The log names the span and the exemption, never the words withheld.
      await this.log(
        client,
        'redaction_added',
        actor,
        `Redacted under ${redaction.exemption}`,
        RECORDS_CLAUSE,
        {
          requestId: redaction.requestId,
          redactionId: id,
          commentId: version.commentId,
          versionId: version.id,
          start,
          end,
        },
      );
      return (await this.redaction(client, id))!;
    });
  }

  async getRedaction(redactionId: number): Promise<RedactionRow | null> {
    return (await this.redaction(this.db.pool, redactionId)) ?? null;
  }

  withdrawRedaction(redactionId: number, actor: Actor): Promise<RedactionRow> {
    return this.write(async (client) => {
      const row = await this.redaction(client, redactionId);
      if (!row) throw new NotFoundError(`There is no redaction ${redactionId}.`);
      await this.openRequest(client, row.requestId);
      if (row.withdrawnAt !== null)
        throw new InputError(`Redaction ${redactionId} was already withdrawn.`);
      await exec(
        client,
        'UPDATE redactions SET withdrawn_by = $1, withdrawn_at = $2 WHERE id = $3',
        [actor, this.now().toISOString(), redactionId],
      );
      await this.log(client, 'redaction_withdrawn', actor, 'Redaction withdrawn', RECORDS_CLAUSE, {
        requestId: row.requestId,
        redactionId,
      });
      return (await this.redaction(client, redactionId))!;
    });
  }

  redactions(requestId: number): Promise<RedactionRow[]> {
    return all<RedactionRow>(
      this.db.pool,
      `SELECT ${C.redaction} FROM redactions r JOIN comment_versions v ON v.id = r.version_id
       WHERE r.request_id = $1 ORDER BY v.comment_id, r.version_id, r.start`,
      [requestId],
    );
  }

  // --- Legal holds ----------------------------------------------------------------------------

  private async hold(q: Queryable, holdId: number): Promise<HoldDbRow | undefined> {
    return one<HoldDbRow>(q, `SELECT ${C.hold} FROM legal_holds h WHERE h.id = $1`, [holdId]);
  }

  placeHold(hold: NewLegalHold, actor: Actor): Promise<LegalHoldRow> {
    return this.write(async (client) => {
      const byFilter = 'filter' in hold.scope;
      const agencyId = hold.agencyId ?? DEFAULT_AGENCY_ID;
      await this.agencyExists(client, agencyId);
      const row = await one<{ id: number }>(
        client,
        `INSERT INTO legal_holds (name, matter, filter_json, placed_by, placed_at, agency_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          hold.name,
          hold.matter,
          // Kept as searched; the hold's agency limits its reach when the purge reads it.
          'filter' in hold.scope ? JSON.stringify(hold.scope.filter) : null,
          actor,
          this.now().toISOString(),
          agencyId,
        ],
      );
      const id = row!.id;
      if ('commentIds' in hold.scope) {
        const missing = await this.missing(client, hold.scope.commentIds, agencyId);
        if (missing.length > 0) {
          throw new NotFoundError(
            `No comment of this agency has id ${missing.join(', ')}; the hold was not placed.`,
          );
        }
        await exec(
          client,
          'INSERT INTO legal_hold_comments (hold_id, comment_id) SELECT DISTINCT $1::bigint, x FROM unnest($2::bigint[]) x ON CONFLICT DO NOTHING',
          [id, [...hold.scope.commentIds]],
        );
      }
      await this.log(
        client,
        'legal_hold_placed',
        actor,
        `Legal hold placed: ${hold.name}`,
        RETENTION_CLAUSE,
        {
          holdId: id,
          scope: byFilter ? 'filter' : 'comments',
        },
      );
      return mapHold((await this.hold(client, id))!);
    });
  }

  releaseHold(holdId: number, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.write(async (client) => {
      const row = await one<HoldDbRow>(
        client,
        `SELECT ${C.hold} FROM legal_holds h WHERE h.id = $1 FOR UPDATE`,
        [holdId],
      );
      if (!row) throw new NotFoundError(`There is no legal hold ${holdId}.`);
      if (row.releasedAt !== null)
        throw new InputError(`Legal hold ${holdId} is already released.`);
      await exec(
        client,
        'UPDATE legal_holds SET released_by = $1, released_at = $2, release_reason = $3 WHERE id = $4',
        [actor, this.now().toISOString(), reason, holdId],
      );
      await this.log(
        client,
        'legal_hold_released',
        actor,
        `Legal hold released: ${reason}`,
        RETENTION_CLAUSE,
        {
          holdId,
        },
      );
      return mapHold((await this.hold(client, holdId))!);
    });
  }

  async listHolds(agencyIds?: readonly number[]): Promise<LegalHoldRow[]> {
    return (
      await all<HoldDbRow>(
        this.db.pool,
        `SELECT ${C.hold} FROM legal_holds h
         WHERE $1::bigint[] IS NULL OR h.agency_id = ANY($1)
         ORDER BY (h.released_at IS NULL) DESC, h.id DESC`,
        [agencyIds === undefined ? null : [...agencyIds]],
      )
    ).map(mapHold);
  }

  async getHold(holdId: number): Promise<LegalHoldRow | null> {
    const row = await this.hold(this.db.pool, holdId);
    return row ? mapHold(row) : null;
  }

  // --- Retention (I.3) ------------------------------------------------------------------------

  /** Expired comments from `after` on, each with whatever blocks its purge. */
  private async expiredIn(
    q: Queryable,
    schedule: RetentionSchedule,
    after: number,
    limit: number,
  ): Promise<{ candidates: RetentionCandidate[]; next: number | null }> {
    const nowMs = this.now().getTime();
    const cutoff = (days: number) => new Date(nowMs - days * 86_400_000).toISOString();
    const cutoffSql = `CASE c.state WHEN 'visible' THEN $1 WHEN 'hidden' THEN $2 WHEN 'removed' THEN $3 ELSE $4 END`;
    // I.3: a comment's retention period runs from its last activity: its creation, its last
    // change (an edit, a state change) or its last action, whichever is latest. A comment still
    // waiting for a person's decision is not done with, whatever its age.
    const rows = await all<Omit<RetentionCandidate, 'blockedBy'>>(
      q,
      `SELECT id AS "commentId", platform, "platformCommentId", state, "lastActivity" FROM (
         SELECT c.id, c.platform, c.platform_comment_id AS "platformCommentId", c.state,
           GREATEST(c.created_at, c.first_seen_at, c.updated_at,
             COALESCE((SELECT MAX(a.at) FROM action_log a WHERE a.comment_id = c.id), '')) AS "lastActivity",
           ${cutoffSql} AS cutoff
         FROM comments c
         WHERE c.id > $5 AND c.purged_at IS NULL AND c.review_state NOT IN ('queued', 'escalated')
           AND c.updated_at < ${cutoffSql}
         ORDER BY c.id) x
       WHERE "lastActivity" < cutoff ORDER BY id LIMIT $6`,
      [
        cutoff(schedule.visible),
        cutoff(schedule.hidden),
        cutoff(schedule.removed),
        cutoff(schedule.deleted_by_author),
        after,
        limit,
      ],
    );
    const candidates: RetentionCandidate[] = rows.map((r) => ({ ...r, blockedBy: [] }));
    if (candidates.length === 0) return { candidates, next: null };
    const byId = new Map(candidates.map((c) => [c.commentId, c]));
    const ids = [[...byId.keys()]];
    for (const b of await all<{ commentId: number; id: number; name: string }>(
      q,
      `SELECT i.comment_id AS "commentId", r.id, r.requester AS name
       FROM records_request_items i JOIN records_requests r ON r.id = i.request_id
       WHERE r.status = 'open' AND i.comment_id = ANY($1::bigint[])`,
      ids,
    )) {
      byId
        .get(b.commentId)
        ?.blockedBy.push({ kind: 'records_request', id: b.id, name: `request from ${b.name}` });
    }
    for (const b of await all<{ commentId: number; id: number; name: string }>(
      q,
      `SELECT l.comment_id AS "commentId", h.id, h.name
       FROM legal_hold_comments l JOIN legal_holds h ON h.id = l.hold_id
       WHERE h.released_at IS NULL AND l.comment_id = ANY($1::bigint[])`,
      ids,
    )) {
      byId.get(b.commentId)?.blockedBy.push({ kind: 'legal_hold', id: b.id, name: b.name });
    }
    const holds = await all<{ id: number; name: string; agencyId: number; filterJson: string }>(
      q,
      `SELECT id, name, agency_id AS "agencyId", filter_json AS "filterJson" FROM legal_holds
       WHERE released_at IS NULL AND filter_json IS NOT NULL`,
    );
    const reader = new PgRecordsReader(q, this.driveLimit);
    for (const hold of holds) {
      // A hold reaches its own agency's comments only, whatever the filter says.
      const filter = {
        ...(JSON.parse(hold.filterJson) as RecordsFilter),
        agencyIds: [hold.agencyId],
      };
      for (const id of await reader.matchingAmong(filter, [...byId.keys()])) {
        byId.get(id)?.blockedBy.push({ kind: 'legal_hold', id: hold.id, name: hold.name });
      }
    }
    const last = candidates[candidates.length - 1];
    return {
      candidates,
      next: candidates.length < limit || last === undefined ? null : last.commentId,
    };
  }

  expired(
    schedule: RetentionSchedule,
    page: { after: number; limit: number },
  ): Promise<{ candidates: RetentionCandidate[]; next: number | null }> {
    return this.expiredIn(this.db.pool, schedule, page.after, page.limit);
  }

  async countPurgeable(schedule: RetentionSchedule): Promise<number> {
    let after = 0;
    let n = 0;
    for (;;) {
      const { candidates, next } = await this.expiredIn(this.db.pool, schedule, after, 5000);
      n += candidates.filter((c) => c.blockedBy.length === 0).length;
      if (next === null) return n;
      after = next;
    }
  }

  /**
   * The one sanctioned deletion, in one transaction holding the chain lock: the guard row the
   * append-only triggers check (visible to this transaction only), the versions (their search
   * rows follow), decisions, category rows, redactions and appeals of expired, unblocked
   * comments deleted, each comment reduced to a tombstone, and the purge logged with counts and
   * ids only. The action log keeps the ids of the decisions it acted on (not a foreign key on
   * PostgreSQL, see migration 001), so it never changes.
   */
  purgeExpired(schedule: RetentionSchedule, limit: number): Promise<PurgeBatch | null> {
    return this.write(async (client) => {
      const due: RetentionCandidate[] = [];
      let after = 0;
      while (due.length < limit) {
        const { candidates, next } = await this.expiredIn(client, schedule, after, limit * 2);
        for (const c of candidates) if (c.blockedBy.length === 0 && due.length < limit) due.push(c);
        if (next === null) break;
        after = next;
      }
      if (due.length === 0) return null;
      const ids = [due.map((c) => c.commentId)];
      const counts = (await one<{ versions: number; decisions: number; redactions: number }>(
        client,
        `SELECT
           (SELECT COUNT(*) FROM comment_versions WHERE comment_id = ANY($1::bigint[])) AS versions,
           (SELECT COUNT(*) FROM decisions WHERE comment_id = ANY($1::bigint[])) AS decisions,
           (SELECT COUNT(*) FROM redactions WHERE version_id IN
              (SELECT id FROM comment_versions WHERE comment_id = ANY($1::bigint[]))) AS redactions`,
        ids,
      ))!;
      const byState = EMPTY_BY_STATE();
      for (const c of due) byState[c.state]++;
      const at = this.now().toISOString();
      await exec(client, 'INSERT INTO retention_purge_guard (active) VALUES (1)');
      await exec(
        client,
        'DELETE FROM redactions WHERE version_id IN (SELECT id FROM comment_versions WHERE comment_id = ANY($1::bigint[]))',
        ids,
      );
      await exec(client, 'DELETE FROM appeals WHERE comment_id = ANY($1::bigint[])', ids);
      await exec(
        client,
        'DELETE FROM records_comment_categories WHERE comment_id = ANY($1::bigint[])',
        ids,
      );
      // The comments' pointers first: decisions and versions are about to go.
      await exec(
        client,
        `UPDATE comments SET author_id = NULL, author_name = NULL, current_version_id = NULL,
           last_decision_id = NULL, purged_at = $2, updated_at = $2
         WHERE id = ANY($1::bigint[])`,
        [...ids, at],
      );
      await exec(client, 'DELETE FROM decisions WHERE comment_id = ANY($1::bigint[])', ids);
      await exec(client, 'DELETE FROM comment_versions WHERE comment_id = ANY($1::bigint[])', ids);
      // I.3: the purge is itself on record, with counts and never the content.
      const logged = await this.log(
        client,
        'retention_purge',
        'system',
        `Retention schedule: ${due.length} comments past their retention period purged`,
        RETENTION_CLAUSE,
        {
          comments: due.length,
          commentIds: due.map((c) => c.commentId),
          byState,
          versions: counts.versions,
          decisions: counts.decisions,
          redactions: counts.redactions,
          retentionDays: { ...schedule },
        },
      );
      await exec(client, 'DELETE FROM retention_purge_guard');
      return {
        comments: due.length,
        byState,
        versions: counts.versions,
        decisions: counts.decisions,
        redactions: counts.redactions,
        actionLogId: logged.id,
      };
    });
  }

  // --- Audit ----------------------------------------------------------------------------------

  head(): Promise<ActionLogHead> {
    return this.reader.head();
  }

  verifyActionLog(
    onProgress: (checked: number, total: number) => void = () => undefined,
  ): Promise<ChainVerification> {
    return verifyActionChain(
      {
        count: async () =>
          (await one<{ n: number }>(this.db.pool, 'SELECT COUNT(*) AS n FROM action_log'))?.n ?? 0,
        entries: (afterId, limit) =>
          all<ActionDbRow>(
            this.db.pool,
            `SELECT ${C.action} FROM action_log WHERE id > $1 ORDER BY id LIMIT $2`,
            [afterId, limit],
          ),
      },
      onProgress,
    );
  }

  logExport(details: Record<string, unknown>, actor: Actor): Promise<ActionLogRow> {
    return this.write((client) =>
      this.log(client, 'records_export', actor, 'Records export produced', RECORDS_CLAUSE, details),
    );
  }
}
