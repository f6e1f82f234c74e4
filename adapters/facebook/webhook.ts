/**
 * POST/GET /webhooks/facebook: the verification handshake, then for every POST the
 * X-Hub-Signature-256 check over the raw bytes *before* anything is parsed, then the Page
 * `feed` changes mapped to IngestEvents with the post text added (the webhook has none).
 */
import type { Logger } from '../../src/logger.js';
import type { IngestEvent, WebhookRequest, WebhookResult } from '../types.js';
import type { PostCache } from '../meta/post-cache.js';
import { openMetaWebhook, RECEIVED } from '../meta/webhook.js';
import { mapFeedChange, type MappedFeedChange } from './mapping.js';
import { pageWebhookSchema } from './schemas.js';

export interface FacebookWebhookOptions {
  pageId: string;
  appSecret: string;
  verifyToken: string | undefined;
  logger: Logger;
  posts: PostCache;
  pageName: () => string | undefined;
  isOwnAction: (commentId: string, hidden: boolean) => boolean;
}

export async function handleFacebookWebhook(
  request: WebhookRequest,
  options: FacebookWebhookOptions,
): Promise<WebhookResult> {
  const { logger } = options;
  const opened = openMetaWebhook(request, {
    platform: 'facebook',
    name: 'Facebook',
    object: 'page',
    schema: pageWebhookSchema,
    appSecret: options.appSecret,
    verifyToken: options.verifyToken,
    logger,
  });
  if ('done' in opened) return opened.done;
  const { envelope, rawText } = opened;

  const changeCount = envelope.entry.reduce((n, e) => n + (e.changes?.length ?? 0), 0);
  const mapped: MappedFeedChange[] = [];
  for (const entry of envelope.entry) {
    const changes = entry.changes ?? [];
    if (changes.length === 0) {
      // Messenger `messaging` entries and the like: not ours to interpret, kept all the same.
      mapped.push({
        event: {
          type: 'unrecognized',
          platform: 'facebook',
          note: 'page entry without changes',
          raw: JSON.stringify({ object: envelope.object, entry: [entry] }),
          source: 'webhook',
        },
      });
      continue;
    }
    for (const change of changes) {
      // The exact bytes when they hold only this change; otherwise this change in the same
      // envelope, so each stored record holds its own comment and no one else's.
      const raw =
        changeCount === 1
          ? rawText
          : JSON.stringify({
              object: envelope.object,
              entry: [{ id: entry.id, time: entry.time, changes: [change] }],
            });
      if (entry.id !== options.pageId) {
        mapped.push({
          event: {
            type: 'unrecognized',
            platform: 'facebook',
            note: `change for page ${entry.id}, which is not FACEBOOK_PAGE_ID`,
            raw,
            source: 'webhook',
          },
        });
        continue;
      }
      if (change.field !== 'feed') {
        mapped.push({
          event: {
            type: 'unrecognized',
            platform: 'facebook',
            note: `page field "${change.field}"`,
            raw,
            source: 'webhook',
          },
        });
        continue;
      }
      mapped.push(
        mapFeedChange(change.value, {
          pageId: options.pageId,
          pageName: options.pageName(),
          entryTime: entry.time,
          raw,
          isOwnAction: options.isOwnAction,
        }),
      );
    }
  }

  for (const m of mapped) if (m.post) options.posts.remember(m.post.postId, m.post.info);
  const events: IngestEvent[] = mapped.map((m) => m.event);
  // Post text for off-topic (J.3), fetched once per post and in parallel; a failure leaves it out.
  await Promise.all(
    events.map(async (event) => {
      if (event.type !== 'comment' || !event.comment.post) return;
      const post = event.comment.post;
      const info = await options.posts.get(post.platformPostId);
      if (!info) return;
      post.text = info.text;
      post.url = post.url ?? info.url;
      post.createdAt = info.createdAt;
    }),
  );
  return { response: RECEIVED, events };
}
