/**
 * `civicmod migrate-store`: copies a SQLite store into an empty PostgreSQL database (issue 20),
 * every row with its id, so that every version, decision, action, redaction, appeal and account
 * comes across, and the action log's hash chain and the evidence chain (copied entry for entry)
 * verify on the copy with the same key.
 *
 * The source is checked first (both chains, with its key) and opened read-only; the copy is one
 * transaction, so a failure leaves the target as empty as it was. Afterwards the counts of every
 * table are compared and both chains verified on the target; the heads must be the source's.
 */
import BetterSqlite3 from 'better-sqlite3';
import { InputError } from '../errors.js';
import { auditVerify, type AuditResult } from '../records/audit.js';
import type { ChainKeySource } from './chain-key.js';
import { openPostgresStore, type PostgresStore } from './postgres/index.js';
import { exec } from './postgres/util.js';
import { openSqliteStore } from './sqlite/index.js';

/**
 * The tables copied, in an order that satisfies every foreign key. Left out, because the target
 * rebuilds them or they are not records: the full-text index and its backlog (rebuilt by
 * PostgreSQL's triggers as versions arrive), the category index (rebuilt from the decisions),
 * the evidence backfill marker, the purge guard and delivery claims.
 */
export const COPIED_TABLES = [
  'agencies',
  'pages',
  'posts',
  'comments',
  'comment_versions',
  'decisions',
  'action_log',
  'raw_events',
  'cursors',
  'users',
  'user_agencies',
  'sessions',
  'login_attempts',
  'page_compliance',
  'records_requests',
  'records_request_items',
  'redactions',
  'legal_holds',
  'legal_hold_comments',
  'appeals',
  'appeal_submissions',
  'page_notices',
  'evidence_chain',
] as const;

/** Columns that SQLite keeps as 0/1 and PostgreSQL as booleans. */
const BOOLEAN_COLUMNS: Record<string, readonly string[]> = {
  login_attempts: ['succeeded'],
  page_notices: ['enabled'],
};

/** Tables whose ids PostgreSQL generates: their sequences continue after the copied ids. */
const IDENTITY_TABLES = [
  'agencies',
  'pages',
  'posts',
  'comments',
  'comment_versions',
  'decisions',
  'action_log',
  'raw_events',
  'users',
  'login_attempts',
  'page_compliance',
  'records_requests',
  'redactions',
  'legal_holds',
  'appeals',
] as const;

const BATCH = 1000;

export interface MigrateResult {
  tables: { table: string; rows: number }[];
  source: AuditResult;
  target: AuditResult;
}

