/**
 * Schemas of what Facebook sends us: the Page `feed` webhook and the Graph API answers the
 * adapter reads. Everything from Meta passes through one of these before it is used.
 * Objects are `.loose()`: Meta adds fields over time, and the raw payload is kept anyway.
 */
import { z } from 'zod';
import { graphIdSchema, graphListSchema } from '../meta/graph.js';

const fromSchema = z
  .object({ id: z.string().optional(), name: z.string().optional() })
  .loose()
  .optional();

/** One change of the `feed` field. Only `item` and `verb` are relied on before mapping. */
export const feedChangeValueSchema = z
  .object({
    item: z.string(),
    verb: z.string(),
    comment_id: z.string().optional(),
    post_id: z.string().optional(),
    parent_id: z.string().optional(),
    from: fromSchema,
    message: z.string().optional(),
    /** Unix seconds in webhooks. */
    created_time: z.union([z.number(), z.string()]).optional(),
    is_hidden: z.boolean().optional(),
    post: z
      .object({ id: z.string().optional(), permalink_url: z.string().optional() })
      .loose()
      .optional(),
  })
  .loose();

/** A comment as the feed webhook reports it, once `item` is "comment" and the ids check out. */
export const feedCommentValueSchema = feedChangeValueSchema.extend({
  comment_id: graphIdSchema,
  post_id: graphIdSchema,
  parent_id: graphIdSchema.optional(),
});

export const pageChangeSchema = z.object({ field: z.string(), value: z.unknown() }).loose();

export const pageEntrySchema = z
  .object({
    id: z.string(),
    time: z.number().optional(),
    changes: z.array(pageChangeSchema).optional(),
  })
  .loose();

/** `{"object":"page","entry":[{"id","time","changes":[{"field":"feed","value":{…}}]}]}` */
export const pageWebhookSchema = z
  .object({ object: z.string(), entry: z.array(pageEntrySchema) })
  .loose();

export type FeedChangeValue = z.infer<typeof feedChangeValueSchema>;
export type PageEntry = z.infer<typeof pageEntrySchema>;

/** GET /{page-id}?fields=id,name */
export const pageSchema = z.object({ id: z.string(), name: z.string().optional() }).loose();

/** GET /{post-id}?fields=message,created_time,permalink_url */
export const postSchema = z
  .object({
    id: graphIdSchema,
    message: z.string().optional(),
    created_time: z.string().optional(),
    permalink_url: z.string().optional(),
  })
  .loose();

/** GET /{page-id}/posts */
export const postListSchema = graphListSchema(postSchema);

/** A comment node from GET /{object-id}/comments?filter=stream. */
export const commentNodeSchema = z
  .object({
    id: graphIdSchema,
    message: z.string().optional(),
    created_time: z.string(),
    from: fromSchema,
    parent: z.object({ id: graphIdSchema }).loose().optional(),
    is_hidden: z.boolean().optional(),
    can_hide: z.boolean().optional(),
    permalink_url: z.string().optional(),
  })
  .loose();

export const commentListSchema = graphListSchema(commentNodeSchema);

export type PostNode = z.infer<typeof postSchema>;
export type CommentNode = z.infer<typeof commentNodeSchema>;

/** GET /{comment-id}?fields=can_hide,is_hidden before a hide. */
export const commentStateSchema = z
  .object({ id: z.string(), can_hide: z.boolean().optional(), is_hidden: z.boolean().optional() })
  .loose();

/** POST /{comment-id} is_hidden=… answers `{"success":true}`. */
export const successSchema = z.object({ success: z.boolean() }).loose();

/** The fields asked of every comment read. */
export const COMMENT_FIELDS =
  'id,message,created_time,from{id,name},parent{id},is_hidden,can_hide,permalink_url';
export const POST_FIELDS = 'id,message,created_time,permalink_url';
