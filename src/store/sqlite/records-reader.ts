/**
 * The read side of the public-records store: search (the plans that drive a query from the
 * most selective filter), full records for an export a batch at a time, and the snapshot an
 * export reads from (one read transaction on its own connection, so a bundle shows the record
 * as it stood at one moment).
 */
import type BetterSqlite3 from 'better-sqlite3';
import { InputError } from '../../errors.js';
import { toFtsQuery } from '../../records/search.js';
import { FTS_KEY, ftsDaySql } from '../migrations/003_records.js';
import type {
  ActionLogHead,
  CommentRecord,
  CommentState,
  CommentVersionRow,
  DecisionRow,
  LegalHoldRow,
  PageRow,
  PostRow,
  RecordsCommentRow,
  RecordsFilter,
  RecordsHit,
  RecordsPage,
  RecordsSnapshot,
  RedactionRow,
} from '../types.js';
import type { actionRowHash } from './actions.js';
import { GENESIS_HASH, mapAction, type ActionDbRow } from './actions.js';
import { mapDecision, type DecisionDbRow } from './comments.js';
import type { Database } from './database.js';
import { EVIDENCE_GENESIS, type EvidenceHead } from '../evidence.js';

export type Statement = BetterSqlite3.Statement;
export type Params = Record<string, string | number | bigint | null>;
export type ActionHashInput = Parameters<typeof actionRowHash>[0];

/** The comment id inside an FTS rowid (see FTS_KEY in migration 003). */
export const FTS_COMMENT_ID = `((rowid >> ${FTS_KEY.idShift}) & ${FTS_KEY.idMask})`;

/** The FTS day of an ISO instant: the same rule as the SQL in migration 003. */
export function ftsDay(iso: string): number {
  const day = Math.floor((Date.parse(iso) - FTS_KEY.epochMs) / 86_400_000);
  return Math.min(Math.max(Number.isNaN(day) ? 0 : day, 0), FTS_KEY.maxDay);
}

/** The FTS rowid range of days lo..hi inclusive. */
export function keyRange(lo: number, hi: number): { keyLo: bigint; keyHi: bigint } {
  return {
    keyLo: BigInt(lo) << BigInt(FTS_KEY.dayShift),
    keyHi: (BigInt(hi + 1) << BigInt(FTS_KEY.dayShift)) - 1n,
  };
}

/**
 * Below this many rows, a search drives from the smaller set (ids from an index or the FTS
 * index, then sorted); above it, it walks the rows in date order and tests each one, which stops
 * after one page. At a million comments both sides of the threshold cost a few tens of ms.
 */
export const DRIVE_LIMIT = 4000;

export const COMMENT_COLUMNS = `c.id, c.platform, c.platform_comment_id AS platformCommentId, c.page_id AS pageId,
  c.post_id AS postId, c.parent_platform_id AS parentPlatformId, c.author_id AS authorId,
  c.author_name AS authorName, c.created_at AS createdAt, c.first_seen_at AS firstSeenAt, c.state,
  c.review_state AS reviewState, c.current_version_id AS currentVersionId,
  c.last_decision_id AS lastDecisionId, c.updated_at AS updatedAt, c.purged_at AS purgedAt`;

export const VERSION_COLUMNS = `id, comment_id AS commentId, seq, text, text_sha256 AS textSha256,
  raw_payload AS rawPayload, raw_sha256 AS rawSha256, source, observed_at AS observedAt`;

/** The comment's latest decision read it in the language asked for. */
export const LANGUAGE_CONDITION =
  'EXISTS (SELECT 1 FROM decisions ld WHERE ld.id = c.last_decision_id AND ld.language = @language)';

export const DECISION_COLUMNS = `id, comment_id AS commentId, version_id AS versionId,
  classifier_version AS classifierVersion, action, flags_json AS flagsJson,
  scores_json AS scoresJson, reasons_json AS reasonsJson, decided_at AS decidedAt, language`;

export const ACTION_COLUMNS = `id, action_id AS actionId, phase, kind, comment_id AS commentId,
  page_id AS pageId, platform, actor, reason, clause, decision_id AS decisionId,
  details_json AS detailsJson, platform_result AS platformResult, at, prev_hash AS prevHash, hash`;

