/**
 * The private review channel: every comment that enters the review queue, from any platform, is
 * posted there with its text, context, flags and evidence, and buttons Approve / Hide /
 * Escalate. A press is decided by the civicmod account linked to the presser's Discord account,
 * with that account's role, through the same ReviewService as the dashboard, so the action log
 * cannot tell (and need not) where a person clicked. Refusals are answered privately.
 *
 * The adapter never touches the store: what it shows and what a press does come through the
 * ReviewDesk (src/review/desk.ts builds it from the store and the ReviewService).
 */
import { z } from 'zod';
import { CivicmodError } from '../../src/errors.js';
import type { Logger } from '../../src/logger.js';
import { ROLE_LABELS } from '../../src/review/permissions.js';
import type {
  ReasonCode,
  Reviewer,
  ReviewDecision,
  ReviewRequest,
  ReviewResult,
} from '../../src/review/service.js';
import type { CommentState, Platform, ReviewState } from '../../src/store/types.js';
import type { CursorAccess } from '../types.js';
import { escapeAndFit, escapeDiscordText, MAX_MESSAGE_LENGTH } from './format.js';
import type {
  DiscordButtonPress,
  DiscordGateway,
  OutgoingMessage,
  ReviewButton,
} from './gateway.js';

/** What a reviewer sees of one comment. Texts are as written; the channel escapes them. */
export interface ReviewItem {
  commentId: number;
  platform: Platform;
  pageName: string | null;
  postText: string | null;
  parentText: string | null;
  authorName: string | null;
  text: string;
  createdAt: string;
  state: CommentState;
  reviewState: ReviewState;
  /** The latest decision's reasons: a label, the clause, and the matched words. */
  reasons: { category: string; label: string; clause: string | null; evidence: string[] }[];
  /** Why the pipeline queued it ("Queued for a person: …"), when it says. */
  queueReason: string | null;
  /** The last decision a person made, if any. */
  lastDecision: { kind: string; by: string; at: string } | null;
}

/** What the review channel needs from civicmod (built in src/review/desk.ts). */
export interface ReviewDesk {
  item(commentId: number): Promise<ReviewItem | null>;
  decide(reviewer: Reviewer, request: ReviewRequest): Promise<ReviewResult>;
  /** The civicmod account linked to a Discord user; null when none (or it is disabled). */
  findUserByDiscordId(discordUserId: string): Promise<Reviewer | null>;
}

const PLATFORM_LABELS: Record<Platform, string> = {
  facebook: 'Facebook',
  instagram: 'Instagram',
  x: 'X',
  youtube: 'YouTube',
  discord: 'Discord',
  bluesky: 'Bluesky',
};

/** The preset reason a Hide press records, from the comment's own flag (J.3 / I.3 clauses). */
const HIDE_REASON_FOR_CATEGORY: Record<string, ReasonCode> = {
  obscenity: 'obscenity',
  personal_attack: 'personal_attack',
  off_topic: 'off_topic',
  threat: 'threat',
  personal_info: 'personal_info',
};

const DECIDED_LABELS: Record<string, string> = {
  approve: 'Approved',
  hide: 'Hidden',
  unhide: 'Restored',
  escalate: 'Escalated to the Chief or designee',
};

const customIdSchema = z
  .string()
  .regex(/^civicmod:(approve|hide|escalate):\d{1,15}$/)
  .transform((id) => {
    const [, decision, commentId] = id.split(':') as [string, ReviewDecision, string];
    return { decision, commentId: Number(commentId) };
  });

function customId(decision: ReviewDecision, commentId: number): string {
  return `civicmod:${decision}:${commentId}`;
}

/** The reason a Hide press would record; null when nothing was flagged (a person writes one). */
export function hideReasonFor(item: ReviewItem): ReasonCode | null {
  for (const reason of item.reasons) {
    const code = HIDE_REASON_FOR_CATEGORY[reason.category];
    if (code) return code;
  }
  return null;
}

