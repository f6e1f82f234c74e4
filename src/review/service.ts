/**
 * What a person decides about a comment: approve, hide, restore, escalate, and the Chief's
 * decision on an escalation. The dashboard and the Discord review channel both go through
 * here, so the same rules, permissions and action-log rows apply wherever a person clicks.
 */
import { CLAUSES } from '../../moderation/index.js';
import { policySettingsSchema } from '../../moderation/policy.js';
import { InputError, NotFoundError } from '../errors.js';
import type { ActionExecutor } from '../pipeline/executor.js';
import type { ActionLogRow, Actor, CommentRow, Store, UserRow } from '../store/types.js';
import { Access, requirePermission, type Permission, type Role } from './permissions.js';

/** A person acting: their user id and roles, resolved and checked by the caller's login. */
export interface Reviewer {
  userId: number;
  /** The role in their first agency, for display. */
  role: Role;
  name: string;
  /** What they may do in each agency; every check below asks it for the comment's agency. */
  access: Access;
}

/** An account as a reviewer. */
export function reviewerOf(user: UserRow): Reviewer {
  return {
    userId: user.id,
    role: user.role,
    name: user.displayName,
    access: new Access(user.agencies),
  };
}

/**
 * Throws unless the reviewer holds the permission in the agency. A reviewer who does not work
 * for the agency at all is told the thing does not exist (as for an unknown id).
 */
export function requireInAgency(
  reviewer: Reviewer,
  agencyId: number,
  permission: Permission,
  notFound: string,
): void {
  if (!reviewer.access.isMember(agencyId)) throw new NotFoundError(notFound);
  const role = reviewer.access.roleIn(agencyId);
  if (role !== null) requirePermission(role, permission);
}

export type ReviewDecision = 'approve' | 'hide' | 'restore' | 'escalate';

/**
 * Preset reasons, tied to the policy, so a reason is one keystroke and the record is
 * consistent. `other` needs a note. Approve reasons say why a flag did not apply.
 */
export const PRESET_REASONS = {
  obscenity: { label: 'Obscenity', clause: CLAUSES.obscenity, for: ['hide'] },
  personal_attack: {
    label: 'Personal attack on another person',
    clause: CLAUSES.personal_attack,
    for: ['hide'],
  },
  off_topic: { label: 'Off-topic', clause: CLAUSES.off_topic, for: ['hide'] },
  spam: { label: 'Spam or commercial promotion', clause: CLAUSES.off_topic, for: ['hide'] },
  threat: {
    label: 'Threat of violence',
    clause: 'I.3 Chief/designee decision (threat)',
    for: ['hide', 'escalate'],
  },
  personal_info: {
    label: "Private person's personal information",
    clause: 'I.3 Chief/designee decision (personal information)',
    for: ['hide', 'escalate'],
  },
  not_a_violation: { label: 'Not a policy violation', clause: 'J.3', for: ['approve', 'restore'] },
  protected_criticism: {
    label: 'Criticism of the department or officials (protected speech)',
    clause: 'J.3',
    for: ['approve', 'restore'],
  },
  hidden_in_error: { label: 'Hidden in error', clause: 'J.3', for: ['restore'] },
  needs_chief: { label: 'Needs the Chief or designee', clause: 'I.3', for: ['escalate'] },
  other: {
    label: 'Other (note required)',
    clause: null,
    for: ['approve', 'hide', 'restore', 'escalate'],
  },
} as const satisfies Record<
  string,
  { label: string; clause: string | null; for: readonly ReviewDecision[] }
>;

export type ReasonCode = keyof typeof PRESET_REASONS;

export function isReasonCode(value: unknown): value is ReasonCode {
  return typeof value === 'string' && Object.hasOwn(PRESET_REASONS, value);
}

export interface ReviewRequest {
  commentId: number;
  decision: ReviewDecision;
  reasonCode: ReasonCode;
  /** Free text; required with reasonCode 'other'. */
  note?: string | undefined;
}

export interface ReviewResult {
  comment: CommentRow;
  action: ActionLogRow;
}

export class ReviewService {
  constructor(
    private readonly store: Store,
    private readonly executor: ActionExecutor,
  ) {}