export const REDACTION_COLUMNS = `r.id, r.request_id AS requestId, r.version_id AS versionId,
  v.comment_id AS commentId, r.start, r."end", r.exemption, r.created_by AS createdBy,
  r.created_at AS createdAt, r.withdrawn_by AS withdrawnBy, r.withdrawn_at AS withdrawnAt`;

export const REQUEST_COLUMNS = `q.id, q.agency_id AS agencyId, q.requester, q.received_on AS receivedOn, q.description,
  q.due_on AS dueOn, q.status, q.created_by AS createdBy, q.created_at AS createdAt,
  q.closed_by AS closedBy, q.closed_at AS closedAt,
  (SELECT COUNT(*) FROM records_request_items i WHERE i.request_id = q.id) AS items`;

export const HOLD_COLUMNS = `h.id, h.agency_id AS agencyId, h.name, h.matter, h.filter_json AS filterJson, h.placed_by AS placedBy,
  h.placed_at AS placedAt, h.released_by AS releasedBy, h.released_at AS releasedAt,
  h.release_reason AS releaseReason,
  (SELECT COUNT(*) FROM legal_hold_comments l WHERE l.hold_id = h.id) AS comments`;

export interface HoldDbRow extends Omit<LegalHoldRow, 'filter'> {
  filterJson: string | null;
}

export function mapHold(row: HoldDbRow): LegalHoldRow {
  const { filterJson, ...rest } = row;
  return {
    ...rest,
    filter: filterJson === null ? null : (JSON.parse(filterJson) as RecordsFilter),
  };
}

// Array rows in the column order of COMMENT_COLUMNS, VERSION_COLUMNS, DECISION_COLUMNS and
// ACTION_COLUMNS.
export const str = (v: unknown) => v as string;
export const strOrNull = (v: unknown) => v as string | null;
export const num = (v: unknown) => v as number;
export const numOrNull = (v: unknown) => v as number | null;

export function rawComment(r: unknown[]): RecordsCommentRow {
  return {
    id: num(r[0]),
    platform: r[1] as RecordsCommentRow['platform'],
    platformCommentId: str(r[2]),
    pageId: num(r[3]),
    postId: numOrNull(r[4]),
    parentPlatformId: strOrNull(r[5]),
    authorId: strOrNull(r[6]),
    authorName: strOrNull(r[7]),
    createdAt: str(r[8]),
    firstSeenAt: str(r[9]),
    state: r[10] as CommentState,
    reviewState: r[11] as RecordsCommentRow['reviewState'],
    currentVersionId: numOrNull(r[12]),
    lastDecisionId: numOrNull(r[13]),
    updatedAt: str(r[14]),
    purgedAt: strOrNull(r[15]),
  };
}

export function rawVersion(r: unknown[]): CommentVersionRow {
  return {
    id: num(r[0]),
    commentId: num(r[1]),
    seq: num(r[2]),
    text: str(r[3]),
    textSha256: str(r[4]),
    rawPayload: str(r[5]),
    rawSha256: str(r[6]),
    source: r[7] as CommentVersionRow['source'],
    observedAt: str(r[8]),
  };
}

export function rawDecision(r: unknown[]): DecisionDbRow {
  return {
    id: num(r[0]),
    commentId: num(r[1]),
    versionId: num(r[2]),
    classifierVersion: str(r[3]),
    action: r[4] as DecisionRow['action'],
    flagsJson: str(r[5]),
    scoresJson: str(r[6]),
    reasonsJson: str(r[7]),
    decidedAt: str(r[8]),
  };
}

export function rawAction(r: unknown[]): ActionDbRow {
  return {
    id: num(r[0]),
    actionId: num(r[1]),
    phase: r[2] as ActionDbRow['phase'],
    kind: str(r[3]),
    commentId: numOrNull(r[4]),
    pageId: numOrNull(r[5]),
    platform: r[6] as ActionDbRow['platform'],
    actor: r[7] as ActionDbRow['actor'],
    reason: str(r[8]),
    clause: strOrNull(r[9]),
    decisionId: numOrNull(r[10]),
    detailsJson: strOrNull(r[11]),
    platformResult: strOrNull(r[12]),
    at: str(r[13]),
    prevHash: str(r[14]),
    hash: str(r[15]),
  };
}

