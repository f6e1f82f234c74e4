/**
 * The review queue: comments waiting for a person, oldest first, with filters; one decision or
 * a bulk decision at a time, each through ReviewService (which requests the platform action
 * through the executor and writes the action log); and a small JSON endpoint the page polls so
 * new comments appear without a reload.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import { CATEGORIES } from '../../moderation/index.js';
import { InputError, NotFoundError } from '../errors.js';
import { PRESET_REASONS, type ReasonCode, type ReviewDecision } from '../review/service.js';
import { PLATFORMS, type QueueFilter, type ReviewState } from '../store/types.js';
import { requireAuth, requirePermission, wantsJson, type Auth } from './auth.js';
import { commentFor } from './scope.js';
import type { DashboardContext } from './context.js';
import { categoryLabel, PLATFORM_LABELS, STATE_LABELS } from './format.js';
import { asList, localPath, parseForm } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, render } from './layout.js';
import {
  buildItemViews,
  DECISION_KEYS,
  DECISIONS,
  decisionRefusal,
  reasonFields,
  renderItem,
  type QueueItemView,
} from './queue-view.js';

/** Cards on one page: enough for a morning's work, few enough to render fast. */
export const QUEUE_PAGE_SIZE = 50;

const REVIEW_FILTERS: Record<string, readonly ReviewState[]> = {
  queued: ['queued'],
  escalated: ['escalated'],
  open: ['queued', 'escalated'],
};

const AGES: Record<string, number> = {
  '1h': 3600,
  '24h': 86_400,
  '7d': 7 * 86_400,
  '30d': 30 * 86_400,
};

const AGE_LABELS: Record<string, string> = {
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
};

const COMMENT_STATES = ['visible', 'hidden', 'removed', 'deleted_by_author'] as const;

/** Bad or empty filter values fall back to "any" rather than failing the page. */
const queueQuerySchema = z.object({
  page: z.coerce.number().int().positive().optional().catch(undefined),
  platform: z.enum(PLATFORMS).optional().catch(undefined),
  category: z.enum(CATEGORIES).optional().catch(undefined),
  state: z.enum(COMMENT_STATES).optional().catch(undefined),
  review: z.enum(['queued', 'escalated', 'open']).default('queued').catch('queued'),
  age: z.enum(['1h', '24h', '7d', '30d']).optional().catch(undefined),
});

export type QueueQuery = z.infer<typeof queueQuerySchema>;

export function parseQueueQuery(query: unknown): QueueQuery {
  return queueQuerySchema.parse(query ?? {});
}

export function queueFilter(q: QueueQuery, now: Date): QueueFilter {
  return {
    reviewStates: REVIEW_FILTERS[q.review] ?? ['queued'],
    pageId: q.page,
    platform: q.platform,
    category: q.category,
    state: q.state,
    seenSince: q.age
      ? new Date(now.getTime() - (AGES[q.age] ?? 0) * 1000).toISOString()
      : undefined,
  };
}