/** The review message: context first, then the comment, then who decided. */
export function renderReviewMessage(
  item: ReviewItem,
  decided?: { decision: ReviewDecision; reviewer: Reviewer; at: string },
): OutgoingMessage {
  const esc = escapeDiscordText;
  const headline =
    item.reviewState === 'escalated'
      ? '**Escalated: for the Chief or designee**'
      : item.reviewState === 'closed'
        ? '**Decided**'
        : '**Queued for review**';
  const lines: string[] = [
    `${headline} · ${PLATFORM_LABELS[item.platform]}${item.pageName ? ` · ${esc(item.pageName)}` : ''}`,
  ];
  if (item.postText) lines.push(`**Post:** ${escapeAndFit(item.postText, 300, ' …')}`);
  if (item.parentText) lines.push(`**In reply to:** ${escapeAndFit(item.parentText, 300, ' …')}`);
  lines.push(`**Author:** ${esc(item.authorName ?? 'unknown')} · ${esc(item.createdAt)}`);
  if (item.reasons.length > 0) {
    const flags = item.reasons.map((r) => {
      const words =
        r.evidence.length > 0
          ? `: "${r.evidence.map((e) => escapeAndFit(e, 60, '…')).join('", "')}"`
          : '';
      return `${esc(r.label)}${r.clause ? ` (${esc(r.clause)})` : ''}${words}`;
    });
    lines.push(`**Flags:** ${flags.join('; ')}`);
  } else if (item.queueReason) {
    lines.push(`**Why:** ${escapeAndFit(item.queueReason, 300, ' …')}`);
  }
  if (item.state !== 'visible')
    lines.push(`**On the platform:** ${esc(item.state.replaceAll('_', ' '))}`);
  const footer: string[] = [];
  if (decided) {
    footer.push(
      `**${DECIDED_LABELS[decided.decision] ?? decided.decision}** by ${esc(decided.reviewer.name)} ` +
        `(${esc(ROLE_LABELS[decided.reviewer.role])}) · ${esc(decided.at)}`,
    );
  } else if (item.lastDecision) {
    footer.push(
      `**${DECIDED_LABELS[item.lastDecision.kind] ?? esc(item.lastDecision.kind)}** by ` +
        `${esc(item.lastDecision.by)} · ${esc(item.lastDecision.at)}`,
    );
  }
  footer.push(`civicmod comment #${item.commentId}`);
  const head = `${lines.join('\n')}\n**Comment:**\n`;
  const tail = `\n\n${footer.join('\n')}`;
  const room = MAX_MESSAGE_LENGTH - head.length - tail.length;
  const content = `${head}${escapeAndFit(item.text, Math.max(room, 0))}${tail}`;
  return { content, buttons: buttonsFor(item), allowedMentions: { parse: [] } };
}

function buttonsFor(item: ReviewItem): ReviewButton[] {
  if (item.reviewState === 'closed' || item.reviewState === 'none') return [];
  const buttons: ReviewButton[] = [
    { customId: customId('approve', item.commentId), label: 'Approve', style: 'success' },
  ];
  const hideReason = hideReasonFor(item);
  // Without a flag there is no preset reason to record: hiding it needs the dashboard's form.
  if (hideReason && item.state === 'visible') {
    buttons.push({
      customId: customId('hide', item.commentId),
      label: item.platform === 'discord' ? 'Hide (deletes it on Discord)' : 'Hide',
      style: 'danger',
    });
  }
  if (item.reviewState !== 'escalated') {
    buttons.push({
      customId: customId('escalate', item.commentId),
      label: 'Escalate',
      style: 'secondary',
    });
  }
  return buttons;
}

const POST_ATTEMPTS = 3;
/** Queued comments kept while Discord is not connected. */
const MAX_WAITING = 1000;

export class DiscordReviewChannel {
  private cursors: CursorAccess | undefined;
  private readonly waiting: number[] = [];
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;

  constructor(
    private readonly options: {
      gateway: DiscordGateway;
      channelId: string;
      desk: ReviewDesk;
      logger: Logger;
      /** Waits between posting attempts; tests pass an instant one. */
      sleep?: (ms: number) => Promise<void>;
    },
  ) {
    options.gateway.on('buttonPress', (press) => {
      void this.onPress(press).catch((err: unknown) => {
        this.options.logger.error({ err }, 'discord review: a button press failed');
      });
    });
  }

