/**
 * Facebook payloads → platform-neutral IngestEvents. Pure: no network, no clock, no state; the
 * webhook and poller add the post text and decide what to keep.
 *
 * Feed verbs for `item: "comment"` (verified against the Page feed webhook samples listed in
 * PLATFORMS.md §1; the full list is [verify] there): `add` a new comment, `edited` a new
 * version, `remove` a deletion (by its author or the Page), `hide`/`unhide` a change made on
 * Facebook itself. Anything else is kept verbatim as `unrecognized`, never dropped.
 */
import type { IncomingComment } from '../../src/store/types.js';
import type { IngestEvent } from '../types.js';
import { graphTime } from '../meta/graph.js';
import type { PostInfo } from '../meta/post-cache.js';
import {
  feedChangeValueSchema,
  feedCommentValueSchema,
  type CommentNode,
  type PostNode,
} from './schemas.js';

export interface FeedEntryContext {
  pageId: string;
  pageName?: string | undefined;
  /** entry.time (Unix seconds): when Meta sent the change, a fall-back creation time. */
  entryTime?: number | undefined;
  /** The change as it will be kept (the exact request body when it held only this change). */
  raw: string;
  /**
   * True when a hide/unhide is Facebook confirming civicmod's own action: recording it as a
   * change made "outside civicmod" would be false.
   */
  isOwnAction?: (commentId: string, hidden: boolean) => boolean;
}

export interface MappedFeedChange {
  event: IngestEvent;
  /** A post's own text seen in the change (post added or edited): refreshes the post cache. */
  post?: { postId: string; info: PostInfo };
}

const POST_ITEMS = new Set(['status', 'post', 'photo', 'video', 'share', 'link']);

function unrecognized(note: string, raw: string): MappedFeedChange {
  return { event: { type: 'unrecognized', platform: 'facebook', note, raw, source: 'webhook' } };
}

/** Maps one `feed` change value. Never throws: what cannot be mapped is kept as unrecognized. */
export function mapFeedChange(value: unknown, context: FeedEntryContext): MappedFeedChange {
  const { raw } = context;
  const parsed = feedChangeValueSchema.safeParse(value);
  if (!parsed.success) return unrecognized('feed change without item/verb', raw);
  const change = parsed.data;
  if (change.item !== 'comment') {
    const mapped = unrecognized(`feed item "${change.item}" verb "${change.verb}"`, raw);
    if (
      POST_ITEMS.has(change.item) &&
      (change.verb === 'add' || change.verb === 'edited' || change.verb === 'edit') &&
      change.post_id !== undefined &&
      change.message !== undefined
    ) {
      mapped.post = {
        postId: change.post_id,
        info: {
          text: change.message,
          url: change.post?.permalink_url,
          createdAt: graphTime(change.created_time),
        },
      };
    }
    return mapped;
  }
  const comment = feedCommentValueSchema.safeParse(value);
  if (!comment.success) return unrecognized(`comment "${change.verb}" without valid ids`, raw);
  const c = comment.data;
  switch (c.verb) {
    case 'add':
    case 'edited':
    case 'edit': {
      const incoming: IncomingComment = {
        platform: 'facebook',
        page: { platformPageId: context.pageId, name: context.pageName },
        post: { platformPostId: c.post_id, url: c.post?.permalink_url },
        platformCommentId: c.comment_id,
        // Facebook sets parent_id to the post id for a top-level comment.
        parentPlatformId:
          c.parent_id !== undefined && c.parent_id !== c.post_id ? c.parent_id : undefined,
        author: { id: c.from?.id, name: c.from?.name },
        // A sticker- or photo-only comment has no message; it is still a comment on record.
        text: c.message ?? '',
        createdAt:
          graphTime(c.created_time) ?? graphTime(context.entryTime) ?? new Date(0).toISOString(),
        raw,
        source: 'webhook',
        hiddenOnPlatform: c.is_hidden,
      };
      return { event: { type: 'comment', comment: incoming } };
    }
    case 'remove':
      return {
        event: {
          type: 'deleted',
          platform: 'facebook',
          platformCommentId: c.comment_id,
          raw,
          source: 'webhook',
        },
      };
    case 'hide':
    case 'unhide': {
      const hidden = c.verb === 'hide';
      if (context.isOwnAction?.(c.comment_id, hidden))
        return unrecognized(
          `Facebook confirming civicmod's own ${c.verb} of comment ${c.comment_id}`,
          raw,
        );
      return {
        event: {
          type: 'platform_state',
          platform: 'facebook',
          platformCommentId: c.comment_id,
          hidden,
          raw,
          source: 'webhook',
        },
      };
    }
    default:
      return unrecognized(`comment verb "${c.verb}"`, raw);
  }
}

/** A comment read by polling (GET /{post-id}/comments?filter=stream). */
export function mapCommentNode(
  node: CommentNode,
  context: {
    pageId: string;
    pageName?: string | undefined;
    postId: string;
    post?: PostInfo | undefined;
  },
): IncomingComment {
  return {
    platform: 'facebook',
    page: { platformPageId: context.pageId, name: context.pageName },
    post: {
      platformPostId: context.postId,
      text: context.post?.text,
      url: context.post?.url,
      createdAt: context.post?.createdAt,
    },
    platformCommentId: node.id,
    parentPlatformId: node.parent?.id,
    author: { id: node.from?.id, name: node.from?.name },
    text: node.message ?? '',
    createdAt: graphTime(node.created_time) ?? new Date(0).toISOString(),
    // The node as Graph returned it within its page of results.
    raw: JSON.stringify(node),
    source: 'poll',
    hiddenOnPlatform: node.is_hidden,
  };
}

export function postInfo(node: PostNode): PostInfo {
  return {
    text: node.message,
    url: node.permalink_url,
    createdAt: graphTime(node.created_time),
  };
}
