/**
 * Instagram payloads → platform-neutral IngestEvents. Pure: no network, no clock, no state.
 *
 * The `comments` webhook reports new comments and replies only: Instagram sends no edit (its
 * comments cannot be edited), deletion or hide notice, so those are seen by polling alone.
 */
import type { IncomingComment } from '../../src/store/types.js';
import type { IngestEvent } from '../types.js';
import { graphTime } from '../meta/graph.js';
import type { PostInfo } from '../meta/post-cache.js';
import { igCommentValueSchema, type IgMedia, type IgReplyNode } from './schemas.js';

export interface IgEntryContext {
  accountId: string;
  accountName?: string | undefined;
  entryTime?: number | undefined;
  raw: string;
}

function unrecognized(note: string, raw: string): IngestEvent {
  return { type: 'unrecognized', platform: 'instagram', note, raw, source: 'webhook' };
}

/** Maps one change of the Instagram webhook. Never throws. */
export function mapIgChange(field: string, value: unknown, context: IgEntryContext): IngestEvent {
  // Live comments are comments too: they are kept and judged (hiding them is [verify]).
  if (field !== 'comments' && field !== 'live_comments')
    return unrecognized(`instagram field "${field}"`, context.raw);
  const parsed = igCommentValueSchema.safeParse(value);
  if (!parsed.success)
    return unrecognized(`${field} change without a valid comment id`, context.raw);
  const c = parsed.data;
  const comment: IncomingComment = {
    platform: 'instagram',
    page: { platformPageId: context.accountId, name: context.accountName },
    // Album comments arrive without the album id (a documented limitation); polling links them.
    post: c.media ? { platformPostId: c.media.id } : undefined,
    platformCommentId: c.id,
    parentPlatformId: c.parent_id,
    author: { id: c.from?.id, name: c.from?.username },
    text: c.text ?? '',
    // The value has no creation time; entry.time is when Meta sent it, seconds later.
    createdAt: graphTime(context.entryTime) ?? new Date(0).toISOString(),
    raw: context.raw,
    source: 'webhook',
  };
  return { type: 'comment', comment };
}

/** A comment or reply read by polling. */
export function mapIgNode(
  node: IgReplyNode,
  context: {
    accountId: string;
    accountName?: string | undefined;
    mediaId: string;
    media?: PostInfo | undefined;
    parentId?: string | undefined;
  },
): IncomingComment {
  return {
    platform: 'instagram',
    page: { platformPageId: context.accountId, name: context.accountName },
    post: {
      platformPostId: context.mediaId,
      text: context.media?.text,
      url: context.media?.url,
      createdAt: context.media?.createdAt,
    },
    platformCommentId: node.id,
    parentPlatformId: node.parent_id ?? context.parentId,
    author: { id: node.from?.id, name: node.from?.username ?? node.username },
    text: node.text ?? '',
    createdAt: graphTime(node.timestamp) ?? new Date(0).toISOString(),
    raw: JSON.stringify(node),
    source: 'poll',
    hiddenOnPlatform: node.hidden,
  };
}

export function mediaInfo(media: IgMedia): PostInfo {
  return { text: media.caption, url: media.permalink, createdAt: graphTime(media.timestamp) };
}