  /**
   * Applies a person's decision. Hide and restore go to the platform through the executor
   * (requested now, completed when the platform answers); approve and escalate are recorded.
   * A comment escalated to the Chief or designee can only be decided by them (I.3).
   */
  async decide(reviewer: Reviewer, request: ReviewRequest): Promise<ReviewResult> {
    const comment = await this.store.comments.get(request.commentId);
    const notFound = `No comment ${request.commentId}.`;
    if (!comment) throw new NotFoundError(notFound);
    const page = await this.store.pages.get(comment.pageId);
    if (!page) throw new NotFoundError(notFound);
    requireInAgency(reviewer, page.agencyId, 'moderate', notFound);
    const preset = PRESET_REASONS[request.reasonCode];
    if (!(preset.for as readonly string[]).includes(request.decision)) {
      throw new InputError(`"${preset.label}" is not a reason to ${request.decision}.`);
    }
    const note = request.note?.trim() ?? '';
    if (request.reasonCode === 'other' && note === '')
      throw new InputError('Write a note when the reason is "Other".');
    if (note.length > 2000) throw new InputError('Keep the note under 2,000 characters.');
    if (comment.reviewState === 'escalated' && request.decision !== 'escalate') {
      requireInAgency(reviewer, page.agencyId, 'decide_escalation', notFound);
    }
    if (
      comment.state === 'deleted_by_author' &&
      (request.decision === 'hide' || request.decision === 'restore')
    ) {
      throw new InputError(
        'The author deleted this comment; there is nothing to hide or restore on the platform.',
      );
    }
    const actor: Actor = `user:${reviewer.userId}`;
    const reason = note === '' ? preset.label : `${preset.label}: ${note}`;
    const base = {
      commentId: comment.id,
      pageId: comment.pageId,
      platform: comment.platform,
      actor,
      reason,
      clause: preset.clause,
      decisionId: comment.lastDecisionId,
      details: {
        reasonCode: request.reasonCode,
        reviewer: reviewer.name,
        reviewState: comment.reviewState,
      },
    };
    let action: ActionLogRow;
    switch (request.decision) {
      case 'approve':
        action = await this.store.actions.record({ ...base, kind: 'approve' });
        await this.store.comments.setReviewState(comment.id, 'closed');
        break;
      case 'escalate':
        if (comment.reviewState === 'escalated')
          throw new InputError('This comment is already with the Chief or designee.');
        action = await this.store.actions.record({ ...base, kind: 'escalate' });
        await this.store.comments.setReviewState(comment.id, 'escalated');
        break;
      case 'hide':
      case 'restore':
        action = await this.store.actions.request({
          ...base,
          kind: request.decision === 'hide' ? 'hide' : 'unhide',
        });
        await this.store.comments.setReviewState(comment.id, 'closed');
        this.executor.enqueue(action.actionId);
        break;
    }
    const updated = await this.store.comments.get(comment.id);
    return { comment: updated ?? comment, action };
  }

  /** Changes a page's moderation settings; the change itself is an action-log entry. */
  async updatePageSettings(
    reviewer: Reviewer,
    pageId: number,
    settings: unknown,
    note: string,
    /**
     * The settings in force before the change, when the page has none of its own (its
     * platform's defaults): recorded as "before", so the first change shows only what changed.
     */
    effectiveBefore?: unknown,
  ): Promise<ActionLogRow> {
    const page = await this.store.pages.get(pageId);
    if (!page) throw new NotFoundError(`No page ${pageId}.`);
    requireInAgency(reviewer, page.agencyId, 'page_settings', `No page ${pageId}.`);
    const parsed = policySettingsSchema.safeParse(settings);
    if (!parsed.success) {
      throw new InputError(
        `Settings not saved: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    if (note.trim() === '')
      throw new InputError('Say why the settings change (it is kept in the action log).');
    const after = JSON.stringify(parsed.data);
    const action = await this.store.actions.record({
      kind: 'settings_change',
      pageId,
      platform: page.platform,
      actor: `user:${reviewer.userId}`,
      reason: note.trim(),
      clause: 'I.3',
      details: {
        before:
          page.settingsJson === null ? (effectiveBefore ?? null) : JSON.parse(page.settingsJson),
        after: parsed.data,
      },
    });
    await this.store.pages.setSettings(pageId, after);
    return action;
  }
}
