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
import type { Store } from '../types.js';
import { loadChainKey, type ChainKeySource } from '../chain-key.js';
import { missingKeyError } from '../sqlite/evidence.js';
import { sha256, type Clock } from '../sqlite/util.js';
import { migratePostgres, openPool, schemaVersion } from './database.js';
import { PgActionLog } from './actions.js';
import { PgCommentStore } from './comments.js';
import { PgEvidenceChain } from './evidence.js';
import { PgAgencyStore, PgCursorStore, PgPageStore } from './pages.js';
import { PgComplianceStore, PgLoginAttemptStore, PgSessionStore, PgUserStore } from './users.js';
import { PgDb, exec } from './util.js';
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
      return db.writeChained(async (client) => {
        // A copy of the same version that got here second (a webhook delivered twice at once,
        // to two processes): the first copy's decision stands, nothing more is requested. The
        // unique index on version_id (migration 006) decides, in the round trip that writes the
        // first (ON CONFLICT DO NOTHING), under the chain lock that serializes the deciders.
        const row = await comments.recordDecisionUnlessDecided(client, decision);
        if (row === undefined) {
          const existing = (await comments.decisionOfVersion(client, decision.versionId))!;
          return { decision: existing, action: null, duplicate: true };
        }
        const action = followUp
          ? await actions.append(
              client,
              followUp.phase,
              { ...followUp.action, decisionId: row.id },
              null,
              undefined,
            )
          : null;
        return { decision: row, action, duplicate: false };
      });
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
