import { accessSync, constants, statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Store } from '../types.js';
import { GroupCommitWriter, openDatabase, type Database, type OpenOptions } from './database.js';
import { SqliteActionLog } from './actions.js';
import { SqliteCommentStore } from './comments.js';
import { SqliteCursorStore } from './cursors.js';
import { FtsBacklog } from './fts-backlog.js';
import { SqliteAgencyStore, SqlitePageStore } from './pages.js';
import { SqliteRecordsStore } from './records.js';
import { SqliteComplianceStore } from './compliance.js';
import { SqliteDashboardQueries } from './dashboard.js';
import { SqliteReportQueries } from './reports.js';
import { SqliteLoginAttemptStore, SqliteSessionStore, SqliteUserStore } from './users.js';
import { sha256, type Clock } from './util.js';
import { SqliteEvidenceChain, missingKeyError } from './evidence.js';
import { SqliteAppealStore } from './appeals.js';
import { defaultKeyFile, loadChainKey, type ChainKeySource } from '../chain-key.js';
import { randomBytes } from 'node:crypto';

export interface SqliteStore extends Store {
  /** The connection, for store modules added by later areas (accounts, public records). */
  readonly db: Database;
  readonly writer: GroupCommitWriter;
  readonly now: Clock;
  /** The evidence chain itself, for store modules that write evidence rows. */
  readonly chain: SqliteEvidenceChain;
}

/**
 * Whether the store can take a write now: the file and its folder writable and the disk not
 * full (null free space when it cannot be read, e.g. an in-memory store).
 */
function storageHealth(path: string): { writable: boolean; freeBytes: number | null } {
  if (path === ':memory:') return { writable: true, freeBytes: null };
  let writable = true;
  for (const target of [path, dirname(path)]) {
    try {
      accessSync(target, constants.W_OK);
    } catch {
      writable = false;
    }
  }
  let freeBytes: number | null;
  try {
    const fs = statfsSync(dirname(path));
    freeBytes = fs.bavail * fs.bsize;
  } catch {
    freeBytes = null;
  }
  return { writable, freeBytes };
}

export function openSqliteStore(
  path: string,
  options: OpenOptions & {
    now?: Clock;
    /**
     * The evidence chain's key (src/store/chain-key.ts): the key itself, or where to read it.
     * Default: a file beside the database (a random key for an in-memory store).
     */
    chainKey?: Buffer | ChainKeySource;
  } = {},
): SqliteStore {
  const db = openDatabase(path, options);
  const now = options.now ?? (() => new Date());
  const keySource: Buffer | ChainKeySource =
    options.chainKey ?? (path === ':memory:' ? randomBytes(32) : { file: defaultKeyFile(path) });
  const evidence = new SqliteEvidenceChain(
    db,
    (chainIsEmpty) => {
      if (Buffer.isBuffer(keySource)) return keySource;
      const key = loadChainKey(keySource, chainIsEmpty && !options.readonly);
      if (key === null) throw missingKeyError(keySource.file ?? 'no key file');
      return key;
    },
    now,
  );
  if (!options.readonly) evidence.sealPending();
  const ftsBacklog = new FtsBacklog(db);
  const writer = new GroupCommitWriter(db, { beforeCommit: () => ftsBacklog.drain() });
  const schemaVersion = () => db.pragma('user_version', { simple: true }) as number;
  const comments = new SqliteCommentStore(db, writer, now, evidence);
  const actions = new SqliteActionLog(db, writer, now, evidence);
  const insertRaw = db.prepare(
    'INSERT INTO raw_events (platform, source, note, raw_payload, raw_sha256, received_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  return {
    db,
    writer,
    now,
    chain: evidence,
    comments,
    actions,
    pages: new SqlitePageStore(db, writer),
    agencies: new SqliteAgencyStore(db, writer, now),
    cursors: new SqliteCursorStore(db, writer, now),
    records: new SqliteRecordsStore(db, writer, now, actions, evidence),
    appeals: new SqliteAppealStore(db, writer, now, actions, evidence),
    evidence: {
      head: () => Promise.resolve(evidence.head()),
      verify: (onProgress) => evidence.verify(onProgress),
      macOf: (seq) => Promise.resolve(evidence.macOf(seq)),
    },
    users: new SqliteUserStore(db, writer, now),
    sessions: new SqliteSessionStore(db, writer, now),
    loginAttempts: new SqliteLoginAttemptStore(db, writer),
    compliance: new SqliteComplianceStore(db, writer, now),
    dashboard: new SqliteDashboardQueries(db),
    reports: new SqliteReportQueries(db),
    decide(decision, followUp) {
      return writer.write(() => {
        // A copy of the same version (a webhook delivered twice at once, two imports of one
        // file) that got here second: the first copy's decision stands, and nothing more is
        // requested of the platform. Checked inside the writing transaction (BEGIN IMMEDIATE:
        // serialized across processes too); migration 006 refuses a second decision regardless.
        const existing = comments.decisionOfVersion(decision.versionId);
        if (existing !== undefined) return { decision: existing, action: null, duplicate: true };
        const row = comments.recordDecisionNow(decision);
        const action = followUp
          ? actions.append(
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
      return writer.write(() => {
        insertRaw.run(
          event.platform,
          event.source,
          event.note,
          event.raw,
          sha256(event.raw),
          now().toISOString(),
        );
      });
    },
    async health() {
      const storage = storageHealth(path);
      return {
        ok: storage.writable && storage.freeBytes !== 0,
        schemaVersion: schemaVersion(),
        comments: await comments.count(),
        ...storage,
      };
    },
    close() {
      if (db.open) db.close();
    },
  };
}