/** Keyset cursor: the last hit's created_at and id, so paging never skips or repeats a row. */
export function encodeCursor(createdAt: string, id: number): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url');
}

export function decodeCursor(cursor: string): { at: string; id: number } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      Number.isSafeInteger(value[1])
    ) {
      return { at: value[0], id: value[1] as number };
    }
  } catch {
    // fall through to the error below
  }
  throw new InputError('That results page link is not valid any more; run the search again.');
}

export const AUTHOR_IDS = `SELECT id FROM comments WHERE author_id = @author
  UNION SELECT id FROM comments WHERE author_name = @author COLLATE NOCASE`;

/**
 * The WHERE clause of a records search over `comments c`, for uses that need every match in no
 * particular order (counting, attaching to a request, a legal hold's reach). Returns null when the filter cannot match anything (a keyword query with no
 * searchable word).
 */
export function filterWhere(filter: RecordsFilter): { where: string[]; params: Params } | null {
  const where: string[] = [];
  const params: Params = {};
  if (filter.from !== undefined) {
    where.push('c.created_at >= @from');
    params.from = filter.from;
  }
  if (filter.until !== undefined) {
    where.push('c.created_at < @until');
    params.until = filter.until;
  }
  if (filter.platform !== undefined) {
    where.push('c.platform = @platform');
    params.platform = filter.platform;
  }
  if (filter.page !== undefined) {
    where.push('c.page_id IN (SELECT id FROM pages WHERE platform_page_id = @page)');
    params.page = filter.page;
  }
  if (filter.post !== undefined) {
    where.push('c.post_id IN (SELECT id FROM posts WHERE platform_post_id = @post)');
    params.post = filter.post;
  }
  if (filter.author !== undefined) {
    where.push(`c.id IN (${AUTHOR_IDS})`);
    params.author = filter.author;
  }
  if (filter.state !== undefined) {
    where.push('c.state = @state');
    params.state = filter.state;
  }
  if (filter.category !== undefined) {
    where.push(
      'c.id IN (SELECT comment_id FROM records_comment_categories WHERE category = @category)',
    );
    params.category = filter.category;
  }
  if (filter.language !== undefined) {
    where.push(LANGUAGE_CONDITION);
    params.language = filter.language;
  }
  if (filter.action !== undefined) {
    where.push('c.id IN (SELECT comment_id FROM action_log WHERE kind = @action)');
    params.action = filter.action;
  }
  if (filter.actor !== undefined) {
    where.push('c.id IN (SELECT comment_id FROM action_log WHERE actor = @actor)');
    params.actor = filter.actor;
  }
  if (filter.requestId !== undefined) {
    where.push(
      'c.id IN (SELECT comment_id FROM records_request_items WHERE request_id = @requestId)',
    );
    params.requestId = filter.requestId;
  }
  if (filter.agencyIds !== undefined) {
    where.push(
      'c.page_id IN (SELECT id FROM pages WHERE agency_id IN (SELECT value FROM json_each(@agencyIds)))',
    );
    params.agencyIds = JSON.stringify(filter.agencyIds);
  }
  if (filter.query !== undefined) {
    const fts = toFtsQuery(filter.query);
    if (fts === null) return null;
    where.push(`c.id IN (SELECT ${FTS_COMMENT_ID} FROM records_fts WHERE records_fts MATCH @fts)`);
    params.fts = fts;
  }
  return { where, params };
}

export const EMPTY_BY_STATE = (): Record<CommentState, number> => ({
  visible: 0,
  hidden: 0,
  removed: 0,
  deleted_by_author: 0,
});

/**
 * A per-row test written as a scalar subquery rather than EXISTS: for EXISTS, SQLite first builds
 * a Bloom filter over every matching row of the inner table (150 ms on a million-row log) even
 * when the page fills after a few thousand comments.
 */
export function probeSql(fromWhere: string): string {
  return `(SELECT 1 FROM ${fromWhere} LIMIT 1) IS NOT NULL`;
}

export interface SetCondition {
  /** A subquery selecting the comment ids of the set, to drive from when it is small. */
  drive: string;
  /** A test on `c`, for when it is large. */
  probe: string;
}

export interface SearchPlan {
  columns: string[];
  sets: SetCondition[];
  fts: string | null;
  params: Params;
}

