/**
 * One comment as a reviewer sees it, in the queue, on the escalations page and on its own
 * page: its post, the thread above it, the text with the evidence marked, the flags with their
 * scores and policy clauses, what "hide" means on its platform, the author's earlier comments
 * on the page, and the decisions this reviewer may take.
 *
 * The same view is sent as JSON to the queue's script for comments that arrive while the page
 * is open; the script builds those cards with DOM text nodes only (src/web/static/dashboard.js),
 * so the untrusted strings here are never parsed as HTML anywhere.
 */
import { z } from 'zod';
import type { AdapterCapabilities } from '../../adapters/types.js';
import { CATEGORIES, languageName, type Category } from '../../moderation/index.js';
import { isJudged } from '../../moderation/language.js';
import { PRESET_REASONS, type ReasonCode, type ReviewDecision } from '../review/service.js';
import type {
  CommentRow,
  ContextComment,
  DashboardQueries,
  Platform,
  QueueItemRow,
  UserStore,
} from '../store/types.js';
import type { Auth } from './auth.js';
import {
  actionSummary,
  actorName,
  actorUserIds,
  categoryLabel,
  formatDateTime,
  PLATFORM_LABELS,
  REVIEW_LABELS,
  STATE_LABELS,
  timeAgo,
} from './format.js';
import { html, safeHttpUrl, type SafeHtml } from './html.js';

export const DECISIONS: readonly ReviewDecision[] = ['approve', 'hide', 'restore', 'escalate'];

export const DECISION_KEYS: Record<ReviewDecision, string> = {
  approve: 'a',
  hide: 'h',
  restore: 'r',
  escalate: 'e',
};

const DECISION_LABELS: Record<ReviewDecision, string> = {
  approve: 'Approve',
  hide: 'Hide',
  restore: 'Restore',
  escalate: 'Escalate',
};

export function decisionLabel(
  decision: ReviewDecision,
  comment: Pick<CommentRow, 'state'>,
): string {
  // Hiding a comment the bot already hid confirms the bot's decision, with a person's reason.
  return decision === 'hide' && comment.state === 'hidden'
    ? 'Keep hidden'
    : DECISION_LABELS[decision];
}

/**
 * Why this decision makes no sense for the comment's state, or null. Checked on the server for
 * every decision, beside ReviewService's own rules:
 * - approving a hidden comment would close its review while it stays hidden, which is not what
 *   anyone approving means: restore it, or keep it hidden;
 * - only a hidden comment can be restored; a removed or author-deleted one cannot be hidden.
 */
export function decisionRefusal(
  comment: Pick<CommentRow, 'state' | 'reviewState'>,
  decision: ReviewDecision,
): string | null {
  switch (decision) {
    case 'approve':
      return comment.state === 'hidden'
        ? 'This comment is hidden: restore it to make it visible again, or keep it hidden.'
        : null;
    case 'hide':
      return comment.state === 'visible' || comment.state === 'hidden'
        ? null
        : `This comment is ${STATE_LABELS[comment.state].toLowerCase()}: there is nothing to hide.`;
    case 'restore':
      return comment.state === 'hidden' ? null : 'Only a hidden comment can be restored.';
    case 'escalate':
      return comment.reviewState === 'escalated'
        ? 'This comment is already with the Chief or designee.'
        : null;
  }
}

/** The decisions this person may take on this comment (on a page of `agencyId`) now. */
export function allowedDecisions(
  comment: CommentRow,
  agencyId: number,
  auth: Auth,
): ReviewDecision[] {
  if (!auth.access.canIn(agencyId, 'moderate')) return [];
  // I.3: once escalated, only the Chief or designee decides.
  if (comment.reviewState === 'escalated' && !auth.access.canIn(agencyId, 'decide_escalation'))
    return [];
  return DECISIONS.filter((d) => decisionRefusal(comment, d) === null);
}

const evidenceSchema = z.object({ start: z.number(), end: z.number(), text: z.string() });
const reasonSchema = z.object({
  category: z.string(),
  clause: z.string(),
  label: z.string(),
  evidence: z.array(evidenceSchema).default([]),
});
const problemsSchema = z.object({ problems: z.array(z.string()) });

export type StoredReason = z.infer<typeof reasonSchema>;

