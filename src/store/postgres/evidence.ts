/**
 * The evidence chain on PostgreSQL (what it covers and why: src/store/evidence.ts). As on
 * SQLite, an entry is appended inside the transaction that writes its row; that transaction
 * holds the chain lock (LOCKS.chain), so processes sharing the database extend one chain, one
 * link at a time.
 */
import {
  DIGEST_COLUMNS,
  EVIDENCE_GENESIS,
  EVIDENCE_KINDS,
  EVIDENCE_TABLE,
  evidenceDigest,
  evidenceMac,
  verifyEvidence,
  type EvidenceEntry,
  type EvidenceHead,
  type EvidenceKind,
  type EvidenceVerification,
} from '../evidence.js';
import { chainHeads, type Client, type Queryable } from './database.js';
import { all, one, type PgDb, exec, execArrays } from './util.js';
import type { Clock } from '../sqlite/util.js';

const quote = (c: string): string => `"${c}"`;

const COMMENT_OF: Record<EvidenceKind, string> = {
  version: 'comment_id',
  decision: 'comment_id',
  action: 'comment_id',
  redaction: '(SELECT v.comment_id FROM comment_versions v WHERE v.id = t.version_id)',
  appeal: 'comment_id',
};

const ENTRY_COLUMNS = `seq, kind, ref_id AS "refId", comment_id AS "commentId", digest, at,
  prev_mac AS "prevMac", mac`;

export class PgEvidenceChain {
  private cachedKey: Buffer | undefined;

  constructor(
    private readonly db: PgDb,
    /** The chain key; called when first needed (a store only read never needs it). */
    private readonly keyOf: () => Buffer,
    private readonly now: Clock,
  ) {}

  private key(): Buffer {
    this.cachedKey ??= this.keyOf();
    return this.cachedKey;
  }

  private async digestOf(
    q: Queryable,
    kind: EvidenceKind,
    id: number,
  ): Promise<{ commentId: number | null; digest: string } | null> {
    const cols = DIGEST_COLUMNS[kind].map((c) => `t.${quote(c)}`).join(', ');
    const [row] = await execArrays(
      q,
      `SELECT ${COMMENT_OF[kind]} AS "commentId", ${cols} FROM ${EVIDENCE_TABLE[kind]} t WHERE t.id = $1`,
      [id],
    );
    if (row === undefined) return null;
    const [commentId, ...columns] = row;
    return { commentId: (commentId as number | null) ?? null, digest: evidenceDigest(columns) };
  }

  /** Seals the row `id` of `kind`, read back, in the transaction of `client`. */
  async append(client: Client, kind: EvidenceKind, id: number): Promise<void> {
    const found = await this.digestOf(client, kind, id);
    if (found === null) throw new Error(`evidence: no ${kind} ${id} to seal`);
    await this.seal(client, kind, id, found.commentId, found.digest);
  }

  /**
   * Seals a row just written from the values written (in DIGEST_COLUMNS order), saving a read.
   * `audit verify` reads the row back, so a value stored differently would show at once.
   * `then`, a statement of the same transaction that needs nothing the seal returns (its
   * parameters numbered from $1), is sent with it: one round trip instead of two.
   */
  appendWritten(
    client: Client,
    kind: EvidenceKind,
    id: number,
    commentId: number | null,
    columns: readonly (string | number | null)[],
    then?: { sql: string; values: unknown[] },
    alongside?: { sql: string; values: unknown[] },
  ): Promise<void> {
    return this.seal(client, kind, id, commentId, evidenceDigest(columns), then, alongside);
  }

