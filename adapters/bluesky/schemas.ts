/**
 * Records civicmod reads on Bluesky, validated at the boundary. The XRPC client already checks
 * responses against the lexicons, but a record inside them is open (`unknown`), so the fields
 * we rely on are checked here. Lexicons: app.bsky.feed.post, app.bsky.feed.threadgate
 * (https://github.com/bluesky-social/atproto/tree/main/lexicons/app/bsky/feed).
 */
import { z } from 'zod';

const strongRef = z.looseObject({ uri: z.string(), cid: z.string() });

export const postRecordSchema = z.looseObject({
  text: z.string(),
  createdAt: z.string(),
  reply: z.looseObject({ root: strongRef, parent: strongRef }).optional(),
});
export type PostRecord = z.infer<typeof postRecordSchema>;

/**
 * The threadgate keeps every field it has (reply rules in `allow`, fields added later), so a
 * hide never changes who may reply. `allow` absent means anyone may reply; an empty list, no one.
 */
export const threadgateRecordSchema = z.looseObject({
  $type: z.literal('app.bsky.feed.threadgate').optional(),
  post: z.string(),
  createdAt: z.string(),
  allow: z.array(z.unknown()).optional(),
  hiddenReplies: z.array(z.string()).optional(),
});
export type ThreadgateRecord = z.infer<typeof threadgateRecordSchema>;