/** The reasons and problems a stored decision carries (its JSON is from older versions too). */
export function readReasons(reasons: readonly unknown[]): {
  reasons: StoredReason[];
  problems: string[];
} {
  const out: StoredReason[] = [];
  const problems: string[] = [];
  for (const r of reasons) {
    const reason = reasonSchema.safeParse(r);
    if (reason.success) out.push(reason.data);
    const problem = problemsSchema.safeParse(r);
    if (problem.success) problems.push(...problem.data.problems);
  }
  return { reasons: out, problems };
}

export interface TextSegment {
  text: string;
  /** The flags this span is evidence for ("strong obscenity"), or null for ordinary text. */
  mark: string | null;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * Splits the text into plain and marked pieces by evidence spans (UTF-16 offsets, end
 * exclusive). Spans that do not match the text (a decision about an earlier version) are
 * dropped; overlapping spans are merged; a span never splits a surrogate pair.
 */
export function splitByEvidence(text: string, reasons: readonly StoredReason[]): TextSegment[] {
  const spans: { start: number; end: number; labels: Set<string> }[] = [];
  for (const reason of reasons) {
    for (const e of reason.evidence) {
      let { start, end } = e;
      if (!(
        Number.isInteger(start) &&
        Number.isInteger(end) &&
        start >= 0 &&
        end <= text.length &&
        start < end
      ))
        continue;
      if (text.slice(start, end) !== e.text) continue;
      if (start > 0 && isHighSurrogate(text.charCodeAt(start - 1))) start--;
      if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end++;
      spans.push({ start, end, labels: new Set([reason.label]) });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const merged: typeof spans = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
      for (const l of span.labels) last.labels.add(l);
    } else merged.push({ ...span, labels: new Set(span.labels) });
  }
  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), mark: null });
    segments.push({ text: text.slice(span.start, span.end), mark: [...span.labels].join(', ') });
    at = span.end;
  }
  if (at < text.length || segments.length === 0)
    segments.push({ text: text.slice(at), mark: null });
  return segments;
}

/** Preset reasons that fit a decision, first the one the flags suggest. */
export function defaultReason(
  decision: ReviewDecision,
  flags: readonly StoredReason[],
): ReasonCode | '' {
  const first = flags[0];
  switch (decision) {
    case 'approve':
      return 'not_a_violation';
    case 'restore':
      return 'hidden_in_error';
    case 'escalate':
      if (flags.some((f) => f.category === 'threat')) return 'threat';
      if (flags.some((f) => f.category === 'personal_info')) return 'personal_info';
      return 'needs_chief';
    case 'hide':
      if (!first) return ''; // nothing flagged: the reviewer must say why
      if (first.category === 'off_topic') return /spam/i.test(first.label) ? 'spam' : 'off_topic';
      return first.category in PRESET_REASONS ? (first.category as ReasonCode) : '';
  }
}

export interface HideMeaning {
  text: string;
  /** False when hiding cannot be undone on the platform (a Discord "hide" is a delete). */
  reversible: boolean;
  connected: boolean;
}

export function hideMeaning(
  platform: Platform,
  capabilities: AdapterCapabilities | undefined,
): HideMeaning {
  const name = PLATFORM_LABELS[platform];
  if (!capabilities) {
    return {
      text: `${name} is not connected: a hide or restore is recorded now and carried out on ${name} once it is connected.`,
      reversible: true,
      connected: false,
    };
  }
  if (!capabilities.hide) {
    return {
      text: `${name} cannot hide comments through its API.`,
      reversible: false,
      connected: true,
    };
  }
  return {
    text: `Hide on ${name}: ${capabilities.hideMeans}.${capabilities.hideIsReversible ? '' : ' This cannot be undone on the platform (civicmod keeps the text).'}`,
    reversible: capabilities.hideIsReversible,
    connected: true,
  };
}

export interface ContextView {
  id: number;
  author: string;
  text: string;
  state: string;
  stateLabel: string;
  when: string;
  whenLabel: string;
}

export interface FlagView {
  category: string;
  categoryLabel: string;
  label: string;
  clause: string;
  score: number | null;
}

