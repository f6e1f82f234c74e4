/**
 * The record, checked. Two chains:
 * - the action log's own hash chain: every entry carries the hash of the one before it, so an
 *   entry changed, removed or moved after it was written breaks the chain from there on;
 * - the evidence chain (src/store/evidence.ts): every version, decision, action-log entry and
 *   redaction sealed with a keyed MAC, so an edited, deleted or inserted row is found, and a
 *   copy of the database alone cannot be re-sealed.
 * Neither chain alone shows a cut at the very end (the last entries and their rows removed, or
 * everything emptied): `--against MANIFEST` compares them with heads recorded earlier outside the
 * database (an export's or a backup's manifest, a periodic head line in the log), and then a
 * deletion of anything recorded before that head is found.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import { describeEvidence, type EvidenceVerification } from '../store/evidence.js';
import type { ChainVerification, Store } from '../store/types.js';

export interface AuditResult {
  ok: boolean;
  actionLog: ChainVerification;
  evidence: EvidenceVerification;
}

export async function auditVerify(
  store: Pick<Store, 'records' | 'evidence'>,
  onProgress?: (checked: number, total: number) => void,
): Promise<AuditResult> {
  const actionLog = await store.records.verifyActionLog(onProgress);
  const evidence = await store.evidence.verify(onProgress);
  return { ok: actionLog.ok && evidence.ok, actionLog, evidence };
}

/** What `audit verify` prints: both chains, in words an operator can paste into a report. */
export function describeAudit(result: AuditResult): string {
  return describeVerification(result.actionLog) + describeEvidence(result.evidence);
}

/** One paragraph an operator can read, or paste into a report. */
export function describeVerification(result: ChainVerification): string {
  if (result.ok) {
    return (
      `Action log intact: ${result.count} entries verified.\n` +
      `Head: entry ${result.head.id ?? '(none)'}, SHA-256 ${result.head.hash}\n`
    );
  }
  return (
    `Action log check FAILED at entry ${result.entryId} (${result.problem}): ${result.detail}.\n` +
    `${result.checked} entries before it verified. Keep this database file as it is and report it.\n`
  );
}

export interface RecordedHead {
  actionLog: { id: number; hash: string };
  /** Absent from manifests written before the evidence chain. */
  evidence?: { seq: number; mac: string };
}

/** The heads a manifest (export or backup) or a saved log line recorded. */
export function recordedHead(manifestPath: string): RecordedHead {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(manifestPath, 'utf8'));
  } catch (err) {
    throw new InputError(`Cannot read ${manifestPath} as a manifest: ${(err as Error).message}`);
  }
  // An export's or a backup's manifest ("actionLog"), or a head line of the bot's log saved to a
  // file ("actionLogHead").
  const record = parsed as {
    actionLog?: { id?: unknown; hash?: unknown };
    actionLogHead?: { id?: unknown; hash?: unknown };
    evidence?: { seq?: unknown; mac?: unknown };
    evidenceHead?: { seq?: unknown; mac?: unknown };
  };
  const head = record.actionLog ?? record.actionLogHead;
  if (typeof head?.id !== 'number' || typeof head.hash !== 'string') {
    throw new InputError(
      `${manifestPath} records no action-log head ("actionLog": {"id", "hash"}): use an export's manifest.json, a backup's .head.json, or a head line of the bot's log.`,
    );
  }
  const ev = record.evidence ?? record.evidenceHead;
  return {
    actionLog: { id: head.id, hash: head.hash },
    ...(typeof ev?.seq === 'number' && typeof ev.mac === 'string'
      ? { evidence: { seq: ev.seq, mac: ev.mac } }
      : {}),
  };
}

/**
 * Verified chains against heads recorded earlier: the entries the heads name must still be there
 * with the same hash and MAC. Names the problem in words, or null when the heads are found as
 * recorded. The chains' own failures are reported by describeAudit; this adds what only the
 * recorded head can show.
 */
export async function compareWithHead(
  result: AuditResult,
  recorded: RecordedHead,
  lookups: {
    hashOf: (id: number) => Promise<string | undefined> | string | undefined;
    macOf?: (seq: number) => Promise<string | undefined> | string | undefined;
  },
): Promise<string | null> {
  const problems: string[] = [];
  const { id, hash } = recorded.actionLog;
  const now = await lookups.hashOf(id);
  if (now === undefined) {
    const end = result.actionLog.ok ? result.actionLog.head.id : null;
    problems.push(
      `action-log entry ${id} was recorded as the head (SHA-256 ${hash}) but is no longer in the log, ` +
        `which now ends at entry ${end ?? '(none: the log is empty)'}: entries were deleted`,
    );
  } else if (now !== hash) {
    problems.push(
      `action-log entry ${id} no longer has the hash recorded for it: the log was changed and its chain recomputed`,
    );
  }
  if (recorded.evidence !== undefined && lookups.macOf !== undefined) {
    const { seq, mac } = recorded.evidence;
    const nowMac = await lookups.macOf(seq);
    if (nowMac === undefined) {
      problems.push(
        `evidence entry ${seq} was recorded as the head but is no longer in the chain, which now ends at entry ` +
          `${result.evidence.head.seq ?? '(none: the chain is empty)'}: entries and the rows they sealed were deleted`,
      );
    } else if (nowMac !== mac) {
      problems.push(
        `evidence entry ${seq} no longer has the MAC recorded for it: the chain was rebuilt`,
      );
    }
  }
  return problems.length === 0 ? null : problems.join('; ');
}