/** The newest `limit` distinct comments of some rows, exactly by created_at then id. */
export function takeNewest(
  rows: Iterable<{ id: number; createdAt: string }>,
  limit: number,
): { id: number; createdAt: string }[] {
  const byId = new Map<number, { id: number; createdAt: string }>();
  for (const row of rows) byId.set(row.id, { id: row.id, createdAt: row.createdAt });
  return [...byId.values()]
    .sort((a, b) =>
      a.createdAt === b.createdAt ? b.id - a.id : a.createdAt < b.createdAt ? 1 : -1,
    )
    .slice(0, limit);
}

/**
 * For rows in FTS-key order (day descending), the day of the `limit`-th distinct comment. Every
 * row of a later-read (smaller) day is older than every row of that day and before, so the newest
 * `limit` are among the rows of days above it plus all rows of that day.
 */
export function takeNewestDay(rows: readonly { id: number; day: number }[], limit: number): number {
  const seen = new Set<number>();
  for (const row of rows) {
    seen.add(row.id);
    if (seen.size >= limit) return row.day;
  }
  return rows[rows.length - 1]?.day ?? 0;
}

/** The read side, on whichever connection it is given (the store's, or an export's snapshot). */
export class RecordsReader {
  private readonly cache = new Map<string, Statement>();
  private readonly s;

  constructor(
    readonly db: Database,
    private readonly driveLimit = DRIVE_LIMIT,
  ) {
    const ids = 'SELECT value FROM json_each(@ids)';
    this.s = {
      // Rows as arrays, mapped in JS below: twice as fast as objects built by the driver,
      // which is most of an export's read time.
      comments: db
        .prepare(`SELECT ${COMMENT_COLUMNS} FROM comments c WHERE c.id IN (${ids})`)
        .raw(),
      versions: db
        .prepare(
          `SELECT ${VERSION_COLUMNS} FROM comment_versions WHERE comment_id IN (${ids}) ORDER BY comment_id, seq`,
        )
        .raw(),
      decisions: db
        .prepare(
          `SELECT ${DECISION_COLUMNS} FROM decisions WHERE comment_id IN (${ids}) ORDER BY comment_id, id`,
        )
        .raw(),
      actions: db
        .prepare(
          `SELECT ${ACTION_COLUMNS} FROM action_log WHERE comment_id IN (${ids}) ORDER BY comment_id, id`,
        )
        .raw(),
      redactions: db.prepare(
        `SELECT ${REDACTION_COLUMNS} FROM redactions r JOIN comment_versions v ON v.id = r.version_id
         WHERE r.request_id = @requestId AND r.withdrawn_at IS NULL AND v.comment_id IN (${ids})
         ORDER BY r.version_id, r.start`,
      ),
      pages: db.prepare(
        `SELECT id, agency_id AS agencyId, platform, platform_page_id AS platformPageId, name,
           settings_json AS settingsJson, paused_reason AS pausedReason, created_at AS createdAt
         FROM pages`,
      ),
      posts: db.prepare(
        `SELECT id, page_id AS pageId, platform_post_id AS platformPostId, text, url,
           created_at AS createdAt, first_seen_at AS firstSeenAt FROM posts WHERE id IN (${ids})`,
      ),
      head: db.prepare('SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1'),
      evidenceHead: db.prepare('SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1'),
      actionCount: db.prepare('SELECT COUNT(*) AS n FROM action_log'),
    };
  }

  private prepared(sql: string): Statement {
    let stmt = this.cache.get(sql);
    if (!stmt) {
      stmt = this.db.prepare(sql);
      this.cache.set(sql, stmt);
    }
    return stmt;
  }

  private count1(sql: string, params: Params): number {
    return (this.prepared(sql).get(params) as { n: number }).n;
  }

  /** How many rows a set condition selects, counting no further than DRIVE_LIMIT. */
  private setSize(set: SetCondition, params: Params): number {
    return this.count1(`SELECT COUNT(*) AS n FROM (${set.drive} LIMIT ${this.driveLimit})`, params);
  }

