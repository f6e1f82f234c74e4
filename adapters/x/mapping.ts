/**
 * X replies → platform-neutral comments. The department's own Post that started the
 * conversation is the "post"; a reply to another reply keeps that reply as its parent.
 */
import type { IncomingComment } from '../../src/store/types.js';
import type { Tweet, XUser } from './schemas.js';

export interface Conversation {
  id: string;
  text?: string | undefined;
  createdAt?: string | undefined;
}

export function postUrl(id: string): string {
  return `https://x.com/i/web/status/${encodeURIComponent(id)}`;
}

export function toIncomingComment(
  tweet: Tweet,
  context: {
    userId: string;
    pageName?: string | undefined;
    conversation: Conversation;
    author?: XUser | undefined;
  },
): IncomingComment {
  const repliedTo = tweet.referenced_tweets?.find((r) => r.type === 'replied_to')?.id;
  const { author, conversation } = context;
  return {
    platform: 'x',
    page: { platformPageId: context.userId, name: context.pageName },
    post: {
      platformPostId: conversation.id,
      text: conversation.text,
      url: postUrl(conversation.id),
      createdAt: conversation.createdAt,
    },
    platformCommentId: tweet.id,
    parentPlatformId:
      repliedTo !== undefined && repliedTo !== conversation.id ? repliedTo : undefined,
    author: {
      id: tweet.author_id,
      name: author?.username
        ? `${author.name ?? author.username} (@${author.username})`
        : author?.name,
    },
    text: tweet.text,
    createdAt: tweet.created_at ?? new Date().toISOString(),
    // Kept in the shape of a single-Post lookup: the Post and its author as X sent them.
    raw: JSON.stringify({ data: tweet, includes: author ? { users: [author] } : undefined }),
    source: 'poll',
  };
}

/** Snowflake ids grow with time; compared as numbers because they outgrow 2^53. */
export function laterId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return BigInt(a) >= BigInt(b) ? a : b;
}
