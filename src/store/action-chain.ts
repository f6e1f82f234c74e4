/**
 * The action log's hash chain, checked the same way on either backend: `civicmod audit verify`
 * walks the entries in id order and names the first one that was changed, removed or moved.
 */
import type { ChainVerification } from './types.js';
import { actionRowHash, GENESIS_HASH, type ActionDbRow } from './sqlite/actions.js';

/** What the walk reads of a store. */
export interface ActionChainReader {
  count(): Promise<number> | number;
  /** Up to `limit` entries with ids above `afterId`, in id order. */
  entries(afterId: number, limit: number): Promise<ActionDbRow[]> | ActionDbRow[];
}

/**
 * Walks the chain in id order. Each entry must follow the one before it (no gap in ids), carry
 * that entry's hash as its previous hash, and hash to its own stored hash. The first entry
 * that does not is named, with whether it was changed, removed or moved.
 */
export async function verifyActionChain(
  reader: ActionChainReader,
  onProgress: (checked: number, total: number) => void = () => undefined,
): Promise<ChainVerification> {
  const total = await reader.count();
  let prev: { id: number; hash: string } = { id: 0, hash: GENESIS_HASH };
  let checked = 0;
  const batch = 5000;
  for (;;) {
    const rows = await reader.entries(prev.id, batch);
    for (const row of rows) {
      const expectedId = prev.id + 1;
      if (row.id !== expectedId) {
        return {
          ok: false,
          checked,
          entryId: expectedId,
          problem: 'removed',
          detail:
            row.id === expectedId + 1
              ? `entry ${expectedId} is missing: entry ${row.id} follows entry ${prev.id}`
              : `entries ${expectedId} to ${row.id - 1} are missing: entry ${row.id} follows entry ${prev.id}`,
        };
      }
      const { hash, ...content } = row;
      if (actionRowHash(content) !== hash) {
        const movedFrom = originalId(content, hash, total);
        if (movedFrom !== null) {
          return {
            ok: false,
            checked,
            entryId: row.id,
            problem: 'reordered',
            detail: `entry ${row.id} holds what was entry ${movedFrom}: entries were moved`,
          };
        }
        return {
          ok: false,
          checked,
          entryId: row.id,
          problem: 'changed',
          detail: `entry ${row.id} no longer matches its hash: its contents were edited after it was written`,
        };
      }
      if (row.prevHash !== prev.hash) {
        // This entry is intact, so the link before it broke: the previous entry was rewritten
        // together with its hash.
        return {
          ok: false,
          checked: Math.max(0, checked - 1),
          entryId: prev.id === 0 ? row.id : prev.id,
          problem: 'changed',
          detail:
            prev.id === 0
              ? `entry ${row.id} is the first entry but does not start from the genesis hash`
              : `entry ${prev.id} was rewritten with a new hash: entry ${row.id} recorded a different hash for it`,
        };
      }
      prev = { id: row.id, hash };
      checked++;
    }
    onProgress(checked, total);
    if (rows.length < batch) break;
  }
  return {
    ok: true,
    count: checked,
    head: { count: checked, id: checked === 0 ? null : prev.id, hash: prev.hash },
  };
}

/**
 * Whether an entry that fails its hash is an intact entry moved from another id: its hash
 * covers its original id, so try the ids around it (moves by an attacker are local; a far move
 * is reported as a change, which still names the entry).
 */
function originalId(
  content: Omit<ActionDbRow, 'hash'>,
  hash: string,
  total: number,
): number | null {
  const window = 5000;
  for (let d = 1; d <= window; d++) {
    for (const id of [content.id - d, content.id + d]) {
      if (id >= 1 && id <= total + window && actionRowHash({ ...content, id }) === hash) {
        return id;
      }
    }
  }
  return null;
}