  /** Called by the adapter once connected: posting can begin. */
  start(cursors: CursorAccess): void {
    this.cursors = cursors;
    for (const commentId of this.waiting.splice(0)) this.queued(commentId);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain;
  }

  /** A comment entered the queue (ReviewChannel): posted in order, never blocking the caller. */
  queued(commentId: number): void {
    if (!this.cursors) {
      // Discord not connected yet; beyond this many, the dashboard's queue is where to look.
      if (this.waiting.length < MAX_WAITING) this.waiting.push(commentId);
      return;
    }
    this.chain = this.chain.then(() => this.post(commentId));
  }

  /** Resolves when every queued post so far was attempted (tests). */
  idle(): Promise<void> {
    return this.chain;
  }

  private async post(commentId: number): Promise<void> {
    const { gateway, channelId, desk, logger } = this.options;
    const sleep =
      this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 1; attempt <= POST_ATTEMPTS && !this.stopped; attempt++) {
      try {
        const item = await desk.item(commentId);
        if (!item) return;
        const message = renderReviewMessage(item);
        const key = `review:${commentId}`;
        const existing = await this.cursors?.get(key);
        if (existing) {
          // Queued again (edited): the same message is brought up to date, buttons back on.
          await gateway.editMessage(channelId, existing, message);
        } else {
          const { id } = await gateway.sendMessage(channelId, message);
          await this.cursors?.set(key, id);
        }
        return;
      } catch (err) {
        logger.warn({ err, commentId, attempt }, 'discord review: could not post a queued comment');
        if (attempt < POST_ATTEMPTS) await sleep(1000 * 2 ** attempt);
      }
    }
    logger.error(
      { commentId },
      'discord review: gave up posting a queued comment; it is still in the dashboard queue',
    );
  }

  private async onPress(press: DiscordButtonPress): Promise<void> {
    if (press.channelId !== this.options.channelId) return;
    const parsed = customIdSchema.safeParse(press.customId);
    if (!parsed.success) return;
    const { decision, commentId } = parsed.data;
    const { desk, logger } = this.options;
    await press.acknowledge();

    // Authorised against the linked civicmod account and its role, never the Discord roles.
    const reviewer = await desk.findUserByDiscordId(press.userId);
    if (!reviewer) {
      logger.info(
        { discordUserId: press.userId, commentId },
        'discord review: press by an unlinked account refused',
      );
      await press.replyPrivately(
        'Your Discord account is not linked to a civicmod account, so nothing was changed. ' +
          'Ask the civicmod administrator to link it, or decide in the dashboard.',
      );
      return;
    }
    const item = await desk.item(commentId);
    if (!item) {
      await press.replyPrivately(`civicmod has no comment #${commentId}.`);
      return;
    }
    if (item.reviewState === 'closed') {
      // Someone decided first (here or in the dashboard): show that instead of deciding twice.
      await press.updateMessage(renderReviewMessage(item));
      await press.replyPrivately('This comment was already decided; nothing was changed.');
      return;
    }
    const reasonCode: ReasonCode | null =
      decision === 'approve'
        ? 'not_a_violation'
        : decision === 'escalate'
          ? 'needs_chief'
          : hideReasonFor(item);
    if (!reasonCode) {
      await press.replyPrivately(
        'Nothing was flagged to cite as the reason: hide it from the dashboard, with a reason.',
      );
      return;
    }
    try {
      await desk.decide(reviewer, { commentId, decision, reasonCode });
    } catch (err) {
      // Forbidden (role), invalid (already escalated), not found: the person is told why.
      if (err instanceof CivicmodError && err.status < 500) {
        await press.replyPrivately(err.publicMessage);
        return;
      }
      logger.error({ err, commentId }, 'discord review: could not record a decision');
      await press.replyPrivately(
        'civicmod could not record this decision. Try again, or use the dashboard.',
      );
      return;
    }
    const updated = (await desk.item(commentId)) ?? item;
    await press.updateMessage(
      renderReviewMessage(updated, { decision, reviewer, at: new Date().toISOString() }),
    );
  }
}
