/**
 * The tamper-evident action log, checked. Every entry carries the hash of the one before it, so
 * an entry changed, removed or moved after it was written breaks the chain from there on:
 * `civicmod audit verify` names the first such entry. The chain alone cannot show a cut at the
 * very end (the last entries removed, or the log emptied): `--against MANIFEST` compares it with
 * a head recorded earlier outside the database (an export's or a backup's manifest, a periodic
 * head line in the log), and then a deletion of anything recorded before that head is found.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../errors.js';
import type { ChainVerification, Store } from '../store/types.js';

export async function auditVerify(
  store: Pick<Store, 'records'>,
  onProgress?: (checked: number, total: number) => void,
): Promise<ChainVerification> {
  return store.records.verifyActionLog(onProgress);
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

/** The action-log head a manifest (export or backup) recorded. */
export function recordedHead(manifestPath: string): { id: number; hash: string } {
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
  };
  const head = record.actionLog ?? record.actionLogHead;
  if (typeof head?.id !== 'number' || typeof head.hash !== 'string') {
    throw new InputError(
      `${manifestPath} records no action-log head ("actionLog": {"id", "hash"}): use an export's manifest.json, a backup's .head.json, or a head line of the bot's log.`,
    );
  }
  return { id: head.id, hash: head.hash };
}

/**
 * A verified chain against a head recorded earlier: the entry the head names must still be there
 * with the same hash. Names the problem in words, or null when the head is found as recorded.
 */
export function compareWithHead(
  result: ChainVerification,
  recorded: { id: number; hash: string },
  hashOf: (id: number) => string | undefined,
): string | null {
  if (!result.ok) return null; // the chain's own failure is reported first
  const now = hashOf(recorded.id);
  if (now === undefined) {
    return (
      `entry ${recorded.id} was recorded as the head (SHA-256 ${recorded.hash}) but is no longer in the log, ` +
      `which now ends at entry ${result.head.id ?? '(none: the log is empty)'}: entries were deleted`
    );
  }
  if (now !== recorded.hash) {
    return `entry ${recorded.id} no longer has the hash recorded for it: the log was changed and its chain recomputed`;
  }
  return null;
}
