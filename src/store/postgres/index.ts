/**
 * The PostgreSQL store (issue 20), for deployments that outgrow one machine: several civicmod
 * processes on one database that its IT already backs up and replicates.
 *
 * The same store interface as SQLite (src/store/types.ts), with the same guarantees held by
 * what PostgreSQL offers across processes: unique keys (one comment per platform id, one
 * decision per version, one bot action per decision) and transaction-scoped advisory locks
 * (database.ts LOCKS) where the next write depends on a read (the chains, sign-in attempts).
 */
import { randomBytes } from 'node:crypto';
import type { DecisionRow, Store } from '../types.js';
import { loadChainKey, type ChainKeySource } from '../chain-key.js';
import { missingKeyError } from '../sqlite/evidence.js';
import { sha256, type Clock } from '../sqlite/util.js';
import { migratePostgres, openPool, schemaVersion, type Client } from './database.js';
import { PgActionLog } from './actions.js';
import { PgCommentStore } from './comments.js';
import { PgEvidenceChain } from './evidence.js';
import { PgAgencyStore, PgCursorStore, PgPageStore } from './pages.js';
import { PgComplianceStore, PgLoginAttemptStore, PgSessionStore, PgUserStore } from './users.js';
import { BatchedWrites, PgDb, eachOrAll, exec } from './util.js';
import { PgRecordsStore } from './records.js';
import { PgAppealStore } from './appeals.js';
import { PgDashboardQueries } from './dashboard.js';
import { PgReportQueries } from './reports.js';

/** The store on PostgreSQL: the whole store interface, plus its pool. */
export interface PostgresStore extends Store {
  readonly db: PgDb;
  /** Closes the pool and waits until every connection is closed. */
  end(): Promise<void>;
}

export async function openPostgresStore(
  url: string,
  options: {
    now?: Clock;
    /**
     * The evidence chain's key, or where to read it. Several processes share one chain, so
     * they must share its key: CIVICMOD_CHAIN_KEY or a key file they all read. Default: a
     * random key (tests only).
     */
    chainKey?: Buffer | ChainKeySource;
    /** Most connections this process opens. */
    maxConnections?: number;
  } = {},
): Promise<PostgresStore> {
  const pool = openPool(url, { max: options.maxConnections ?? 10 });
  try {
    await migratePostgres(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  const db = new PgDb(pool);
  const now = options.now ?? (() => new Date());
  const keySource = options.chainKey ?? randomBytes(32);
  const evidence = new PgEvidenceChain(
    db,
    () => {
      if (Buffer.isBuffer(keySource)) return keySource;
      // Never created here: every process on the database must be given the same key.
      const key = loadChainKey(keySource, false);
      if (key === null)
        throw missingKeyError(keySource.file ?? 'CIVICMOD_CHAIN_KEY_FILE (not set)');
      return key;
    },
    now,
  );
  await evidence.sealPending();
  const comments = new PgCommentStore(db, now, evidence);
  const actions = new PgActionLog(db, now, evidence);
  type Decide = Store['decide'];
  type DecideItem = { decision: Parameters<Decide>[0]; followUp: Parameters<Decide>[1] };
  type Decided = Awaited<ReturnType<Decide>>;
  const followedUp = async (
    client: Client,
    row: DecisionRow,
    followUp: DecideItem['followUp'],
  ): Promise<Decided> => ({
    decision: row,
    action: followUp
      ? await actions.append(
          client,
          followUp.phase,
          { ...followUp.action, decisionId: row.id },
          null,
          undefined,
        )
      : null,
    duplicate: false,
  });
  // A copy of the same version that got here second (a webhook delivered twice at once, to two
  // processes): the first copy's decision stands, nothing more is requested. The unique index on
  // version_id (migration 006) decides, in the round trip that writes the first (ON CONFLICT DO
  // NOTHING), under the chain lock that serializes the deciders.
  const duplicateOf = async (client: Client, versionId: number): Promise<Decided> => ({
    decision: (await comments.decisionOfVersion(client, versionId))!,
    action: null,
    duplicate: true,
  });
  const decideOne = async (client: Client, item: DecideItem): Promise<Decided> => {
    const row = await comments.recordDecisionUnlessDecided(client, item.decision);
    return row === undefined
      ? duplicateOf(client, item.decision.versionId)
      : followedUp(client, row, item.followUp);
  };
  // Decisions requested while the chain lock is busy, stored together: the first for each
  // comment in two statements for all, then each one's action; the others one by one after them
  // (a second decision of a comment must land after its first, as it would alone).
  const decisions = new BatchedWrites<DecideItem, Decided>(db, (client, items) =>
    eachOrAll(
      client,
      items,
      async (many) => {
        const firsts = new Map<number, number>();
        many.forEach((item, i) => {
          if (!firsts.has(item.decision.commentId)) firsts.set(item.decision.commentId, i);
        });
        const at = [...firsts.values()];
        const rows = await comments.recordDecisionsUnlessDecided(
          client,
          at.map((i) => (many[i] as DecideItem).decision),
        );
        const results: Decided[] = [];
        const rowOf = new Map(at.map((i, k) => [i, rows[k]]));
        for (let i = 0; i < many.length; i++) {
          const item = many[i] as DecideItem;
          if (!rowOf.has(i)) results.push(await decideOne(client, item));
          else {
            const row = rowOf.get(i);
            results.push(
              row === undefined
                ? await duplicateOf(client, item.decision.versionId)
                : await followedUp(client, row, item.followUp),
            );
          }
        }
        return results;
      },
      (item) => decideOne(client, item),
    ),
  );
  let ended: Promise<void> | undefined;
  const end = () => (ended ??= pool.end());
  return {
    db,
    comments,
    actions,
    pages: new PgPageStore(db),
    agencies: new PgAgencyStore(db, now),
    cursors: new PgCursorStore(db, now),
    evidence: {
      head: () => evidence.head(),
      verify: (onProgress) => evidence.verify(onProgress),
      macOf: (seq) => evidence.macOf(seq),
    },
    users: new PgUserStore(db, now),
    sessions: new PgSessionStore(db, now),
    loginAttempts: new PgLoginAttemptStore(db),
    compliance: new PgComplianceStore(db, now),
    records: new PgRecordsStore(db, now, actions, evidence),
    appeals: new PgAppealStore(db, now, actions, evidence),
    dashboard: new PgDashboardQueries(db),
    reports: new PgReportQueries(db),
    decide(decision, followUp) {
      return decisions.write({ decision, followUp });
    },
    keepRawEvent(event) {
      return db.write(async (client) => {
        await exec(
          client,
          `INSERT INTO raw_events (platform, source, note, raw_payload, raw_sha256, received_at)
           VALUES ($1, $2, $3, $4, $5, $6)`,
          [
            event.platform,
            event.source,
            event.note,
            event.raw,
            sha256(event.raw),
            now().toISOString(),
          ],
        );
      });
    },
    async health() {
      try {
        const [version, count] = await Promise.all([schemaVersion(pool), comments.count()]);
        // The server's disk is the server's: PostgreSQL reports a full disk on write (53100).
        return {
          ok: true,
          schemaVersion: version,
          comments: count,
          writable: true,
          freeBytes: null,
        };
      } catch {
        return { ok: false, schemaVersion: 0, comments: 0, writable: false, freeBytes: null };
      }
    },
    close() {
      void end();
    },
    end,
  };
}
