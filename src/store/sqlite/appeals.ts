/**
 * Appeals from the public (migration 009). An appeal and its action-log entry are written in one
 * transaction, and the appeal is sealed in the evidence chain; so is its decision, through its
 * own action-log entry.
 */
import { randomBytes } from 'node:crypto';
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
import type { SqliteActionLog } from './actions.js';
import type { Database, GroupCommitWriter } from './database.js';
import type { SqliteEvidenceChain } from './evidence.js';
import type { Clock } from './util.js';

export const APPEAL_COLUMNS = `id, receipt, comment_ref AS commentRef, comment_id AS commentId, reason, contact,
  received_at AS receivedAt, due_on AS dueOn, status, decided_by AS decidedBy,
  decided_at AS decidedAt, decision_reason AS decisionReason`;

/** Letters and digits that cannot be mistaken for each other when read aloud or copied. */
const RECEIPT_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newReceipt(): string {
  const bytes = randomBytes(10);
  let out = 'A-';
  for (const b of bytes) out += RECEIPT_ALPHABET[b % RECEIPT_ALPHABET.length];
  return out;
}

/**
 * The appeal (alias `a`) is against a comment on a page of @agencyIds (a JSON array, or NULL
 * for every agency). An appeal that matched no comment belongs to the default agency, whose
 * Chief reads the reference the author typed.
 */
const IN_AGENCIES = (a: string) => `(@agencyIds IS NULL OR COALESCE(
  (SELECT p.agency_id FROM comments c JOIN pages p ON p.id = c.page_id WHERE c.id = ${a}.comment_id),
  ${DEFAULT_AGENCY_ID}) IN (SELECT value FROM json_each(@agencyIds)))`;

const agencyParam = (agencyIds: readonly number[] | undefined): string | null =>
  agencyIds === undefined ? null : JSON.stringify(agencyIds);

