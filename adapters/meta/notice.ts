/**
 * Private Replies on Facebook Pages and Instagram (../shared/PLATFORMS.md, "Telling the author
 * privately"): `POST /{page-id or ig-user-id}/messages` with the comment as the recipient. One
 * message per comment, within 7 days of the comment; the token needs messaging permission
 * (`pages_messaging`). Meta refuses a second reply or a late one; that refusal is recorded as a
 * failed notice and never retried.
 */
import { z } from 'zod';
import { PlatformError } from '../../src/errors.js';
import type { PlatformHttpClient } from '../shared/http.js';
import type { AuthorNotice, PlatformActionResult } from '../types.js';
import { isGraphId } from './graph.js';

export const META_PRIVATE_REPLY = {
  channel: 'private reply (Messenger / Instagram Direct)',
  limits:
    'one message per comment, only within 7 days of the comment; needs the pages_messaging permission',
  windowDays: 7,
} as const;

const sentSchema = z.object({ recipient_id: z.string().optional(), message_id: z.string() });

export async function sendPrivateReply(
  platform: 'facebook' | 'instagram',
  client: PlatformHttpClient,
  senderId: string,
  notice: AuthorNotice,
): Promise<PlatformActionResult> {
  if (!isGraphId(notice.platformCommentId)) {
    throw new PlatformError(platform, `"${notice.platformCommentId}" is not a comment id`, {
      retryable: false,
    });
  }
  const { data } = await client.post(`/${senderId}/messages`, {
    json: {
      recipient: { comment_id: notice.platformCommentId },
      message: { text: notice.text },
    },
    schema: sentSchema,
    attempts: 1,
  });
  return { message_id: data.message_id, recipient_id: data.recipient_id ?? null };
}
