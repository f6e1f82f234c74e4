/** Records requests: their items, redactions, and closing them (J.4). */
import type { RequestHandler, Router } from 'express';
import { z } from 'zod';
import { InputError, NotFoundError } from '../../errors.js';
import { redactText } from '../../records/export.js';
import type { DashboardContext } from '../context.js';
import { formatDateTime, STATE_LABELS } from '../format.js';
import { parseForm } from '../forms.js';
import { html } from '../html.js';
import { csrfField, render } from '../layout.js';
import { collapsible } from '../queue-view.js';
import {
  actorNames,
  actorOf,
  idParam,
  requestSchema,
  redactionSchema,
  subnav,
  notice,
  recordHref,
  listBundles,
  loadRequest,
  recordsScope,
  agencyField,
  chosenAgency,
} from './shared.js';
import { requireAuth } from '../auth.js';
import { commentFor } from '../scope.js';

export function requestRoutes(router: Router, ctx: DashboardContext, clerk: RequestHandler): void {
  // --- Records requests ----------------------------------------------------------------------

  router.get('/records/requests', clerk, async (req, res, next) => {
    try {
      const requests = await ctx.store.records.listRequests(undefined, recordsScope(req));
      const agencyPicker = await agencyField(ctx, req);
      render(req, res, {
        title: 'Records requests',
        active: 'records',
        body: html`<div class="page-head"><h1>Records requests</h1></div>
          ${subnav('requests')} ${notice(req)}
          ${
            requests.length === 0
              ? html`<p class="empty">No records request yet.</p>`
              : html`<div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">No.</th>
                        <th scope="col">Requester</th>
                        <th scope="col">Received</th>
                        <th scope="col">Due</th>
                        <th scope="col">Status</th>
                        <th scope="col">Comments</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${requests.map(
                        (r) =>
                          html`<tr>
                            <td><a href="/records/requests/${r.id}">${r.id}</a></td>
                            <td><bdi>${r.requester}</bdi></td>
                            <td>${r.receivedOn}</td>
                            <td>${r.dueOn ?? '—'}</td>
                            <td>
                              ${r.status === 'open' ? 'Open' : html`Closed ${formatDateTime(r.closedAt ?? '')}`}
                            </td>
                            <td>${r.items}</td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
          }
          <section class="card" aria-labelledby="new-request">
            <h2 id="new-request">New records request</h2>
            <form method="post" action="/records/requests" class="grid-form">
              ${csrfField(req)} ${agencyPicker}
              <label class="field"
                ><span class="field-label">Requester</span
                ><input type="text" name="requester" required maxlength="200"
              /></label>
              <label class="field"
                ><span class="field-label">Received on</span
                ><input
                  type="text"
                  name="receivedOn"
                  required
                  placeholder="YYYY-MM-DD"
                  inputmode="numeric"
              /></label>
              <label class="field"
                ><span class="field-label">Due on</span
                ><input type="text" name="dueOn" placeholder="YYYY-MM-DD" inputmode="numeric"
              /></label>
              <label class="field"
                ><span class="field-label">What was requested</span
                ><textarea name="description" required maxlength="4000" rows="3"></textarea>
              </label>
              <button type="submit" class="button">Open the request</button>
            </form>
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/requests', clerk, async (req, res, next) => {
    try {
      const form = parseForm(requestSchema, req.body);
      const request = await ctx.store.records.createRequest(
        {
          agencyId: chosenAgency(req, (req.body as Record<string, unknown>).agency),
          requester: form.requester,
          receivedOn: form.receivedOn,
          description: form.description,
          dueOn: form.dueOn === '' || form.dueOn === undefined ? null : form.dueOn,
        },
        actorOf(req),
      );
      res.redirect(
        303,
        `/records/requests/${request.id}?done=${encodeURIComponent('Records request opened.')}`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/requests/:id', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(ctx, req);
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
      const [items, redactions] = await Promise.all([
        ctx.store.records.search({ requestId: request.id }, { limit: 100, cursor }),
        ctx.store.records.redactions(request.id),
      ]);
      const open = request.status === 'open';
      const bundles = listBundles(ctx, `request-${request.id}`);
      render(req, res, {
        title: `Records request ${request.id}`,
        active: 'records',
        body: html`<div class="page-head"><h1>Records request ${request.id}</h1></div>
          ${subnav('requests')} ${notice(req)}
          <section class="card">
            <dl class="facts">
              <div>
                <dt>Requester</dt>
                <dd><bdi>${request.requester}</bdi></dd>
              </div>
              <div>
                <dt>Received</dt>
                <dd>${request.receivedOn}</dd>
              </div>
              <div>
                <dt>Due</dt>
                <dd>${request.dueOn ?? '—'}</dd>
              </div>
              <div>
                <dt>Requested</dt>
                <dd class="ws">${request.description}</dd>
              </div>
              <div>
                <dt>Status</dt>
                <dd>
                  ${open ? 'Open: its comments cannot be purged (I.3)' : `Closed ${formatDateTime(request.closedAt ?? '')}`}
                </dd>
              </div>
            </dl>
            <div class="row wrap">
              <form method="post" action="/records/requests/${request.id}/export">
                ${csrfField(req)}<button type="submit" class="button">Make an export bundle</button>
              </form>
              ${
                open
                  ? html`<form method="post" action="/records/requests/${request.id}/close">
                      ${csrfField(req)}<button type="submit" class="button subtle">
                        Close the request
                      </button>
                    </form>`
                  : ''
              }
              <a class="button subtle" href="/records?request=${request.id}">Search within it</a>
            </div>
          </section>
          ${
            bundles.length > 0
              ? html`<section class="card" aria-labelledby="bundles">
                  <h2 id="bundles">Export bundles</h2>
                  <ul>
                    ${bundles.map((b) => html`<li><a href="/records/exports/${b}">${b}</a></li>`)}
                  </ul>
                </section>`
              : ''
          }
          <section class="stack" aria-labelledby="items">
            <h2 id="items">Comments <span class="count-pill">${request.items}</span></h2>
            ${
              items.hits.length === 0
                ? html`<p class="empty">
                    Nothing attached yet: <a href="/records">search</a> and attach comments.
                  </p>`
                : html`<div class="table-wrap">
                      <table>
                        <thead>
                          <tr>
                            <th scope="col">Comment</th>
                            <th scope="col">Created</th>
                            <th scope="col">Author</th>
                            <th scope="col">State</th>
                            <th scope="col">Text</th>
                            <th scope="col">Redactions</th>
                            ${open ? html`<th scope="col">Remove</th>` : ''}
                          </tr>
                        </thead>
                        <tbody>
                          ${items.hits.map((h) => {
                            const n = redactions.filter(
                              (r) => r.commentId === h.commentId && r.withdrawnAt === null,
                            ).length;
                            return html`<tr>
                              <td><a href="${recordHref(h)}">${h.commentId}</a></td>
                              <td>${formatDateTime(h.createdAt)}</td>
                              <td><bdi>${h.authorName ?? ''}</bdi></td>
                              <td>${STATE_LABELS[h.state]}</td>
                              <td dir="auto">
                                <span class="ws">${(h.text ?? '').slice(0, 200)}</span>
                              </td>
                              <td>
                                ${n} ·
                                <a href="/records/requests/${request.id}/items/${h.commentId}"
                                  >${open ? 'Redact' : 'View'}</a
                                >
                              </td>
                              ${
                                open
                                  ? html`<td>
                                      <form
                                        method="post"
                                        action="/records/requests/${request.id}/detach"
                                      >
                                        ${csrfField(req)}<input
                                          type="hidden"
                                          name="commentId"
                                          value="${h.commentId}"
                                        />
                                        <button type="submit" class="link-button">Detach</button>
                                      </form>
                                    </td>`
                                  : ''
                              }
                            </tr>`;
                          })}
                        </tbody>
                      </table>
                    </div>
                    ${items.nextCursor ? html`<a class="button subtle" href="/records/requests/${request.id}?cursor=${encodeURIComponent(items.nextCursor)}">Next page</a>` : ''}`
            }
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/requests/:id/items/:commentId', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(ctx, req);
      const commentId = idParam(req.params.commentId, 'comment');
      await commentFor(ctx.store, requireAuth(req), commentId, 'records');
      const record = await ctx.store.records.record(commentId, { redactionsFor: request.id });
      if (!record) throw new NotFoundError('There is no such comment.');
      const all = (await ctx.store.records.redactions(request.id)).filter(
        (r) => r.commentId === commentId,
      );
      const who = await actorNames(
        ctx,
        all.flatMap((r) => [r.createdBy, r.withdrawnBy ?? '']),
      );
      const open = request.status === 'open';
      render(req, res, {
        title: `Redactions: comment ${commentId}`,
        active: 'records',
        body: html`<div class="page-head">
            <h1>Comment ${commentId} in records request ${request.id}</h1>
          </div>
          ${subnav('requests')} ${notice(req)}
          <p>
            <a href="/records/requests/${request.id}">Back to the request</a> ·
            <a href="/comments/${commentId}">Full record</a>
          </p>
          <ol class="versions">
            ${record.versions.map((v) => {
              const applied = record.redactions.filter((r) => r.versionId === v.id);
              return html`<li class="version">
                <h3>Version ${v.seq}${v.seq === 1 ? ' (original)' : ''}</h3>
                <p class="meta">As it will be disclosed:</p>
                <div class="version-text" dir="auto">
                  ${collapsible(redactText(v.text, applied), redactText(v.text, applied))}
                </div>
              </li>`;
            })}
          </ol>
          ${
            all.length > 0
              ? html`<section class="card">
                  <h2>Redactions</h2>
                  <ul>
                    ${all.map(
                      (r) =>
                        html`<li>
                          Version ${record.versions.find((v) => v.id === r.versionId)?.seq ?? '?'},
                          characters ${r.start}–${r.end}: ${r.exemption} (${who(r.createdBy)},
                          ${formatDateTime(r.createdAt)})
                          ${
                            r.withdrawnAt
                              ? html` — withdrawn by ${who(r.withdrawnBy ?? '')}
                                ${formatDateTime(r.withdrawnAt)}`
                              : open
                                ? html`<form
                                    method="post"
                                    action="/records/redactions/${r.id}/withdraw"
                                    class="inline"
                                  >
                                    ${csrfField(req)}<button type="submit" class="link-button">
                                      Withdraw
                                    </button>
                                  </form>`
                                : ''
                          }
                        </li>`,
                    )}
                  </ul>
                </section>`
              : ''
          }
          ${
            open && record.versions.length > 0
              ? html`<section class="card" aria-labelledby="redact">
                  <h2 id="redact">Withhold words</h2>
                  <p class="muted">
                    The stored comment is never changed: the words are replaced by [REDACTED:
                    exemption] in this request's exports only, together with any classifier evidence
                    quoting them.
                  </p>
                  <form
                    method="post"
                    action="/records/requests/${request.id}/items/${commentId}/redactions"
                    class="grid-form"
                  >
                    ${csrfField(req)}
                    <label class="field"
                      ><span class="field-label">Version</span>
                      <select name="versionId">
                        ${record.versions.map((v) => html`<option value="${v.id}">Version ${v.seq}</option>`)}
                      </select></label
                    >
                    <label class="field"
                      ><span class="field-label">Exact words to withhold</span
                      ><input type="text" name="text" required maxlength="4000"
                    /></label>
                    <label class="field"
                      ><span class="field-label">Exemption</span
                      ><input
                        type="text"
                        name="exemption"
                        required
                        maxlength="200"
                        placeholder="e.g. MCA 2-6-1003, personal information"
                    /></label>
                    <label class="check"
                      ><input type="checkbox" name="everyVersion" value="1" checked /> In every
                      version where they appear</label
                    >
                    <button type="submit" class="button">Redact</button>
                  </form>
                </section>`
              : ''
          }`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post(
    '/records/requests/:id/items/:commentId/redactions',
    clerk,
    async (req, res, next) => {
      try {
        const request = await loadRequest(ctx, req);
        const commentId = idParam(req.params.commentId, 'comment');
        await commentFor(ctx.store, requireAuth(req), commentId, 'records');
        const form = parseForm(redactionSchema, req.body);
        const record = await ctx.store.records.record(commentId);
        const chosen = record?.versions.find((v) => v.id === form.versionId);
        if (!record || !chosen)
          throw new InputError('That version is not a version of this comment.');
        const versions = form.everyVersion === '1' ? record.versions : [chosen];
        // Every occurrence, found on the server in the stored text, so a span can never point
        // at words other than the ones the clerk typed.
        const spans = versions.flatMap((v) => {
          const found: { versionId: number; start: number; end: number }[] = [];
          for (
            let at = v.text.indexOf(form.text);
            at >= 0;
            at = v.text.indexOf(form.text, at + form.text.length)
          ) {
            found.push({ versionId: v.id, start: at, end: at + form.text.length });
          }
          return found;
        });
        if (spans.length === 0) {
          throw new InputError(
            `Those words are not in ${versions.length > 1 ? 'any version' : `version ${chosen.seq}`} of this comment (the match is exact, including capitals and spaces).`,
          );
        }
        for (const span of spans) {
          await ctx.store.records.addRedaction(
            { requestId: request.id, ...span, exemption: form.exemption },
            actorOf(req),
          );
        }
        res.redirect(
          303,
          `/records/requests/${request.id}/items/${commentId}?done=${encodeURIComponent(`${spans.length} passage${spans.length === 1 ? '' : 's'} redacted.`)}`,
        );
      } catch (err) {
        next(err);
      }
    },
  );

  router.post('/records/redactions/:id/withdraw', clerk, async (req, res, next) => {
    try {
      const redactionId = idParam(req.params.id, 'redaction');
      const redaction = await ctx.store.records.getRedaction(redactionId);
      if (!redaction) throw new NotFoundError('There is no such redaction.');
      await loadRequest(ctx, req, redaction.requestId);
      const row = await ctx.store.records.withdrawRedaction(redactionId, actorOf(req));
      res.redirect(
        303,
        `/records/requests/${row.requestId}/items/${row.commentId}?done=${encodeURIComponent('Redaction withdrawn.')}`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/requests/:id/detach', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(ctx, req);
      const { commentId } = parseForm(
        z.object({ commentId: z.coerce.number().int().positive() }),
        req.body,
      );
      await ctx.store.records.detach(request.id, commentId, actorOf(req));
      res.redirect(
        303,
        `/records/requests/${request.id}?done=${encodeURIComponent(`Comment ${commentId} detached.`)}`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/requests/:id/close', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(ctx, req);
      await ctx.store.records.closeRequest(request.id, actorOf(req));
      res.redirect(
        303,
        `/records/requests/${request.id}?done=${encodeURIComponent('Records request closed.')}`,
      );
    } catch (err) {
      next(err);
    }
  });
}
