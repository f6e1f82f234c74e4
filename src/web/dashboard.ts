/**
 * The dashboard: one explicit list of its parts, in the order requests meet them. Mounted by
 * `civicmod start` through createApp's `routers`, after health and webhooks:
 *
 *   createApp({ ..., routers: (core) => dashboardRouters(core) })
 *
 * Other dashboard areas add their router to the list below (the records pages:
 * src/web/records*.ts) and use the helpers of auth.ts and layout.ts.
 */
import { Router, type ErrorRequestHandler } from 'express';
import { LoginThrottle } from '../accounts/login-throttle.js';
import { DEFAULT_SCRYPT, type ScryptParams } from '../accounts/passwords.js';
import { SessionManager } from '../accounts/sessions.js';
import type { AppCore } from '../app.js';
import { CivicmodError } from '../errors.js';
import { ReviewService } from '../review/service.js';
import { AppealService } from '../appeals/service.js';
import { appealsRouter } from './appeals.js';
import { adminUsersRouter } from './admin-users.js';
import { assetsRouter } from './assets.js';
import { authOf, requireLogin, securityMiddleware, wantsJson } from './auth.js';
import { commentRouter } from './comment-page.js';
import { complianceRouter } from './compliance.js';
import type { DashboardContext } from './context.js';
import { escalationsRouter } from './escalations.js';
import { localPath } from './forms.js';
import { html } from './html.js';
import { render, setNavCounts } from './layout.js';
import { loginRouter } from './login.js';
import { pagesRouter } from './pages.js';
import { queueRouter } from './queue.js';
import { recordsRouter } from './records.js';
import { reportsRouter } from './reports.js';

export interface DashboardOptions {
  now?: () => Date;
  /** Password hashing cost for accounts made on the admin page (tests lower it). */
  scrypt?: ScryptParams;
  /** How often an open queue asks for new comments (default 8 s; tests shorten it). */
  queuePollMs?: number;
}

export function createDashboardContext(
  core: AppCore,
  options: DashboardOptions = {},
): DashboardContext {
  const now = options.now ?? (() => new Date());
  const cookieSecure =
    core.config.COOKIE_SECURE ?? core.config.PUBLIC_URL?.startsWith('https:') ?? false;
  return {
    core,
    store: core.store,
    logger: core.logger.child({ component: 'dashboard' }),
    review: new ReviewService(core.store, core.executor),
    appeals: new AppealService(core.store, core.executor, {
      dueBusinessDays: core.config.APPEAL_DUE_BUSINESS_DAYS,
      perHour: core.config.APPEALS_PER_HOUR,
      now,
    }),
    sessions: new SessionManager(core.store, core.config.SESSION_TTL_HOURS, now),
    throttle: new LoginThrottle(core.store, now),
    cookieSecure,
    now,
    scrypt: options.scrypt ?? DEFAULT_SCRYPT,
    queuePollMs: options.queuePollMs ?? 8000,
    capabilities: (platform) => core.adapters.get(platform)?.capabilities,
  };
}

export function dashboardRouters(core: AppCore, options: DashboardOptions = {}): Router[] {
  const ctx = createDashboardContext(core, options);
  const dashboard = Router();

  // 1. Headers, bodies, the session and the CSRF check of every state-changing request.
  dashboard.use(
    securityMiddleware({
      sessions: ctx.sessions,
      cookieSecure: ctx.cookieSecure,
      agencyIds: async () => (await ctx.store.agencies.list()).map((a) => a.id),
    }),
  );
  // 2. The stylesheet and script (no login: the sign-in page uses them).
  dashboard.use(assetsRouter());
  // 3. Counts beside the navigation entries, for signed-in page views.
  dashboard.use(async (req, _res, next) => {
    try {
      const auth = authOf(req);
      if (auth && req.method === 'GET' && !wantsJson(req) && !req.path.startsWith('/assets/')) {
        setNavCounts(req, {
          queue: auth.can('review')
            ? await ctx.store.dashboard.queueCount({
                reviewStates: ['queued'],
                agencyIds: auth.scope('review'),
              })
            : undefined,
          escalations: auth.can('decide_escalation')
            ? await ctx.store.dashboard.queueCount({
                reviewStates: ['escalated'],
                agencyIds: auth.scope('decide_escalation'),
              })
            : undefined,
          appeals: auth.can('decide_appeal')
            ? (
                await ctx.store.appeals.counts(
                  ctx.now().toISOString().slice(0, 10),
                  auth.scope('decide_appeal'),
                )
              ).open
            : undefined,
        });
      }
      next();
    } catch (err) {
      next(err);
    }
  });
  // 4. The pages, each checking its own permission on every route.
  for (const router of [
    loginRouter(ctx),
    queueRouter(ctx),
    escalationsRouter(ctx),
    appealsRouter(ctx),
    commentRouter(ctx),
    pagesRouter(ctx),
    complianceRouter(ctx),
    reportsRouter(ctx),
    recordsRouter(ctx),
    adminUsersRouter(ctx),
  ]) {
    dashboard.use(router);
  }
  // 5. Errors from any of the above: a page in the dashboard's layout, or JSON for the script.
  dashboard.use(dashboardErrorPage(ctx));
  return [dashboard];
}

export function dashboardErrorPage(ctx: DashboardContext): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }
    const known = err instanceof CivicmodError ? err : undefined;
    // body-parser's errors (a malformed JSON body, too large) carry their HTTP status.
    const status = known?.status ?? (err as { status?: number }).status ?? 500;
    if (status >= 500) ctx.logger.error({ err, path: req.path }, 'dashboard request failed');
    else
      ctx.logger.warn({ path: req.path, status, code: known?.code }, 'dashboard request refused');
    if (status === 401) {
      requireLogin(req, res, next);
      return;
    }
    const message =
      known?.publicMessage ??
      (status < 500
        ? 'That request could not be understood.'
        : 'Something went wrong; it has been logged.');
    if (wantsJson(req)) {
      res.status(status).json({ error: message });
      return;
    }
    const back = localPath(
      (req.body as { return?: unknown } | undefined)?.return,
      authOf(req) ? '/' : '/login',
    );
    render(req, res, {
      status,
      title:
        status === 403
          ? 'Not allowed'
          : status === 404
            ? 'Not found'
            : status === 429
              ? 'Too many requests'
              : 'Could not do that',
      body: html`<section class="card narrow-card">
        <h1>
          ${status === 403 ? 'Not allowed' : status === 404 ? 'Not found' : 'Could not do that'}
        </h1>
        <p class="alert ${status >= 500 ? 'error' : ''}" role="alert">${message}</p>
        <p><a class="button" href="${back}">Go back</a></p>
      </section>`,
    });
  };
}
