/**
 * POST/GET /webhooks/instagram: the same handshake and X-Hub-Signature-256 check as Facebook
 * (one Meta app, one app secret), then `comments` changes mapped with the media caption added.
 */
import type { Logger } from '../../src/logger.js';
import type { IngestEvent, WebhookRequest, WebhookResult } from '../types.js';
import type { PostCache } from '../meta/post-cache.js';
import { openMetaWebhook, RECEIVED } from '../meta/webhook.js';
import { mapIgChange } from './mapping.js';
import { igWebhookSchema } from './schemas.js';

export interface InstagramWebhookOptions {
  accountId: string;
  appSecret: string;
  verifyToken: string | undefined;
  logger: Logger;
  media: PostCache;
  accountName: () => string | undefined;
}

export async function handleInstagramWebhook(
  request: WebhookRequest,
  options: InstagramWebhookOptions,
): Promise<WebhookResult> {
  const { logger } = options;
  const opened = openMetaWebhook(request, {
    platform: 'instagram',
    name: 'Instagram',
    object: 'instagram',
    schema: igWebhookSchema,
    appSecret: options.appSecret,
    verifyToken: options.verifyToken,
    logger,
  });
  if ('done' in opened) return opened.done;
  const { envelope, rawText } = opened;

  const changesOf = (entry: (typeof envelope.entry)[number]) =>
    entry.changes ??
    (entry.field !== undefined ? [{ field: entry.field, value: entry.value }] : []);
  const changeCount = envelope.entry.reduce((n, e) => n + changesOf(e).length, 0);
  const events: IngestEvent[] = [];
  for (const entry of envelope.entry) {
    const changes = changesOf(entry);
    if (changes.length === 0) {
      events.push({
        type: 'unrecognized',
        platform: 'instagram',
        note: 'instagram entry without changes',
        raw: JSON.stringify({ object: envelope.object, entry: [entry] }),
        source: 'webhook',
      });
      continue;
    }
    for (const change of changes) {
      // The exact bytes when they hold only this change, else this change in its envelope.
      const raw =
        changeCount === 1
          ? rawText
          : JSON.stringify({
              object: envelope.object,
              entry: [{ id: entry.id, time: entry.time, changes: [change] }],
            });
      if (entry.id !== options.accountId) {
        events.push({
          type: 'unrecognized',
          platform: 'instagram',
          note: `change for account ${entry.id}, which is not INSTAGRAM_ACCOUNT_ID`,
          raw,
          source: 'webhook',
        });
        continue;
      }
      events.push(
        mapIgChange(change.field, change.value, {
          accountId: options.accountId,
          accountName: options.accountName(),
          entryTime: entry.time,
          raw,
        }),
      );
    }
  }

  // The caption, for off-topic (J.3); a failed lookup leaves it out and loses nothing.
  await Promise.all(
    events.map(async (event) => {
      if (event.type !== 'comment' || !event.comment.post) return;
      const post = event.comment.post;
      const info = await options.media.get(post.platformPostId);
      if (!info) return;
      post.text = info.text;
      post.url = info.url;
      post.createdAt = info.createdAt;
    }),
  );
  return { response: RECEIVED, events };
}
