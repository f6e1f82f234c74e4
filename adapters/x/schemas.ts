/**
 * The parts of X API v2 responses civicmod relies on, validated at the boundary. Objects are
 * loose (unknown fields kept) because a reply is stored verbatim as its raw payload. Shapes:
 * https://docs.x.com/x-api/posts/search/introduction (recent search),
 * https://docs.x.com/x-api/posts/hide-replies (hide), https://docs.x.com/resources/fundamentals/authentication/oauth-2-0.
 */
import { z } from 'zod';

export const tweetSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  author_id: z.string().optional(),
  conversation_id: z.string().optional(),
  created_at: z.string().optional(),
  in_reply_to_user_id: z.string().optional(),
  referenced_tweets: z.array(z.looseObject({ type: z.string(), id: z.string() })).optional(),
});
export type Tweet = z.infer<typeof tweetSchema>;

export const userSchema = z.looseObject({
  id: z.string(),
  name: z.string().optional(),
  username: z.string().optional(),
});
export type XUser = z.infer<typeof userSchema>;

/** Search and timeline pages: `data` is absent when nothing matched (`result_count: 0`). */
export const tweetPageSchema = z.looseObject({
  data: z.array(tweetSchema).optional(),
  includes: z.looseObject({ users: z.array(userSchema).optional() }).optional(),
  meta: z
    .looseObject({
      result_count: z.number().optional(),
      newest_id: z.string().optional(),
      oldest_id: z.string().optional(),
      next_token: z.string().optional(),
    })
    .optional(),
});
export type TweetPage = z.infer<typeof tweetPageSchema>;

export const hideResponseSchema = z.looseObject({
  data: z.looseObject({ hidden: z.boolean() }),
});

export const tokenSchema = z.looseObject({
  access_token: z.string().min(1),
  expires_in: z.number().positive(),
  /** X rotates refresh tokens: every refresh answers with a new one and retires the old. */
  refresh_token: z.string().min(1).optional(),
  scope: z.string().optional(),
});

/** X's problem bodies: `{"title","detail","type","status"}`, or `{"errors":[{"message"}]}`. */
export const problemSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
  errors: z.array(z.looseObject({ message: z.string().optional() })).optional(),
});