  /**
   * The conditions of an ordered search, split into tests on the comment's own columns (date,
   * platform, state, page, post, the page cursor) and id sets (author, category, action, actor,
   * request) that can be either driven from or tested per row. Null when nothing can match.
   */
  private plan(filter: RecordsFilter, after: { at: string; id: number } | null): SearchPlan | null {
    const columns: string[] = [];
    const sets: SetCondition[] = [];
    const params: Params = {};
    let dayLo = 0;
    let dayHi: number = FTS_KEY.maxDay;
    if (filter.from !== undefined) {
      columns.push('c.created_at >= @from');
      params.from = filter.from;
      dayLo = ftsDay(filter.from);
    }
    if (filter.until !== undefined) {
      columns.push('c.created_at < @until');
      params.until = filter.until;
      dayHi = Math.min(dayHi, ftsDay(new Date(Date.parse(filter.until) - 1).toISOString()));
    }
    if (after !== null) {
      columns.push('c.created_at <= @cursorAt AND (c.created_at < @cursorAt OR c.id < @cursorId)');
      params.cursorAt = after.at;
      params.cursorId = after.id;
      dayHi = Math.min(dayHi, ftsDay(after.at));
    }
    if (filter.platform !== undefined) {
      columns.push('c.platform = @platform');
      params.platform = filter.platform;
    }
    if (filter.state !== undefined) {
      columns.push('c.state = @state');
      params.state = filter.state;
    }
    if (filter.language !== undefined) {
      columns.push(LANGUAGE_CONDITION);
      params.language = filter.language;
    }
    // Pages and posts resolve to a few ids first, so the (page_id, created_at) index serves the
    // order directly.
    for (const [field, table, column, value] of [
      ['page', 'pages', 'platform_page_id', filter.page],
      ['post', 'posts', 'platform_post_id', filter.post],
    ] as const) {
      if (value === undefined) continue;
      const ids = (
        this.prepared(`SELECT id FROM ${table} WHERE ${column} = ?`).all(value) as { id: number }[]
      ).map((r) => r.id);
      if (ids.length === 0) return null;
      if (ids.length === 1) {
        columns.push(`c.${field}_id = @${field}Id`);
        params[`${field}Id`] = ids[0] ?? 0;
      } else {
        columns.push(`c.${field}_id IN (SELECT value FROM json_each(@${field}Ids))`);
        params[`${field}Ids`] = JSON.stringify(ids);
      }
    }
    // The agencies' pages, a few ids, tested on the comment's own page column.
    if (filter.agencyIds !== undefined) {
      const ids = (
        this.prepared(
          'SELECT id FROM pages WHERE agency_id IN (SELECT value FROM json_each(?))',
        ).all(JSON.stringify(filter.agencyIds)) as { id: number }[]
      ).map((r) => r.id);
      if (ids.length === 0) return null;
      columns.push('c.page_id IN (SELECT value FROM json_each(@agencyPageIds))');
      params.agencyPageIds = JSON.stringify(ids);
    }
    if (filter.author !== undefined) {
      sets.push({
        drive: AUTHOR_IDS,
        probe: '(c.author_id = @author OR c.author_name = @author COLLATE NOCASE)',
      });
      params.author = filter.author;
    }
    if (filter.category !== undefined) {
      sets.push({
        drive: 'SELECT comment_id FROM records_comment_categories WHERE category = @category',
        probe: probeSql(
          'records_comment_categories k WHERE k.comment_id = c.id AND k.category = @category',
        ),
      });
      params.category = filter.category;
    }
    if (filter.action !== undefined) {
      sets.push({
        drive: 'SELECT comment_id FROM action_log WHERE kind = @action AND comment_id IS NOT NULL',
        probe: probeSql('action_log a WHERE a.comment_id = c.id AND a.kind = @action'),
      });
      params.action = filter.action;
    }
    if (filter.actor !== undefined) {
      sets.push({
        drive: 'SELECT comment_id FROM action_log WHERE actor = @actor AND comment_id IS NOT NULL',
        probe: probeSql('action_log a WHERE a.comment_id = c.id AND a.actor = @actor'),
      });
      params.actor = filter.actor;
    }
    if (filter.requestId !== undefined) {
      sets.push({
        drive: 'SELECT comment_id FROM records_request_items WHERE request_id = @requestId',
        probe: probeSql(
          'records_request_items i WHERE i.request_id = @requestId AND i.comment_id = c.id',
        ),
      });
      params.requestId = filter.requestId;
    }
    let fts: string | null = null;
    if (filter.query !== undefined) {
      fts = toFtsQuery(filter.query);
      if (fts === null) return null;
      params.fts = fts;
    }
    if (dayLo > dayHi) return null;
    Object.assign(params, keyRange(dayLo, dayHi));
    return { columns, sets, fts, params };
  }

