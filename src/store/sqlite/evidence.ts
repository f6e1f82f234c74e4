/**
 * The evidence chain on SQLite (what it covers and why: src/store/evidence.ts). Entries are
 * appended inside the transaction that writes their row, so a row and its entry commit together.
 */
import { StorageError } from '../../errors.js';
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
  type EvidenceReader,
  type EvidenceKind,
  type EvidenceVerification,
} from '../evidence.js';
import type { Database, Statement } from 'better-sqlite3';
import type { Clock } from './util.js';

const quote = (c: string): string => `"${c}"`;

/** The comment a row belongs to, as SQL over the row's table. */
const COMMENT_OF: Record<EvidenceKind, string> = {
  version: 'comment_id',
  decision: 'comment_id',
  action: 'comment_id',
  redaction: '(SELECT v.comment_id FROM comment_versions v WHERE v.id = t.version_id)',
  appeal: 'comment_id',
};

const ENTRY_COLUMNS = `seq, kind, ref_id AS refId, comment_id AS commentId, digest, at,
  prev_mac AS prevMac, mac`;

export class SqliteEvidenceChain {
  private readonly s;
  private readonly rowOf: Record<EvidenceKind, Statement>;
  private readonly unsealed: Record<EvidenceKind, Statement>;
  private cachedKey: Buffer | undefined;

  constructor(
    private readonly db: Database,
    /** The chain key; called when first needed (a store only read never needs it). */
    private readonly keyOf: (chainIsEmpty: boolean) => Buffer,
    private readonly now: Clock,
  ) {
    this.s = {
      last: db.prepare('SELECT seq, mac FROM evidence_chain ORDER BY seq DESC LIMIT 1'),
      insert: db.prepare(
        `INSERT INTO evidence_chain (seq, kind, ref_id, comment_id, digest, at, prev_mac, mac)
         VALUES (@seq, @kind, @refId, @commentId, @digest, @at, @prevMac, @mac)`,
      ),
      count: db.prepare('SELECT COUNT(*) FROM evidence_chain').pluck(),
      // Whether the chain has an entry, without counting them: counting 2.5 million entries (a
      // million comments) took 0.1 s from a warm disk cache and 0.6 s from a cold one, paid by
      // the first write after the store opened.
      any: db.prepare('SELECT 1 FROM evidence_chain LIMIT 1').pluck(),
      pending: db.prepare('SELECT 1 FROM evidence_backfill LIMIT 1').pluck(),
      clearPending: db.prepare('DELETE FROM evidence_backfill'),
      batch: db.prepare(
        `SELECT ${ENTRY_COLUMNS} FROM evidence_chain WHERE seq > ? ORDER BY seq LIMIT ?`,
      ),
      macOf: db.prepare('SELECT mac FROM evidence_chain WHERE seq = ?').pluck(),
      purges: db
        .prepare(`SELECT details_json FROM action_log WHERE kind = 'retention_purge'`)
        .pluck(),
    };
    const rowOf = {} as Record<EvidenceKind, Statement>;
    const unsealed = {} as Record<EvidenceKind, Statement>;
    for (const kind of EVIDENCE_KINDS) {
      const table = EVIDENCE_TABLE[kind];
      const cols = DIGEST_COLUMNS[kind].map((c) => `t.${quote(c)}`).join(', ');
      rowOf[kind] = db
        .prepare(`SELECT ${COMMENT_OF[kind]} AS commentId, ${cols} FROM ${table} t WHERE t.id = ?`)
        .raw();
      unsealed[kind] = db
        .prepare(
          `SELECT t.id FROM ${table} t WHERE t.id > ? AND NOT EXISTS
             (SELECT 1 FROM evidence_chain e WHERE e.kind = '${kind}' AND e.ref_id = t.id)
           ORDER BY t.id LIMIT ?`,
        )
        .pluck();
    }
    this.rowOf = rowOf;
    this.unsealed = unsealed;
  }

  private key(): Buffer {
    this.cachedKey ??= this.keyOf(this.s.any.get() === undefined);
    return this.cachedKey;
  }

