/**
 * Removal notices (issue 19): when a comment is hidden or removed (by the bot or a person) on a
 * page that has them on, its author is told privately, where the platform allows it (Facebook and
 * Instagram Private Replies: once per comment, within 7 days of it). Off by default, per page;
 * the text is the page's template.
 *
 * A notice is sent after the platform has carried out the hide, never before, and never blocks or
 * undoes it: a failed notice is an action-log entry like a sent one, and is not retried (Meta
 * allows one message per comment). The notice names the clause, never a reviewer's note: notes
 * are internal.
 */
import type { PlatformAdapter } from '../../adapters/types.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { PendingAction, Platform, Store } from '../store/types.js';

export const DEFAULT_NOTICE_TEMPLATE =
  'Your comment on {page} was hidden from public view by the department under its social media ' +
  'policy ({clause}). A copy is kept in the department’s public records. If you think this was ' +
  'a mistake, you can appeal at {appeal_url}';

/** For comments read as Spanish (the decision's language): the same notice, in Spanish. */
export const DEFAULT_NOTICE_TEMPLATE_ES =
  'El departamento ocultó su comentario en {page} conforme a su política de redes sociales ' +
  '({clause}). Ya no es visible para el público; se conserva una copia en los registros ' +
  'públicos del departamento. Si cree que fue un error, puede apelar en {appeal_url}';

/** Placeholders a template may use, with what each becomes. */
export const NOTICE_PLACEHOLDERS: Record<string, string> = {
  '{page}': 'the page’s name',
  '{clause}': 'the policy clause the comment was hidden under',
  '{appeal_url}': 'the public appeal page (PUBLIC_URL/appeal)',
  '{date}': 'the date the comment was posted',
};

export const NOTICE_TEMPLATE_MAX = 1000;

export function renderNotice(template: string, values: Record<string, string>): string {
  return template.replace(/\{(page|clause|appeal_url|date)\}/g, (m) => values[m] ?? m);
}

export class NoticeSender {
  constructor(
    private readonly deps: {
      store: Store;
      adapters: ReadonlyMap<Platform, PlatformAdapter>;
      config: Config;
      logger: Logger;
      now?: () => Date;
    },
  ) {}

  /** After a platform action completed: sends the notice when one is due. Never throws. */
  async afterCompleted(action: PendingAction): Promise<void> {
    try {
      await this.send(action);
    } catch (err) {
      this.deps.logger.error(
        { err, commentId: action.commentId },
        'could not send a removal notice',
      );
    }
  }

  private async send(action: PendingAction): Promise<void> {
    if (action.kind !== 'hide' && action.kind !== 'remove') return;
    const { store, adapters, config } = this.deps;
    const comment = await store.comments.get(action.commentId);
    if (!comment) return;
    const adapter = adapters.get(comment.platform);
    const own = await store.pages.notice(comment.pageId);
    const setting =
      own ?? (adapter?.defaultNotice ? { ...adapter.defaultNotice, templateEs: null } : null);
    if (setting === null || !setting.enabled) return;
    const channel = adapter?.capabilities.privateNotice;
    if (adapter?.sendNotice === undefined || channel === undefined) return;
    // One notice per comment, whatever happens to it next (hidden, restored, hidden again).
    const earlier = await store.actions.forComment(comment.id);
    if (earlier.some((a) => a.kind === 'notice')) return;
    const page = await store.pages.get(comment.pageId);
    const base = {
      kind: 'notice',
      commentId: comment.id,
      pageId: comment.pageId,
      platform: comment.platform,
      actor: 'system' as const,
      clause: action.clause,
    };
    const now = (this.deps.now ?? (() => new Date()))();
    const ageDays = (now.getTime() - Date.parse(comment.createdAt)) / 86_400_000;
    if (ageDays > channel.windowDays) {
      await store.actions.record({
        ...base,
        reason: `No removal notice: ${comment.platform} allows one only within ${channel.windowDays} days of the comment`,
        details: { ok: false, channel: channel.channel, tooLate: true },
      });
      return;
    }
    // The comment's language, as its latest decision read it: Spanish comments get the Spanish
    // text and the Spanish appeal page.
    const decisions = await store.comments.decisions(comment.id);
    const spanish = decisions.at(-1)?.language === 'es';
    const appealPath = spanish ? '/appeal?lang=es' : '/appeal';
    const appealUrl = config.PUBLIC_URL
      ? new URL(appealPath, config.PUBLIC_URL).toString()
      : appealPath;
    const template = spanish
      ? (setting.templateEs ?? DEFAULT_NOTICE_TEMPLATE_ES)
      : setting.template;
    const text = renderNotice(template, {
      '{page}': page?.name ?? `the department's ${comment.platform} page`,
      '{clause}': action.clause ?? 'J.3',
      '{appeal_url}': appealUrl,
      '{date}': comment.createdAt.slice(0, 10),
    });
    try {
      const result = await adapter.sendNotice({
        platformCommentId: comment.platformCommentId,
        platformPageId: page?.platformPageId ?? '',
        authorId: comment.authorId,
        text,
      });
      await store.actions.record({
        ...base,
        reason: `Removal notice sent to the author by ${channel.channel}`,
        details: {
          ok: true,
          channel: channel.channel,
          language: spanish ? 'es' : 'en',
          text,
          result,
        },
      });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await store.actions.record({
        ...base,
        reason: `Removal notice by ${channel.channel} failed: ${message}`,
        details: { ok: false, channel: channel.channel, text, error: message },
      });
    }
  }
}
