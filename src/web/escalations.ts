/**
 * Escalated comments, for the Chief of Police or designee (I.3: the ultimate decision on
 * content posted by the public). Content managers can see escalated comments in the queue's
 * "Escalated" filter but cannot decide them; ReviewService enforces the same.
 */
import { Router } from 'express';
import { requireAuth, requirePermission } from './auth.js';
import type { DashboardContext } from './context.js';
import { html } from './html.js';
import { render } from './layout.js';
import { buildItemViews } from './queue-view.js';
import { QUEUE_PAGE_SIZE, renderBulkForm, renderQueueList, shortcutsHelp } from './queue.js';

export function escalationsRouter(ctx: DashboardContext): Router {
  const router = Router();
  router.get('/escalations', requirePermission('decide_escalation'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const filter = {
        reviewStates: ['escalated'] as const,
        agencyIds: auth.scope('decide_escalation'),
      };
      const [items, total] = await Promise.all([
        ctx.store.dashboard.queue(filter, QUEUE_PAGE_SIZE),
        ctx.store.dashboard.queueCount(filter),
      ]);
      const views = await buildItemViews(items, auth, {
        dashboard: ctx.store.dashboard,
        users: ctx.store.users,
        capabilities: (p) => ctx.capabilities(p),
        now: ctx.now(),
      });
      render(req, res, {
        title: 'Escalations',
        active: 'escalations',
        bodyClass: 'queue-page',
        body: html`<div class="page-head">
            <h1>Escalations</h1>
            <p class="summary">
              <strong id="queue-total">${total}</strong> escalated by content managers for the Chief
              of Police or designee (I.3) · oldest first
            </p>
            ${shortcutsHelp()}
          </div>
          ${renderBulkForm(req, '/escalations')}
          ${renderQueueList(req, views, {
            returnTo: '/escalations',
            pollUrl: '/queue/items.json?review=escalated',
            pollMs: ctx.queuePollMs,
            total,
            emptyText: 'No comment is waiting for the Chief or designee.',
          })}`,
      });
    } catch (err) {
      next(err);
    }
  });
  return router;
}
