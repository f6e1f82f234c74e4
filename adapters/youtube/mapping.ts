/**
 * YouTube comments → platform-neutral comments. A video is the "post"; the channel is the page.
 */
import type { IncomingComment } from '../../src/store/types.js';
import type { YouTubeComment } from './schemas.js';

export interface YouTubeCommentContext {
  channelId: string;
  /** The video's title, when known: the classifier judges off-topic against it. */
  videoTitle?: string | undefined;
  /** The comment came from the heldForReview list: it is not public on YouTube. */
  held: boolean;
}

export function videoUrl(videoId: string): string {
  return `https://www.youtube.com/watch?v=${encodeURIComponent(videoId)}`;
}

export function toIncomingComment(
  comment: YouTubeComment,
  context: YouTubeCommentContext,
): IncomingComment {
  const { snippet } = comment;
  const videoId = snippet.videoId;
  return {
    platform: 'youtube',
    page: { platformPageId: context.channelId },
    post: videoId
      ? { platformPostId: videoId, text: context.videoTitle, url: videoUrl(videoId) }
      : undefined,
    platformCommentId: comment.id,
    parentPlatformId: snippet.parentId,
    author: { id: snippet.authorChannelId?.value, name: snippet.authorDisplayName },
    // textOriginal is the text as typed; textDisplay (plainText format) is the fallback.
    text: snippet.textOriginal ?? snippet.textDisplay,
    createdAt: snippet.publishedAt,
    raw: JSON.stringify(comment),
    source: 'poll',
    hiddenOnPlatform: context.held || snippet.moderationStatus === 'heldForReview',
  };
}

/** The department's own replies are its speech, not comments to moderate. */
export function isOwnComment(comment: YouTubeComment, channelId: string): boolean {
  return comment.snippet.authorChannelId?.value === channelId;
}
