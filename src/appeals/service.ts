/**
 * Appeals (issue 19): an author asks, on the public /appeal page, for a hidden comment to be
 * restored; the Chief of Police or designee decides (I.3: the final say on public content), and
 * a restore is carried out on the platform through the executor like any other.
 *
 * The appeal is stored before anything else is done with it, and answered with a receipt. The
 * submitter's address is used only for the per-address limit, as a hash keyed with a secret
 * this process draws at start (the limit restarts with the process; the address is never kept).
 */
import { createHmac, randomBytes } from 'node:crypto';
import { InputError, NotFoundError, RateLimitError } from '../errors.js';
import type { ActionExecutor } from '../pipeline/executor.js';
import { requireInAgency, type Reviewer } from '../review/service.js';
import {
  APPEAL_CLAUSE,
  DEFAULT_AGENCY_ID,
  type ActionLogRow,
  type AppealRow,
  type CommentRow,
  type Store,
} from '../store/types.js';

export const APPEAL_LIMITS = {
  ref: 500,
  reasonMin: 10,
  reason: 4000,
  contact: 200,
  decision: 2000,
} as const;

/** `days` business days (Monday to Friday) after `from`, as YYYY-MM-DD (UTC). */
export function addBusinessDays(from: Date, days: number): string {
  const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate()));
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.getUTCDay();
    if (day !== 0 && day !== 6) left--;
  }
  return d.toISOString().slice(0, 10);
}

/**
 * The platform comment ids a reference may name: the whole text, the ids in a link's query
 * (`comment_id`, `reply_comment_id`, YouTube's `lc`), the last part of its path (X, Bluesky,
 * Instagram), and Facebook's `POST_COMMENT` pair.
 */
export function commentCandidates(ref: string): string[] {
  const out = new Set<string>();
  const text = ref.trim();
  if (text === '') return [];
  out.add(text);
  try {
    const url = new URL(text);
    for (const name of ['comment_id', 'reply_comment_id', 'lc', 'id']) {
      const v = url.searchParams.get(name);
      if (v) out.add(v);
    }
    const parts = url.pathname.split('/').filter((p) => p !== '');
    const last = parts[parts.length - 1];
    if (last) out.add(last);
    if (url.protocol === 'at:' || url.hostname === 'bsky.app') out.add(text);
  } catch {
    // Not a link: the text itself, and any long number in it.
  }
  for (const m of text.matchAll(/\d{6,}(?:_\d{6,})?/g)) {
    out.add(m[0]);
    const pair = m[0].split('_');
    if (pair.length === 2 && pair[1]) out.add(pair[1]);
  }
  return [...out];
}

export interface AppealSubmission {
  commentRef: string;
  reason: string;
  contact?: string | undefined;
  /** The submitter's network address, for the per-address limit only. */
  address: string;
}

export class AppealService {
  /** Drawn per process: the address hashes cannot be reversed by trying every address. */
  private readonly addressKey = randomBytes(32);

  constructor(
    private readonly store: Store,
    private readonly executor: ActionExecutor,
    private readonly options: {
      dueBusinessDays: number;
      perHour: number;
      now: () => Date;
    },
  ) {}

  /** Stores an appeal from the public; throws InputError or RateLimitError with what to do. */
  async submit(submission: AppealSubmission): Promise<AppealRow> {
    const commentRef = submission.commentRef.trim();
    const reason = submission.reason.trim();
    const contact = submission.contact?.trim() ?? '';
    if (commentRef === '') throw new InputError('Give the link to your comment, or its id.');
    if (commentRef.length > APPEAL_LIMITS.ref)
      throw new InputError(`Keep the link under ${APPEAL_LIMITS.ref} characters.`);
    if (reason.length < APPEAL_LIMITS.reasonMin)
      throw new InputError('Say in a sentence or two why the comment should be restored.');
    if (reason.length > APPEAL_LIMITS.reason)
      throw new InputError(
        `Keep the reason under ${APPEAL_LIMITS.reason.toLocaleString('en-US')} characters.`,
      );
    if (contact.length > APPEAL_LIMITS.contact)
      throw new InputError(`Keep the contact details under ${APPEAL_LIMITS.contact} characters.`);
    const addressHash = createHmac('sha256', this.addressKey)
      .update(submission.address)
      .digest('hex');
    const now = this.options.now();
    const since = new Date(now.getTime() - 3_600_000).toISOString();
    if ((await this.store.appeals.submissionsSince(addressHash, since)) >= this.options.perHour) {
      throw new RateLimitError(
        'Too many appeals from this address in the last hour. Please try again later.',
        3600,
      );
    }
    const commentId = await this.store.appeals.findComment(commentCandidates(commentRef));
    return this.store.appeals.create({
      commentRef,
      commentId,
      reason,
      contact: contact === '' ? null : contact,
      dueOn: addBusinessDays(now, this.options.dueBusinessDays),
      addressHash,
    });
  }

  /**
   * The agency an appeal belongs to: its comment's page's, or the default agency's when it
   * matched no comment (that agency's Chief reads the reference the author typed).
   */
  async agencyOf(comment: CommentRow | null): Promise<number> {
    if (comment === null) return DEFAULT_AGENCY_ID;
    return (await this.store.pages.get(comment.pageId))?.agencyId ?? DEFAULT_AGENCY_ID;
  }

  /**
   * The Chief's or designee's decision. "restored" asks the platform to show the comment again
   * (through the executor, once) when it is hidden; "upheld" keeps the decision. Both are
   * recorded with the reason.
   */
  async decide(
    reviewer: Reviewer,
    appealId: number,
    outcome: 'restored' | 'upheld',
    reason: string,
  ): Promise<{ appeal: AppealRow; action: ActionLogRow | null }> {
    const appeal = await this.store.appeals.get(appealId);
    const notFound = `There is no appeal ${appealId}.`;
    if (!appeal) throw new NotFoundError(notFound);
    const comment =
      appeal.commentId === null ? null : await this.store.comments.get(appeal.commentId);
    requireInAgency(reviewer, await this.agencyOf(comment), 'decide_appeal', notFound);
    const why = reason.trim();
    if (why === '')
      throw new InputError('Write the reason for the decision: the author is told it.');
    if (why.length > APPEAL_LIMITS.decision)
      throw new InputError(
        `Keep the reason under ${APPEAL_LIMITS.decision.toLocaleString('en-US')} characters.`,
      );
    if (
      outcome === 'restored' &&
      comment &&
      (comment.state === 'removed' || comment.state === 'deleted_by_author')
    ) {
      throw new InputError(
        comment.state === 'removed'
          ? 'This comment was removed from the platform and cannot be shown again there; uphold, or record the decision in the reason.'
          : 'The author deleted this comment; there is nothing to restore on the platform.',
      );
    }
    const actor = `user:${reviewer.userId}` as const;
    const decided = await this.store.appeals.decide(appealId, outcome, why, actor);
    let action: ActionLogRow | null = null;
    if (outcome === 'restored' && comment && comment.state === 'hidden') {
      action = await this.store.actions.request({
        kind: 'unhide',
        commentId: comment.id,
        pageId: comment.pageId,
        platform: comment.platform,
        actor,
        reason: `Appeal ${appeal.receipt} granted: ${why}`,
        clause: APPEAL_CLAUSE,
        decisionId: comment.lastDecisionId,
        details: { appealId, receipt: appeal.receipt, reviewer: reviewer.name },
      });
      await this.store.comments.setReviewState(comment.id, 'closed');
      this.executor.enqueue(action.actionId);
    }
    return { appeal: decided, action };
  }
}
