/**
 * Aggregates for the dashboard's reports on PostgreSQL (src/store/sqlite/reports.ts). Days are
 * UTC calendar days of the ISO timestamps.
 */
import type { Platform, ReportFilter, ReportQueries } from '../types.js';
import { all, type PgDb } from './util.js';

const ONE_ROW_PER_ACTION = `a.phase IN ('requested', 'recorded')`;
const HUMAN_DECISIONS = `('approve', 'hide', 'unhide', 'escalate', 'remove')`;
/** $1: since (ISO), $2: page id or NULL, $3: agency ids or NULL. */
const PAGE = (alias: string) => `($2::bigint IS NULL OR ${alias}.page_id = $2)
  AND ($3::bigint[] IS NULL OR ${alias}.page_id IN (SELECT id FROM pages WHERE agency_id = ANY($3)))`;

const params = (filter: ReportFilter): unknown[] => [
  filter.sinceIso,
  filter.pageId ?? null,
  filter.agencyIds === undefined ? null : [...filter.agencyIds],
];

export class PgReportQueries implements ReportQueries {
  constructor(private readonly db: PgDb) {}

  flagsByDay(filter: ReportFilter) {
    // A comment's first decision: an edit re-decides the comment but is not a new comment.
    return all<{ day: string; category: string; n: number }>(
      this.db.pool,
      `SELECT substr(d.decided_at, 1, 10) AS day, f.value AS category, COUNT(*) AS n
       FROM decisions d JOIN comments c ON c.id = d.comment_id,
         json_array_elements_text(d.flags_json::json) f(value)
       WHERE d.decided_at >= $1 AND ${PAGE('c')}
         AND d.id = (SELECT MIN(d2.id) FROM decisions d2 WHERE d2.comment_id = d.comment_id)
       GROUP BY day, category ORDER BY day, category`,
      params(filter),
    );
  }

  actionsByDay(filter: ReportFilter) {
    return all<{ day: string; kind: string; byPerson: boolean; n: number }>(
      this.db.pool,
      `SELECT substr(a.at, 1, 10) AS day, a.kind, a.actor <> 'system' AS "byPerson", COUNT(*) AS n
       FROM action_log a JOIN comments c ON c.id = a.comment_id
       WHERE ${ONE_ROW_PER_ACTION} AND a.at >= $1 AND ${PAGE('c')}
         AND a.kind IN ('queue', 'approve', 'hide', 'unhide', 'escalate', 'remove')
       GROUP BY day, a.kind, "byPerson" ORDER BY day`,
      params(filter),
    );
  }

  byPage(filter: ReportFilter) {
    return all<{
      pageId: number;
      platform: Platform;
      name: string | null;
      platformPageId: string;
      comments: number;
      flagged: number;
      botHides: number;
      personHides: number;
      restores: number;
    }>(
      this.db.pool,
      `SELECT p.id AS "pageId", p.platform, p.name, p.platform_page_id AS "platformPageId",
         (SELECT COUNT(*) FROM comments c WHERE c.page_id = p.id AND c.first_seen_at >= $1) AS comments,
         (SELECT COUNT(DISTINCT d.comment_id) FROM decisions d JOIN comments c ON c.id = d.comment_id
            WHERE c.page_id = p.id AND d.decided_at >= $1 AND d.action <> 'allow') AS flagged,
         (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
            WHERE c.page_id = p.id AND a.at >= $1 AND a.phase = 'requested' AND a.kind = 'hide'
              AND a.actor = 'system') AS "botHides",
         (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
            WHERE c.page_id = p.id AND a.at >= $1 AND a.phase = 'requested' AND a.kind = 'hide'
              AND a.actor <> 'system') AS "personHides",
         (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
            WHERE c.page_id = p.id AND a.at >= $1 AND a.phase = 'requested'
              AND a.kind = 'unhide') AS restores
       FROM pages p WHERE ($2::bigint IS NULL OR p.id = $2)
         AND ($3::bigint[] IS NULL OR p.agency_id = ANY($3))
       ORDER BY p.platform, p.name NULLS FIRST, p.id`,
      params(filter),
    );
  }

  async secondsToHumanDecision(filter: ReportFilter): Promise<number[]> {
    const rows = await all<{ seconds: number }>(
      this.db.pool,
      `SELECT EXTRACT(EPOCH FROM (h.first_at::timestamptz - c.first_seen_at::timestamptz))::float8 AS seconds
       FROM (SELECT a.comment_id, MIN(a.at) AS first_at FROM action_log a
             WHERE ${ONE_ROW_PER_ACTION} AND a.actor <> 'system' AND a.comment_id IS NOT NULL
               AND a.kind IN ${HUMAN_DECISIONS}
             GROUP BY a.comment_id) h
       JOIN comments c ON c.id = h.comment_id
       WHERE h.first_at >= $1 AND ${PAGE('c')}
       ORDER BY seconds`,
      params(filter),
    );
    return rows.map((r) => r.seconds);
  }

  botHideOutcomes(filter: ReportFilter) {
    const restoredAfter = `EXISTS (SELECT 1 FROM action_log u WHERE u.comment_id = a.comment_id AND u.id > a.id
      AND u.phase = 'requested' AND u.kind = 'unhide' AND u.actor <> 'system')`;
    const hiddenByPersonAfter = `EXISTS (SELECT 1 FROM action_log k WHERE k.comment_id = a.comment_id
      AND k.id > a.id AND k.phase = 'requested' AND k.kind = 'hide' AND k.actor <> 'system')`;
    return all<{ clause: string; hidden: number; restored: number; kept: number }>(
      this.db.pool,
      `SELECT COALESCE(a.clause, '(no clause)') AS clause, COUNT(*) AS hidden,
         COUNT(*) FILTER (WHERE ${restoredAfter}) AS restored,
         COUNT(*) FILTER (WHERE NOT ${restoredAfter} AND ${hiddenByPersonAfter}) AS kept
       FROM action_log a JOIN comments c ON c.id = a.comment_id
       WHERE a.phase = 'requested' AND a.kind = 'hide' AND a.actor = 'system' AND a.at >= $1
         AND ${PAGE('c')}
       GROUP BY 1 ORDER BY 1`,
      params(filter),
    );
  }
}