  /** The row's comment and digest as stored now, or null when the row is not there. */
  private digestOf(
    kind: EvidenceKind,
    id: number,
  ): { commentId: number | null; digest: string } | null {
    const row = this.rowOf[kind].get(id) as unknown[] | undefined;
    if (row === undefined) return null;
    const [commentId, ...columns] = row;
    return { commentId: (commentId as number | null) ?? null, digest: evidenceDigest(columns) };
  }

  /** Seals the row `id` of `kind`, read back. Runs inside the transaction that wrote the row. */
  append(kind: EvidenceKind, id: number): void {
    const found = this.digestOf(kind, id);
    if (found === null) throw new Error(`evidence: no ${kind} ${id} to seal`);
    this.seal(kind, id, found.commentId, found.digest);
  }

  /**
   * Seals a row just written from the values written (in DIGEST_COLUMNS order: integers, text
   * and nulls, which SQLite gives back unchanged), saving a read per row on the ingest path.
   * `audit verify` reads the row back, so a value stored differently would show at once.
   */
  appendWritten(
    kind: EvidenceKind,
    id: number,
    commentId: number | null,
    columns: readonly (string | number | null)[],
  ): void {
    this.seal(kind, id, commentId, evidenceDigest(columns));
  }

  private seal(kind: EvidenceKind, id: number, commentId: number | null, digest: string): void {
    const last = this.s.last.get() as { seq: number; mac: string } | undefined;
    const entry: Omit<EvidenceEntry, 'mac'> = {
      seq: (last?.seq ?? 0) + 1,
      kind,
      refId: id,
      commentId,
      digest,
      at: this.now().toISOString(),
      prevMac: last?.mac ?? EVIDENCE_GENESIS,
    };
    this.s.insert.run({ ...entry, mac: evidenceMac(this.key(), entry) });
  }

  /**
   * Seals the rows a store held when it was migrated to the chain, once, in one transaction.
   * Does nothing on a store already sealed.
   */
  sealPending(): number {
    if (this.s.pending.get() === undefined) return 0;
    return this.db
      .transaction(() => {
        if (this.s.pending.get() === undefined) return 0; // another process did it first
        let n = 0;
        for (const kind of EVIDENCE_KINDS) {
          let after = 0;
          for (;;) {
            const ids = this.unsealed[kind].all(after, 5000) as number[];
            for (const id of ids) this.append(kind, id);
            n += ids.length;
            if (ids.length < 5000) break;
            after = ids[ids.length - 1] ?? after;
          }
        }
        this.s.clearPending.run();
        return n;
      })
      .immediate();
  }

  /**
   * The newest entry. Entries are numbered from 1 without gaps, so its number is the count (as
   * the snapshot's head in records-reader.ts reads it); `verify` is what checks the gaps.
   */
  head(): EvidenceHead {
    const last = this.s.last.get() as { seq: number; mac: string } | undefined;
    return { count: last?.seq ?? 0, seq: last?.seq ?? null, mac: last?.mac ?? EVIDENCE_GENESIS };
  }

  /** The MAC of entry `seq`, for a comparison with a recorded head. */
  macOf(seq: number): string | undefined {
    return this.s.macOf.get(seq) as string | undefined;
  }

  /**
   * Checks every entry, every row an entry names, and that no row lacks an entry
   * (`verifyEvidence` in src/store/evidence.ts).
   */
  verify(
    onProgress: (checked: number, total: number) => void = () => undefined,
  ): Promise<EvidenceVerification> {
    const reader: EvidenceReader = {
      count: () => this.s.count.get() as number,
      entries: (afterSeq, limit) => this.s.batch.all(afterSeq, limit) as EvidenceEntry[],
      digestOf: (kind, id) => this.digestOf(kind, id),
      unsealed: (kind, afterId, limit) => this.unsealed[kind].all(afterId, limit) as number[],
      pending: () => this.s.pending.get() !== undefined,
      purgeDetails: () => this.s.purges.all() as (string | null)[],
    };
    return verifyEvidence(reader, this.key(), onProgress);
  }
}

/** The error for a store whose key is missing. */
export function missingKeyError(where: string): StorageError {
  return new StorageError(
    `This store's evidence chain is sealed with a key that is not here (looked in CIVICMOD_CHAIN_KEY and ${where}). ` +
      'Set CIVICMOD_CHAIN_KEY_FILE (or CIVICMOD_CHAIN_KEY) to the key it was sealed with; nothing was written.',
  );
}