  /** The index of the smallest set if it is small enough to drive from, else -1. */
  private driver(plan: SearchPlan): number {
    let driver = -1;
    let smallest = this.driveLimit;
    plan.sets.forEach((set, i) => {
      const n = this.setSize(set, plan.params);
      if (n < smallest) {
        smallest = n;
        driver = i;
      }
    });
    return driver;
  }

  /** Every condition but the keywords, driving from set `driver` (none when -1). */
  private restWhere(plan: SearchPlan, driver: number): string[] {
    return [
      ...plan.columns,
      ...plan.sets.map((set, i) => (i === driver ? `c.id IN (${set.drive})` : set.probe)),
    ];
  }

  private ordered(
    where: string[],
    params: Params,
    limit: number,
  ): { id: number; createdAt: string }[] {
    return this.prepared(
      `SELECT c.id, c.created_at AS createdAt FROM comments c
       ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.created_at DESC, c.id DESC LIMIT ${limit}`,
    ).all(params) as { id: number; createdAt: string }[];
  }

  /**
   * Matching comment ids (and their dates), newest first (created_at, then id), after the
   * cursor, at most `limit`. Without keywords, SQLite walks the best index in date order, or
   * sorts the smallest set when it is small. With keywords, one of three plans:
   * - few keyword matches: take them from the FTS index and sort them;
   * - few comments match the other filters: take those, and keep the ones the FTS index matches
   *   (one pass over the keyword's matches in their date range, inside SQLite);
   * - otherwise: walk the keyword's matches in the FTS index, already in date order, testing each
   *   comment, and stop after one page.
   */
  matchingIds(
    filter: RecordsFilter,
    limit: number,
    after: { at: string; id: number } | null,
  ): { id: number; createdAt: string }[] {
    const plan = this.plan(filter, after);
    if (plan === null) return [];
    const { params } = plan;
    if (plan.fts === null)
      return this.ordered(this.restWhere(plan, this.driver(plan)), params, limit);

    const ftsRange = 'records_fts MATCH @fts AND rowid BETWEEN @keyLo AND @keyHi';
    // Up to the drive limit of matching ids in one pass: when that is all of them, they drive
    // the query and the FTS index is not read a second time (phrases and prefixes are costly).
    const ftsIds = this.prepared(
      `SELECT ${FTS_COMMENT_ID} FROM records_fts WHERE ${ftsRange} LIMIT ${this.driveLimit}`,
    )
      .pluck()
      .all(params) as number[];
    if (ftsIds.length < this.driveLimit) {
      if (ftsIds.length === 0) return [];
      const where = [
        'c.id IN (SELECT value FROM json_each(@ftsIds))',
        ...plan.columns,
        ...plan.sets.map((set) => set.probe),
      ];
      return this.ordered(
        where,
        { ...params, ftsIds: JSON.stringify([...new Set(ftsIds)]) },
        limit,
      );
    }

    const driver = this.driver(plan);
    const rest = this.restWhere(plan, driver);
    const fewCandidates =
      driver >= 0 ||
      (plan.columns.length > 0 &&
        this.count1(
          `SELECT COUNT(*) AS n FROM (SELECT 1 FROM comments c WHERE ${plan.columns.join(' AND ')} LIMIT ${this.driveLimit})`,
          params,
        ) < this.driveLimit);
    if (fewCandidates) {
      const candidates = this.prepared(
        `SELECT c.id, c.created_at AS createdAt, ${ftsDaySql('c.created_at')} AS day
         FROM comments c WHERE ${rest.join(' AND ')}`,
      ).all(params) as { id: number; createdAt: string; day: number }[];
      if (candidates.length === 0) return [];
      const days = candidates.map((c) => c.day);
      const range = keyRange(Math.min(...days), Math.max(...days));
      const matched = new Set(
        (
          this.prepared(
            `SELECT DISTINCT ${FTS_COMMENT_ID} AS id FROM records_fts
             WHERE records_fts MATCH @fts AND rowid BETWEEN @candidateLo AND @candidateHi
               AND ${FTS_COMMENT_ID} IN (SELECT value FROM json_each(@candidates))`,
          ).all({
            fts: plan.fts,
            candidateLo: range.keyLo > (params.keyLo as bigint) ? range.keyLo : params.keyLo,
            candidateHi: range.keyHi < (params.keyHi as bigint) ? range.keyHi : params.keyHi,
            candidates: JSON.stringify(candidates.map((c) => c.id)),
          }) as { id: number }[]
        ).map((r) => r.id),
      );
      return takeNewest(
        candidates.filter((c) => matched.has(c.id)),
        limit,
      );
    }

    // Walk the FTS index in key order inside SQLite; a page's last day is then finished by a
    // second query over that day alone (see takeNewest).
    const stream = (lo: string, hi: string, n: number) =>
      this.prepared(
        `SELECT c.id, c.created_at AS createdAt, f.rowid >> ${FTS_KEY.dayShift} AS day
         FROM records_fts f CROSS JOIN comments c
         WHERE records_fts MATCH @fts AND f.rowid BETWEEN ${lo} AND ${hi}
           AND c.id = ((f.rowid >> ${FTS_KEY.idShift}) & ${FTS_KEY.idMask})
           ${rest.length > 0 ? `AND ${rest.join(' AND ')}` : ''}
         ORDER BY f.rowid DESC LIMIT ${n}`,
      );
    // Over-fetch so that the page's last day is usually complete within the same query.
    let fetch = limit * 4;
    for (;;) {
      const rows = stream('@keyLo', '@keyHi', fetch).all(params) as {
        id: number;
        createdAt: string;
        day: number;
      }[];
      if (rows.length < fetch) return takeNewest(rows, limit);
      if (new Set(rows.map((r) => r.id)).size < limit) {
        fetch *= 2;
        continue;
      }
      const lastDay = takeNewestDay(rows, limit);
      if ((rows[rows.length - 1]?.day ?? lastDay) < lastDay) return takeNewest(rows, limit);
      const day = keyRange(lastDay, lastDay);
      const wholeDay = stream('@dayLo', '@dayHi', 1_000_000).all({
        ...params,
        dayLo: day.keyLo,
        dayHi: day.keyHi,
      }) as { id: number; createdAt: string; day: number }[];
      return takeNewest([...rows.filter((r) => r.day > lastDay), ...wholeDay], limit);
    }
  }

