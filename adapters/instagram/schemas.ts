/**
 * Schemas of what Instagram (Graph API with Facebook Login, business or creator account) sends:
 * the `comments` webhook and the media/comment reads. Objects are `.loose()`: Meta adds fields,
 * and the raw payload is kept anyway.
 */
import { z } from 'zod';
import { graphIdSchema, graphListSchema } from '../meta/graph.js';

const fromSchema = z
  .object({
    id: z.string().optional(),
    username: z.string().optional(),
    self_ig_scoped_id: z.string().optional(),
  })
  .loose()
  .optional();

/**
 * The `comments` (and `live_comments`) webhook value:
 * `{id, text, from:{id, username}, media:{id, media_product_type}, parent_id?}`
 * (https://developers.facebook.com/docs/graph-api/webhooks/reference/instagram; `from` and
 * `parent_id` since 2021-10-20).
 */
export const igCommentValueSchema = z
  .object({
    id: graphIdSchema,
    text: z.string().optional(),
    from: fromSchema,
    media: z
      .object({ id: graphIdSchema, media_product_type: z.string().optional() })
      .loose()
      .optional(),
    parent_id: graphIdSchema.optional(),
  })
  .loose();

export const igChangeSchema = z.object({ field: z.string(), value: z.unknown() }).loose();

/** Entries carry `changes`; some of Meta's samples put one `field`/`value` on the entry itself. */
export const igEntrySchema = z
  .object({
    id: z.string(),
    time: z.number().optional(),
    changes: z.array(igChangeSchema).optional(),
    field: z.string().optional(),
    value: z.unknown().optional(),
  })
  .loose();

export const igWebhookSchema = z
  .object({ object: z.string(), entry: z.array(igEntrySchema) })
  .loose();

/** GET /{ig-user-id}?fields=id,username */
export const igAccountSchema = z
  .object({ id: z.string(), username: z.string().optional() })
  .loose();

/** A media object (post, reel, carousel). */
export const igMediaSchema = z
  .object({
    id: graphIdSchema,
    caption: z.string().optional(),
    timestamp: z.string().optional(),
    permalink: z.string().optional(),
    comments_count: z.number().optional(),
  })
  .loose();

export const igMediaListSchema = graphListSchema(igMediaSchema);

const igReplyNodeSchema = z
  .object({
    id: graphIdSchema,
    text: z.string().optional(),
    timestamp: z.string().optional(),
    username: z.string().optional(),
    from: fromSchema,
    hidden: z.boolean().optional(),
    parent_id: graphIdSchema.optional(),
  })
  .loose();

export const igReplyListSchema = graphListSchema(igReplyNodeSchema);

/** A top-level comment, with its first page of replies expanded. */
export const igCommentNodeSchema = igReplyNodeSchema.extend({
  replies: igReplyListSchema.optional(),
});

export const igCommentListSchema = graphListSchema(igCommentNodeSchema);

export type IgCommentValue = z.infer<typeof igCommentValueSchema>;
export type IgMedia = z.infer<typeof igMediaSchema>;
export type IgReplyNode = z.infer<typeof igReplyNodeSchema>;

/** POST /{ig-comment-id}?hide=… answers `{"success":true}`. */
export const igSuccessSchema = z.object({ success: z.boolean() }).loose();

export const IG_REPLY_FIELDS = 'id,text,timestamp,username,from,hidden,parent_id';
export const IG_COMMENT_FIELDS = `${IG_REPLY_FIELDS},replies{${IG_REPLY_FIELDS}}`;
export const IG_MEDIA_FIELDS = 'id,caption,timestamp,permalink,comments_count';
