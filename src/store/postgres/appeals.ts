/**
 * Appeals from the public on PostgreSQL (src/store/sqlite/appeals.ts): an appeal, its evidence
 * entry and its action-log entry are written in one transaction holding the chain lock.
 */
import { InputError, NotFoundError } from '../../errors.js';
import {
  APPEAL_CLAUSE,
  DEFAULT_AGENCY_ID,
  type Actor,
  type AppealBreakdownRow,
  type AppealCounts,
  type AppealRow,
  type AppealStore,
  type NewAppeal,
} from '../types.js';
import { APPEAL_COLUMNS, newReceipt } from '../sqlite/appeals.js';
import type { Clock } from '../sqlite/util.js';
import type { PgActionLog } from './actions.js';
import { type Client } from './database.js';
import type { PgEvidenceChain } from './evidence.js';
import { all, exec, one, pgColumns, type PgDb } from './util.js';

const COLUMNS = pgColumns(APPEAL_COLUMNS);

/**
 * The appeal (alias `a`) is against a comment on a page of the agencies in parameter `$n` (NULL:
 * every agency); one that matched no comment belongs to the default agency (sqlite/appeals.ts).
 */
const IN_AGENCIES = (a: string, n: number) => `($${n}::bigint[] IS NULL OR COALESCE(
  (SELECT p.agency_id FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.id = ${a}.comment_id),
  ${DEFAULT_AGENCY_ID}) = ANY($${n}))`;

const agencyParam = (agencyIds: readonly number[] | undefined): number[] | null =>
  agencyIds === undefined ? null : [...agencyIds];

