/**
 * A comment's full record: every version (the original first), every decision (classifier
 * version, scores, flags, evidence), every action (who, when, why, clause, phase, the
 * platform's answer) and where it stands on the platform. What a records clerk reads out and
 * what a reviewer checks before restoring.
 */
import { Router } from 'express';
import { languageName } from '../../moderation/index.js';
import { isPlatformActionKind, type ActionLogRow, type CommentVersionRow } from '../store/types.js';
import { NotFoundError } from '../errors.js';
import { requireAuth, requirePermission } from './auth.js';
import { commentFor } from './scope.js';
import type { DashboardContext } from './context.js';
import {
  actionLabel,
  actorName,
  actorUserIds,
  categoryLabel,
  formatDateTime,
  PLATFORM_LABELS,
  REVIEW_LABELS,
  STATE_LABELS,
} from './format.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, render } from './layout.js';
import {
  buildItemViews,
  readReasons,
  collapsible,
  renderItem,
  renderText,
  splitByEvidence,
} from './queue-view.js';

/** Raw payloads can be large; the record shows this much and says so. */
const RAW_SHOWN = 20_000;

function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Where the comment stands on the platform, in a sentence, with anything still pending. */
function platformStatus(
  state: string,
  platform: string,
  actions: readonly ActionLogRow[],
): { summary: SafeHtml; pending: string[] } {
  const settled = new Set(
    actions
      .filter(
        (a) => a.phase === 'completed' || (a.phase === 'failed' && a.details?.retryable === false),
      )
      .map((a) => a.actionId),
  );
  const pending = actions
    .filter(
      (a) => a.phase === 'requested' && isPlatformActionKind(a.kind) && !settled.has(a.actionId),
    )
    .map((a) => {
      const failures = actions.filter((f) => f.actionId === a.actionId && f.phase === 'failed');
      const last = failures[failures.length - 1];
      return `${actionLabel(a.kind)} requested ${formatDateTime(a.at)}, not yet confirmed by ${platform}${
        failures.length > 0
          ? ` (${failures.length} failed attempt${failures.length === 1 ? '' : 's'}; last: ${String(last?.details?.error ?? 'unknown error')})`
          : ''
      }.`;
    });
  const lastChange = [...actions]
    .reverse()
    .find(
      (a) =>
        (a.phase === 'completed' && isPlatformActionKind(a.kind)) ||
        a.kind === 'platform_state' ||
        a.kind === 'author_deleted',
    );
  const label = STATE_LABELS[state as keyof typeof STATE_LABELS] ?? state;
  return {
    summary: lastChange
      ? html`${label} on ${platform} since
          <time datetime="${lastChange.at}">${formatDateTime(lastChange.at)}</time>.`
      : html`${label} on ${platform}.`,
    pending,
  };
}

function renderVersion(v: CommentVersionRow): SafeHtml {
  const raw = v.rawPayload.length > RAW_SHOWN ? v.rawPayload.slice(0, RAW_SHOWN) : v.rawPayload;
  return html`<li class="version">
    <h3>Version ${v.seq}${v.seq === 1 ? ' (original)' : ''}</h3>
    <p class="meta">
      Seen <time datetime="${v.observedAt}">${formatDateTime(v.observedAt)}</time> by ${v.source}
    </p>
    <div class="version-text" dir="auto">${collapsible(v.text, v.text)}</div>
    <details>
      <summary>Platform payload and hashes</summary>
      <dl class="hashes">
        <div>
          <dt>SHA-256 of the text</dt>
          <dd><code>${v.textSha256}</code></dd>
        </div>
        <div>
          <dt>SHA-256 of the payload</dt>
          <dd><code>${v.rawSha256}</code></dd>
        </div>
      </dl>
      <pre class="raw">${raw}</pre>
      ${
        v.rawPayload.length > RAW_SHOWN
          ? html`<p class="muted">
              Showing the first ${RAW_SHOWN.toLocaleString('en-US')} of
              ${v.rawPayload.length.toLocaleString('en-US')} characters; exports include all of it.
            </p>`
          : ''
      }
    </details>
  </li>`;
}

/**
 * An alert reached the people on duty and no person has acted on the comment since: the same
 * rule as the store's `unacknowledgedAlerts`, which decides what is sent again.
 */
function unacknowledgedAlert(actions: readonly ActionLogRow[]): boolean {
  const alerted = actions.findIndex(
    (a) => a.kind === 'alert' && a.details?.ok === true && a.details.repeat !== true,
  );
  return alerted >= 0 && !actions.slice(alerted).some((a) => a.actor !== 'system');
}

