/**
 * Hiding a reply on Bluesky = listing its at-uri in the root post's threadgate record
 * (`hiddenReplies`). Pure functions, so the rules are tested without a network.
 */
import type { ThreadgateRecord } from './schemas.js';

/** The official app's cap, which must match the threadgate lexicon (MAX_HIDDEN_REPLIES). */
export const MAX_HIDDEN_REPLIES = 300;

export type ThreadgateChange =
  | { kind: 'unchanged'; reason: 'already_hidden' | 'not_hidden' }
  | { kind: 'write'; record: ThreadgateRecord }
  | { kind: 'full' };

/**
 * The threadgate after hiding or unhiding one reply. An existing record keeps every other field
 * (the reply rules in `allow` above all); a new one has no `allow`, so anyone may still reply.
 */
export function changeThreadgate(
  existing: ThreadgateRecord | null,
  rootUri: string,
  replyUri: string,
  hidden: boolean,
  now: string,
): ThreadgateChange {
  const list = existing?.hiddenReplies ?? [];
  if (hidden && list.includes(replyUri)) return { kind: 'unchanged', reason: 'already_hidden' };
  if (!hidden && !list.includes(replyUri)) return { kind: 'unchanged', reason: 'not_hidden' };
  if (hidden && list.length >= MAX_HIDDEN_REPLIES) return { kind: 'full' };
  const hiddenReplies = hidden ? [...list, replyUri] : list.filter((uri) => uri !== replyUri);
  const base: ThreadgateRecord = existing ?? { post: rootUri, createdAt: now };
  return {
    kind: 'write',
    record: { ...base, $type: 'app.bsky.feed.threadgate', post: rootUri, hiddenReplies },
  };
}