/** Everything a card shows; sent as is to the queue script for new arrivals. */
export interface QueueItemView {
  id: number;
  platform: Platform;
  platformLabel: string;
  /** "Spanish", "English and Spanish" when the comment was not read as English alone. */
  languageLabel: string | null;
  pageName: string;
  author: string;
  createdAt: string;
  createdLabel: string;
  seenAgo: string;
  state: string;
  stateLabel: string;
  reviewState: string;
  reviewLabel: string;
  post: { text: string; url: string | null } | null;
  thread: ContextView[];
  segments: TextSegment[];
  flags: FlagView[];
  /** Categories that scored but stayed below the page's queue threshold. */
  scores: { category: string; label: string; score: number }[];
  problems: string[];
  /** The latest action: who, what (with its phase), why. */
  lastAction: { who: string; what: string; reason: string; at: string; atLabel: string } | null;
  hide: HideMeaning;
  history: ContextView[];
  decisions: {
    value: ReviewDecision;
    label: string;
    key: string;
    defaultReason: ReasonCode | '';
  }[];
  /** Why no decision is offered, when none is. */
  locked: string | null;
}

function contextView(c: ContextComment, now: Date): ContextView {
  return {
    id: c.id,
    author: c.authorName ?? 'Unknown author',
    text: c.text,
    state: c.state,
    stateLabel: STATE_LABELS[c.state],
    when: c.createdAt,
    whenLabel: timeAgo(c.createdAt, now),
  };
}

export interface ViewDeps {
  dashboard: DashboardQueries;
  users: UserStore;
  capabilities: (platform: Platform) => AdapterCapabilities | undefined;
  now: Date;
  /** How many thread levels and earlier comments to show. */
  threadDepth?: number;
  historyLimit?: number;
}

export async function buildItemViews(
  items: readonly QueueItemRow[],
  auth: Auth,
  deps: ViewDeps,
): Promise<QueueItemView[]> {
  const names = await deps.users.displayNames(
    actorUserIds(items.flatMap((i) => (i.lastAction ? [i.lastAction.actor] : []))),
  );
  const views: QueueItemView[] = [];
  for (const item of items) {
    const { comment, decision } = item;
    const { reasons, problems } = readReasons(decision?.reasons ?? []);
    const flags: FlagView[] = reasons.map((r) => ({
      category: r.category,
      categoryLabel: categoryLabel(r.category),
      label: r.label,
      clause: r.clause,
      score: decision?.scores[r.category] ?? null,
    }));
    // Flagged categories show their score beside the flag; the others that scored at all are
    // listed as below the threshold, so a reviewer sees what nearly counted.
    const flagged = new Set(reasons.map((r) => r.category));
    const scores = CATEGORIES.map((c: Category) => ({
      category: c as string,
      label: categoryLabel(c),
      score: decision?.scores[c] ?? 0,
    })).filter((s) => s.score > 0 && !flagged.has(s.category));
    const decisions = allowedDecisions(comment, item.page.agencyId, auth).map((d) => ({
      value: d,
      label: decisionLabel(d, comment),
      key: DECISION_KEYS[d],
      defaultReason: defaultReason(d, reasons),
    }));
    const action = item.lastAction;
    views.push({
      id: comment.id,
      platform: comment.platform,
      platformLabel: PLATFORM_LABELS[comment.platform],
      languageLabel: languageLabel(decision?.language ?? null),
      pageName: item.page.name ?? item.page.platformPageId,
      author: comment.authorName ?? 'Unknown author',
      createdAt: comment.createdAt,
      createdLabel: formatDateTime(comment.createdAt),
      seenAgo: timeAgo(comment.createdAt, deps.now),
      state: comment.state,
      stateLabel: STATE_LABELS[comment.state],
      reviewState: comment.reviewState,
      reviewLabel: REVIEW_LABELS[comment.reviewState],
      post: item.post?.text ? { text: item.post.text, url: safeHttpUrl(item.post.url) } : null,
      thread: (await deps.dashboard.thread(comment.id, deps.threadDepth ?? 5)).map((c) =>
        contextView(c, deps.now),
      ),
      segments: splitByEvidence(item.text, reasons),
      flags,
      scores,
      problems,
      lastAction: action
        ? {
            who: action.actor === 'system' ? 'civicmod' : actorName(action.actor, names),
            what: actionSummary(action.kind, action.phase),
            reason: action.reason,
            at: action.at,
            atLabel: timeAgo(action.at, deps.now),
          }
        : null,
      hide: hideMeaning(comment.platform, deps.capabilities(comment.platform)),
      history: (await deps.dashboard.authorHistory(comment.id, deps.historyLimit ?? 5)).map((c) =>
        contextView(c, deps.now),
      ),
      decisions,
      locked:
        decisions.length > 0
          ? null
          : !auth.access.canIn(item.page.agencyId, 'moderate')
            ? 'Your role can read this comment but not act on it.'
            : comment.reviewState === 'escalated'
              ? 'With the Chief or designee: only they decide escalated comments (I.3).'
              : 'No decision applies to this comment in its current state.',
    });
  }
  return views;
}