  /**
   * `alongside`, a data-modifying statement (parameters from $1), runs in the same statement
   * before the seal's insert: the row it writes and its seal go in one round trip, its id taken
   * ahead from the sequence. The seal is checked against the row by `audit verify` like any.
   */
  private async seal(
    client: Client,
    kind: EvidenceKind,
    id: number,
    commentId: number | null,
    digest: string,
    then?: { sql: string; values: unknown[] },
    alongside?: { sql: string; values: unknown[] },
  ): Promise<void> {
    const heads = chainHeads(client);
    const entry = this.link(await this.headIn(client), kind, id, commentId, digest, this.now());
    const insert = `INSERT INTO evidence_chain (seq, kind, ref_id, comment_id, digest, at, prev_mac, mac)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;
    const values = [entry.seq, kind, id, commentId, digest, entry.at, entry.prevMac, entry.mac];
    if (then === undefined && alongside === undefined) {
      await exec(client, insert, values);
    } else {
      // A data-modifying WITH runs to completion whatever the outer statement reads.
      const shift = (sql: string, by: number): string =>
        sql.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + by}`);
      const before = alongside?.values ?? [];
      const written = alongside === undefined ? '' : `written AS (${alongside.sql}), `;
      const sealed = `sealed AS (${shift(insert, before.length)})`;
      const last = then === undefined ? 'SELECT 1' : shift(then.sql, before.length + values.length);
      await exec(client, `WITH ${written}${sealed} ${last}`, [
        ...before,
        ...values,
        ...(then?.values ?? []),
      ]);
    }
    heads.evidence = { seq: entry.seq, mac: entry.mac };
  }

  /**
   * Seals for rows of one kind just written (each with its values in DIGEST_COLUMNS order), in
   * the order given, as one multi-row insert whose parameters are numbered from `$${from}`: the
   * caller sends it in the statement that writes the rows. `sealed` records the new head, to be
   * called once that statement has run.
   */
  async sealsFor(
    client: Client,
    kind: EvidenceKind,
    rows: readonly { id: number; commentId: number | null; columns: readonly unknown[] }[],
    from: number,
  ): Promise<{ sql: string; values: unknown[][]; sealed: () => void }> {
    const heads = chainHeads(client);
    let last = await this.headIn(client);
    const at = this.now();
    const columns: unknown[][] = [[], [], [], [], [], [], [], []];
    for (const row of rows) {
      const e = this.link(last, kind, row.id, row.commentId, evidenceDigest(row.columns), at);
      [e.seq, kind, row.id, row.commentId, e.digest, e.at, e.prevMac, e.mac].forEach((value, i) =>
        columns[i]?.push(value),
      );
      last = { seq: e.seq, mac: e.mac };
    }
    const types = ['bigint', 'text', 'bigint', 'bigint', 'text', 'text', 'text', 'text'];
    const head = last;
    return {
      sql: `INSERT INTO evidence_chain (seq, kind, ref_id, comment_id, digest, at, prev_mac, mac)
        SELECT * FROM unnest(${types.map((t, i) => `$${from + i}::${t}[]`).join(', ')})`,
      values: columns,
      sealed: () => {
        if (head !== undefined) heads.evidence = head;
      },
    };
  }

  /** The chain's head, under the chain lock: read once per transaction, then followed in memory. */
  private async headIn(client: Client): Promise<{ seq: number; mac: string } | undefined> {
    return (
      chainHeads(client).evidence ??
      (await one<{ seq: number; mac: string }>(
        client,
        'SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1',
      ))
    );
  }

  /** The entry that follows `last` (undefined: the chain is empty), with its MAC. */
  private link(
    last: { seq: number; mac: string } | undefined,
    kind: EvidenceKind,
    refId: number,
    commentId: number | null,
    digest: string,
    at: Date,
  ): EvidenceEntry {
    const entry: Omit<EvidenceEntry, 'mac'> = {
      seq: (last?.seq ?? 0) + 1,
      kind,
      refId,
      commentId,
      digest,
      at: at.toISOString(),
      prevMac: last?.mac ?? EVIDENCE_GENESIS,
    };
    return { ...entry, mac: evidenceMac(this.key(), entry) };
  }

  /**
   * A new PostgreSQL store has nothing from before the chain (migration 008 marks it pending
   * all the same, for stores copied in by `migrate-store`): seals whatever has no entry, once.
   */
  async sealPending(): Promise<number> {
    if ((await one(this.db.pool, 'SELECT 1 FROM evidence_backfill LIMIT 1')) === undefined)
      return 0;
    return this.db.writeChained(async (client) => {
      if ((await one(client, 'SELECT 1 FROM evidence_backfill LIMIT 1')) === undefined) return 0;
      let n = 0;
      for (const kind of EVIDENCE_KINDS) {
        for (const id of await this.unsealed(client, kind, 0, Number.MAX_SAFE_INTEGER)) {
          await this.append(client, kind, id);
          n++;
        }
      }
      await exec(client, 'DELETE FROM evidence_backfill');
      return n;
    });
  }

  private unsealed(
    q: Queryable,
    kind: EvidenceKind,
    afterId: number,
    limit: number,
  ): Promise<number[]> {
    const table = EVIDENCE_TABLE[kind];
    return all<{ id: number }>(
      q,
      `SELECT t.id FROM ${table} t WHERE t.id > $1 AND NOT EXISTS
         (SELECT 1 FROM evidence_chain e WHERE e.kind = $2 AND e.ref_id = t.id)
       ORDER BY t.id LIMIT $3`,
      [afterId, kind, limit],
    ).then((rows) => rows.map((r) => r.id));
  }

  /** The newest entry; entries are numbered from 1 without gaps, so its number is the count. */
  async head(): Promise<EvidenceHead> {
    const last = await one<{ seq: number; mac: string }>(
      this.db.pool,
      'SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1',
    );
    return { count: last?.seq ?? 0, seq: last?.seq ?? null, mac: last?.mac ?? EVIDENCE_GENESIS };
  }

  async macOf(seq: number): Promise<string | undefined> {
    return (
      await one<{ mac: string }>(this.db.pool, 'SELECT mac FROM evidence_chain WHERE seq = $1', [
        seq,
      ])
    )?.mac;
  }

  /** `verifyEvidence` (src/store/evidence.ts) over this database. */
  async verify(
    onProgress: (checked: number, total: number) => void = () => undefined,
  ): Promise<EvidenceVerification> {
    const q = this.db.pool;
    return verifyEvidence(
      {
        count: async () =>
          (await one<{ n: number }>(q, 'SELECT COUNT(*) AS n FROM evidence_chain'))?.n ?? 0,
        entries: (afterSeq, limit) =>
          all<EvidenceEntry>(
            q,
            `SELECT ${ENTRY_COLUMNS} FROM evidence_chain WHERE seq > $1 ORDER BY seq LIMIT $2`,
            [afterSeq, limit],
          ),
        digestOf: (kind, id) => this.digestOf(q, kind, id),
        unsealed: (kind, afterId, limit) => this.unsealed(q, kind, afterId, limit),
        pending: async () =>
          (await one(q, 'SELECT 1 FROM evidence_backfill LIMIT 1')) !== undefined,
        purgeDetails: async () =>
          (
            await all<{ d: string | null }>(
              q,
              `SELECT details_json AS d FROM action_log WHERE kind = 'retention_purge'`,
            )
          ).map((r) => r.d),
      },
      this.key(),
      onProgress,
    );
  }
}
