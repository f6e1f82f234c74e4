/**
 * The pipeline: ingest → store the original (before anything else) → classify → store the
 * decision → request the action → the executor acts through the adapter → record the outcome.
 */
import type { IngestEvent, PolicyDefaults } from '../../adapters/types.js';
import type { Moderator, ModeratorVerdict } from '../../moderation/index.js';
import {
  CLAUSES,
  DEFAULT_POLICY,
  parsePolicySettings,
  type PolicySettings,
} from '../../moderation/index.js';
import { sha256 } from '../store/sqlite/util.js';
import type { Logger } from '../logger.js';
import type {
  ClassificationContext,
  IncomingComment,
  PageRow,
  Platform,
  Store,
} from '../store/types.js';
import type { ActionExecutor } from './executor.js';
import type { ClassifyThreads } from './classify-threads.js';

export interface IngestOutcome {
  commentId: number | null;
  change: 'new' | 'edited' | 'unchanged' | 'deleted' | 'state' | 'kept';
  action?: ModeratorVerdict['action'];
  actionId?: number;
}

export interface PipelineDeps {
  store: Store;
  moderator: Moderator;
  executor: ActionExecutor;
  logger: Logger;
  /** A platform's own policy defaults (Discord: no automatic spam deletion); pages still override. */
  platformPolicy?: (platform: Platform) => PolicyDefaults | undefined;
  /**
   * Told after a comment entered the review queue and the queue row is stored (the Discord
   * review channel posts it). Must not throw or block: the pipeline does not wait on it.
   */
  onQueued?: (commentId: number) => void;
  /**
   * Classification on worker threads (CIVICMOD_CLASSIFY_THREADS), when they are running; the
   * moderator on this thread otherwise.
   */
  classifyThreads?: () => Pick<ClassifyThreads, 'classify'> | undefined;
}

export class Pipeline {
  private readonly settingsCache = new Map<
    number,
    { json: string | null; parsed: PolicySettings }
  >();

  constructor(private readonly deps: PipelineDeps) {}

  /** Handles one event. Resolves once everything it wrote is durably stored. */
  async handle(event: IngestEvent): Promise<IngestOutcome> {
    switch (event.type) {
      case 'comment':
        return this.handleComment(event.comment);
      case 'deleted': {
        const found = await this.deps.store.comments.markDeletedByAuthor(
          event.platform,
          event.platformCommentId,
          event.raw,
          event.source,
        );
        if (!found) {
          await this.deps.store.keepRawEvent({
            platform: event.platform,
            note: `deletion of a comment never seen: ${event.platformCommentId}`,
            raw: event.raw,
            source: event.source,
          });
          return { commentId: null, change: 'kept' };
        }
        await this.deps.store.actions.record({
          kind: 'author_deleted',
          commentId: found.commentId,
          platform: event.platform,
          actor: 'system',
          reason:
            event.seenBy === undefined
              ? 'The platform reported the comment deleted; every version is kept.'
              : `Deleted on the platform: ${event.seenBy}; every version is kept.`,
          clause: 'I.3 retention',
          details: {
            source: event.source,
            rawSha256: sha256(event.raw),
            ...(event.seenBy === undefined ? {} : { seenBy: event.seenBy }),
          },
        });
        return { commentId: found.commentId, change: 'deleted' };
      }
      case 'platform_state': {
        const comment = await this.deps.store.comments.findByPlatformId(
          event.platform,
          event.platformCommentId,
        );
        if (!comment) {
          await this.deps.store.keepRawEvent({
            platform: event.platform,
            note: `state change of a comment never seen: ${event.platformCommentId}`,
            raw: event.raw,
            source: event.source,
          });
          return { commentId: null, change: 'kept' };
        }
        await this.deps.store.actions.record({
          kind: 'platform_state',
          commentId: comment.id,
          pageId: comment.pageId,
          platform: event.platform,
          actor: 'system',
          reason: `The platform reports the comment ${event.hidden ? 'hidden' : 'visible'} (changed outside civicmod).`,
          clause: null,
          details: { hidden: event.hidden, source: event.source, rawSha256: sha256(event.raw) },
        });
        return { commentId: comment.id, change: 'state' };
      }
      case 'unrecognized':
        // Reactions and post events arrive on a busy page by the thousand: kept verbatim in
        // raw_events for anyone who needs them, logged only at debug level.
        this.deps.logger.debug(
          { platform: event.platform, note: event.note },
          'unrecognized platform event kept',
        );
        await this.deps.store.keepRawEvent(event);
        return { commentId: null, change: 'kept' };
    }
  }

  /** The page's policy; `known` is its row when the caller has just read it (the context). */
  private async settingsFor(pageId: number, known?: PageRow): Promise<PolicySettings> {
    const page = known?.id === pageId ? known : await this.deps.store.pages.get(pageId);
    const json = page?.settingsJson ?? null;
    const cached = this.settingsCache.get(pageId);
    if (cached && cached.json === json) return cached.parsed;
    const defaults = this.platformDefaults(page?.platform);
    let parsed: PolicySettings;
    try {
      parsed = parsePolicySettings(json, defaults);
    } catch (err) {
      // Bad stored settings must not change what the bot hides: fall back to the defaults, loudly.
      this.deps.logger.error(
        { pageId, err },
        'page moderation settings are invalid; using the defaults',
      );
      parsed = defaults;
    }
    this.settingsCache.set(pageId, { json, parsed });
    return parsed;
  }

