/**
 * The action log on PostgreSQL: the same append-only hash chain as src/store/sqlite/actions.ts.
 * Every append runs in a transaction holding the chain lock, so the next id and the previous
 * hash are read and written as one step even with several processes on the database.
 */
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
import {
  ACTION_COLUMNS,
  GENESIS_HASH,
  actionRowHash,
  mapAction,
  type ActionDbRow,
} from '../sqlite/actions.js';
import type { Clock } from '../sqlite/util.js';
import { chainHeads, type Client } from './database.js';
import type { PgEvidenceChain } from './evidence.js';
import { all, one, pgColumns, type PgDb, exec } from './util.js';

const PG_ACTION_COLUMNS = pgColumns(ACTION_COLUMNS);

const STATE_AFTER: Record<PlatformActionKind, CommentState> = {
  hide: 'hidden',
  unhide: 'visible',
  remove: 'removed',
};

const PENDING_SELECT = `SELECT r.action_id AS "actionId", r.kind, r.comment_id AS "commentId", r.platform,
    c.platform_comment_id AS "platformCommentId", p.platform_page_id AS "platformPageId",
    r.at AS "requestedAt", r.actor, r.reason, r.clause,
    (SELECT COUNT(*) FROM action_log f WHERE f.action_id = r.action_id AND f.phase = 'failed') AS attempts
  FROM action_log r
  JOIN comments c ON c.id = r.comment_id
  JOIN pages p ON p.id = c.page_id`;

/** A failure the platform said not to retry (details_json {"retryable": false}). */
const FINAL_FAILURE = (alias: string) =>
  `(${alias}.phase = 'failed' AND (${alias}.details_json::json->>'retryable') = 'false')`;

const NOT_SETTLED = `NOT EXISTS (SELECT 1 FROM action_log d WHERE d.action_id = r.action_id
    AND (d.phase = 'completed' OR ${FINAL_FAILURE('d')}))`;

