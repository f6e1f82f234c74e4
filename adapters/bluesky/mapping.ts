/**
 * Bluesky replies → platform-neutral comments. The department's post that starts the thread is
 * the "post"; a reply to a reply keeps that reply as its parent. Ids are at-uris.
 */
import { AtUri } from '@atproto/api';
import type { IncomingComment } from '../../src/store/types.js';
import type { PostRecord } from './schemas.js';

/** A post as the app view returns it (app.bsky.feed.defs#postView), reduced to what we read. */
export interface PostViewLike {
  uri: string;
  cid: string;
  author: { did: string; handle: string; displayName?: string | undefined };
  indexedAt: string;
}

export function postUrl(uri: string): string {
  const at = new AtUri(uri);
  return `https://bsky.app/profile/${at.host}/post/${at.rkey}`;
}

export function toIncomingComment(
  post: PostViewLike,
  record: PostRecord,
  context: {
    did: string;
    handle: string;
    root: { uri: string; text: string; createdAt: string };
    hidden: boolean;
  },
): IncomingComment {
  const parent = record.reply?.parent.uri;
  const { author } = post;
  return {
    platform: 'bluesky',
    page: { platformPageId: context.did, name: `@${context.handle}` },
    post: {
      platformPostId: context.root.uri,
      text: context.root.text,
      url: postUrl(context.root.uri),
      createdAt: context.root.createdAt,
    },
    platformCommentId: post.uri,
    parentPlatformId: parent !== undefined && parent !== context.root.uri ? parent : undefined,
    author: {
      id: author.did,
      name: author.displayName ? `${author.displayName} (@${author.handle})` : `@${author.handle}`,
    },
    text: record.text,
    createdAt: record.createdAt,
    raw: JSON.stringify(post),
    source: 'poll',
    hiddenOnPlatform: context.hidden,
  };
}
