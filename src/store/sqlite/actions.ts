import type {
  ActionInput,
  ActionLog,
  ActionLogRow,
  ActionPhase,
  CommentState,
  PendingAction,
  Platform,
  PlatformActionKind,
} from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import { sha256, type Clock } from './util.js';
import type { SqliteEvidenceChain } from './evidence.js';

export const GENESIS_HASH = '0'.repeat(64);

/** The state a completed platform action leaves the comment in. */
const STATE_AFTER: Record<PlatformActionKind, CommentState> = {
  hide: 'hidden',
  unhide: 'visible',
  remove: 'removed',
};

export interface ActionDbRow {
  id: number;
  actionId: number;
  phase: ActionPhase;
  kind: string;
  commentId: number | null;
  pageId: number | null;
  platform: Platform | null;
  actor: ActionLogRow['actor'];
  reason: string;
  clause: string | null;
  decisionId: number | null;
  detailsJson: string | null;
  platformResult: string | null;
  at: string;
  prevHash: string;
  hash: string;
}

export const ACTION_COLUMNS = `id, action_id AS actionId, phase, kind, comment_id AS commentId, page_id AS pageId,
  platform, actor, reason, clause, decision_id AS decisionId, details_json AS detailsJson,
  platform_result AS platformResult, at, prev_hash AS prevHash, hash`;

/**
 * The hash of one action_log row: SHA-256 over the previous row's hash and every column of this
 * row, in a fixed order. `civicmod audit verify` recomputes it; any edited, removed or
 * reordered row breaks the chain from that row on.
 */
export function actionRowHash(row: Omit<ActionDbRow, 'hash'>): string {
  return sha256(
    JSON.stringify([
      row.prevHash,
      row.id,
      row.actionId,
      row.phase,
      row.kind,
      row.commentId,
      row.pageId,
      row.platform,
      row.actor,
      row.reason,
      row.clause,
      row.decisionId,
      row.detailsJson,
      row.platformResult,
      row.at,
    ]),
  );
}

export function mapAction(row: ActionDbRow): ActionLogRow {
  return {
    id: row.id,
    actionId: row.actionId,
    phase: row.phase,
    kind: row.kind,
    commentId: row.commentId,
    pageId: row.pageId,
    platform: row.platform,
    actor: row.actor,
    reason: row.reason,
    clause: row.clause,
    decisionId: row.decisionId,
    details:
      row.detailsJson === null ? null : (JSON.parse(row.detailsJson) as Record<string, unknown>),
    platformResult:
      row.platformResult === null ? null : (JSON.parse(row.platformResult) as unknown),
    at: row.at,
    prevHash: row.prevHash,
    hash: row.hash,
  };
}

/** A requested platform action with what the executor needs to deliver it. */
const PENDING_SELECT = `SELECT r.action_id AS actionId, r.kind, r.comment_id AS commentId, r.platform,
    c.platform_comment_id AS platformCommentId, p.platform_page_id AS platformPageId,
    r.at AS requestedAt, r.actor, r.reason, r.clause,
    (SELECT COUNT(*) FROM action_log f WHERE f.action_id = r.action_id AND f.phase = 'failed') AS attempts
  FROM action_log r
  JOIN comments c ON c.id = r.comment_id
  JOIN pages p ON p.id = c.page_id`;

/** Neither completed nor failed for good. */
const NOT_SETTLED = `NOT EXISTS (SELECT 1 FROM action_log d WHERE d.action_id = r.action_id
    AND (d.phase = 'completed' OR (d.phase = 'failed' AND json_extract(d.details_json, '$.retryable') = 0)))`;