  search(filter: RecordsFilter, limit: number, cursor: string | undefined): RecordsPage {
    const after = cursor === undefined ? null : decodeCursor(cursor);
    // One more than asked says whether a next page exists without counting.
    const ids = this.matchingIds(filter, limit + 1, after);
    const page = ids.slice(0, limit);
    if (page.length === 0) return { hits: [], nextCursor: null };
    const hits = this.prepared(
      `SELECT c.id AS commentId, c.platform, c.platform_comment_id AS platformCommentId,
         p.platform_page_id AS platformPageId, p.name AS pageName,
         po.platform_post_id AS platformPostId, c.author_id AS authorId,
         c.author_name AS authorName, c.created_at AS createdAt, c.state, c.purged_at AS purgedAt,
         v.text, (SELECT COUNT(*) FROM comment_versions x WHERE x.comment_id = c.id) AS versions
       FROM comments c JOIN pages p ON p.id = c.page_id
         LEFT JOIN posts po ON po.id = c.post_id
         LEFT JOIN comment_versions v ON v.id = c.current_version_id
       WHERE c.id IN (SELECT value FROM json_each(@ids))`,
    ).all({ ids: JSON.stringify(page.map((r) => r.id)) }) as RecordsHit[];
    const byId = new Map(hits.map((h) => [h.commentId, h]));
    const last = page[page.length - 1];
    return {
      hits: page.map((r) => byId.get(r.id)).filter((h): h is RecordsHit => h !== undefined),
      nextCursor:
        ids.length > limit && last !== undefined ? encodeCursor(last.createdAt, last.id) : null,
    };
  }

  count(filter: RecordsFilter, cap: number): number {
    const built = filterWhere(filter);
    if (built === null) return 0;
    const { where, params } = built;
    params.cap = cap;
    const sql = `SELECT COUNT(*) AS n FROM (SELECT 1 FROM comments c
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} LIMIT @cap)`;
    return (this.prepared(sql).get(params) as { n: number }).n;
  }

