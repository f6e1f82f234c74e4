/**
 * Reports: what the bot flagged and did, what people did, how long comments waited for a
 * person, and how often people restored what the bot hid — the bot's precision in practice,
 * the number that says whether automatic hiding should stay on for a page.
 */
import { Router } from 'express';
import { z } from 'zod';
import { CATEGORIES, CLAUSES } from '../../moderation/index.js';
import { requireAuth, requirePermission } from './auth.js';
import { stackedBarChart } from './charts.js';
import type { DashboardContext } from './context.js';
import { categoryLabel, formatDuration, PLATFORM_LABELS } from './format.js';
import { html } from './html.js';
import { render } from './layout.js';

const RANGES = [7, 30, 90] as const;

const reportQuerySchema = z.object({
  days: z.coerce
    .number()
    .refine((n) => (RANGES as readonly number[]).includes(n))
    .catch(30),
  page: z.coerce.number().int().positive().optional().catch(undefined),
});

/** The UTC days from `since` to `now`, as YYYY-MM-DD. */
export function dayRange(since: Date, now: Date): string[] {
  const days: string[] = [];
  const d = new Date(Date.UTC(since.getUTCFullYear(), since.getUTCMonth(), since.getUTCDate()));
  while (d.getTime() <= now.getTime()) {
    days.push(d.toISOString().slice(0, 10));
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return days;
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (rank - lo);
}

/** Action series for the chart: who did what, in words. */
const ACTION_SERIES: { label: string; kind: string; byPerson: boolean }[] = [
  { label: 'Queued by the bot', kind: 'queue', byPerson: false },
  { label: 'Hidden by the bot', kind: 'hide', byPerson: false },
  { label: 'Approved by a person', kind: 'approve', byPerson: true },
  { label: 'Hidden by a person', kind: 'hide', byPerson: true },
  { label: 'Restored by a person', kind: 'unhide', byPerson: true },
  { label: 'Escalated', kind: 'escalate', byPerson: true },
];

function pct(n: number, of: number): string {
  return of === 0 ? '—' : `${Math.round((100 * n) / of)}%`;
}

export function reportsRouter(ctx: DashboardContext): Router {
  const router = Router();
  router.get('/reports', requirePermission('review', 'page_settings'), async (req, res, next) => {
    try {
      const q = reportQuerySchema.parse(req.query);
      const now = ctx.now();
      const since = new Date(now.getTime() - (q.days - 1) * 86_400_000);
      since.setUTCHours(0, 0, 0, 0);
      const agencyIds = requireAuth(req).scope('review', 'page_settings');
      const filter = { sinceIso: since.toISOString(), pageId: q.page, agencyIds };
      const [flags, actions, byPage, delays, outcomes, pages, appeals] = await Promise.all([
        ctx.store.reports.flagsByDay(filter),
        ctx.store.reports.actionsByDay(filter),
        ctx.store.reports.byPage(filter),
        ctx.store.reports.secondsToHumanDecision(filter),
        ctx.store.reports.botHideOutcomes(filter),
        ctx.store.pages.list(agencyIds),
        ctx.store.appeals.breakdown(filter.sinceIso, agencyIds),
      ]);
      const days = dayRange(since, now);
      const dayIndex = new Map(days.map((d, i) => [d, i]));
      const flagSeries = CATEGORIES.map((c) => {
        const values = days.map(() => 0);
        for (const f of flags) if (f.category === c) values[dayIndex.get(f.day) ?? -1] = f.n;
        return { label: categoryLabel(c), values };
      });
      const actionSeries = ACTION_SERIES.map((s) => {
        const values = days.map(() => 0);
        for (const a of actions) {
          const i = dayIndex.get(a.day);
          if (i !== undefined && a.kind === s.kind && a.byPerson === s.byPerson)
            values[i] = (values[i] ?? 0) + a.n;
        }
        return { label: s.label, values };
      });
      const median = percentile(delays, 0.5);
      const p90 = percentile(delays, 0.9);
      const clauseLabel = (clause: string) => {
        const category = CATEGORIES.find((c) => CLAUSES[c] === clause);
        return category ? `${categoryLabel(category)} (${clause})` : clause;
      };
      const filterLink = (days: number) =>
        `/reports?days=${days}${q.page ? `&page=${q.page}` : ''}`;

      render(req, res, {
        title: 'Reports',
        active: 'reports',
        body: html`<div class="page-head">
            <h1>Reports</h1>
            <form class="filters" method="get" action="/reports" data-autosubmit>
              <label class="field compact"
                ><span class="field-label">Page</span>
                <select name="page">
                  <option value="">All pages</option>
                  ${pages.map(
                    (p) =>
                      html`<option value="${p.id}" ${q.page === p.id ? html`selected` : ''}>
                        ${p.name ?? p.platformPageId} (${PLATFORM_LABELS[p.platform]})
                      </option>`,
                  )}
                </select></label
              >
              <input type="hidden" name="days" value="${q.days}" />
              <button type="submit" class="button">Apply</button>
            </form>
            <nav class="segmented" aria-label="Period">
              ${RANGES.map(
                (d) =>
                  html`<a href="${filterLink(d)}" ${d === q.days ? html`aria-current="page"` : ''}
                    >Last ${d} days</a
                  >`,
              )}
            </nav>
          </div>
          <div class="stats">
            <div class="stat card">
              <span class="stat-label">Median time to a person's decision</span>
              <strong class="stat-value">${median === null ? '—' : formatDuration(median)}</strong>
              <span class="muted"
                >${delays.length} comment${delays.length === 1 ? '' : 's'}
                decided${p90 === null ? '' : ` · 90% within ${formatDuration(p90)}`}</span
              >
            </div>
            ${(() => {
              const hidden = outcomes.reduce((a, o) => a + o.hidden, 0);
              const restored = outcomes.reduce((a, o) => a + o.restored, 0);
              return html`<div class="stat card">
                  <span class="stat-label">Bot hides restored by a person</span>
                  <strong class="stat-value">${pct(restored, hidden)}</strong>
                  <span class="muted">${restored} of ${hidden} automatic hides</span>
                </div>
                <div class="stat card">
                  <span class="stat-label">Comments seen</span>
                  <strong class="stat-value">${byPage.reduce((a, p) => a + p.comments, 0)}</strong>
                  <span class="muted">${byPage.reduce((a, p) => a + p.flagged, 0)} flagged</span>
                </div>`;
            })()}
          </div>
          <section class="card">
            ${stackedBarChart({ id: 'flags', title: 'Comments flagged, by category', days, series: flagSeries })}
          </section>
          <section class="card">
            ${stackedBarChart({ id: 'actions', title: 'Actions, by the bot and by people', days, series: actionSeries })}
          </section>
          <section class="card" aria-labelledby="precision-title">
            <h2 id="precision-title">The bot's hides, and what people did with them</h2>
            <p class="muted">
              A restored hide is one a person judged wrong. Both rates count only the hides a person
              has reviewed. Precision in practice is the share of reviewed automatic hides a person
              kept hidden; a low number means automatic hiding should be reconsidered for that
              category (Pages → Settings).
            </p>
            ${
              outcomes.length === 0
                ? html`<p class="muted">The bot hid nothing in this period.</p>`
                : html`<div class="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Category (clause)</th>
                          <th scope="col">Hidden by the bot</th>
                          <th scope="col">Restored by a person</th>
                          <th scope="col">Kept hidden by a person</th>
                          <th scope="col">Not reviewed yet</th>
                          <th scope="col">Restore rate</th>
                          <th scope="col">Precision in practice</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${outcomes.map(
                          (o) =>
                            html`<tr>
                              <th scope="row">${clauseLabel(o.clause)}</th>
                              <td>${o.hidden}</td>
                              <td>${o.restored}</td>
                              <td>${o.kept}</td>
                              <td>${o.hidden - o.restored - o.kept}</td>
                              ${
                                o.restored + o.kept === 0
                                  ? html`<td colspan="2" class="muted">No reviews yet</td>`
                                  : html`<td>${pct(o.restored, o.restored + o.kept)}</td>
                                      <td><strong>${pct(o.kept, o.restored + o.kept)}</strong></td>`
                              }
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
            }
          </section>
          <section class="card" aria-labelledby="appeals-title">
            <h2 id="appeals-title">Appeals, by category and by who hid the comment</h2>
            <p class="muted">
              Appeals received in this period from the public page (/appeal), and how the Chief or
              designee decided them. A category with many restored appeals is one where the rule is
              not being applied as written.
            </p>
            ${
              appeals.length === 0
                ? html`<p class="muted">No appeal was received in this period.</p>`
                : html`<div class="table-wrap">
                    <table>
                      <thead>
                        <tr>
                          <th scope="col">Category</th>
                          <th scope="col">Hidden by</th>
                          <th scope="col">Received</th>
                          <th scope="col">Restored</th>
                          <th scope="col">Upheld</th>
                          <th scope="col">Open</th>
                          <th scope="col">Overturned</th>
                        </tr>
                      </thead>
                      <tbody>
                        ${appeals.map(
                          (a) =>
                            html`<tr>
                              <th scope="row">
                                ${a.category === 'none' ? 'No flag' : categoryLabel(a.category)}
                              </th>
                              <td>
                                ${
                                  a.hiddenBy === 'bot'
                                    ? 'civicmod (automatic)'
                                    : a.hiddenBy === 'person'
                                      ? 'a person'
                                      : 'not on record'
                                }
                              </td>
                              <td>${a.received}</td>
                              <td>${a.restored}</td>
                              <td>${a.upheld}</td>
                              <td>${a.open}</td>
                              <td>${pct(a.restored, a.restored + a.upheld)}</td>
                            </tr>`,
                        )}
                      </tbody>
                    </table>
                  </div>`
            }
          </section>
          <section class="card" aria-labelledby="pages-title">
            <h2 id="pages-title">By page</h2>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Page</th>
                    <th scope="col">Comments seen</th>
                    <th scope="col">Flagged</th>
                    <th scope="col">Hidden by the bot</th>
                    <th scope="col">Hidden by a person</th>
                    <th scope="col">Restored</th>
                  </tr>
                </thead>
                <tbody>
                  ${byPage.map(
                    (p) =>
                      html`<tr>
                        <th scope="row">
                          <bdi
                            >${p.name ?? `${PLATFORM_LABELS[p.platform]} page ${p.platformPageId}`}</bdi
                          >
                          <span class="muted">${PLATFORM_LABELS[p.platform]}</span>
                        </th>
                        <td>${p.comments}</td>
                        <td>${p.flagged}</td>
                        <td>${p.botHides}</td>
                        <td>${p.personHides}</td>
                        <td>${p.restores}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