export class SqliteActionLog implements ActionLog {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
    private readonly evidence: SqliteEvidenceChain,
  ) {
    this.s = {
      last: db.prepare('SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO action_log (id, action_id, phase, kind, comment_id, page_id, platform, actor, reason,
           clause, decision_id, details_json, platform_result, at, prev_hash, hash)
         VALUES (@id, @actionId, @phase, @kind, @commentId, @pageId, @platform, @actor, @reason,
           @clause, @decisionId, @detailsJson, @platformResult, @at, @prevHash, @hash)`,
      ),
      byId: db.prepare(`SELECT ${ACTION_COLUMNS} FROM action_log WHERE id = ?`),
      requestRow: db.prepare(
        `SELECT ${ACTION_COLUMNS} FROM action_log WHERE action_id = ? AND phase = 'requested'`,
      ),
      isSettled: db.prepare(
        `SELECT 1 FROM action_log WHERE action_id = ? AND (phase = 'completed'
           OR (phase = 'failed' AND json_extract(details_json, '$.retryable') = 0)) LIMIT 1`,
      ),
      setCommentState: db.prepare('UPDATE comments SET state = ?, updated_at = ? WHERE id = ?'),
      pending: db.prepare(
        `${PENDING_SELECT} WHERE r.phase = 'requested' AND (@platform IS NULL OR r.platform = @platform)
           AND ${NOT_SETTLED} ORDER BY r.action_id`,
      ),
      pendingById: db.prepare(
        `${PENDING_SELECT} WHERE r.action_id = ? AND r.phase = 'requested' AND ${NOT_SETTLED}`,
      ),
      forComment: db.prepare(
        `SELECT ${ACTION_COLUMNS} FROM action_log WHERE comment_id = ? ORDER BY id`,
      ),
      unacknowledged: db
        .prepare(
          `SELECT DISTINCT a.comment_id FROM action_log a
           WHERE a.kind = 'alert' AND a.at <= ? AND a.comment_id IS NOT NULL
             AND json_extract(a.details_json, '$.ok') = 1
             AND json_extract(a.details_json, '$.repeat') IS NULL
             AND NOT EXISTS (SELECT 1 FROM action_log b
               WHERE b.comment_id = a.comment_id AND b.id > a.id AND b.actor <> 'system')
             AND NOT EXISTS (SELECT 1 FROM action_log r
               WHERE r.comment_id = a.comment_id AND r.kind = 'alert'
                 AND json_extract(r.details_json, '$.repeat') = 1)
           ORDER BY a.comment_id`,
        )
        .pluck(),
      count: db.prepare('SELECT COUNT(*) AS n FROM action_log'),
      head: db.prepare('SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1'),
      hashOf: db.prepare('SELECT hash FROM action_log WHERE id = ?').pluck(),
      claim: db.prepare(
        `INSERT INTO action_claims (action_id, worker, until) VALUES (@actionId, @worker, @until)
         ON CONFLICT (action_id) DO UPDATE SET worker = excluded.worker, until = excluded.until
         WHERE action_claims.until <= @now OR action_claims.worker = excluded.worker
           OR action_claims.worker = @replacing`,
      ),
      claimant: db.prepare('SELECT worker FROM action_claims WHERE action_id = ?').pluck(),
    };
  }

  /** Appends one row to the chain. Runs inside the writer's transaction. */
  append(
    phase: ActionPhase,
    base: ActionInput,
    actionId: number | null,
    platformResult: unknown,
  ): ActionLogRow {
    if (base.reason.trim() === '') throw new Error('every action needs a reason');
    const last = this.s.last.get() as { id: number; hash: string } | undefined;
    const id = (last?.id ?? 0) + 1;
    const row: Omit<ActionDbRow, 'hash'> = {
      id,
      actionId: actionId ?? id,
      phase,
      kind: base.kind,
      commentId: base.commentId ?? null,
      pageId: base.pageId ?? null,
      platform: base.platform ?? null,
      actor: base.actor,
      reason: base.reason,
      clause: base.clause,
      decisionId: base.decisionId ?? null,
      detailsJson: base.details ? JSON.stringify(base.details) : null,
      platformResult: platformResult === undefined ? null : JSON.stringify(platformResult),
      at: this.now().toISOString(),
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const full: ActionDbRow = { ...row, hash: actionRowHash(row) };
    this.s.insert.run(full);
    this.evidence.appendWritten('action', id, full.commentId, [
      full.id,
      full.actionId,
      full.phase,
      full.kind,
      full.commentId,
      full.pageId,
      full.platform,
      full.actor,
      full.reason,
      full.clause,
      full.decisionId,
      full.detailsJson,
      full.platformResult,
      full.at,
      full.prevHash,
      full.hash,
    ]);
    return mapAction(full);
  }

  request(action: ActionInput): Promise<ActionLogRow> {
    return this.writer.write(() => this.append('requested', action, null, undefined));
  }

  private requested(actionId: number): ActionDbRow {
    const row = this.s.requestRow.get(actionId) as ActionDbRow | undefined;
    if (!row) throw new Error(`no requested action ${actionId}`);
    return row;
  }

  private asInput(row: ActionDbRow): ActionInput {
    return {
      kind: row.kind,
      commentId: row.commentId,
      pageId: row.pageId,
      platform: row.platform,
      actor: row.actor,
      reason: row.reason,
      clause: row.clause,
      decisionId: row.decisionId,
    };
  }

  complete(actionId: number, platformResult: unknown): Promise<ActionLogRow> {
    return this.writer.write(() => {
      const req = this.requested(actionId);
      // Completing twice would say the platform acted twice; the first completion stands.
      if (this.s.isSettled.get(actionId)) {
        throw new Error(`action ${actionId} is already settled`);
      }
      const row = this.append('completed', this.asInput(req), actionId, platformResult ?? null);
      const next = STATE_AFTER[req.kind as PlatformActionKind];
      if (next !== undefined && req.commentId !== null) {
        this.s.setCommentState.run(next, row.at, req.commentId);
      }
      return row;
    });
  }

  fail(actionId: number, error: string, retryable: boolean): Promise<ActionLogRow> {
    return this.writer.write(() => {
      const req = this.requested(actionId);
      return this.append(
        'failed',
        { ...this.asInput(req), details: { error, retryable } },
        actionId,
        undefined,
      );
    });
  }

  record(action: ActionInput): Promise<ActionLogRow> {
    return this.writer.write(() => this.append('recorded', action, null, undefined));
  }

  async pending(platform?: Platform): Promise<PendingAction[]> {
    return this.s.pending.all({ platform: platform ?? null }) as PendingAction[];
  }

  async pendingByIds(actionIds: readonly number[]): Promise<PendingAction[]> {
    const out: PendingAction[] = [];
    for (const actionId of actionIds) {
      const row = this.s.pendingById.get(actionId) as PendingAction | undefined;
      if (row) out.push(row);
    }
    return out;
  }

  async unacknowledgedAlerts(before: string): Promise<number[]> {
    return this.s.unacknowledged.all(before) as number[];
  }

  async forComment(commentId: number): Promise<ActionLogRow[]> {
    return (this.s.forComment.all(commentId) as ActionDbRow[]).map(mapAction);
  }

  async count(): Promise<number> {
    return (this.s.count.get() as { n: number }).n;
  }

  async head(): Promise<{ id: number; hash: string } | null> {
    return (this.s.head.get() as { id: number; hash: string } | undefined) ?? null;
  }

  async hashOf(id: number): Promise<string | undefined> {
    return this.s.hashOf.get(id) as string | undefined;
  }

  claim(
    actionId: number,
    worker: string,
    now: string,
    until: string,
    replacing?: string,
  ): Promise<boolean> {
    return this.writer.write(
      () =>
        this.s.claim.run({ actionId, worker, now, until, replacing: replacing ?? null }).changes ===
        1,
    );
  }

  async claimant(actionId: number): Promise<string | undefined> {
    return this.s.claimant.get(actionId) as string | undefined;
  }
}
