/**
 * POST/GET /webhooks/facebook: the verification handshake, then for every POST the
 * X-Hub-Signature-256 check over the raw bytes *before* anything is parsed, then the Page
 * `feed` changes mapped to IngestEvents with the post text added (the webhook has none).
 */
import type { Logger } from '../../src/logger.js';
import type { IngestEvent, WebhookRequest, WebhookResult } from '../types.js';
import type { PostCache } from '../meta/post-cache.js';
import { answerHandshake, refuseUnsigned } from '../meta/signature.js';
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

const RECEIVED: WebhookResult['response'] = { status: 200, body: 'EVENT_RECEIVED' };

function keepWhole(note: string, raw: string): WebhookResult {
  return {
    response: RECEIVED,
    events: [{ type: 'unrecognized', platform: 'facebook', note, raw, source: 'webhook' }],
  };
}

export async function handleFacebookWebhook(
  request: WebhookRequest,
  options: FacebookWebhookOptions,
): Promise<WebhookResult> {
  const { logger } = options;
  if (request.method === 'GET')
    return { response: answerHandshake(request, options.verifyToken, logger), events: [] };

  const refused = refuseUnsigned(request, options.appSecret, logger);
  if (refused) return { response: refused, events: [] };

  // Signed by Meta from here on. What cannot be understood is kept verbatim and acknowledged:
  // an error answer would only make Meta resend the same bytes.
  const rawText = request.rawBody.toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(rawText);
  } catch {
    logger.warn(
      { bytes: request.rawBody.length },
      'signed Facebook webhook is not JSON; kept verbatim',
    );
    return keepWhole('signed webhook body that is not JSON', rawText);
  }
  const parsed = pageWebhookSchema.safeParse(body);
  if (!parsed.success) return keepWhole('webhook body without object/entry', rawText);
  const envelope = parsed.data;
  if (envelope.object !== 'page')
    return keepWhole(`webhook for object "${envelope.object}"`, rawText);

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