/** The reason and note a decision asks for, on one comment or on a bulk selection. */
export function reasonFields(): SafeHtml {
  return html`<label class="field reason"
      ><span class="field-label">Reason</span>
      <select name="reasonCode" required>
        ${reasonOptions()}
      </select></label
    >
    <label class="field note"
      ><span class="field-label">Note</span>
      <input
        type="text"
        name="note"
        maxlength="2000"
        autocomplete="off"
        placeholder="Optional; required for “Other”"
    /></label>`;
}

/** The preset reasons as <option>s; the script shows those that fit the chosen decision. */
function reasonOptions(): SafeHtml {
  return html`<option value="">Choose a reason…</option>
    ${Object.entries(PRESET_REASONS).map(
      ([code, r]) =>
        html`<option value="${code}" data-for="${r.for.join(' ')}">
          ${r.label}${r.clause ? ` (${r.clause})` : ''}
        </option>`,
    )}`;
}

/** The language a card names: only when it is not English, the dashboard's own. */
function languageLabel(language: string | null): string | null {
  if (language === null || language === 'en' || language === 'und') return null;
  const name = languageName(language);
  return isJudged(language) ? name : `${name} (not judged: never hidden by the bot)`;
}

/** Beyond this many characters a comment is shown collapsed, with "Show all". */
export const LONG_TEXT = 2000;
const PREVIEW = 1200;

/**
 * A comment's text as shown: whole when short; when long (a 50 kB comment would make a card
 * tens of thousands of pixels tall), its start and a "Show all" that opens the whole text, with
 * its evidence marked.
 */
export function collapsible(plain: string, whole: SafeHtml | string): SafeHtml {
  if (plain.length <= LONG_TEXT) return html`<span class="ws">${whole}</span>`;
  return html`<span class="long-text"
    ><span class="ws preview">${plain.slice(0, PREVIEW)}…</span>
    <details class="show-all">
      <summary>Show all ${plain.length.toLocaleString('en-US')} characters</summary>
      <span class="ws">${whole}</span>
    </details></span
  >`;
}

export function renderText(segments: readonly TextSegment[]): SafeHtml {
  return html`${segments.map((s) =>
    s.mark === null ? s.text : html`<mark title="${s.mark}">${s.text}</mark>`,
  )}`;
}

function renderContext(c: ContextView): SafeHtml {
  return html`<li>
    <bdi class="author">${c.author}</bdi>
    <span class="meta"
      ><time datetime="${c.when}">${c.whenLabel}</time>${
        c.state !== 'visible'
          ? html` · <span class="badge state-${c.state}">${c.stateLabel}</span>`
          : ''
      }</span
    >
    <div class="context-text" dir="auto"><span class="ws">${c.text}</span></div>
  </li>`;
}

export interface CardOptions {
  csrf: SafeHtml;
  /** Where a no-script form post returns to. */
  returnTo: string;
  selectable: boolean;
  /** On a comment's own page the card links nowhere and shows no history summary twice. */
  standalone?: boolean;
}

export function renderDecideForm(view: QueueItemView, options: CardOptions): SafeHtml {
  if (view.decisions.length === 0) return html`<p class="locked">${view.locked}</p>`;
  return html`<form class="decide" method="post" action="/comments/${view.id}/decide">
    ${options.csrf}
    <input type="hidden" name="return" value="${options.returnTo}" />
    <fieldset class="choices">
      <legend class="sr-only">Decision</legend>
      ${view.decisions.map(
        (d) =>
          html`<label class="choice choice-${d.value}"
            ><input
              type="radio"
              name="decision"
              value="${d.value}"
              data-default-reason="${d.defaultReason}"
              aria-keyshortcuts="${d.key}"
              required
            />
            <span>${d.label}</span> <kbd aria-hidden="true">${d.key}</kbd></label
          >`,
      )}
    </fieldset>
    ${reasonFields()}
    <button type="submit" class="button primary">Submit and next <kbd>↵</kbd></button>
    <p class="form-error" role="alert" hidden></p>
  </form>`;
}