export class PgActionLog implements ActionLog {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
    private readonly evidence: PgEvidenceChain,
  ) {}

  /** Appends one row to the chain, in a transaction holding the chain lock. */
  async append(
    client: Client,
    phase: ActionPhase,
    base: ActionInput,
    actionId: number | null,
    platformResult: unknown,
    /** A statement of the same transaction sent with the row (parameters from $1). */
    then?: (row: ActionDbRow) => { sql: string; values: unknown[] },
  ): Promise<ActionLogRow> {
    if (base.reason.trim() === '') throw new Error('every action needs a reason');
    // Under the chain lock: the head read once per transaction, then followed in memory.
    const heads = chainHeads(client);
    const last =
      heads.actionLog ??
      (await one<{ id: number; hash: string }>(
        client,
        'SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1',
      ));
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
    const columns = [
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
    ];
    // The row and its seal (and `then`) in one round trip.
    await this.evidence.appendWritten(client, 'action', id, full.commentId, columns, then?.(full), {
      sql: `INSERT INTO action_log (id, action_id, phase, kind, comment_id, page_id, platform, actor, reason,
         clause, decision_id, details_json, platform_result, at, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
      values: columns,
    });
    heads.actionLog = { id, hash: full.hash };
    return mapAction(full);
  }

  request(action: ActionInput): Promise<ActionLogRow> {
    return this.db.writeChained((c) => this.append(c, 'requested', action, null, undefined));
  }

  private async requested(client: Client, actionId: number): Promise<ActionDbRow> {
    const row = await one<ActionDbRow>(
      client,
      `SELECT ${PG_ACTION_COLUMNS} FROM action_log WHERE action_id = $1 AND phase = 'requested'`,
      [actionId],
    );
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
    return this.db.writeChained(async (client) => {
      const req = await one<ActionDbRow & { settled: boolean }>(
        client,
        `SELECT ${PG_ACTION_COLUMNS}, EXISTS (SELECT 1 FROM action_log d WHERE d.action_id = $1
           AND (d.phase = 'completed' OR ${FINAL_FAILURE('d')})) AS settled
         FROM action_log WHERE action_id = $1 AND phase = 'requested'`,
        [actionId],
      );
      if (!req) throw new Error(`no requested action ${actionId}`);
      // Completing twice would say the platform acted twice; the first completion stands.
      if (req.settled) throw new Error(`action ${actionId} is already settled`);
      const next = STATE_AFTER[req.kind as PlatformActionKind];
      return this.append(
        client,
        'completed',
        this.asInput(req),
        actionId,
        platformResult ?? null,
        next !== undefined && req.commentId !== null
          ? (row) => ({
              sql: 'UPDATE comments SET state = $1, updated_at = $2 WHERE id = $3',
              values: [next, row.at, req.commentId],
            })
          : undefined,
      );
    });
  }

  fail(actionId: number, error: string, retryable: boolean): Promise<ActionLogRow> {
    return this.db.writeChained(async (client) => {
      const req = await this.requested(client, actionId);
      return this.append(
        client,
        'failed',
        { ...this.asInput(req), details: { error, retryable } },
        actionId,
        undefined,
      );
    });
  }

  record(action: ActionInput): Promise<ActionLogRow> {
    return this.db.writeChained((c) => this.append(c, 'recorded', action, null, undefined));
  }

  pending(platform?: Platform): Promise<PendingAction[]> {
    return all<PendingAction>(
      this.db.pool,
      `${PENDING_SELECT} WHERE r.phase = 'requested' AND ($1::text IS NULL OR r.platform = $1)
         AND ${NOT_SETTLED} ORDER BY r.action_id`,
      [platform ?? null],
    );
  }

  pendingByIds(actionIds: readonly number[]): Promise<PendingAction[]> {
    return all<PendingAction>(
      this.db.pool,
      `${PENDING_SELECT} WHERE r.action_id = ANY($1::bigint[]) AND r.phase = 'requested' AND ${NOT_SETTLED}
       ORDER BY array_position($1::bigint[], r.action_id)`,
      [[...actionIds]],
    );
  }

  async unacknowledgedAlerts(before: string): Promise<number[]> {
    const rows = await all<{ id: number }>(
      this.db.pool,
      `SELECT DISTINCT a.comment_id AS id FROM action_log a
       WHERE a.kind = 'alert' AND a.at <= $1 AND a.comment_id IS NOT NULL
         AND (a.details_json::json->>'ok') = 'true'
         AND (a.details_json::json->>'repeat') IS NULL
         AND NOT EXISTS (SELECT 1 FROM action_log b
           WHERE b.comment_id = a.comment_id AND b.id > a.id AND b.actor <> 'system')
         AND NOT EXISTS (SELECT 1 FROM action_log r
           WHERE r.comment_id = a.comment_id AND r.kind = 'alert'
             AND (r.details_json::json->>'repeat') = 'true')
       ORDER BY a.comment_id`,
      [before],
    );
    return rows.map((r) => r.id);
  }

  async forComment(commentId: number): Promise<ActionLogRow[]> {
    return (
      await all<ActionDbRow>(
        this.db.pool,
        `SELECT ${PG_ACTION_COLUMNS} FROM action_log WHERE comment_id = $1 ORDER BY id`,
        [commentId],
      )
    ).map(mapAction);
  }

  async count(): Promise<number> {
    return (await one<{ n: number }>(this.db.pool, 'SELECT COUNT(*) AS n FROM action_log'))?.n ?? 0;
  }

  async head(): Promise<{ id: number; hash: string } | null> {
    return (
      (await one<{ id: number; hash: string }>(
        this.db.pool,
        'SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1',
      )) ?? null
    );
  }

  async hashOf(id: number): Promise<string | undefined> {
    return (
      await one<{ hash: string }>(this.db.pool, 'SELECT hash FROM action_log WHERE id = $1', [id])
    )?.hash;
  }

  async claim(
    actionId: number,
    worker: string,
    now: string,
    until: string,
    replacing?: string,
  ): Promise<boolean> {
    const { rowCount } = await exec(
      this.db.pool,
      `INSERT INTO action_claims (action_id, worker, until) VALUES ($1, $2, $3)
       ON CONFLICT (action_id) DO UPDATE SET worker = excluded.worker, until = excluded.until
       WHERE action_claims.until <= $4 OR action_claims.worker = excluded.worker
         OR action_claims.worker = $5`,
      [actionId, worker, until, now, replacing ?? null],
    );
    return rowCount === 1;
  }

  async claimant(actionId: number): Promise<string | undefined> {
    return (
      await one<{ worker: string }>(
        this.db.pool,
        'SELECT worker FROM action_claims WHERE action_id = $1',
        [actionId],
      )
    )?.worker;
  }
}
