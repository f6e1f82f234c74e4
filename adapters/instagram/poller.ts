/**
 * Backfill and reconciliation for Instagram: the account's media published since the look-back
 * (`FACEBOOK_BACKFILL_DAYS` on first start, the stored cursor afterwards, never less than the
 * look-back), each media's comments with their first page of replies expanded, and further
 * replies through `/{comment-id}/replies` when there are more. Polling is also the only way to
 * see a comment that was deleted or hidden on Instagram, which sends no webhook for either.
 */
import { PlatformError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import type { PlatformHttpClient } from '../shared/http.js';
import type { AdapterContext } from '../types.js';
import { graphTime, listPages } from '../meta/graph.js';
import type { PostCache, PostInfo } from '../meta/post-cache.js';
import type { GraphUsageThrottle } from '../meta/usage.js';
import { mapIgNode, mediaInfo } from './mapping.js';
import {
  IG_COMMENT_FIELDS,
  IG_MEDIA_FIELDS,
  IG_REPLY_FIELDS,
  igCommentListSchema,
  igMediaListSchema,
  igReplyListSchema,
  type IgMedia,
} from './schemas.js';

export const IG_POLL_CURSOR_KEY = 'poll_since';
const POLL_OVERLAP_MS = 10 * 60_000;

export interface InstagramPollerOptions {
  client: PlatformHttpClient;
  throttle: GraphUsageThrottle;
  accountId: string;
  accountName: () => string | undefined;
  backfillDays: number;
  media: PostCache;
  now: () => number;
  logger: Logger;
}

export interface IgPollSummary {
  media: number;
  comments: number;
  complete: boolean;
}

function mediaTime(media: IgMedia): number {
  return Date.parse(graphTime(media.timestamp) ?? '') || 0;
}

/** Media come newest first; a page that is entirely older (and really in that order) ends the read. */
function entirelyOlder(page: IgMedia[], sinceMs: number): boolean {
  if (page.length === 0) return false;
  const times = page.map(mediaTime);
  for (let i = 1; i < times.length; i++) if ((times[i] ?? 0) > (times[i - 1] ?? 0)) return false;
  return (times[0] ?? 0) < sinceMs;
}

export class InstagramPoller {
  constructor(private readonly options: InstagramPollerOptions) {}

  async runOnce(context: AdapterContext, keepGoing: () => boolean): Promise<IgPollSummary> {
    const { client, throttle, accountId, logger } = this.options;
    const startedAt = this.options.now();
    const lookBack = startedAt - this.options.backfillDays * 24 * 3600_000;
    const stored = await context.cursors.get(IG_POLL_CURSOR_KEY);
    const storedMs = stored === null ? Number.NaN : Date.parse(stored);
    const since = Math.min(
      Number.isNaN(storedMs) ? lookBack : storedMs - POLL_OVERLAP_MS,
      lookBack,
    );
    const summary: IgPollSummary = { media: 0, comments: 0, complete: true };
    const beforePage = async () => {
      await throttle.beforeRead();
      return keepGoing();
    };

    const mediaPages = listPages(client, `/${accountId}/media`, {
      query: { fields: IG_MEDIA_FIELDS, limit: 50 },
      schema: igMediaListSchema,
      beforePage,
      stopAfter: (page) => entirelyOlder(page, since),
    });
    for await (const page of mediaPages) {
      for (const media of page) {
        if (!keepGoing()) return { ...summary, complete: false };
        if (mediaTime(media) < since) continue;
        summary.media++;
        const info = mediaInfo(media);
        this.options.media.remember(media.id, info);
        if (media.comments_count === 0) continue;
        try {
          summary.comments += await this.readComments(context, media.id, info, beforePage);
        } catch (err) {
          if (!(err instanceof PlatformError) || err.pausePage) throw err;
          summary.complete = false;
          logger.warn(
            { mediaId: media.id, error: err.message },
            'could not read comments of a media',
          );
        }
      }
    }
    if (summary.complete && keepGoing())
      await context.cursors.set(IG_POLL_CURSOR_KEY, new Date(startedAt).toISOString());
    logger.debug({ ...summary }, 'instagram poll finished');
    return summary;
  }

  private async readComments(
    context: AdapterContext,
    mediaId: string,
    media: PostInfo,
    beforePage: () => Promise<boolean>,
  ): Promise<number> {
    const base = {
      accountId: this.options.accountId,
      accountName: this.options.accountName(),
      mediaId,
      media,
    };
    let count = 0;
    const pages = listPages(this.options.client, `/${mediaId}/comments`, {
      query: { fields: IG_COMMENT_FIELDS, limit: 50 },
      schema: igCommentListSchema,
      beforePage,
    });
    for await (const page of pages) {
      for (const node of page) {
        await context.ingest({ type: 'comment', comment: mapIgNode(node, base) });
        count++;
        const replies = node.replies;
        if (!replies) continue;
        if (replies.paging?.next) {
          // More replies than the expansion holds: read them all from the replies edge.
          const replyPages = listPages(this.options.client, `/${node.id}/replies`, {
            query: { fields: IG_REPLY_FIELDS, limit: 50 },
            schema: igReplyListSchema,
            beforePage,
          });
          for await (const replyPage of replyPages) {
            for (const reply of replyPage) {
              await context.ingest({
                type: 'comment',
                comment: mapIgNode(reply, { ...base, parentId: node.id }),
              });
              count++;
            }
          }
        } else {
          for (const reply of replies.data) {
            await context.ingest({
              type: 'comment',
              comment: mapIgNode(reply, { ...base, parentId: node.id }),
            });
            count++;
          }
        }
      }
    }
    return count;
  }
}
