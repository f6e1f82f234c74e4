/**
 * Aggregates for the dashboard's reports: what the bot flagged and did, what people did, how
 * long comments waited for a person, and how often people undid the bot's hides (its precision
 * in practice). Days are UTC calendar days of the ISO timestamps.
 */
import type { Platform, ReportFilter, ReportQueries } from '../types.js';
import type { Database } from './database.js';

// One row per action: a platform action's 'requested' row, or a one-row 'recorded' action.
const ONE_ROW_PER_ACTION = `a.phase IN ('requested', 'recorded')`;
const HUMAN_DECISIONS = `('approve', 'hide', 'unhide', 'escalate', 'remove')`;

/** The comment `c` is on the filter's page, and on a page of the filter's agencies. */
const ON_PAGES = `(@pageId IS NULL OR c.page_id = @pageId)
  AND (@agencyIds IS NULL OR c.page_id IN
    (SELECT id FROM pages WHERE agency_id IN (SELECT value FROM json_each(@agencyIds))))`;

function params(filter: ReportFilter) {
  return {
    since: filter.sinceIso,
    pageId: filter.pageId ?? null,
    agencyIds: filter.agencyIds === undefined ? null : JSON.stringify(filter.agencyIds),
  };
}

export class SqliteReportQueries implements ReportQueries {
  private readonly s;

  constructor(db: Database) {
    this.s = {
      // A comment's first decision: an edit re-decides the comment but is not a new comment.
      flagsByDay: db.prepare(
        `SELECT substr(d.decided_at, 1, 10) AS day, f.value AS category, COUNT(*) AS n
         FROM decisions d JOIN comments c ON c.id = d.comment_id, json_each(d.flags_json) f
         WHERE d.decided_at >= @since AND ${ON_PAGES}
           AND d.id = (SELECT MIN(d2.id) FROM decisions d2 WHERE d2.comment_id = d.comment_id)
         GROUP BY day, category ORDER BY day, category`,
      ),
      actionsByDay: db.prepare(
        `SELECT substr(a.at, 1, 10) AS day, a.kind, a.actor <> 'system' AS byPerson, COUNT(*) AS n
         FROM action_log a JOIN comments c ON c.id = a.comment_id
         WHERE ${ONE_ROW_PER_ACTION} AND a.at >= @since AND ${ON_PAGES}
           AND a.kind IN ('queue', 'approve', 'hide', 'unhide', 'escalate', 'remove')
         GROUP BY day, a.kind, byPerson ORDER BY day`,
      ),
      byPage: db.prepare(
        `SELECT p.id AS pageId, p.platform, p.name, p.platform_page_id AS platformPageId,
           (SELECT COUNT(*) FROM comments c WHERE c.page_id = p.id AND c.first_seen_at >= @since) AS comments,
           (SELECT COUNT(DISTINCT d.comment_id) FROM decisions d JOIN comments c ON c.id = d.comment_id
              WHERE c.page_id = p.id AND d.decided_at >= @since AND d.action <> 'allow') AS flagged,
           (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
              WHERE c.page_id = p.id AND a.at >= @since AND a.phase = 'requested' AND a.kind = 'hide'
                AND a.actor = 'system') AS botHides,
           (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
              WHERE c.page_id = p.id AND a.at >= @since AND a.phase = 'requested' AND a.kind = 'hide'
                AND a.actor <> 'system') AS personHides,
           (SELECT COUNT(*) FROM action_log a JOIN comments c ON c.id = a.comment_id
              WHERE c.page_id = p.id AND a.at >= @since AND a.phase = 'requested'
                AND a.kind = 'unhide') AS restores
         FROM pages p WHERE (@pageId IS NULL OR p.id = @pageId)
           AND (@agencyIds IS NULL OR p.agency_id IN (SELECT value FROM json_each(@agencyIds)))
         ORDER BY p.platform, p.name, p.id`,
      ),
      secondsToHumanDecision: db.prepare(
        `SELECT (julianday(h.firstAt) - julianday(c.first_seen_at)) * 86400.0 AS seconds
         FROM (SELECT a.comment_id AS commentId, MIN(a.at) AS firstAt FROM action_log a
               WHERE ${ONE_ROW_PER_ACTION} AND a.actor <> 'system' AND a.comment_id IS NOT NULL
                 AND a.kind IN ${HUMAN_DECISIONS}
               GROUP BY a.comment_id) h
         JOIN comments c ON c.id = h.commentId
         WHERE h.firstAt >= @since AND ${ON_PAGES}
         ORDER BY seconds`,
      ),
      botHideOutcomes: db.prepare(
        `SELECT COALESCE(a.clause, '(no clause)') AS clause, COUNT(*) AS hidden,
           SUM(EXISTS (SELECT 1 FROM action_log u WHERE u.comment_id = a.comment_id AND u.id > a.id
             AND u.phase = 'requested' AND u.kind = 'unhide' AND u.actor <> 'system')) AS restored,
           SUM(NOT EXISTS (SELECT 1 FROM action_log u WHERE u.comment_id = a.comment_id AND u.id > a.id
                 AND u.phase = 'requested' AND u.kind = 'unhide' AND u.actor <> 'system')
               AND EXISTS (SELECT 1 FROM action_log k WHERE k.comment_id = a.comment_id AND k.id > a.id
                 AND k.phase = 'requested' AND k.kind = 'hide' AND k.actor <> 'system')) AS kept
         FROM action_log a JOIN comments c ON c.id = a.comment_id
         WHERE a.phase = 'requested' AND a.kind = 'hide' AND a.actor = 'system' AND a.at >= @since
           AND ${ON_PAGES}
         GROUP BY clause ORDER BY clause`,
      ),
    };
  }

  async flagsByDay(filter: ReportFilter) {
    return this.s.flagsByDay.all(params(filter)) as { day: string; category: string; n: number }[];
  }

  async actionsByDay(filter: ReportFilter) {
    const rows = this.s.actionsByDay.all(params(filter)) as {
      day: string;
      kind: string;
      byPerson: number;
      n: number;
    }[];
    return rows.map((r) => ({ ...r, byPerson: r.byPerson === 1 }));
  }

  async byPage(filter: ReportFilter) {
    return this.s.byPage.all(params(filter)) as {
      pageId: number;
      platform: Platform;
      name: string | null;
      platformPageId: string;
      comments: number;
      flagged: number;
      botHides: number;
      personHides: number;
      restores: number;
    }[];
  }

  async secondsToHumanDecision(filter: ReportFilter): Promise<number[]> {
    return (this.s.secondsToHumanDecision.all(params(filter)) as { seconds: number }[]).map(
      (r) => r.seconds,
    );
  }

  async botHideOutcomes(filter: ReportFilter) {
    return this.s.botHideOutcomes.all(params(filter)) as {
      clause: string;
      hidden: number;
      restored: number;
      kept: number;
    }[];
  }
}
