/**
 * The parts of YouTube Data API v3 responses civicmod relies on, validated at the boundary.
 * Objects are loose (unknown fields kept) because the item is stored verbatim as the comment's
 * raw payload. Shapes: https://developers.google.com/youtube/v3/docs/commentThreads#resource,
 * https://developers.google.com/youtube/v3/docs/comments#resource.
 */
import { z } from 'zod';

export const commentSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    channelId: z.string().optional(),
    videoId: z.string().optional(),
    /** With textFormat=plainText this is the text as written, without HTML. */
    textDisplay: z.string(),
    /** Returned only when the authorised user may see it (their own channel's comments). */
    textOriginal: z.string().optional(),
    parentId: z.string().optional(),
    authorDisplayName: z.string().optional(),
    authorChannelId: z.looseObject({ value: z.string() }).optional(),
    moderationStatus: z.string().optional(),
    publishedAt: z.string(),
    updatedAt: z.string().optional(),
  }),
});
export type YouTubeComment = z.infer<typeof commentSchema>;

export const commentThreadSchema = z.looseObject({
  id: z.string().min(1),
  snippet: z.looseObject({
    channelId: z.string().optional(),
    videoId: z.string().optional(),
    topLevelComment: commentSchema,
    totalReplyCount: z.number().int().min(0).default(0),
  }),
  replies: z.looseObject({ comments: z.array(commentSchema) }).optional(),
});
export type YouTubeCommentThread = z.infer<typeof commentThreadSchema>;

export const commentThreadListSchema = z.looseObject({
  nextPageToken: z.string().optional(),
  items: z.array(commentThreadSchema),
});

export const commentListSchema = z.looseObject({
  nextPageToken: z.string().optional(),
  items: z.array(commentSchema),
});

/** `comments.list?part=id`: only the ids of the comments that still exist. */
export const commentIdListSchema = z.looseObject({
  items: z.array(z.looseObject({ id: z.string() })),
});

export const videoListSchema = z.looseObject({
  items: z.array(
    z.looseObject({
      id: z.string(),
      snippet: z.looseObject({ title: z.string().optional() }).optional(),
    }),
  ),
});

/** https://developers.google.com/identity/protocols/oauth2/web-server#offline */
export const tokenSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  token_type: z.string().optional(),
});

/** Google's error body: `{"error":{"code":403,"message":…,"errors":[{"reason":"quotaExceeded"}]}}`. */
export const googleErrorSchema = z.looseObject({
  error: z.looseObject({
    code: z.number().optional(),
    message: z.string().optional(),
    errors: z.array(z.looseObject({ reason: z.string().optional() })).optional(),
  }),
});

/** The OAuth endpoint's error body: `{"error":"invalid_grant","error_description":…}`. */
export const oauthErrorSchema = z.looseObject({ error: z.string() });