export class PgAppealStore implements AppealStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
    private readonly actions: PgActionLog,
    private readonly evidence: PgEvidenceChain,
  ) {}

  async submissionsSince(addressHash: string, since: string): Promise<number> {
    return (
      (
        await one<{ n: number }>(
          this.db.pool,
          'SELECT COUNT(*) AS n FROM appeal_submissions WHERE address_hash = $1 AND at >= $2',
          [addressHash, since],
        )
      )?.n ?? 0
    );
  }

  async findComment(candidates: readonly string[]): Promise<number | null> {
    if (candidates.length === 0) return null;
    const exact = await one<{ id: number }>(
      this.db.pool,
      'SELECT id FROM comments WHERE platform_comment_id = ANY($1::text[]) ORDER BY id LIMIT 1',
      [[...candidates]],
    );
    if (exact !== undefined) return exact.id;
    // Facebook's comment ids are POST_COMMENT; a comment link gives the second part alone.
    for (const c of candidates) {
      if (!/^\d{6,}$/.test(c)) continue;
      const found = await one<{ id: number }>(
        this.db.pool,
        "SELECT id FROM comments WHERE platform_comment_id LIKE '%\\_' || $1 ESCAPE '\\' ORDER BY id LIMIT 1",
        [c],
      );
      if (found !== undefined) return found.id;
    }
    return null;
  }

  private async pageOf(client: Client, commentId: number | null): Promise<number | null> {
    if (commentId === null) return null;
    return (
      (
        await one<{ pageId: number }>(
          client,
          'SELECT page_id AS "pageId" FROM comments WHERE id = $1',
          [commentId],
        )
      )?.pageId ?? null
    );
  }

  create(appeal: NewAppeal): Promise<AppealRow> {
    return this.db.writeChained(async (client) => {
      const at = this.now().toISOString();
      // The per-address limit needs a day of submissions, never more.
      await exec(client, 'DELETE FROM appeal_submissions WHERE at < $1', [
        new Date(Date.parse(at) - 24 * 3_600_000).toISOString(),
      ]);
      await exec(client, 'INSERT INTO appeal_submissions (address_hash, at) VALUES ($1, $2)', [
        appeal.addressHash,
        at,
      ]);
      const receipt = newReceipt();
      const row = await one<AppealRow>(
        client,
        `INSERT INTO appeals (receipt, comment_ref, comment_id, reason, contact, received_at, due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
        [
          receipt,
          appeal.commentRef,
          appeal.commentId,
          appeal.reason,
          appeal.contact,
          at,
          appeal.dueOn,
        ],
      );
      const created = row!;
      await this.evidence.append(client, 'appeal', created.id);
      await this.actions.append(
        client,
        'recorded',
        {
          kind: 'appeal_received',
          commentId: appeal.commentId,
          pageId: await this.pageOf(client, appeal.commentId),
          actor: 'system',
          reason: `Appeal ${receipt} received from the public`,
          clause: APPEAL_CLAUSE,
          // The author's words are part of the public record; how to reach the author is not.
          details: { appealId: created.id, receipt, dueOn: appeal.dueOn, appeal: appeal.reason },
        },
        null,
        undefined,
      );
      return created;
    });
  }

  async get(id: number): Promise<AppealRow | null> {
    return (
      (await one<AppealRow>(this.db.pool, `SELECT ${COLUMNS} FROM appeals WHERE id = $1`, [id])) ??
      null
    );
  }

  async byReceipt(receipt: string): Promise<AppealRow | null> {
    return (
      (await one<AppealRow>(this.db.pool, `SELECT ${COLUMNS} FROM appeals WHERE receipt = $1`, [
        receipt,
      ])) ?? null
    );
  }

  list(
    which: 'open' | 'decided',
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<AppealRow[]> {
    return all<AppealRow>(
      this.db.pool,
      which === 'open'
        ? `SELECT ${COLUMNS} FROM appeals WHERE status = 'open' AND ${IN_AGENCIES('appeals', 2)}
           ORDER BY due_on, id LIMIT $1`
        : `SELECT ${COLUMNS} FROM appeals WHERE status <> 'open' AND ${IN_AGENCIES('appeals', 2)}
           ORDER BY decided_at DESC, id DESC LIMIT $1`,
      [limit, agencyParam(agencyIds)],
    );
  }

  forComment(commentId: number): Promise<AppealRow[]> {
    return all<AppealRow>(
      this.db.pool,
      `SELECT ${COLUMNS} FROM appeals WHERE comment_id = $1 ORDER BY id`,
      [commentId],
    );
  }

  decide(
    id: number,
    outcome: 'restored' | 'upheld',
    reason: string,
    actor: Actor,
  ): Promise<AppealRow> {
    return this.db.writeChained(async (client) => {
      const appeal = await one<AppealRow>(
        client,
        `SELECT ${COLUMNS} FROM appeals WHERE id = $1 FOR UPDATE`,
        [id],
      );
      if (appeal === undefined) throw new NotFoundError(`There is no appeal ${id}.`);
      if (appeal.status !== 'open') {
        throw new InputError(`Appeal ${appeal.receipt} was already decided (${appeal.status}).`);
      }
      const at = this.now().toISOString();
      const row = await one<AppealRow>(
        client,
        `UPDATE appeals SET status = $1, decided_by = $2, decided_at = $3, decision_reason = $4
         WHERE id = $5 AND status = 'open' RETURNING ${COLUMNS}`,
        [outcome, actor, at, reason, id],
      );
      await this.actions.append(
        client,
        'recorded',
        {
          kind: 'appeal_decided',
          commentId: appeal.commentId,
          pageId: await this.pageOf(client, appeal.commentId),
          actor,
          reason: `Appeal ${appeal.receipt} ${outcome === 'restored' ? 'granted: comment restored' : 'denied: decision upheld'}: ${reason}`,
          clause: APPEAL_CLAUSE,
          details: { appealId: id, receipt: appeal.receipt, outcome },
        },
        null,
        undefined,
      );
      return row!;
    });
  }

  breakdown(sinceIso: string, agencyIds?: readonly number[]): Promise<AppealBreakdownRow[]> {
    return all<AppealBreakdownRow>(
      this.db.pool,
      `WITH a AS (
         SELECT ap.status,
           (SELECT l.actor FROM action_log l
             WHERE l.comment_id = ap.comment_id AND l.kind IN ('hide', 'remove')
               AND l.phase = 'requested' AND l.at <= ap.received_at
             ORDER BY l.id DESC LIMIT 1) AS hider,
           (SELECT d.flags_json FROM comments c JOIN decisions d ON d.id = c.last_decision_id
             WHERE c.id = ap.comment_id) AS flags
         FROM appeals ap WHERE ap.received_at >= $1 AND ${IN_AGENCIES('ap', 2)})
       SELECT COALESCE(j.value, 'none') AS category,
         CASE WHEN a.hider IS NULL THEN 'unknown' WHEN a.hider = 'system' THEN 'bot' ELSE 'person' END
           AS "hiddenBy",
         COUNT(*) AS received,
         COUNT(*) FILTER (WHERE a.status = 'restored') AS restored,
         COUNT(*) FILTER (WHERE a.status = 'upheld') AS upheld,
         COUNT(*) FILTER (WHERE a.status = 'open') AS open
       FROM a LEFT JOIN LATERAL json_array_elements_text(COALESCE(a.flags, '[]')::json) j(value) ON true
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [sinceIso, agencyParam(agencyIds)],
    );
  }

  async counts(today: string, agencyIds?: readonly number[]): Promise<AppealCounts> {
    return (await one<AppealCounts>(
      this.db.pool,
      `SELECT COUNT(*) AS received,
         COUNT(*) FILTER (WHERE status = 'open') AS open,
         COUNT(*) FILTER (WHERE status = 'open' AND due_on < $1) AS overdue,
         COUNT(*) FILTER (WHERE status = 'restored') AS restored,
         COUNT(*) FILTER (WHERE status = 'upheld') AS upheld
       FROM appeals WHERE ${IN_AGENCIES('appeals', 2)}`,
      [today, agencyParam(agencyIds)],
    ))!;
  }
}
