/**
 * The evidence chain: every row that is evidence gets one entry, sealed with a keyed MAC that
 * also covers the entry before it.
 *
 * What is evidence: each comment version (its text, the text's hash, the platform's raw payload
 * and its hash, source and time), each decision (classifier version, action, flags, scores,
 * reasons, language, time), each action-log entry (which also records settings changes, records
 * requests, legal holds, exports, purges and appeal decisions), each redaction (what span, which
 * exemption, by whom, when) and each appeal from the public as submitted.
 *
 * An entry holds the SHA-256 digest of its row's columns, and
 * `mac = HMAC-SHA-256(key, [previous mac, seq, kind, row id, comment id, digest, time])`.
 * `civicmod audit verify` then finds:
 * - a row edited after it was written (its digest no longer matches),
 * - a row deleted (its entry names a row that is not there, outside a retention purge that
 *   names the comment),
 * - a row added behind civicmod's back (no entry names it),
 * - an entry edited, removed or reordered (the MACs no longer link), and an entry re-sealed after
 *   an edit by someone without the key (the MAC does not verify),
 * - with `--against`, entries and rows deleted from the end (the recorded head is gone).
 *
 * What it does not cover: the columns that describe a comment's current state (`state`,
 * `review_state`, current version), which are derived from the versions and the action log,
 * and accounts, sessions and cursors, which are not records of what was posted or done.
 */
import { createHash, createHmac } from 'node:crypto';

export type EvidenceKind = 'version' | 'decision' | 'action' | 'redaction' | 'appeal';

export const EVIDENCE_KINDS: readonly EvidenceKind[] = [
  'version',
  'decision',
  'action',
  'redaction',
  'appeal',
];

/** The MAC before the first entry. */
export const EVIDENCE_GENESIS = '0'.repeat(64);

export interface EvidenceEntry {
  seq: number;
  kind: EvidenceKind;
  refId: number;
  commentId: number | null;
  digest: string;
  at: string;
  prevMac: string;
  mac: string;
}

export interface EvidenceHead {
  count: number;
  seq: number | null;
  /** EVIDENCE_GENESIS for an empty chain. */
  mac: string;
}

export type EvidenceProblem =
  'entry_changed' | 'entry_removed' | 'wrong_key' | 'row_changed' | 'row_removed' | 'row_unsealed';

export interface EvidenceFinding {
  problem: EvidenceProblem;
  /** One sentence naming the row or entry. */
  detail: string;
}

export type EvidenceVerification =
  | { ok: true; head: EvidenceHead; byKind: Record<EvidenceKind, number>; purged: number }
  | {
      ok: false;
      head: EvidenceHead;
      /** The first findings, at most FINDINGS_SHOWN of them. */
      findings: EvidenceFinding[];
      /** How many findings in all. */
      total: number;
    };

export const FINDINGS_SHOWN = 20;

/** The digest of a row: SHA-256 over its columns in a fixed order. */
export function evidenceDigest(columns: readonly unknown[]): string {
  return createHash('sha256').update(JSON.stringify(columns)).digest('hex');
}

export function evidenceMac(key: Buffer, entry: Omit<EvidenceEntry, 'mac'>): string {
  return createHmac('sha256', key)
    .update(
      JSON.stringify([
        entry.prevMac,
        entry.seq,
        entry.kind,
        entry.refId,
        entry.commentId,
        entry.digest,
        entry.at,
      ]),
    )
    .digest('hex');
}

/** The columns of each kind, in digest order, as stored (SQL column names). */
export const DIGEST_COLUMNS: Record<EvidenceKind, readonly string[]> = {
  version: [
    'id',
    'comment_id',
    'seq',
    'text',
    'text_sha256',
    'raw_payload',
    'raw_sha256',
    'source',
    'observed_at',
  ],
  decision: [
    'id',
    'comment_id',
    'version_id',
    'classifier_version',
    'action',
    'flags_json',
    'scores_json',
    'reasons_json',
    'decided_at',
    'language',
  ],
  action: [
    'id',
    'action_id',
    'phase',
    'kind',
    'comment_id',
    'page_id',
    'platform',
    'actor',
    'reason',
    'clause',
    'decision_id',
    'details_json',
    'platform_result',
    'at',
    'prev_hash',
    'hash',
  ],
  // withdrawn_by and withdrawn_at are set later, once: a withdrawal is its own action-log entry.
  redaction: [
    'id',
    'request_id',
    'version_id',
    'start',
    'end',
    'exemption',
    'created_by',
    'created_at',
  ],
  // An appeal as submitted; its decision is its own action-log entry ("appeal_decided").
  appeal: [
    'id',
    'receipt',
    'comment_ref',
    'comment_id',
    'reason',
    'contact',
    'received_at',
    'due_on',
  ],
};

