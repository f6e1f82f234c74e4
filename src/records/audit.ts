/**
 * The tamper-evident action log, checked. Every entry carries the hash of the one before it, so
 * an entry changed, removed or moved after it was written breaks the chain from there on:
 * `civicmod audit verify` names the first such entry. The chain cannot show a cut at the very
 * end (the last entries removed); compare the head it prints with one recorded earlier, such as
 * the `actionLog` head in an export's manifest.json.
 */
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