/** The query string that reproduces these filters (for links, polling and form returns). */
export function queueQueryString(q: QueueQuery): string {
  const params = new URLSearchParams();
  if (q.page) params.set('page', String(q.page));
  if (q.platform) params.set('platform', q.platform);
  if (q.category) params.set('category', q.category);
  if (q.state) params.set('state', q.state);
  if (q.review !== 'queued') params.set('review', q.review);
  if (q.age) params.set('age', q.age);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

const decideSchema = z.object({
  decision: z.enum(['approve', 'hide', 'restore', 'escalate'], {
    message: 'Choose a decision: approve, hide, restore or escalate.',
  }),
  reasonCode: z
    .string()
    .refine((v): v is ReasonCode => Object.hasOwn(PRESET_REASONS, v), {
      message: 'Choose a reason.',
    })
    .transform((v) => v as ReasonCode),
  note: z.string().max(2000, 'Keep the note under 2,000 characters.').optional(),
  return: z.string().optional(),
});

const bulkSchema = decideSchema.extend({
  commentIds: z
    .preprocess(asList, z.array(z.coerce.number().int().positive()))
    .pipe(
      z
        .array(z.number())
        .min(1, 'Select at least one comment.')
        .max(200, 'Decide at most 200 comments at once.'),
    ),
});

const DONE_MESSAGES: Record<ReviewDecision, (platform: string, connected: boolean) => string> = {
  approve: () => 'Approved: the comment stays visible.',
  hide: (p, connected) =>
    connected
      ? `Hide requested on ${p}.`
      : `Hide recorded; it is carried out when ${p} is connected.`,
  restore: (p, connected) =>
    connected
      ? `Restore requested on ${p}.`
      : `Restore recorded; it is carried out when ${p} is connected.`,
  escalate: () => 'Escalated to the Chief or designee.',
};

export interface DecisionOutcome {
  commentId: number;
  ok: boolean;
  message: string;
  state?: string;
  reviewState?: string;
}

/** One decision, with the dashboard's own state checks before ReviewService's rules. */
export async function applyDecision(
  ctx: DashboardContext,
  auth: Auth,
  commentId: number,
  request: { decision: ReviewDecision; reasonCode: ReasonCode; note?: string | undefined },
): Promise<DecisionOutcome> {
  const { comment } = await commentFor(ctx.store, auth, commentId, 'moderate');
  const refusal = decisionRefusal(comment, request.decision);
  if (refusal) throw new InputError(refusal);
  const result = await ctx.review.decide(auth.reviewer, { commentId, ...request });
  const platform = PLATFORM_LABELS[comment.platform];
  return {
    commentId,
    ok: true,
    message: DONE_MESSAGES[request.decision](
      platform,
      ctx.capabilities(comment.platform) !== undefined,
    ),
    state: result.comment.state,
    reviewState: result.comment.reviewState,
  };
}

function select(
  name: string,
  label: string,
  current: string | number | undefined,
  options: readonly (readonly [string, string])[],
  anyLabel: string | null,
): SafeHtml {
  return html`<label class="field compact"
    ><span class="field-label">${label}</span>
    <select name="${name}">
      ${anyLabel !== null ? html`<option value="">${anyLabel}</option>` : ''}
      ${options.map(
        ([value, text]) =>
          html`<option value="${value}" ${String(current ?? '') === value ? html`selected` : ''}>
            ${text}
          </option>`,
      )}
    </select></label
  >`;
}

export async function renderFilters(
  ctx: DashboardContext,
  q: QueueQuery,
  action: string,
  options: { review: boolean; agencyIds: readonly number[] | undefined },
): Promise<SafeHtml> {
  const pages = await ctx.store.pages.list(options.agencyIds);
  return html`<form class="filters" method="get" action="${action}" data-autosubmit>
    ${
      options.review
        ? select(
            'review',
            'Status',
            q.review,
            [
              ['queued', 'Waiting'],
              ['escalated', 'Escalated'],
              ['open', 'Waiting or escalated'],
            ],
            null,
          )
        : ''
    }
    ${select(
      'page',
      'Page',
      q.page,
      pages.map(
        (p) =>
          [String(p.id), `${p.name ?? p.platformPageId} (${PLATFORM_LABELS[p.platform]})`] as const,
      ),
      'All pages',
    )}
    ${select(
      'platform',
      'Platform',
      q.platform,
      PLATFORMS.map((p) => [p, PLATFORM_LABELS[p]] as const),
      'All platforms',
    )}
    ${select(
      'category',
      'Flag',
      q.category,
      CATEGORIES.map((c) => [c, categoryLabel(c)] as const),
      'Any flag',
    )}
    ${select(
      'state',
      'On the platform',
      q.state,
      COMMENT_STATES.map((s) => [s, STATE_LABELS[s]] as const),
      'Any state',
    )}
    ${select('age', 'Arrived', q.age, Object.entries(AGE_LABELS), 'Any time')}
    <button type="submit" class="button">Apply</button>
    <a class="button subtle" href="${action}">Reset</a>
  </form>`;
}

export function renderBulkForm(req: Request, returnTo: string): SafeHtml {
  return html`<form
    id="bulk-form"
    class="bulk"
    method="post"
    action="/queue/bulk"
    aria-label="Decide the selected comments"
  >
    ${csrfField(req)}
    <input type="hidden" name="return" value="${returnTo}" />
    <span class="bulk-count"><strong id="selected-count">0</strong> selected</span>
    <span class="bulk-hint muted"
      >Select comments with <kbd>x</kbd> or their boxes to decide several at once.</span
    >
    <div class="bulk-controls">
      <fieldset class="choices">
        <legend class="sr-only">Decision for the selected comments</legend>
        ${DECISIONS.map(
          (d) =>
            html`<label class="choice choice-${d}"
              ><input type="radio" name="decision" value="${d}" required />
              <span>${d[0]?.toUpperCase()}${d.slice(1)}</span></label
            >`,
        )}
      </fieldset>
      ${reasonFields()}
      <button type="submit" class="button primary">Apply to selected</button>
    </div>
    <p class="form-error" role="alert" hidden></p>
  </form>`;
}

export function shortcutsHelp(): SafeHtml {
  const keys: [string, string][] = [
    ['j / k', 'next / previous comment'],
    ['x', 'select for a bulk decision'],
    ...DECISIONS.map(
      (d) => [DECISION_KEYS[d], `${d} (then choose the reason)`] as [string, string],
    ),
    ['1–9', 'pick a reason'],
    ['Enter', 'submit and go to the next comment'],
    ['Esc', 'cancel'],
    ['o', 'open the full record'],
  ];
  return html`<details class="shortcuts">
    <summary>Keyboard shortcuts</summary>
    <dl>
      ${keys.map(
        ([k, what]) =>
          html`<div>
            <dt><kbd>${k}</kbd></dt>
            <dd>${what}</dd>
          </div>`,
      )}
    </dl>
  </details>`;
}

export function renderQueueList(
  req: Request,
  views: readonly QueueItemView[],
  options: { returnTo: string; pollUrl: string; pollMs: number; total: number; emptyText: string },
): SafeHtml {
  const csrf = csrfField(req);
  return html`<div
      id="queue"
      class="queue"
      data-poll="${options.pollUrl}"
      data-poll-ms="${options.pollMs}"
      data-page-size="${QUEUE_PAGE_SIZE}"
      data-return="${options.returnTo}"
      aria-label="Comments"
    >
      ${views.map((v) => renderItem(v, { csrf, returnTo: options.returnTo, selectable: true }))}
    </div>
    <p id="queue-empty" class="empty" ${views.length > 0 ? html`hidden` : ''}>
      ${options.emptyText}
    </p>
    <p id="queue-more" class="muted" ${options.total > views.length ? '' : html`hidden`}>
      More comments are waiting beyond these ${QUEUE_PAGE_SIZE}; they appear here as you decide
      these.
    </p>`;
}

export function queueRouter(ctx: DashboardContext): Router {
  const router = Router();
  const viewDeps = () => ({
    dashboard: ctx.store.dashboard,
    users: ctx.store.users,
    capabilities: (p: Parameters<DashboardContext['capabilities']>[0]) => ctx.capabilities(p),
    now: ctx.now(),
  });

  router.get('/queue', requirePermission('review'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const q = parseQueueQuery(req.query);
      const filter = { ...queueFilter(q, ctx.now()), agencyIds: auth.scope('review') };
      const [items, total] = await Promise.all([
        ctx.store.dashboard.queue(filter, QUEUE_PAGE_SIZE),
        ctx.store.dashboard.queueCount(filter),
      ]);
      const views = await buildItemViews(items, auth, viewDeps());
      const qs = queueQueryString(q);
      const returnTo = `/queue${qs}`;
      render(req, res, {
        title: 'Review queue',
        active: 'queue',
        bodyClass: 'queue-page',
        body: html`<div class="page-head">
            <h1>Review queue</h1>
            <p class="summary" aria-live="polite">
              <strong id="queue-total">${total}</strong>
              ${q.review === 'escalated' ? 'escalated' : 'waiting'} · oldest first
            </p>
            ${shortcutsHelp()}
          </div>
          ${await renderFilters(ctx, q, '/queue', { review: true, agencyIds: filter.agencyIds })}
          ${auth.can('moderate') ? renderBulkForm(req, returnTo) : ''}
          ${renderQueueList(req, views, {
            returnTo,
            pollUrl: `/queue/items.json${qs}`,
            pollMs: ctx.queuePollMs,
            total,
            emptyText: 'Nothing is waiting. New comments appear here by themselves.',
          })}`,
      });
    } catch (err) {
      next(err);
    }
  });

  const pollSchema = z.object({
    after: z.coerce.number().int().min(0).catch(0),
    limit: z.coerce.number().int().min(0).max(QUEUE_PAGE_SIZE).catch(QUEUE_PAGE_SIZE),
    ids: z
      .string()
      .optional()
      .catch(undefined)
      .transform((s) =>
        (s ?? '')
          .split(',')
          .map(Number)
          .filter((n) => Number.isSafeInteger(n) && n > 0)
          .slice(0, 500),
      ),
  });

  // Polled every few seconds by the open queue: what arrived after the newest card shown (to
  // fill the page up to its size), which shown cards someone else has decided, and the total.
  router.get('/queue/items.json', requirePermission('review'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const q = parseQueueQuery(req.query);
      const poll = pollSchema.parse(req.query);
      const filter = { ...queueFilter(q, ctx.now()), agencyIds: auth.scope('review') };
      const [items, total, still] = await Promise.all([
        poll.limit > 0
          ? ctx.store.dashboard.queue({ ...filter, afterId: poll.after }, poll.limit)
          : [],
        ctx.store.dashboard.queueCount(filter),
        ctx.store.dashboard.stillIn(poll.ids, filter.reviewStates, filter.agencyIds),
      ]);
      const stillSet = new Set(still);
      res.json({
        total,
        items: await buildItemViews(items, auth, viewDeps()),
        gone: poll.ids.filter((id) => !stillSet.has(id)),
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/comments/:id/decide', requirePermission('moderate'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const commentId = Number(req.params.id);
      if (!Number.isSafeInteger(commentId) || commentId <= 0)
        throw new NotFoundError('No such comment.');
      const form = parseForm(decideSchema, req.body);
      const outcome = await applyDecision(ctx, auth, commentId, form);
      if (wantsJson(req)) res.json(outcome);
      else res.redirect(303, localPath(form.return, `/comments/${commentId}`));
    } catch (err) {
      next(err);
    }
  });

  router.post('/queue/bulk', requirePermission('moderate'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const form = parseForm(bulkSchema, req.body);
      const results: DecisionOutcome[] = [];
      // One at a time, in order: each is its own decision with its own action-log rows, and
      // one that cannot apply (a comment deleted meanwhile) does not stop the others.
      for (const commentId of [...new Set(form.commentIds)]) {
        try {
          results.push(await applyDecision(ctx, auth, commentId, form));
        } catch (err) {
          const message =
            err instanceof Error && 'publicMessage' in err ? String(err.publicMessage) : 'Failed.';
          if (!(err instanceof InputError || err instanceof NotFoundError)) {
            ctx.logger.error({ err, commentId }, 'bulk decision failed');
          }
          results.push({ commentId, ok: false, message });
        }
      }
      const done = results.filter((r) => r.ok).length;
      if (wantsJson(req)) {
        res.json({ results, done, failed: results.length - done });
        return;
      }
      const returnTo = localPath(form.return, '/queue');
      render(req, res, {
        title: 'Bulk decision',
        active: 'queue',
        body: html`<h1>Bulk decision: ${done} of ${results.length} done</h1>
          <ul class="results">
            ${results.map(
              (r) =>
                html`<li class="${r.ok ? 'ok' : 'failed'}">
                  <a href="/comments/${r.commentId}">Comment ${r.commentId}</a>: ${r.message}
                </li>`,
            )}
          </ul>
          <p><a class="button primary" href="${returnTo}">Back to the queue</a></p>`,
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
