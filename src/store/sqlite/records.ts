/**
 * The public-records store (J.4 public disclosure, I.3 retention): records requests and
 * redactions, legal holds, the retention purge and the action-log audit. Its SQL is here and in
 * records-reader.ts (the read side).
 *
 * Reads go through a `RecordsReader` (records-reader.ts), which an export also opens on a
 * second, read-only connection inside one read transaction: the bundle then shows the record
 * exactly as it stood at one moment (the action-log head printed in its manifest), whatever the
 * bot writes meanwhile.
 */
import BetterSqlite3 from 'better-sqlite3';
import { InputError, NotFoundError } from '../../errors.js';
import { DEFAULT_AGENCY_ID } from '../types.js';
import type {
  ActionLogHead,
  ActionLogRow,
  Actor,
  ChainVerification,
  CommentRecord,
  LegalHoldRow,
  NewLegalHold,
  NewRecordsRequest,
  NewRedaction,
  PurgeBatch,
  RecordsFilter,
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
import type { ActionDbRow, SqliteActionLog } from './actions.js';
import { verifyActionChain } from '../action-chain.js';
import type { Database, GroupCommitWriter } from './database.js';
import { FtsBacklog } from './fts-backlog.js';
import type { Clock } from './util.js';
import type { SqliteEvidenceChain } from './evidence.js';

import {
  DRIVE_LIMIT,
  ACTION_COLUMNS,
  REDACTION_COLUMNS,
  REQUEST_COLUMNS,
  HOLD_COLUMNS,
  mapHold,
  filterWhere,
  EMPTY_BY_STATE,
  RecordsReader,
  SqliteRecordsSnapshot,
  type Params,
  type HoldDbRow,
} from './records-reader.js';

const RECORDS_CLAUSE = 'J.4 public disclosure';
const RETENTION_CLAUSE = 'I.3 retention';

export class SqliteRecordsStore implements RecordsStore {
  private readonly reader: RecordsReader;
  private readonly ftsBacklog: FtsBacklog;
  private readonly s;

  constructor(
    private readonly db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
    private readonly actions: SqliteActionLog,
    private readonly evidence: SqliteEvidenceChain,
    /** Tests lower it to exercise every search plan on a small store. */
    private readonly driveLimit = DRIVE_LIMIT,
  ) {
    this.reader = new RecordsReader(db, driveLimit);
    this.ftsBacklog = new FtsBacklog(db);
    this.s = {
      insertRequest: db.prepare(
        `INSERT INTO records_requests (agency_id, requester, received_on, description, due_on, status, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, 'open', ?, ?) RETURNING id`,
      ),
      request: db.prepare(`SELECT ${REQUEST_COLUMNS} FROM records_requests q WHERE q.id = ?`),
      requests: db.prepare(
        `SELECT ${REQUEST_COLUMNS} FROM records_requests q
         WHERE (@status IS NULL OR q.status = @status)
           AND (@agencyIds IS NULL OR q.agency_id IN (SELECT value FROM json_each(@agencyIds)))
         ORDER BY q.status DESC, q.received_on DESC, q.id DESC`,
      ),
      closeRequest: db.prepare(
        `UPDATE records_requests SET status = 'closed', closed_by = ?, closed_at = ? WHERE id = ?`,
      ),
      attachIds: db.prepare(
        `INSERT OR IGNORE INTO records_request_items (request_id, comment_id, added_by, added_at)
         SELECT @requestId, value, @actor, @at FROM json_each(@ids)`,
      ),
      agencyExists: db.prepare('SELECT 1 FROM agencies WHERE id = ?'),
      missingComments: db.prepare(
        `SELECT value AS id FROM json_each(@ids) WHERE value NOT IN
           (SELECT c.id FROM comments c JOIN pages p ON p.id = c.page_id WHERE p.agency_id = @agencyId)`,
      ),
      detach: db.prepare(
        'DELETE FROM records_request_items WHERE request_id = ? AND comment_id = ?',
      ),
      version: db.prepare(
        `SELECT v.id, v.comment_id AS commentId, length(CAST(v.text AS BLOB)) AS bytes, v.text
         FROM comment_versions v WHERE v.id = ?`,
      ),
      isAttached: db.prepare(
        'SELECT 1 FROM records_request_items WHERE request_id = ? AND comment_id = ?',
      ),
      insertRedaction: db.prepare(
        `INSERT INTO redactions (request_id, version_id, start, "end", exemption, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      redaction: db.prepare(
        `SELECT ${REDACTION_COLUMNS} FROM redactions r JOIN comment_versions v ON v.id = r.version_id WHERE r.id = ?`,
      ),
      redactions: db.prepare(
        `SELECT ${REDACTION_COLUMNS} FROM redactions r JOIN comment_versions v ON v.id = r.version_id
         WHERE r.request_id = ? ORDER BY v.comment_id, r.version_id, r.start`,
      ),
      withdrawRedaction: db.prepare(
        'UPDATE redactions SET withdrawn_by = ?, withdrawn_at = ? WHERE id = ?',
      ),
      insertHold: db.prepare(
        `INSERT INTO legal_holds (agency_id, name, matter, filter_json, placed_by, placed_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      holdComments: db.prepare(
        `INSERT OR IGNORE INTO legal_hold_comments (hold_id, comment_id) SELECT ?, value FROM json_each(?)`,
      ),
      hold: db.prepare(`SELECT ${HOLD_COLUMNS} FROM legal_holds h WHERE h.id = ?`),
      holds: db.prepare(
        `SELECT ${HOLD_COLUMNS} FROM legal_holds h
         WHERE @agencyIds IS NULL OR h.agency_id IN (SELECT value FROM json_each(@agencyIds))
         ORDER BY (h.released_at IS NULL) DESC, h.id DESC`,
      ),
      releaseHold: db.prepare(
        'UPDATE legal_holds SET released_by = ?, released_at = ?, release_reason = ? WHERE id = ?',
      ),
      activeFilterHolds: db.prepare(
        `SELECT id, name, agency_id AS agencyId, filter_json AS filterJson FROM legal_holds
         WHERE released_at IS NULL AND filter_json IS NOT NULL`,
      ),
      // I.3: a comment's retention period runs from its last activity: its creation, its last
      // change (an edit, a state change) or its last action, whichever is latest.
      expired: db.prepare(
        `SELECT id AS commentId, platform, platformCommentId, state, lastActivity FROM (
           SELECT c.id, c.platform, c.platform_comment_id AS platformCommentId, c.state,
             MAX(c.created_at, c.first_seen_at, c.updated_at,
                 COALESCE((SELECT MAX(a.at) FROM action_log a WHERE a.comment_id = c.id), '')) AS lastActivity,
             CASE c.state WHEN 'visible' THEN @visible WHEN 'hidden' THEN @hidden
               WHEN 'removed' THEN @removed ELSE @deleted END AS cutoff
           FROM comments c
           -- A comment still waiting for a person's decision is not done with, whatever its age.
           WHERE c.id > @after AND c.purged_at IS NULL AND c.review_state NOT IN ('queued', 'escalated')
             AND c.updated_at < CASE c.state WHEN 'visible' THEN @visible WHEN 'hidden' THEN @hidden
               WHEN 'removed' THEN @removed ELSE @deleted END
           ORDER BY c.id)
         WHERE lastActivity < cutoff LIMIT @limit`,
      ),
      openRequestBlocks: db.prepare(
        `SELECT i.comment_id AS commentId, q.id, q.requester AS name
         FROM records_request_items i JOIN records_requests q ON q.id = i.request_id
         WHERE q.status = 'open' AND i.comment_id IN (SELECT value FROM json_each(@ids))`,
      ),
      holdBlocks: db.prepare(
        `SELECT l.comment_id AS commentId, h.id, h.name
         FROM legal_hold_comments l JOIN legal_holds h ON h.id = l.hold_id
         WHERE h.released_at IS NULL AND l.comment_id IN (SELECT value FROM json_each(@ids))`,
      ),
      purgeCounts: db.prepare(
        `SELECT
           (SELECT COUNT(*) FROM comment_versions WHERE comment_id IN (SELECT value FROM json_each(@ids))) AS versions,
           (SELECT COUNT(*) FROM decisions WHERE comment_id IN (SELECT value FROM json_each(@ids))) AS decisions,
           (SELECT COUNT(*) FROM redactions WHERE version_id IN
              (SELECT id FROM comment_versions WHERE comment_id IN (SELECT value FROM json_each(@ids)))) AS redactions`,
      ),
      guardOn: db.prepare('INSERT INTO retention_purge_guard (active) VALUES (1)'),
      guardOff: db.prepare('DELETE FROM retention_purge_guard'),
      purgeRedactions: db.prepare(
        `DELETE FROM redactions WHERE version_id IN
           (SELECT id FROM comment_versions WHERE comment_id IN (SELECT value FROM json_each(@ids)))`,
      ),
      purgeAppeals: db.prepare(
        'DELETE FROM appeals WHERE comment_id IN (SELECT value FROM json_each(@ids))',
      ),
      purgeCategories: db.prepare(
        'DELETE FROM records_comment_categories WHERE comment_id IN (SELECT value FROM json_each(@ids))',
      ),
      purgeDecisions: db.prepare(
        'DELETE FROM decisions WHERE comment_id IN (SELECT value FROM json_each(@ids))',
      ),
      purgeVersions: db.prepare(
        'DELETE FROM comment_versions WHERE comment_id IN (SELECT value FROM json_each(@ids))',
      ),
      tombstone: db.prepare(
        `UPDATE comments SET author_id = NULL, author_name = NULL, current_version_id = NULL,
           last_decision_id = NULL, purged_at = @at, updated_at = @at
         WHERE id IN (SELECT value FROM json_each(@ids))`,
      ),
      chain: db.prepare(
        `SELECT ${ACTION_COLUMNS} FROM action_log WHERE id > ? ORDER BY id LIMIT ?`,
      ),
      actionCount: db.prepare('SELECT COUNT(*) AS n FROM action_log'),
    };
  }

  // --- Search ---------------------------------------------------------------------------------

  /**
   * Before reading records_fts: index the versions still in the backlog (migration 004). Writes
   * through the writer leave it empty at every commit, so this is one indexed read, except after
   * versions were written some other way.
   */
  private async indexed(): Promise<void> {
    if (!this.ftsBacklog.isEmpty()) await this.writer.write(() => this.ftsBacklog.drain());
  }

  async search(
    filter: RecordsFilter,
    page: { limit: number; cursor?: string | undefined },
  ): Promise<RecordsPage> {
    const limit = Math.min(Math.max(1, Math.floor(page.limit)), 500);
    await this.indexed();
    return this.reader.search(filter, limit, page.cursor);
  }

  async count(filter: RecordsFilter, cap = 10_000): Promise<number> {
    await this.indexed();
    return this.reader.count(filter, cap);
  }

  async record(
    commentId: number,
    options: { redactionsFor?: number } = {},
  ): Promise<CommentRecord | null> {
    return this.reader.records([commentId], options.redactionsFor)[0] ?? null;
  }

  async snapshot(): Promise<RecordsSnapshot> {
    await this.indexed();
    const takenAt = this.now().toISOString();
    if (this.db.memory) {
      // An in-memory database has no second connection; nothing else writes to it meanwhile.
      return new SqliteRecordsSnapshot(
        this.reader,
        takenAt,
        this.reader.head(),
        this.reader.evidenceHead(),
        () => undefined,
      );
    }
    const conn = new BetterSqlite3(this.db.name, { readonly: true, fileMustExist: true });
    conn.pragma('busy_timeout = 10000');
    // An export reads every version, decision and action of up to the whole store once:
    // memory-mapped reads and a larger cache avoid a system call per page.
    conn.pragma('mmap_size = 1073741824');
    conn.pragma('cache_size = -65536');
    // A read transaction in WAL mode sees the database as of its first read, until it ends.
    conn.exec('BEGIN');
    const reader = new RecordsReader(conn, this.driveLimit);
    const head = reader.head();
    return new SqliteRecordsSnapshot(reader, takenAt, head, reader.evidenceHead(), () => {
      if (conn.open) {
        conn.exec('COMMIT');
        conn.close();
      }
    });
  }

  // --- Records requests (J.4) ------------------------------------------------------------------

  private requestRow(requestId: number): RecordsRequestRow {
    const row = this.s.request.get(requestId) as RecordsRequestRow | undefined;
    if (!row) throw new NotFoundError(`There is no records request ${requestId}.`);
    return row;
  }

  private openRequest(requestId: number): RecordsRequestRow {
    const row = this.requestRow(requestId);
    if (row.status !== 'open') {
      throw new InputError(`Records request ${requestId} is closed; nothing can be changed on it.`);
    }
    return row;
  }

  private log(
    kind: string,
    actor: Actor,
    reason: string,
    clause: string,
    details: Record<string, unknown>,
  ): ActionLogRow {
    return this.actions.append(
      'recorded',
      { kind, actor, reason, clause, details },
      null,
      undefined,
    );
  }

  createRequest(request: NewRecordsRequest, actor: Actor): Promise<RecordsRequestRow> {
    return this.writer.write(() => {
      const at = this.now().toISOString();
      const agencyId = request.agencyId ?? DEFAULT_AGENCY_ID;
      if (!this.s.agencyExists.get(agencyId))
        throw new InputError(`There is no agency ${agencyId}.`);
      const { id } = this.s.insertRequest.get(
        agencyId,
        request.requester,
        request.receivedOn,
        request.description,
        request.dueOn ?? null,
        actor,
        at,
      ) as { id: number };
      this.log('records_request_opened', actor, 'Records request received', RECORDS_CLAUSE, {
        requestId: id,
      });
      return this.requestRow(id);
    });
  }

  async getRequest(requestId: number): Promise<RecordsRequestRow | null> {
    return (this.s.request.get(requestId) as RecordsRequestRow | undefined) ?? null;
  }

  async listRequests(
    status?: RecordsRequestStatus,
    agencyIds?: readonly number[],
  ): Promise<RecordsRequestRow[]> {
    return this.s.requests.all({
      status: status ?? null,
      agencyIds: agencyIds === undefined ? null : JSON.stringify(agencyIds),
    }) as RecordsRequestRow[];
  }

  closeRequest(requestId: number, actor: Actor): Promise<RecordsRequestRow> {
    return this.writer.write(() => {
      this.openRequest(requestId);
      this.s.closeRequest.run(actor, this.now().toISOString(), requestId);
      this.log('records_request_closed', actor, 'Records request closed', RECORDS_CLAUSE, {
        requestId,
      });
      return this.requestRow(requestId);
    });
  }

  attach(requestId: number, selection: RecordsSelection, actor: Actor): Promise<number> {
    return this.writer.write(() => {
      const request = this.openRequest(requestId);
      const at = this.now().toISOString();
      let added: number;
      if ('commentIds' in selection) {
        const ids = JSON.stringify(selection.commentIds);
        const missing = this.s.missingComments.all({ ids, agencyId: request.agencyId }) as {
          id: number;
        }[];
        if (missing.length > 0) {
          throw new NotFoundError(
            `No comment of this request's agency has id ${missing.map((m) => m.id).join(', ')}; nothing was attached.`,
          );
        }
        added = this.s.attachIds.run({ requestId, actor, at, ids }).changes;
      } else {
        // The filter may name words: the versions of this batch must be in the index too.
        this.ftsBacklog.drain();
        // A request is answered from its own agency's records only.
        const built = filterWhere({ ...selection.filter, agencyIds: [request.agencyId] });
        if (built === null) return 0;
        const { where, params } = built;
        const sql = `INSERT OR IGNORE INTO records_request_items (request_id, comment_id, added_by, added_at)
          SELECT @requestId, c.id, @actor, @at FROM comments c
          ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}`;
        added = this.db.prepare(sql).run({ ...params, requestId, actor, at }).changes;
      }
      if (added > 0) {
        this.log('records_attached', actor, 'Records attached to a request', RECORDS_CLAUSE, {
          requestId,
          added,
        });
      }
      return added;
    });
  }

  detach(requestId: number, commentId: number, actor: Actor): Promise<void> {
    return this.writer.write(() => {
      this.openRequest(requestId);
      if (this.s.detach.run(requestId, commentId).changes === 0) {
        throw new NotFoundError(
          `Comment ${commentId} is not attached to records request ${requestId}.`,
        );
      }
      this.log('records_detached', actor, 'Record detached from a request', RECORDS_CLAUSE, {
        requestId,
        commentId,
      });
    });
  }

  addRedaction(redaction: NewRedaction, actor: Actor): Promise<RedactionRow> {
    return this.writer.write(() => {
      this.openRequest(redaction.requestId);
      const version = this.s.version.get(redaction.versionId) as
        { id: number; commentId: number; text: string } | undefined;
      if (!version) throw new NotFoundError(`There is no comment version ${redaction.versionId}.`);
      if (!this.s.isAttached.get(redaction.requestId, version.commentId)) {
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
      const at = this.now().toISOString();
      const { id } = this.s.insertRedaction.get(
        redaction.requestId,
        redaction.versionId,
        start,
        end,
        redaction.exemption,
        actor,
        at,
      ) as { id: number };
      this.evidence.append('redaction', id);
      // The log names the span and the exemption, never the words withheld.
      this.log('redaction_added', actor, `Redacted under ${redaction.exemption}`, RECORDS_CLAUSE, {
        requestId: redaction.requestId,
        redactionId: id,
        commentId: version.commentId,
        versionId: version.id,
        start,
        end,
      });
      return this.s.redaction.get(id) as RedactionRow;
    });
  }

  async getRedaction(redactionId: number): Promise<RedactionRow | null> {
    return (this.s.redaction.get(redactionId) as RedactionRow | undefined) ?? null;
  }

  withdrawRedaction(redactionId: number, actor: Actor): Promise<RedactionRow> {
    return this.writer.write(() => {
      const row = this.s.redaction.get(redactionId) as RedactionRow | undefined;
      if (!row) throw new NotFoundError(`There is no redaction ${redactionId}.`);
      this.openRequest(row.requestId);
      if (row.withdrawnAt !== null) {
        throw new InputError(`Redaction ${redactionId} was already withdrawn.`);
      }
      this.s.withdrawRedaction.run(actor, this.now().toISOString(), redactionId);
      this.log('redaction_withdrawn', actor, 'Redaction withdrawn', RECORDS_CLAUSE, {
        requestId: row.requestId,
        redactionId,
      });
      return this.s.redaction.get(redactionId) as RedactionRow;
    });
  }

  async redactions(requestId: number): Promise<RedactionRow[]> {
    return this.s.redactions.all(requestId) as RedactionRow[];
  }

  // --- Legal holds ----------------------------------------------------------------------------

  placeHold(hold: NewLegalHold, actor: Actor): Promise<LegalHoldRow> {
    return this.writer.write(() => {
      const at = this.now().toISOString();
      const byFilter = 'filter' in hold.scope;
      const agencyId = hold.agencyId ?? DEFAULT_AGENCY_ID;
      if (!this.s.agencyExists.get(agencyId))
        throw new InputError(`There is no agency ${agencyId}.`);
      const { id } = this.s.insertHold.get(
        agencyId,
        hold.name,
        hold.matter,
        // Kept as searched; the hold's agency limits its reach when the purge reads it.
        'filter' in hold.scope ? JSON.stringify(hold.scope.filter) : null,
        actor,
        at,
      ) as { id: number };
      if ('commentIds' in hold.scope) {
        const ids = JSON.stringify(hold.scope.commentIds);
        const missing = this.s.missingComments.all({ ids, agencyId }) as { id: number }[];
        if (missing.length > 0) {
          throw new NotFoundError(
            `No comment of this agency has id ${missing.map((m) => m.id).join(', ')}; the hold was not placed.`,
          );
        }
        this.s.holdComments.run(id, ids);
      }
      this.log('legal_hold_placed', actor, `Legal hold placed: ${hold.name}`, RETENTION_CLAUSE, {
        holdId: id,
        scope: byFilter ? 'filter' : 'comments',
      });
      return mapHold(this.s.hold.get(id) as HoldDbRow);
    });
  }

  releaseHold(holdId: number, reason: string, actor: Actor): Promise<LegalHoldRow> {
    return this.writer.write(() => {
      const row = this.s.hold.get(holdId) as HoldDbRow | undefined;
      if (!row) throw new NotFoundError(`There is no legal hold ${holdId}.`);
      if (row.releasedAt !== null)
        throw new InputError(`Legal hold ${holdId} is already released.`);
      this.s.releaseHold.run(actor, this.now().toISOString(), reason, holdId);
      this.log('legal_hold_released', actor, `Legal hold released: ${reason}`, RETENTION_CLAUSE, {
        holdId,
      });
      return mapHold(this.s.hold.get(holdId) as HoldDbRow);
    });
  }

  async listHolds(agencyIds?: readonly number[]): Promise<LegalHoldRow[]> {
    return (
      this.s.holds.all({
        agencyIds: agencyIds === undefined ? null : JSON.stringify(agencyIds),
      }) as HoldDbRow[]
    ).map(mapHold);
  }

  async getHold(holdId: number): Promise<LegalHoldRow | null> {
    const row = this.s.hold.get(holdId) as HoldDbRow | undefined;
    return row ? mapHold(row) : null;
  }

  // --- Retention (I.3) ------------------------------------------------------------------------

  private cutoffs(schedule: RetentionSchedule): Params {
    const nowMs = this.now().getTime();
    const cutoff = (days: number) => new Date(nowMs - days * 86_400_000).toISOString();
    return {
      visible: cutoff(schedule.visible),
      hidden: cutoff(schedule.hidden),
      removed: cutoff(schedule.removed),
      deleted: cutoff(schedule.deleted_by_author),
    };
  }

  /** Expired comments from `after` on, each with whatever blocks its purge. */
  private expiredNow(
    schedule: RetentionSchedule,
    after: number,
    limit: number,
  ): { candidates: RetentionCandidate[]; next: number | null } {
    const rows = this.s.expired.all({ ...this.cutoffs(schedule), after, limit }) as Omit<
      RetentionCandidate,
      'blockedBy'
    >[];
    const candidates: RetentionCandidate[] = rows.map((r) => ({ ...r, blockedBy: [] }));
    if (candidates.length === 0) return { candidates, next: null };
    const byId = new Map(candidates.map((c) => [c.commentId, c]));
    const ids = JSON.stringify(candidates.map((c) => c.commentId));
    for (const b of this.s.openRequestBlocks.all({ ids }) as {
      commentId: number;
      id: number;
      name: string;
    }[]) {
      byId.get(b.commentId)?.blockedBy.push({
        kind: 'records_request',
        id: b.id,
        name: `request from ${b.name}`,
      });
    }
    for (const b of this.s.holdBlocks.all({ ids }) as {
      commentId: number;
      id: number;
      name: string;
    }[]) {
      byId.get(b.commentId)?.blockedBy.push({ kind: 'legal_hold', id: b.id, name: b.name });
    }
    const holds = this.s.activeFilterHolds.all() as {
      id: number;
      name: string;
      agencyId: number;
      filterJson: string;
    }[];
    for (const hold of holds) {
      // A hold reaches its own agency's comments only, whatever the filter says.
      const filter = {
        ...(JSON.parse(hold.filterJson) as RecordsFilter),
        agencyIds: [hold.agencyId],
      };
      for (const id of this.reader.matchingAmong(filter, [...byId.keys()])) {
        byId.get(id)?.blockedBy.push({ kind: 'legal_hold', id: hold.id, name: hold.name });
      }
    }
    const last = candidates[candidates.length - 1];
    return {
      candidates,
      next: candidates.length < limit || last === undefined ? null : last.commentId,
    };
  }

  async expired(
    schedule: RetentionSchedule,
    page: { after: number; limit: number },
  ): Promise<{ candidates: RetentionCandidate[]; next: number | null }> {
    await this.indexed();
    return this.expiredNow(schedule, page.after, page.limit);
  }

  async countPurgeable(schedule: RetentionSchedule): Promise<number> {
    await this.indexed();
    let after = 0;
    let n = 0;
    for (;;) {
      const { candidates, next } = this.expiredNow(schedule, after, 5000);
      n += candidates.filter((c) => c.blockedBy.length === 0).length;
      if (next === null) return n;
      after = next;
    }
  }

  /**
   * The one sanctioned deletion. In one transaction: set the guard the append-only triggers
   * check, delete the versions (their FTS rows follow by trigger), decisions, category rows and
   * redactions of expired, unblocked comments, reduce each comment to a tombstone (ids, platform
   * ids, dates and state stay: action_log rows refer to them and are never touched, so the chain
   * still verifies), log the purge with counts only, and drop the guard.
   *
   * Foreign keys are switched off for the purge's connection around the transaction only:
   * action_log rows keep the ids of the decisions they acted on, and those rows may never change.
   * SQLite ignores that pragma inside a transaction, and the transaction is synchronous, so no
   * other write on this connection can run while it is off.
   */
  async purgeExpired(schedule: RetentionSchedule, limit: number): Promise<PurgeBatch | null> {
    // Queued writes first: the purge must not share their transaction.
    await this.writer.write(() => undefined);
    this.db.pragma('foreign_keys = OFF');
    try {
      return this.db
        .transaction((): PurgeBatch | null => {
          // Filter-scoped legal holds may name words: every version must be in the index.
          this.ftsBacklog.drain();
          const due: RetentionCandidate[] = [];
          let after = 0;
          while (due.length < limit) {
            const { candidates, next } = this.expiredNow(schedule, after, limit * 2);
            for (const c of candidates) {
              if (c.blockedBy.length === 0 && due.length < limit) due.push(c);
            }
            if (next === null) break;
            after = next;
          }
          if (due.length === 0) return null;
          const ids = JSON.stringify(due.map((c) => c.commentId));
          const counts = this.s.purgeCounts.get({ ids }) as {
            versions: number;
            decisions: number;
            redactions: number;
          };
          const byState = EMPTY_BY_STATE();
          for (const c of due) byState[c.state]++;
          const at = this.now().toISOString();
          this.s.guardOn.run();
          this.s.purgeRedactions.run({ ids });
          this.s.purgeAppeals.run({ ids });
          this.s.purgeCategories.run({ ids });
          this.s.purgeDecisions.run({ ids });
          this.s.purgeVersions.run({ ids });
          this.s.tombstone.run({ ids, at });
          // I.3: the purge is itself on record, with counts and never the content.
          const logged = this.log(
            'retention_purge',
            'system',
            `Retention schedule: ${due.length} comments past their retention period purged`,
            RETENTION_CLAUSE,
            {
              comments: due.length,
              // Ids only (the tombstones keep them too): `audit verify` accepts the evidence
              // rows of these comments as purged, and no others.
              commentIds: due.map((c) => c.commentId),
              byState,
              versions: counts.versions,
              decisions: counts.decisions,
              redactions: counts.redactions,
              retentionDays: { ...schedule },
            },
          );
          this.s.guardOff.run();
          return {
            comments: due.length,
            byState,
            versions: counts.versions,
            decisions: counts.decisions,
            redactions: counts.redactions,
            actionLogId: logged.id,
          };
        })
        .immediate();
    } finally {
      this.db.pragma('foreign_keys = ON');
    }
  }

  // --- Audit ----------------------------------------------------------------------------------

  async head(): Promise<ActionLogHead> {
    return this.reader.head();
  }

  /** `verifyActionChain` (src/store/action-chain.ts) over this database. */
  async verifyActionLog(
    onProgress: (checked: number, total: number) => void = () => undefined,
  ): Promise<ChainVerification> {
    return verifyActionChain(
      {
        count: () => (this.s.actionCount.get() as { n: number }).n,
        entries: (afterId, limit) => this.s.chain.all(afterId, limit) as ActionDbRow[],
      },
      onProgress,
    );
  }

  logExport(details: Record<string, unknown>, actor: Actor): Promise<ActionLogRow> {
    return this.writer.write(() =>
      this.log('records_export', actor, 'Records export produced', RECORDS_CLAUSE, details),
    );
  }
}