export function renderItem(view: QueueItemView, options: CardOptions): SafeHtml {
  const titleId = `item-${view.id}-title`;
  return html`<article
    class="item"
    id="item-${view.id}"
    data-id="${view.id}"
    data-state="${view.state}"
    tabindex="-1"
    aria-labelledby="${titleId}"
  >
    <header class="item-head">
      ${
        options.selectable
          ? html`<label class="select"
              ><input
                type="checkbox"
                class="select-box"
                name="commentIds"
                value="${view.id}"
                form="bulk-form"
              /><span class="sr-only">Select this comment</span></label
            >`
          : ''
      }
      <h2 class="item-title" id="${titleId}">
        <bdi class="author">${view.author}</bdi>
        <span class="where"
          ><span class="platform platform-${view.platform}">${view.platformLabel}</span> ·
          <bdi>${view.pageName}</bdi
          >${view.languageLabel ? html` · <span class="language">${view.languageLabel}</span>` : ''}</span
        >
      </h2>
      <span class="badge state-${view.state}">${view.stateLabel}</span>
      ${view.reviewState === 'escalated' ? html`<span class="badge escalated">Escalated</span>` : ''}
      <time class="when" datetime="${view.createdAt}" title="${view.createdLabel}"
        >${view.seenAgo}</time
      >
      ${options.standalone ? '' : html`<a class="record-link" href="/comments/${view.id}">Full record</a>`}
    </header>
    ${
      view.post
        ? html`<div class="post">
            <span class="context-label">Post</span>
            <div class="post-text" dir="auto"><span class="ws">${view.post.text}</span></div>
          </div>`
        : ''
    }
    ${
      view.thread.length > 0
        ? html`<div class="thread">
            <span class="context-label">Replying to</span>
            <ol>
              ${view.thread.map(renderContext)}
            </ol>
          </div>`
        : ''
    }
    <blockquote class="text" dir="auto">
      ${collapsible(view.segments.map((x) => x.text).join(''), renderText(view.segments))}
    </blockquote>
    ${
      view.flags.length > 0 || view.problems.length > 0
        ? html`<ul class="flags">
            ${view.flags.map(
              (f) =>
                html`<li class="flag">
                  <span class="flag-category">${f.categoryLabel}</span>
                  ${f.score !== null ? html`<span class="flag-score">${f.score.toFixed(2)}</span>` : ''}
                  <span class="flag-why">${f.label}</span>
                  <span class="clause">${f.clause}</span>
                </li>`,
            )}
            ${view.problems.map((p) => html`<li class="flag problem">${p}</li>`)}
          </ul>`
        : html`<p class="no-flags">No policy category flagged.</p>`
    }
    ${
      view.scores.length > 0
        ? html`<dl class="scores">
            <span class="scores-label">Below the threshold:</span>
            ${view.scores.map(
              (s) =>
                html`<div>
                  <dt>${s.label}</dt>
                  <dd>
                    <meter min="0" max="1" low="0.5" high="0.9" optimum="0" value="${s.score}">
                      ${s.score}
                    </meter>
                    ${s.score.toFixed(2)}
                  </dd>
                </div>`,
            )}
          </dl>`
        : ''
    }
    ${
      view.lastAction
        ? html`<p class="last-action">
            <time datetime="${view.lastAction.at}">${view.lastAction.atLabel}</time>
            <span class="who"><bdi>${view.lastAction.who}</bdi>: ${view.lastAction.what}</span>
            — <span dir="auto">${view.lastAction.reason}</span>
          </p>`
        : ''
    }
    <p class="hide-means${view.hide.reversible ? '' : ' warn'}">${view.hide.text}</p>
    ${
      view.history.length > 0
        ? html`<details class="history">
            <summary>
              ${view.history.length} earlier comment${view.history.length === 1 ? '' : 's'} by
              <bdi>${view.author}</bdi> on this page
            </summary>
            <ol>
              ${view.history.map(renderContext)}
            </ol>
          </details>`
        : ''
    }
    ${renderDecideForm(view, options)}
  </article>`;
}