  /** Which of these comments match the filter (a filter-scoped legal hold's reach). */
  matchingAmong(filter: RecordsFilter, commentIds: readonly number[]): Set<number> {
    const built = filterWhere(filter);
    if (built === null || commentIds.length === 0) return new Set();
    const { where, params } = built;
    where.push('c.id IN (SELECT value FROM json_each(@among))');
    params.among = JSON.stringify(commentIds);
    const sql = `SELECT c.id FROM comments c WHERE ${where.join(' AND ')}`;
    return new Set((this.prepared(sql).all(params) as { id: number }[]).map((r) => r.id));
  }

  /** Full records for these comment ids, in the order given. */
  records(commentIds: readonly number[], redactionsFor: number | undefined): CommentRecord[] {
    if (commentIds.length === 0) return [];
    const ids = JSON.stringify(commentIds);
    const comments = (this.s.comments.all({ ids }) as unknown[][]).map(rawComment);
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
    const versions = group(
      (this.s.versions.all({ ids }) as unknown[][]).map(rawVersion),
      (v) => v.commentId,
    );
    const decisions = group(
      (this.s.decisions.all({ ids }) as unknown[][]).map((r) => mapDecision(rawDecision(r))),
      (d) => d.commentId,
    );
    const actions = group(
      (this.s.actions.all({ ids }) as unknown[][]).map((r) => mapAction(rawAction(r))),
      (a) => a.commentId,
    );
    const redactions =
      redactionsFor === undefined
        ? new Map<number, RedactionRow[]>()
        : group(
            this.s.redactions.all({ ids, requestId: redactionsFor }) as RedactionRow[],
            (r) => r.commentId,
          );
    const pages = new Map((this.s.pages.all() as PageRow[]).map((p) => [p.id, p]));
    const postIds = [...new Set(comments.map((c) => c.postId).filter((p) => p !== null))];
    const posts = new Map(
      (this.s.posts.all({ ids: JSON.stringify(postIds) }) as PostRow[]).map((p) => [p.id, p]),
    );
    const byId = new Map(comments.map((c) => [c.id, c]));
    const out: CommentRecord[] = [];
    for (const id of commentIds) {
      const comment = byId.get(id);
      const page = comment ? pages.get(comment.pageId) : undefined;
      if (!comment || !page) continue;
      out.push({
        comment,
        page,
        post: comment.postId === null ? null : (posts.get(comment.postId) ?? null),
        versions: versions.get(id) ?? [],
        decisions: decisions.get(id) ?? [],
        actions: actions.get(id) ?? [],
        redactions: redactions.get(id) ?? [],
      });
    }
    return out;
  }

  head(): ActionLogHead {
    const last = this.s.head.get() as { id: number; hash: string } | undefined;
    const count = (this.s.actionCount.get() as { n: number }).n;
    return { count, id: last?.id ?? null, hash: last?.hash ?? GENESIS_HASH };
  }

  /** The evidence chain's head (its entries are numbered from 1 without gaps). */
  evidenceHead(): EvidenceHead {
    const last = this.s.evidenceHead.get() as { seq: number; mac: string } | undefined;
    return { count: last?.seq ?? 0, seq: last?.seq ?? null, mac: last?.mac ?? EVIDENCE_GENESIS };
  }
}

/** Records fetched per query while streaming an export (memory stays flat). */
export const EXPORT_BATCH = 500;

export class SqliteRecordsSnapshot implements RecordsSnapshot {
  constructor(
    private readonly reader: RecordsReader,
    readonly takenAt: string,
    readonly head: ActionLogHead,
    readonly evidence: EvidenceHead,
    private readonly release: () => void,
  ) {}

  async count(filter: RecordsFilter): Promise<number> {
    return this.reader.count(filter, Number.MAX_SAFE_INTEGER);
  }

  async *records(
    filter: RecordsFilter,
    options: { redactionsFor?: number } = {},
  ): AsyncIterable<CommentRecord[]> {
    let after: { at: string; id: number } | null = null;
    for (;;) {
      const ids = this.reader.matchingIds(filter, EXPORT_BATCH, after);
      if (ids.length === 0) return;
      yield this.reader.records(
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

/** What the records store logs in the action log (tamper-evident, like every other action). */
