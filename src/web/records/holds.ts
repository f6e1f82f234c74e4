/** Legal holds: placed on comments or a search, and released with a reason (I.3). */
import type { RequestHandler, Router } from 'express';
import { InputError, NotFoundError } from '../../errors.js';
import { describeFilter, parseRecordsFilter } from '../../records/search.js';
import type { DashboardContext } from '../context.js';
import { formatDateTime } from '../format.js';
import { parseForm } from '../forms.js';
import { html } from '../html.js';
import { csrfField, render } from '../layout.js';
import {
  filterInput,
  plural,
  actorNames,
  actorOf,
  idParam,
  holdSchema,
  releaseSchema,
  subnav,
  notice,
  recordsScope,
  agencyField,
  chosenAgency,
} from './shared.js';
import { requireAuth, requireIn } from '../auth.js';

export function holdRoutes(router: Router, ctx: DashboardContext, clerk: RequestHandler): void {
  // --- Legal holds ----------------------------------------------------------------------------

  router.get('/records/holds', clerk, async (req, res, next) => {
    try {
      const holds = await ctx.store.records.listHolds(recordsScope(req));
      const agencyPicker = await agencyField(ctx, req);
      const who = await actorNames(
        ctx,
        holds.flatMap((h) => [h.placedBy, h.releasedBy ?? '']),
      );
      render(req, res, {
        title: 'Legal holds',
        active: 'records',
        body: html`<div class="page-head"><h1>Legal holds</h1></div>
          ${subnav('holds')} ${notice(req)}
          <p class="muted">
            A comment under an active hold is never purged, whatever its age (litigation hold, I.3).
          </p>
          ${
            holds.length === 0
              ? html`<p class="empty">No legal hold.</p>`
              : html`<div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Hold</th>
                        <th scope="col">Matter</th>
                        <th scope="col">Covers</th>
                        <th scope="col">Placed</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      ${holds.map(
                        (h) =>
                          html`<tr>
                            <td><bdi>${h.name}</bdi></td>
                            <td class="ws">${h.matter}</td>
                            <td>
                              ${h.filter ? html`Every comment matching: ${describeFilter(h.filter)}` : plural(h.comments, 'comment')}
                            </td>
                            <td>${formatDateTime(h.placedAt)} by ${who(h.placedBy)}</td>
                            <td>
                              ${
                                h.releasedAt
                                  ? html`Released ${formatDateTime(h.releasedAt)} by
                                    ${who(h.releasedBy ?? '')}: ${h.releaseReason ?? ''}`
                                  : html`<form
                                      method="post"
                                      action="/records/holds/${h.id}/release"
                                      class="row wrap"
                                    >
                                      ${csrfField(req)}
                                      <label class="field compact"
                                        ><span class="field-label">Reason</span
                                        ><input type="text" name="reason" required maxlength="2000"
                                      /></label>
                                      <button type="submit" class="button subtle">Release</button>
                                    </form>`
                              }
                            </td>
                          </tr>`,
                      )}
                    </tbody>
                  </table>
                </div>`
          }
          <section class="card" aria-labelledby="new-hold">
            <h2 id="new-hold">Place a legal hold on comments</h2>
            <p class="muted">
              To hold everything matching a search (including comments that arrive later), use
              "Place a legal hold on this search" under the search results.
            </p>
            <form method="post" action="/records/holds" class="grid-form">
              ${csrfField(req)} ${agencyPicker}
              <label class="field"
                ><span class="field-label">Name (case or claim)</span
                ><input type="text" name="name" required maxlength="200"
              /></label>
              <label class="field"
                ><span class="field-label">Matter</span
                ><input type="text" name="matter" required maxlength="2000"
              /></label>
              <label class="field"
                ><span class="field-label">Comment numbers (comma or space separated)</span
                ><input type="text" name="commentIds" required
              /></label>
              <button type="submit" class="button">Place the hold</button>
            </form>
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/holds', clerk, async (req, res, next) => {
    try {
      const form = parseForm(holdSchema, req.body);
      const ids = (form.commentIds ?? '')
        .split(/[\s,]+/)
        .filter((s) => s !== '')
        .map(Number);
      if (ids.length === 0 || ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
        throw new InputError('List the comment numbers to hold, separated by commas or spaces.');
      }
      await ctx.store.records.placeHold(
        {
          agencyId: chosenAgency(req, form.agency),
          name: form.name,
          matter: form.matter,
          scope: { commentIds: ids },
        },
        actorOf(req),
      );
      res.redirect(303, `/records/holds?done=${encodeURIComponent('Legal hold placed.')}`);
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/holds/from-search', clerk, async (req, res, next) => {
    try {
      const form = parseForm(holdSchema, req.body);
      const filter = parseRecordsFilter(filterInput(req.body));
      if (Object.keys(filter).length === 0) {
        throw new InputError('A hold on every comment ever seen is not a search: narrow it first.');
      }
      await ctx.store.records.placeHold(
        {
          agencyId: chosenAgency(req, form.agency),
          name: form.name,
          matter: form.matter,
          scope: { filter },
        },
        actorOf(req),
      );
      res.redirect(
        303,
        `/records/holds?done=${encodeURIComponent('Legal hold placed on the search.')}`,
      );
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/holds/:id/release', clerk, async (req, res, next) => {
    try {
      const form = parseForm(releaseSchema, req.body);
      const holdId = idParam(req.params.id, 'legal hold');
      const hold = await ctx.store.records.getHold(holdId);
      if (!hold) throw new NotFoundError('There is no such legal hold.');
      requireIn(requireAuth(req), hold.agencyId, 'legal hold', 'records');
      await ctx.store.records.releaseHold(holdId, form.reason, actorOf(req));
      res.redirect(303, `/records/holds?done=${encodeURIComponent('Legal hold released.')}`);
    } catch (err) {
      next(err);
    }
  });
}