/** Copies the SQLite store at `from` into the empty PostgreSQL database at `to`. */
export async function migrateStore(
  from: string,
  to: string,
  chainKey: ChainKeySource | Buffer,
  onTable: (table: string, rows: number) => void = () => undefined,
): Promise<MigrateResult> {
  // The source, read-only, checked with its key before anything is written anywhere.
  let sourceStore;
  try {
    sourceStore = openSqliteStore(from, { readonly: true, chainKey });
  } catch (err) {
    throw new InputError(`Cannot open the SQLite store ${from}: ${(err as Error).message}`);
  }
  let source: AuditResult;
  try {
    source = await auditVerify(sourceStore);
  } finally {
    sourceStore.close();
  }
  if (!source.actionLog.ok || !source.evidence.ok) {
    throw new InputError(
      `The store ${from} does not verify (civicmod audit verify shows why): it is copied only when both chains are intact. Nothing was written.`,
    );
  }
  const db = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  let target: PostgresStore | undefined;
  try {
    if (db.prepare('SELECT 1 FROM evidence_backfill LIMIT 1').get() !== undefined) {
      throw new InputError(
        `The store ${from} has rows not yet sealed in its evidence chain (it was upgraded and not opened since): run civicmod start or civicmod audit verify on it once, then migrate. Nothing was written.`,
      );
    }
    target = await openPostgresStore(to, { chainKey });
    const pool = target.db.pool;
    const { rows: used } = await pool.query<{ n: number }>(
      `SELECT (SELECT COUNT(*) FROM comments) + (SELECT COUNT(*) FROM action_log)
            + (SELECT COUNT(*) FROM users) + (SELECT COUNT(*) FROM evidence_chain) AS n`,
    );
    if ((used[0]?.n ?? 0) > 0) {
      throw new InputError(
        'The PostgreSQL database already holds records: migrate-store copies into an empty database only (create a new one with createdb). Nothing was written.',
      );
    }
    const tables: { table: string; rows: number }[] = [];
    await target.db.write(async (client) => {
      // The default agency the target's migration made is replaced by the source's agencies.
      await client.query('DELETE FROM agencies');
      for (const table of COPIED_TABLES) {
        const columns = (db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map(
          (c) => c.name,
        );
        const booleans = new Set(BOOLEAN_COLUMNS[table] ?? []);
        const list = columns.map((c) => `"${c}"`).join(', ');
        // Streamed in table order, a batch of rows per INSERT: memory stays flat on a big store.
        const insert = async (rows: Record<string, unknown>[]) => {
          const values: unknown[] = [];
          const tuples = rows.map((row) => {
            const placeholders = columns.map((c) => {
              const v = row[c];
              values.push(booleans.has(c) ? v === 1 : typeof v === 'bigint' ? Number(v) : v);
              return `$${values.length}`;
            });
            return `(${placeholders.join(', ')})`;
          });
          await exec(client, `INSERT INTO ${table} (${list}) VALUES ${tuples.join(', ')}`, values);
        };
        let copied = 0;
        let batch: Record<string, unknown>[] = [];
        for (const row of db.prepare(`SELECT * FROM ${table}`).iterate()) {
          batch.push(row as Record<string, unknown>);
          if (batch.length === BATCH) {
            await insert(batch);
            copied += batch.length;
            batch = [];
          }
        }
        if (batch.length > 0) await insert(batch);
        copied += batch.length;
        tables.push({ table, rows: copied });
        onTable(table, copied);
      }
      for (const table of IDENTITY_TABLES) {
        await client.query(
          `SELECT setval(pg_get_serial_sequence('${table}', 'id'), GREATEST((SELECT MAX(id) FROM ${table}), 1), (SELECT MAX(id) FROM ${table}) IS NOT NULL)`,
        );
      }
      // The copied chain is complete: nothing from before it waits to be sealed.
      await client.query('DELETE FROM evidence_backfill');
    });
    // Counts, table by table, and the categories rebuilt from the decisions.
    for (const { table, rows } of tables) {
      const { rows: n } = await pool.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${table}`);
      if (n[0]?.n !== rows) {
        throw new Error(
          `migrate-store: ${table} has ${n[0]?.n} rows on PostgreSQL, ${rows} in SQLite`,
        );
      }
    }
    const categories = (
      db.prepare('SELECT COUNT(*) AS n FROM records_comment_categories').get() as { n: number }
    ).n;
    const { rows: pgCategories } = await pool.query<{ n: number }>(
      'SELECT COUNT(*) AS n FROM records_comment_categories',
    );
    if (pgCategories[0]?.n !== categories) {
      throw new Error(
        `migrate-store: ${pgCategories[0]?.n} category rows rebuilt on PostgreSQL, ${categories} in SQLite`,
      );
    }
    const verified = await auditVerify(target);
    const sameHeads =
      verified.actionLog.ok &&
      source.actionLog.ok &&
      verified.actionLog.head.hash === source.actionLog.head.hash &&
      verified.evidence.ok &&
      source.evidence.ok &&
      verified.evidence.head.mac === source.evidence.head.mac;
    if (!sameHeads) {
      throw new Error(
        'migrate-store: the copy does not verify with the same chain heads as the source; do not use it, and report this',
      );
    }
    return { tables, source, target: verified };
  } finally {
    db.close();
    await target?.end();
  }
}
