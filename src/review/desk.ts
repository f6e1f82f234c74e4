/**
 * The review desk: what a review channel outside the dashboard (Discord) shows of a queued
 * comment, and how a press there becomes a decision. Reads come from the store; decisions go
 * through the ReviewService, so permissions and action-log rows are the dashboard's own.
 */
import { z } from 'zod';
import { DiscordAdapter } from '../../adapters/discord/adapter.js';
import type { ReviewDesk, ReviewItem } from '../../adapters/discord/review.js';
import type { PlatformAdapter } from '../../adapters/types.js';
import type { AppCore, ReviewChannel } from '../app.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { ReviewService, reviewerOf, type Reviewer } from './service.js';

/** Finds the civicmod account linked to a Discord user id (the users store provides it). */
export type FindUserByDiscordId = (discordUserId: string) => Promise<Reviewer | null>;

/** The stored reasons of a decision (moderation `Reason`), read defensively: old rows differ. */
const storedReasonSchema = z.object({
  category: z.string(),
  clause: z.string().nullable().optional(),
  label: z.string(),
  evidence: z.array(z.object({ text: z.string() })).default([]),
});

const HUMAN_DECISIONS = new Set(['approve', 'hide', 'unhide', 'escalate']);

export function createReviewDesk(deps: {
  store: Store;
  review: ReviewService;
  findUserByDiscordId: FindUserByDiscordId;
}): ReviewDesk {
  const { store } = deps;
  return {
    async item(commentId): Promise<ReviewItem | null> {
      const context = await store.comments.context(commentId);
      if (!context) return null;
      const { comment } = context;
      const decisions = await store.comments.decisions(commentId);
      const latest = decisions.at(-1);
      const reasons = (latest?.reasons ?? []).flatMap((r) => {
        const parsed = storedReasonSchema.safeParse(r);
        return parsed.success
          ? [
              {
                category: parsed.data.category,
                label: parsed.data.label,
                clause: parsed.data.clause ?? null,
                evidence: parsed.data.evidence.map((e) => e.text),
              },
            ]
          : [];
      });
      const actions = await store.actions.forComment(commentId);
      const queued = actions.filter((a) => a.kind === 'queue').at(-1);
      const human = actions
        .filter(
          (a) => a.actor !== 'system' && HUMAN_DECISIONS.has(a.kind) && a.phase !== 'completed',
        )
        .at(-1);
      const reviewerName = human?.details?.reviewer;
      return {
        commentId,
        platform: comment.platform,
        pageName: context.page.name,
        postText: context.post?.text ?? null,
        parentText: context.parentText,
        authorName: comment.authorName,
        text: context.text,
        createdAt: comment.createdAt,
        state: comment.state,
        reviewState: comment.reviewState,
        reasons,
        queueReason: queued?.reason ?? null,
        lastDecision: human
          ? {
              kind: human.kind,
              by: typeof reviewerName === 'string' ? reviewerName : human.actor,
              at: human.at,
            }
          : null,
      };
    },
    decide: (reviewer, request) => deps.review.decide(reviewer, request),
    findUserByDiscordId: deps.findUserByDiscordId,
  };
}

/**
 * The civicmod account linked to a Discord user, as a reviewer. A disabled account keeps its
 * link (the action log names it) but decides nothing.
 */
export function reviewerByDiscordId(store: Store): FindUserByDiscordId {
  return async (discordUserId) => {
    const user = await store.users.findByDiscordId(discordUserId);
    if (!user || user.disabledAt !== null) return null;
    return reviewerOf(user);
  };
}

/** The Discord review channel, when Discord runs and DISCORD_REVIEW_CHANNEL_ID is set. */
export function discordReviewChannels(
  adapters: readonly PlatformAdapter[],
  core: AppCore,
): ReviewChannel[] {
  const channelId = core.config.DISCORD_REVIEW_CHANNEL_ID;
  const discord = adapters.find((a): a is DiscordAdapter => a instanceof DiscordAdapter);
  if (!discord || channelId === undefined) return [];
  const desk = createReviewDesk({
    store: core.store,
    review: new ReviewService(core.store, core.executor),
    findUserByDiscordId: reviewerByDiscordId(core.store),
  });
  const channel = discord.openReviewChannel(channelId, desk);
  const slugs = core.config.DISCORD_REVIEW_AGENCIES;
  return [
    slugs.length === 0 ? channel : agencyReviewChannel(channel, core.store, slugs, core.logger),
  ];
}

/**
 * A review channel that is told only of the comments on pages of the named agencies (several
 * agencies in one deployment: one agency's queue in its own Discord server, the others in the
 * dashboard). An unknown slug posts nothing and says so in the log: a queue is never shown to
 * people of another agency because of a typing mistake.
 */
export function agencyReviewChannel(
  channel: ReviewChannel,
  store: Store,
  slugs: readonly string[],
  logger: Logger,
): ReviewChannel {
  let allowed: Promise<ReadonlySet<number> | null> | undefined;
  const resolve = async (): Promise<ReadonlySet<number> | null> => {
    const agencies = await store.agencies.list();
    const ids = new Set<number>();
    for (const slug of slugs) {
      const agency = agencies.find((a) => a.slug.toLowerCase() === slug.toLowerCase());
      if (!agency) {
        logger.error(
          { slug, agencies: agencies.map((a) => a.slug) },
          'DISCORD_REVIEW_AGENCIES names an agency that does not exist: the review channel posts nothing until it is fixed',
        );
        return null;
      }
      ids.add(agency.id);
    }
    return ids;
  };
  return {
    queued(commentId) {
      void (async () => {
        allowed ??= resolve();
        const ids = await allowed;
        if (ids === null) allowed = undefined; // read again next time: the agency may be added
        const comment = ids === null ? null : await store.comments.get(commentId);
        const page = comment ? await store.pages.get(comment.pageId) : null;
        if (ids !== null && page && ids.has(page.agencyId)) channel.queued(commentId);
      })().catch((err: unknown) => {
        logger.error({ err, commentId }, 'the review channel could not check a comment’s agency');
      });
    },
  };
}
