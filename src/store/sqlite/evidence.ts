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
  FINDINGS_SHOWN,
  describeRow,
  evidenceDigest,
  evidenceMac,
  type EvidenceEntry,
  type EvidenceFinding,
  type EvidenceHead,
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
    this.cachedKey ??= this.keyOf((this.s.count.get() as number) === 0);
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

  /** The comments a retention purge removed, from the purges' own (sealed) log entries. */
  private purgedComments(): Set<number> {
    const out = new Set<number>();
    for (const json of this.s.purges.all() as (string | null)[]) {
      const ids = (JSON.parse(json ?? '{}') as { commentIds?: unknown }).commentIds;
      if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'number') out.add(id);
    }
    return out;
  }

  /**
   * Checks every entry (the MACs link and verify with the key), every row an entry names (still
   * there, unchanged, or purged under the retention schedule), and that no row lacks an entry.
   */
  verify(
    onProgress: (checked: number, total: number) => void = () => undefined,
  ): EvidenceVerification {
    const findings: EvidenceFinding[] = [];
    let total = 0;
    const find = (f: EvidenceFinding): void => {
      total++;
      if (findings.length < FINDINGS_SHOWN) findings.push(f);
    };
    const key = this.key();
    const purged = this.purgedComments();
    const count = this.s.count.get() as number;
    const byKind: Record<EvidenceKind, number> = {
      version: 0,
      decision: 0,
      action: 0,
      redaction: 0,
      appeal: 0,
    };
    let purgedRows = 0;
    let prev = { seq: 0, mac: EVIDENCE_GENESIS };
    let chainBroken = false;
    let checked = 0;
    for (;;) {
      const entries = this.s.batch.all(prev.seq, 5000) as EvidenceEntry[];
      for (const e of entries) {
        checked++;
        byKind[e.kind]++;
        if (!chainBroken) {
          const { mac, ...content } = e;
          if (e.seq !== prev.seq + 1) {
            chainBroken = true;
            find({
              problem: 'entry_removed',
              detail:
                e.seq === prev.seq + 2
                  ? `evidence entry ${prev.seq + 1} is missing: entry ${e.seq} follows entry ${prev.seq}`
                  : `evidence entries ${prev.seq + 1} to ${e.seq - 1} are missing: entry ${e.seq} follows entry ${prev.seq}`,
            });
          } else if (evidenceMac(key, content) !== mac) {
            chainBroken = true;
            find(
              e.seq === 1
                ? {
                    problem: 'wrong_key',
                    detail:
                      'the first evidence entry does not verify with this chain key: the key is not the one the store was sealed with (CIVICMOD_CHAIN_KEY / CIVICMOD_CHAIN_KEY_FILE), or the chain was re-sealed without it',
                  }
                : {
                    problem: 'entry_changed',
                    detail: `evidence entry ${e.seq} (${describeRow(e.kind, e.refId, e.commentId)}) does not verify with the chain key: it was edited or re-sealed without the key`,
                  },
            );
          } else if (e.prevMac !== prev.mac) {
            chainBroken = true;
            find({
              problem: 'entry_changed',
              detail: `evidence entry ${prev.seq} was replaced: entry ${e.seq} was sealed after a different one`,
            });
          }
        }
        prev = { seq: e.seq, mac: e.mac };
        const now = this.digestOf(e.kind, e.refId);
        const what = describeRow(e.kind, e.refId, e.commentId);
        if (now === null) {
          if (e.commentId !== null && purged.has(e.commentId)) purgedRows++;
          else find({ problem: 'row_removed', detail: `${what} was deleted` });
        } else if (now.digest !== e.digest) {
          find({
            problem: 'row_changed',
            detail: `${what} was changed after it was recorded${e.kind === 'version' ? ' (its text, hashes or platform payload)' : ''}`,
          });
        }
      }
      onProgress(checked, count);
      if (entries.length < 5000) break;
    }
    const pending = this.s.pending.get() !== undefined;
    for (const kind of EVIDENCE_KINDS) {
      let after = 0;
      for (;;) {
        const ids = this.unsealed[kind].all(after, 5000) as number[];
        for (const id of ids) {
          find({
            problem: 'row_unsealed',
            detail: pending
              ? `${describeRow(kind, id, null)} is not sealed yet (the store has not been opened for writing since it was upgraded)`
              : `${describeRow(kind, id, null)} has no evidence entry: it was added outside civicmod`,
          });
        }
        if (ids.length < 5000) break;
        after = ids[ids.length - 1] ?? after;
      }
    }
    const head: EvidenceHead = { count, seq: prev.seq === 0 ? null : prev.seq, mac: prev.mac };
    if (total > 0) return { ok: false, head, findings, total };
    return { ok: true, head, byKind, purged: purgedRows };
  }
}

/** The error for a store whose key is missing. */
export function missingKeyError(where: string): StorageError {
  return new StorageError(
    `This store's evidence chain is sealed with a key that is not here (looked in CIVICMOD_CHAIN_KEY and ${where}). ` +
      'Set CIVICMOD_CHAIN_KEY_FILE (or CIVICMOD_CHAIN_KEY) to the key it was sealed with; nothing was written.',
  );
}