/** The table of each kind. */
export const EVIDENCE_TABLE: Record<EvidenceKind, string> = {
  version: 'comment_versions',
  decision: 'decisions',
  action: 'action_log',
  redaction: 'redactions',
  appeal: 'appeals',
};

/** How a finding names a row, for people. */
export function describeRow(kind: EvidenceKind, id: number, commentId: number | null): string {
  const of = commentId === null ? '' : ` of comment ${commentId}`;
  switch (kind) {
    case 'version':
      return `version ${id}${of}`;
    case 'decision':
      return `decision ${id}${of}`;
    case 'action':
      return `action-log entry ${id}`;
    case 'redaction':
      return `redaction ${id}`;
    case 'appeal':
      return `appeal ${id}${of}`;
  }
}

/** One paragraph for `audit verify`. */
export function describeEvidence(result: EvidenceVerification): string {
  if (result.ok) {
    const k = result.byKind;
    const purged =
      result.purged > 0 ? `; ${result.purged} rows purged under the retention schedule` : '';
    return (
      `Evidence chain intact: ${result.head.count} entries (${k.version} versions, ${k.decision} decisions, ` +
      `${k.action} action-log entries, ${k.redaction} redactions, ${k.appeal} appeals) verified with the chain key${purged}.\n` +
      `Head: entry ${result.head.seq ?? '(none)'}, HMAC-SHA-256 ${result.head.mac}\n`
    );
  }
  const lines = result.findings.map((f) => `  - ${f.detail} (${f.problem})`);
  const more =
    result.total > result.findings.length
      ? [`  … and ${result.total - result.findings.length} more`]
      : [];
  return (
    `Evidence chain check FAILED: ${result.total} problem${result.total === 1 ? '' : 's'} found.\n` +
    [...lines, ...more].join('\n') +
    '\nKeep this database file as it is and report it.\n'
  );
}

/** What `verifyEvidence` reads of a store; each backend answers from its own tables. */
export interface EvidenceReader {
  /** Entries in the chain. */
  count(): Promise<number> | number;
  /** Up to `limit` entries after entry `afterSeq`, in order. */
  entries(afterSeq: number, limit: number): Promise<EvidenceEntry[]> | EvidenceEntry[];
  /** The row's comment and digest as stored now, or null when the row is not there. */
  digestOf(
    kind: EvidenceKind,
    id: number,
  ):
    | Promise<{ commentId: number | null; digest: string } | null>
    | { commentId: number | null; digest: string }
    | null;
  /** Up to `limit` ids of rows of `kind` after `afterId` that no entry names, in order. */
  unsealed(kind: EvidenceKind, afterId: number, limit: number): Promise<number[]> | number[];
  /** Whether rows from before the chain still wait to be sealed (migration 008). */
  pending(): Promise<boolean> | boolean;
  /** The comments the retention purges removed, from the purges' own (sealed) log entries. */
  purgeDetails(): Promise<(string | null)[]> | (string | null)[];
}

const BATCH = 5000;

/**
 * Checks every entry (the MACs link and verify with the key), every row an entry names (still
 * there, unchanged, or purged under the retention schedule), and that no row lacks an entry.
 */
export async function verifyEvidence(
  reader: EvidenceReader,
  key: Buffer,
  onProgress: (checked: number, total: number) => void = () => undefined,
): Promise<EvidenceVerification> {
  const findings: EvidenceFinding[] = [];
  let total = 0;
  const find = (f: EvidenceFinding): void => {
    total++;
    if (findings.length < FINDINGS_SHOWN) findings.push(f);
  };
  const purged = new Set<number>();
  for (const json of await reader.purgeDetails()) {
    const ids = (JSON.parse(json ?? '{}') as { commentIds?: unknown }).commentIds;
    if (Array.isArray(ids)) for (const id of ids) if (typeof id === 'number') purged.add(id);
  }
  const count = await reader.count();
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
    const entries = await reader.entries(prev.seq, BATCH);
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
      const now = await reader.digestOf(e.kind, e.refId);
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
    if (entries.length < BATCH) break;
  }
  const pending = await reader.pending();
  for (const kind of EVIDENCE_KINDS) {
    let after = 0;
    for (;;) {
      const ids = await reader.unsealed(kind, after, BATCH);
      for (const id of ids) {
        find({
          problem: 'row_unsealed',
          detail: pending
            ? `${describeRow(kind, id, null)} is not sealed yet (the store has not been opened for writing since it was upgraded)`
            : `${describeRow(kind, id, null)} has no evidence entry: it was added outside civicmod`,
        });
      }
      if (ids.length < BATCH) break;
      after = ids[ids.length - 1] ?? after;
    }
  }
  const head: EvidenceHead = { count, seq: prev.seq === 0 ? null : prev.seq, mac: prev.mac };
  if (total > 0) return { ok: false, head, findings, total };
  return { ok: true, head, byKind, purged: purgedRows };
}