export class SqliteAppealStore implements AppealStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
    private readonly actions: SqliteActionLog,
    private readonly evidence: SqliteEvidenceChain,
  ) {
    this.s = {
      recent: db
        .prepare('SELECT COUNT(*) FROM appeal_submissions WHERE address_hash = ? AND at >= ?')
        .pluck(),
      forget: db.prepare('DELETE FROM appeal_submissions WHERE at < ?'),
      submission: db.prepare('INSERT INTO appeal_submissions (address_hash, at) VALUES (?, ?)'),
      find: db
        .prepare(
          'SELECT id FROM comments WHERE platform_comment_id IN (SELECT value FROM json_each(?)) ORDER BY id LIMIT 1',
        )
        .pluck(),
      // Facebook's comment ids are POST_COMMENT; a comment link gives the second part alone.
      // A scan, with a leading wildcard: appeals are few, and this runs once per appeal.
      findSuffix: db
        .prepare(
          "SELECT id FROM comments WHERE platform_comment_id LIKE '%\\_' || ? ESCAPE '\\' ORDER BY id LIMIT 1",
        )
        .pluck(),
      insert: db.prepare(
        `INSERT INTO appeals (receipt, comment_ref, comment_id, reason, contact, received_at, due_on)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      pageOf: db.prepare('SELECT page_id AS pageId, platform FROM comments WHERE id = ?'),
      get: db.prepare(`SELECT ${APPEAL_COLUMNS} FROM appeals WHERE id = ?`),
      byReceipt: db.prepare(`SELECT ${APPEAL_COLUMNS} FROM appeals WHERE receipt = ?`),
      open: db.prepare(
        `SELECT ${APPEAL_COLUMNS} FROM appeals appeals WHERE status = 'open' AND ${IN_AGENCIES('appeals')}
         ORDER BY due_on, id LIMIT @limit`,
      ),
      decided: db.prepare(
        `SELECT ${APPEAL_COLUMNS} FROM appeals appeals WHERE status <> 'open' AND ${IN_AGENCIES('appeals')}
         ORDER BY decided_at DESC, id DESC LIMIT @limit`,
      ),
      forComment: db.prepare(
        `SELECT ${APPEAL_COLUMNS} FROM appeals WHERE comment_id = ? ORDER BY id`,
      ),
      decide: db.prepare(
        `UPDATE appeals SET status = ?, decided_by = ?, decided_at = ?, decision_reason = ?
         WHERE id = ? AND status = 'open'`,
      ),
      counts: db.prepare(
        `SELECT COUNT(*) AS received,
           COUNT(*) FILTER (WHERE status = 'open') AS open,
           COUNT(*) FILTER (WHERE status = 'open' AND due_on < @today) AS overdue,
           COUNT(*) FILTER (WHERE status = 'restored') AS restored,
           COUNT(*) FILTER (WHERE status = 'upheld') AS upheld
         FROM appeals ap WHERE ${IN_AGENCIES('ap')}`,
      ),
      breakdown: db.prepare(
        `WITH a AS (
           SELECT ap.status,
             (SELECT l.actor FROM action_log l
               WHERE l.comment_id = ap.comment_id AND l.kind IN ('hide', 'remove')
                 AND l.phase = 'requested' AND l.at <= ap.received_at
               ORDER BY l.id DESC LIMIT 1) AS hider,
             (SELECT d.flags_json FROM comments c JOIN decisions d ON d.id = c.last_decision_id
               WHERE c.id = ap.comment_id) AS flags
           FROM appeals ap WHERE ap.received_at >= @since AND ${IN_AGENCIES('ap')})
         SELECT COALESCE(j.value, 'none') AS category,
           CASE WHEN a.hider IS NULL THEN 'unknown' WHEN a.hider = 'system' THEN 'bot' ELSE 'person' END
             AS hiddenBy,
           COUNT(*) AS received,
           COUNT(*) FILTER (WHERE a.status = 'restored') AS restored,
           COUNT(*) FILTER (WHERE a.status = 'upheld') AS upheld,
           COUNT(*) FILTER (WHERE a.status = 'open') AS open
         FROM a LEFT JOIN json_each(COALESCE(a.flags, '[]')) j
         GROUP BY 1, 2 ORDER BY 1, 2`,
      ),
    };
  }

  async submissionsSince(addressHash: string, since: string): Promise<number> {
    return this.s.recent.get(addressHash, since) as number;
  }

  async findComment(candidates: readonly string[]): Promise<number | null> {
    if (candidates.length === 0) return null;
    const exact = this.s.find.get(JSON.stringify(candidates)) as number | undefined;
    if (exact !== undefined) return exact;
    for (const c of candidates) {
      if (!/^\d{6,}$/.test(c)) continue;
      const id = this.s.findSuffix.get(c) as number | undefined;
      if (id !== undefined) return id;
    }
    return null;
  }

  create(appeal: NewAppeal): Promise<AppealRow> {
    return this.writer.write(() => {
      const at = this.now().toISOString();
      // The per-address limit needs a day of submissions, never more.
      this.s.forget.run(new Date(Date.parse(at) - 24 * 3_600_000).toISOString());
      this.s.submission.run(appeal.addressHash, at);
      const receipt = newReceipt();
      const { id } = this.s.insert.get(
        receipt,
        appeal.commentRef,
        appeal.commentId,
        appeal.reason,
        appeal.contact,
        at,
        appeal.dueOn,
      ) as { id: number };
      this.evidence.append('appeal', id);
      const page =
        appeal.commentId === null
          ? undefined
          : (this.s.pageOf.get(appeal.commentId) as
              { pageId: number; platform: AppealRow['commentRef'] } | undefined);
      this.actions.append(
        'recorded',
        {
          kind: 'appeal_received',
          commentId: appeal.commentId,
          pageId: page?.pageId ?? null,
          actor: 'system',
          reason: `Appeal ${receipt} received from the public`,
          clause: APPEAL_CLAUSE,
          // The author's words are part of the public record: exports carry them with the
          // comment. How to reach the author is not: it stays in the appeal, for the decider.
          details: { appealId: id, receipt, dueOn: appeal.dueOn, appeal: appeal.reason },
        },
        null,
        undefined,
      );
      return this.s.get.get(id) as AppealRow;
    });
  }

  async get(id: number): Promise<AppealRow | null> {
    return (this.s.get.get(id) as AppealRow | undefined) ?? null;
  }

  async byReceipt(receipt: string): Promise<AppealRow | null> {
    return (this.s.byReceipt.get(receipt) as AppealRow | undefined) ?? null;
  }

  async list(
    which: 'open' | 'decided',
    limit: number,
    agencyIds?: readonly number[],
  ): Promise<AppealRow[]> {
    return (which === 'open' ? this.s.open : this.s.decided).all({
      limit,
      agencyIds: agencyParam(agencyIds),
    }) as AppealRow[];
  }

  async forComment(commentId: number): Promise<AppealRow[]> {
    return this.s.forComment.all(commentId) as AppealRow[];
  }

  decide(
    id: number,
    outcome: 'restored' | 'upheld',
    reason: string,
    actor: Actor,
  ): Promise<AppealRow> {
    return this.writer.write(() => {
      const appeal = this.s.get.get(id) as AppealRow | undefined;
      if (appeal === undefined) throw new NotFoundError(`There is no appeal ${id}.`);
      if (appeal.status !== 'open') {
        throw new InputError(`Appeal ${appeal.receipt} was already decided (${appeal.status}).`);
      }
      const at = this.now().toISOString();
      this.s.decide.run(outcome, actor, at, reason, id);
      const page =
        appeal.commentId === null
          ? undefined
          : (this.s.pageOf.get(appeal.commentId) as { pageId: number } | undefined);
      this.actions.append(
        'recorded',
        {
          kind: 'appeal_decided',
          commentId: appeal.commentId,
          pageId: page?.pageId ?? null,
          actor,
          reason: `Appeal ${appeal.receipt} ${outcome === 'restored' ? 'granted: comment restored' : 'denied: decision upheld'}: ${reason}`,
          clause: APPEAL_CLAUSE,
          details: { appealId: id, receipt: appeal.receipt, outcome },
        },
        null,
        undefined,
      );
      return this.s.get.get(id) as AppealRow;
    });
  }

  async breakdown(sinceIso: string, agencyIds?: readonly number[]): Promise<AppealBreakdownRow[]> {
    return this.s.breakdown.all({
      since: sinceIso,
      agencyIds: agencyParam(agencyIds),
    }) as AppealBreakdownRow[];
  }

  async counts(today: string, agencyIds?: readonly number[]): Promise<AppealCounts> {
    return this.s.counts.get({ today, agencyIds: agencyParam(agencyIds) }) as AppealCounts;
  }
}