  private platformDefaults(platform: Platform | undefined): PolicySettings {
    const own = platform === undefined ? undefined : this.deps.platformPolicy?.(platform);
    if (!own?.autoHide) return DEFAULT_POLICY;
    return { ...DEFAULT_POLICY, autoHide: { ...DEFAULT_POLICY.autoHide, ...own.autoHide } };
  }

  private async handleComment(incoming: IncomingComment): Promise<IngestOutcome> {
    const { store, moderator, executor } = this.deps;
    // Stored first: whatever happens next, the original is on record.
    const stored = await store.comments.ingest(incoming);
    // Already decided: nothing to do. Stored but undecided means the process stopped between the
    // two writes last time; decide it now.
    if (stored.decided) return { commentId: stored.commentId, change: 'unchanged' };

    const context = stored.context ?? (await this.readContext(stored.commentId));
    const settings = await this.settingsFor(stored.pageId, context?.page);
    const input = {
      text: incoming.text,
      context: {
        post: context?.postText ?? incoming.post?.text ?? undefined,
        page: context?.page.name ?? undefined,
        parent: context?.parentText ?? undefined,
      },
    };
    const threads = this.deps.classifyThreads?.();
    const verdict =
      threads === undefined
        ? moderator.classify(input, settings)
        : await threads.classify(input, settings);
    const outcome: IngestOutcome = {
      commentId: stored.commentId,
      change: stored.change,
      action: verdict.action,
    };
    const summary = verdict.reasons.map(
      (r) =>
        `${r.label}${r.evidence.length > 0 ? ` ("${r.evidence.map((e) => e.text).join('", "')}")` : ''}`,
    );
    const base = {
      commentId: stored.commentId,
      pageId: stored.pageId,
      platform: incoming.platform,
      actor: 'system' as const,
    };
    let followUp: Parameters<Store['decide']>[1];
    if (verdict.action === 'hide' && stored.state === 'visible') {
      const hideReason = verdict.reasons.find(
        (r) => r.category === 'obscenity' || r.category === 'off_topic',
      );
      followUp = {
        phase: 'requested',
        action: {
          ...base,
          kind: 'hide',
          reason: `Automatic hide: ${summary.join('; ')}`,
          clause: hideReason?.clause ?? CLAUSES.obscenity,
        },
      };
    } else if (verdict.action !== 'allow') {
      const why = verdict.reasons.length > 0 ? summary : verdict.problems;
      followUp = {
        phase: 'recorded',
        action: {
          ...base,
          kind: 'queue',
          reason: `Queued for a person: ${why.join('; ')}`,
          clause: verdict.reasons[0]?.clause ?? null,
        },
      };
    } else if (stored.change === 'edited' && stored.state === 'hidden') {
      // An edit can clean up a hidden comment; whether to restore it is a person's call.
      followUp = {
        phase: 'recorded',
        action: {
          ...base,
          kind: 'queue',
          reason:
            'Edited after it was hidden and no longer flagged: a person decides whether to restore it.',
          clause: null,
        },
      };
    }
    const { action, duplicate } = await store.decide(
      {
        commentId: stored.commentId,
        versionId: stored.versionId,
        classifierVersion: moderator.version,
        language: verdict.language,
        action: verdict.action,
        flags: verdict.flags,
        scores: verdict.scores,
        reasons:
          verdict.problems.length > 0
            ? [...verdict.reasons, { problems: verdict.problems }]
            : verdict.reasons,
      },
      followUp,
    );
    // Another copy of this version was decided first: its decision and action stand.
    if (duplicate) return { commentId: stored.commentId, change: 'unchanged' };
    if (action?.kind === 'queue' && verdict.action === 'allow')
      await store.comments.setReviewState(stored.commentId, 'queued');
    // Queued for a person, or hidden by the bot with a threat or personal information in it
    // (still a person's to judge, and the alerts must hear of it at once).
    if (
      action?.kind === 'queue' ||
      (action !== null &&
        (verdict.flags.includes('threat') || verdict.flags.includes('personal_info')))
    ) {
      this.notifyQueued(stored.commentId);
    }
    if (action?.phase === 'requested') {
      outcome.actionId = action.actionId;
      executor.enqueue(action.actionId);
    }
    return outcome;
  }

  /** The context of an edit or of a comment stored before and not yet decided. */
  private async readContext(commentId: number): Promise<ClassificationContext | undefined> {
    const context = await this.deps.store.comments.context(commentId);
    if (!context) return undefined;
    return {
      page: context.page,
      postText: context.post?.text ?? null,
      parentText: context.parentText,
    };
  }

  private notifyQueued(commentId: number): void {
    try {
      this.deps.onQueued?.(commentId);
    } catch (err) {
      // A listener's failure must never undo or delay what is already stored.
      this.deps.logger.error({ err, commentId }, 'a review-queue listener failed');
    }
  }
}
