/** The records search, attaching results to a request, and a comment's full record. */
import type { RequestHandler, Router } from 'express';
import { InputError, NotFoundError } from '../../errors.js';
import { describeFilter, parseRecordsFilter, SEARCH_PAGE_SIZE } from '../../records/search.js';
import type { DashboardContext } from '../context.js';
import { actionSummary, formatDateTime, PLATFORM_LABELS, STATE_LABELS } from '../format.js';
import { asList, parseForm } from '../forms.js';
import { html } from '../html.js';
import { csrfField, render } from '../layout.js';
import {
  filterInput,
  queryString,
  hiddenFilter,
  actorNames,
  actorOf,
  idParam,
  attachSchema,
  subnav,
  notice,
  searchForm,
  hitsTable,
  loadRequest,
  recordsScope,
  agencyField,
} from './shared.js';
import { requireAuth } from '../auth.js';
import { commentFor } from '../scope.js';

export function searchRoutes(router: Router, ctx: DashboardContext, clerk: RequestHandler): void {
  // --- Search --------------------------------------------------------------------------------

  router.get('/records', clerk, async (req, res, next) => {
    try {
      const input = filterInput(req.query);
      const searched = Object.keys(input).length > 0;
      const scope = recordsScope(req);
      const filter = parseRecordsFilter(input);
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
      const [page, open] = await Promise.all([
        searched
          ? ctx.store.records.search(
              { ...filter, agencyIds: scope },
              { limit: SEARCH_PAGE_SIZE, cursor },
            )
          : null,
        ctx.store.records.listRequests('open', scope),
      ]);
      const agencyPicker = await agencyField(ctx, req);
      const results = page
        ? html`<section class="stack" aria-labelledby="results-title">
            <h2 id="results-title">
              ${page.hits.length === 0 ? 'No comment matches' : `Results${cursor ? ' (continued)' : ''}`}
            </h2>
            <p class="muted">
              ${describeFilter(filter)}. Newest first; hidden, removed, author-deleted and purged
              comments included.
            </p>
            ${page.hits.length > 0 ? hitsTable(page.hits, true) : ''}
            <div class="row wrap">
              ${cursor ? html`<a class="button subtle" href="/records${queryString(input)}">First page</a>` : ''}
              ${page.nextCursor ? html`<a class="button subtle" href="/records${queryString(input, { cursor: page.nextCursor })}">Next page</a>` : ''}
            </div>
            ${
              page.hits.length > 0
                ? html`<form
                      id="attach-form"
                      class="card row wrap"
                      method="post"
                      action="/records/attach"
                    >
                      ${csrfField(req)} ${hiddenFilter(input)}
                      <label class="field"
                        ><span class="field-label">Attach to records request</span>
                        <select name="targetRequest" required>
                          <option value="">Choose…</option>
                          ${open.map((r) => html`<option value="${r.id}">${r.id}: ${r.requester} (${r.receivedOn})</option>`)}
                        </select></label
                      >
                      <button type="submit" class="button">Attach selected</button>
                      <button type="submit" class="button subtle" name="all" value="1">
                        Attach every result
                      </button>
                      ${open.length === 0 ? html`<span class="muted">Open a <a href="/records/requests">records request</a> first.</span>` : ''}
                    </form>
                    <section class="card stack" aria-label="More with these results">
                      <form method="post" action="/records/exports" class="row wrap">
                        ${csrfField(req)} ${hiddenFilter(input)}
                        <button type="submit" class="button subtle">Export every result</button>
                        <span class="muted"
                          >A bundle without redactions (for counsel or an internal review):
                          redactions belong to a records request.</span
                        >
                      </form>
                      <form method="post" action="/records/holds/from-search" class="row wrap">
                        ${csrfField(req)} ${hiddenFilter(input)} ${agencyPicker}
                        <label class="field compact"
                          ><span class="field-label">Hold name</span
                          ><input type="text" name="name" required maxlength="200"
                        /></label>
                        <label class="field compact"
                          ><span class="field-label">Matter</span
                          ><input type="text" name="matter" required maxlength="2000"
                        /></label>
                        <button type="submit" class="button subtle">
                          Place a legal hold on this search
                        </button>
                      </form>
                    </section>`
                : ''
            }
          </section>`
        : html`<p class="muted">
            Search every comment ever seen on the department's pages, with every version, decision
            and action (J.4).
          </p>`;
      render(req, res, {
        title: 'Records',
        active: 'records',
        body: html`<div class="page-head"><h1>Records</h1></div>
          ${subnav('search')} ${notice(req)} ${await searchForm(ctx, req, input)} ${results}`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/attach', clerk, async (req, res, next) => {
    try {
      const form = parseForm(attachSchema, req.body);
      // The request must be one of this clerk's agencies'; the store attaches only comments of
      // the request's agency.
      await loadRequest(ctx, req, form.targetRequest);
      const input = filterInput(req.body);
      let added: number;
      if (form.all === '1') {
        added = await ctx.store.records.attach(
          form.targetRequest,
          { filter: parseRecordsFilter(input) },
          actorOf(req),
        );
      } else {
        const ids = asList((req.body as Record<string, unknown>).commentIds).map(Number);
        if (ids.length === 0 || ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
          throw new InputError('Select the comments to attach, or choose "Attach every result".');
        }
        added = await ctx.store.records.attach(
          form.targetRequest,
          { commentIds: ids },
          actorOf(req),
        );
      }
      res.redirect(
        303,
        `/records/requests/${form.targetRequest}?done=${encodeURIComponent(`${added} comment${added === 1 ? '' : 's'} attached.`)}`,
      );
    } catch (err) {
      next(err);
    }
  });

  // A purged comment keeps its identity, dates, state and every action-log entry (I.3).
  router.get('/records/comments/:id', clerk, async (req, res, next) => {
    try {
      const id = idParam(req.params.id, 'comment');
      await commentFor(ctx.store, requireAuth(req), id, 'records');
      const record = await ctx.store.records.record(id);
      if (!record) throw new NotFoundError('There is no such comment.');
      const c = record.comment;
      if (c.purgedAt === null) {
        res.redirect(303, `/comments/${c.id}`);
        return;
      }
      const who = await actorNames(
        ctx,
        record.actions.map((a) => a.actor),
      );
      render(req, res, {
        title: `Comment ${c.id} (purged)`,
        active: 'records',
        body: html`<div class="page-head"><h1>Comment ${c.id}</h1></div>
          ${subnav('search')}
          <section class="card">
            <p class="alert">
              Purged under the retention schedule (I.3) on ${formatDateTime(c.purgedAt)}: its text,
              author and decisions were deleted. What remains is kept, with every action-log entry
              about it.
            </p>
            <dl class="facts">
              <div>
                <dt>Platform</dt>
                <dd>
                  ${PLATFORM_LABELS[c.platform]} · ${record.page.name ?? record.page.platformPageId}
                </dd>
              </div>
              <div>
                <dt>Platform comment id</dt>
                <dd><code>${c.platformCommentId}</code></dd>
              </div>
              <div>
                <dt>Post</dt>
                <dd><code>${record.post?.platformPostId ?? '—'}</code></dd>
              </div>
              <div>
                <dt>Created</dt>
                <dd>${formatDateTime(c.createdAt)}</dd>
              </div>
              <div>
                <dt>First seen</dt>
                <dd>${formatDateTime(c.firstSeenAt)}</dd>
              </div>
              <div>
                <dt>State</dt>
                <dd>${STATE_LABELS[c.state]}</dd>
              </div>
            </dl>
          </section>
          <section aria-labelledby="actions-title">
            <h2 id="actions-title">
              Actions <span class="count-pill">${record.actions.length}</span>
            </h2>
            ${
              record.actions.length === 0
                ? html`<p class="empty">No action was taken on it.</p>`
                : html`<div class="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Entry</th>
                          <th scope="col">Time</th>
                          <th scope="col">Action</th>
                          <th scope="col">By</th>
                          <th scope="col">Reason</th>
                          <th scope="col">Clause</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${record.actions.map(
                          (a) =>
                            html`<tr>
                              <td>${a.id}</td>
                              <td>${formatDateTime(a.at)}</td>
                              <td>${actionSummary(a.kind, a.phase)}</td>
                              <td>${who(a.actor)}</td>
                              <td>${a.reason}</td>
                              <td>${a.clause ?? '—'}</td>
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
}