export function commentRouter(ctx: DashboardContext): Router {
  const router = Router();

  // "Acknowledge the alert": a person has seen it; the repeat to the second list is not sent.
  router.post('/comments/:id/acknowledge', requirePermission('review'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const { comment } = await commentFor(ctx.store, auth, Number(req.params.id), 'review');
      await ctx.store.actions.record({
        kind: 'alert_acknowledged',
        commentId: comment.id,
        pageId: comment.pageId,
        platform: comment.platform,
        actor: `user:${auth.reviewer.userId}`,
        reason: `Alert acknowledged by ${auth.reviewer.name}`,
        clause: 'I.3',
      });
      res.redirect(303, `/comments/${comment.id}`);
    } catch (err) {
      next(err);
    }
  });

  // Records clerks read comments too (J.4 requests); only reviewers get the decision form.
  router.get('/comments/:id', requirePermission('review', 'records'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const id = Number(req.params.id);
      await commentFor(ctx.store, auth, id, 'review', 'records');
      const item = await ctx.store.dashboard.queueItem(id);
      if (!item) throw new NotFoundError('There is no such comment.');
      const agencyId = item.page.agencyId;
      const [versions, decisions, actions] = await Promise.all([
        ctx.store.comments.versions(id),
        ctx.store.comments.decisions(id),
        ctx.store.actions.forComment(id),
      ]);
      const names = await ctx.store.users.displayNames(actorUserIds(actions.map((a) => a.actor)));
      const [view] = await buildItemViews([item], auth, {
        dashboard: ctx.store.dashboard,
        users: ctx.store.users,
        capabilities: (p) => ctx.capabilities(p),
        now: ctx.now(),
        historyLimit: 20,
        threadDepth: 20,
      });
      if (!view) throw new NotFoundError('There is no such comment.');
      const platform = PLATFORM_LABELS[item.comment.platform];
      const status = platformStatus(item.comment.state, platform, actions);
      const seqByVersion = new Map(versions.map((v) => [v.id, v.seq]));
      const textByVersion = new Map(versions.map((v) => [v.id, v.text]));
      const c = item.comment;
      render(req, res, {
        title: `Comment ${c.id}`,
        active: auth.access.canIn(agencyId, 'review') ? 'queue' : 'records',
        bodyClass: 'comment-page',
        body: html`<div class="page-head">
            <h1>
              Comment ${c.id} <span class="muted">by <bdi>${view.author}</bdi></span>
            </h1>
            <p class="summary">
              <span class="badge state-${c.state}">${STATE_LABELS[c.state]}</span>
              <span class="badge review-${c.reviewState}">${REVIEW_LABELS[c.reviewState]}</span>
              ${platform} · <bdi>${view.pageName}</bdi>
            </p>
          </div>
          <div class="record-grid">
            <section class="record-main" aria-label="The comment and the decision">
              ${renderItem(view, {
                csrf: csrfField(req),
                returnTo: `/comments/${c.id}`,
                selectable: false,
                standalone: true,
              })}
            </section>
            <aside class="record-facts card" aria-label="Facts">
              ${
                unacknowledgedAlert(actions) && auth.access.canIn(agencyId, 'review')
                  ? html`<form
                      method="post"
                      action="/comments/${c.id}/acknowledge"
                      class="alert error stack"
                    >
                      ${csrfField(req)}
                      <p>
                        The people on duty were alerted about this comment and nobody has acted on
                        it yet. Unacknowledged, the alert goes to the second list after
                        ${ctx.core.config.ALERT_REPEAT_MINUTES} minutes.
                      </p>
                      <button type="submit" class="button primary">Acknowledge the alert</button>
                    </form>`
                  : ''
              }
              <h2>On the platform</h2>
              <p>${status.summary}</p>
              ${status.pending.map((p) => html`<p class="alert">${p}</p>`)}
              <dl class="facts">
                <div>
                  <dt>Platform</dt>
                  <dd>${platform}</dd>
                </div>
                <div>
                  <dt>Page</dt>
                  <dd><bdi>${view.pageName}</bdi></dd>
                </div>
                <div>
                  <dt>Platform comment id</dt>
                  <dd><code>${c.platformCommentId}</code></dd>
                </div>
                <div>
                  <dt>Author</dt>
                  <dd>
                    <bdi>${view.author}</bdi>${c.authorId ? html` <code>${c.authorId}</code>` : ''}
                  </dd>
                </div>
                <div>
                  <dt>Written</dt>
                  <dd><time datetime="${c.createdAt}">${formatDateTime(c.createdAt)}</time></dd>
                </div>
                <div>
                  <dt>First seen</dt>
                  <dd><time datetime="${c.firstSeenAt}">${formatDateTime(c.firstSeenAt)}</time></dd>
                </div>
                ${
                  item.post?.url
                    ? html`<div>
                        <dt>Post address</dt>
                        <dd class="breakable"><code>${item.post.url}</code></dd>
                      </div>`
                    : ''
                }
              </dl>
            </aside>
          </div>

          <section aria-labelledby="versions-title">
            <h2 id="versions-title">Versions <span class="count-pill">${versions.length}</span></h2>
            <ol class="versions">
              ${versions.map(renderVersion)}
            </ol>
          </section>

          <section aria-labelledby="decisions-title">
            <h2 id="decisions-title">
              Decisions by the classifier <span class="count-pill">${decisions.length}</span>
            </h2>
            ${decisions.length === 0 ? html`<p class="muted">None recorded.</p>` : ''}
            <ol class="decisions">
              ${decisions.map((d) => {
                const { reasons, problems } = readReasons(d.reasons);
                const text = textByVersion.get(d.versionId);
                return html`<li class="decision card">
                  <h3>
                    <span class="badge action-${d.action}">${d.action}</span>
                    <time datetime="${d.decidedAt}">${formatDateTime(d.decidedAt)}</time>
                    <span class="muted"
                      >on version ${seqByVersion.get(d.versionId) ?? '?'} · classifier
                      ${d.classifierVersion}${d.language ? ` · read as ${languageName(d.language)}` : ''}</span
                    >
                  </h3>
                  ${
                    text !== undefined && reasons.length > 0
                      ? html`<div class="version-text" dir="auto">
                          ${collapsible(text, renderText(splitByEvidence(text, reasons)))}
                        </div>`
                      : ''
                  }
                  <ul class="flags">
                    ${reasons.map(
                      (r) =>
                        html`<li class="flag">
                          <span class="flag-category">${categoryLabel(r.category)}</span>
                          <span class="flag-why">${r.label}</span>
                          <span class="clause">${r.clause}</span>
                          ${
                            r.evidence.length > 0
                              ? html`<span class="evidence"
                                  >Evidence:
                                  ${r.evidence.map(
                                    (e, i) =>
                                      html`${i > 0 ? ', ' : ''}<q dir="auto">${e.text}</q>
                                        (${e.start}–${e.end})`,
                                  )}</span
                                >`
                              : ''
                          }
                        </li>`,
                    )}
                    ${problems.map((p) => html`<li class="flag problem">${p}</li>`)}
                    ${reasons.length === 0 && problems.length === 0 ? html`<li class="muted">No flag.</li>` : ''}
                  </ul>
                  <p class="scores-line">
                    Scores:
                    ${Object.entries(d.scores).map(
                      ([k, s], i) => html`${i > 0 ? ' · ' : ''}${categoryLabel(k)} ${s.toFixed(2)}`,
                    )}
                  </p>
                </li>`;
              })}
            </ol>
          </section>

          <section aria-labelledby="actions-title">
            <h2 id="actions-title">Actions <span class="count-pill">${actions.length}</span></h2>
            ${
              actions.length === 0
                ? html`<p class="muted">No action has been taken on this comment.</p>`
                : html`<div class="table-wrap">
                    <table class="actions-table">
                      <thead>
                        <tr>
                          <th scope="col">When</th>
                          <th scope="col">Action</th>
                          <th scope="col">Who</th>
                          <th scope="col">Why</th>
                          <th scope="col">Clause</th>
                          <th scope="col">Platform's answer</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${actions.map(
                          (a) =>
                            html`<tr class="phase-${a.phase}">
                              <td><time datetime="${a.at}">${formatDateTime(a.at)}</time></td>
                              <td>
                                ${actionLabel(a.kind)} <span class="phase">${a.phase}</span>
                                <span class="muted">#${a.actionId}</span>
                              </td>
                              <td><bdi>${actorName(a.actor, names)}</bdi></td>
                              <td dir="auto">
                                ${a.reason}${a.details && a.phase === 'failed' ? html`<br /><span class="muted">${String(a.details.error ?? '')}</span>` : ''}
                              </td>
                              <td>${a.clause ?? '—'}</td>
                              <td>
                                ${a.platformResult === null ? '—' : html`<pre class="result">${json(a.platformResult)}</pre>`}
                              </td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
            }
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  return router;
}
