/**
 * Signing in and out, and the first-run page. Sign-in has its own CSRF check (a random token
 * in a short-lived cookie and in the form) because there is no session yet; every other
 * state-changing request is checked against the session's token by securityMiddleware.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { authenticate } from '../accounts/accounts.js';
import { newToken, tokensEqual } from '../accounts/sessions.js';
import { authOf, csrfError, parseCookies, requireLogin, sessionCookieName } from './auth.js';
import type { DashboardContext } from './context.js';
import { localPath, parseForm } from './forms.js';
import { html } from './html.js';
import { navFor, render } from './layout.js';

const LOGIN_CSRF_COOKIE = 'civicmod_login_csrf';

const loginSchema = z.object({
  username: z.string().max(200).default(''),
  password: z.string().max(2000).default(''),
  next: z.string().optional(),
});

function loginPage(
  req: Request,
  res: Response,
  ctx: DashboardContext,
  options: { status?: number; error?: string; notice?: string; next: string; username?: string },
): void {
  const token = newToken();
  res.cookie(LOGIN_CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.cookieSecure,
    path: '/login',
    maxAge: 60 * 60 * 1000,
  });
  render(req, res, {
    title: 'Sign in',
    status: options.status,
    bodyClass: 'narrow',
    body: html`<section class="card signin" aria-labelledby="signin-title">
      <h1 id="signin-title">Sign in to civicmod</h1>
      <p class="muted">Moderation dashboard for the department's official social media pages.</p>
      ${options.error ? html`<p class="alert error" role="alert">${options.error}</p>` : ''}
      ${options.notice ? html`<p class="alert" role="status">${options.notice}</p>` : ''}
      <form method="post" action="/login" class="stack">
        <input type="hidden" name="_csrf" value="${token}" />
        <input type="hidden" name="next" value="${options.next}" />
        <label class="field"
          ><span class="field-label">Username</span>
          <input
            name="username"
            autocomplete="username"
            required
            autofocus
            value="${options.username ?? ''}"
            spellcheck="false"
            autocapitalize="none"
        /></label>
        <label class="field"
          ><span class="field-label">Password</span>
          <input name="password" type="password" autocomplete="current-password" required
        /></label>
        <button type="submit" class="button primary">Sign in</button>
      </form>
    </section>`,
  });
}

function firstRunPage(req: Request, res: Response): void {
  render(req, res, {
    title: 'Set up civicmod',
    bodyClass: 'narrow',
    body: html`<section class="card signin" aria-labelledby="setup-title">
      <h1 id="setup-title">Welcome to civicmod</h1>
      <p>
        There are no dashboard accounts yet. Create the first administrator on the server, in the
        folder civicmod runs from:
      </p>
      <pre class="command"><code>npx civicmod user add NAME --role admin</code></pre>
      <p>
        You will be asked for a password (at least 12 characters; it is not shown as you type). Then
        reload this page and sign in.
      </p>
      <p class="muted">
        The administrator adds the other accounts on the Users page: content managers (I.2), the
        Chief of Police or designee (I.3) and records clerks.
      </p>
    </section>`,
  });
}

export function loginRouter(ctx: DashboardContext): Router {
  const router = Router();
  const cookieName = sessionCookieName(ctx.cookieSecure);

  router.get('/login', async (req, res, next) => {
    try {
      const nextPath = localPath(req.query.next, '/');
      if (authOf(req)) {
        res.redirect(303, nextPath);
        return;
      }
      if ((await ctx.store.users.countActive()) === 0) {
        firstRunPage(req, res);
        return;
      }
      loginPage(req, res, ctx, {
        next: nextPath,
        notice: req.query.signed_out === '1' ? 'You are signed out.' : undefined,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/login', async (req, res, next) => {
    try {
      const sent = (req.body as { _csrf?: unknown } | undefined)?._csrf;
      const expected = parseCookies(req.headers.cookie).get(LOGIN_CSRF_COOKIE);
      if (typeof sent !== 'string' || !expected || !tokensEqual(sent, expected)) {
        throw csrfError();
      }
      const form = parseForm(loginSchema, req.body);
      const nextPath = localPath(form.next, '/');
      const username = form.username.trim();
      const ip = req.ip ?? 'unknown';
      // Claimed (and counted) before the password is checked: see login-throttle.ts.
      const verdict = await ctx.throttle.begin(username, ip);
      if (!verdict.allowed) {
        const minutes = Math.ceil(verdict.retryAfterSeconds / 60);
        res.set('Retry-After', String(verdict.retryAfterSeconds));
        loginPage(req, res, ctx, {
          status: 429,
          next: nextPath,
          username,
          error: `Too many failed sign-ins for this account or from this address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator to unlock the account.`,
        });
        return;
      }
      const user = await authenticate(ctx.store, username, form.password);
      if (user) await ctx.throttle.succeeded(verdict.attemptId);
      if (!user) {
        loginPage(req, res, ctx, {
          status: 401,
          next: nextPath,
          username,
          error: 'That username and password do not match an active account.',
        });
        return;
      }
      // A new token at every sign-in: a token planted before sign-in is worthless after it.
      await ctx.sessions.end(parseCookies(req.headers.cookie).get(cookieName));
      const { token } = await ctx.sessions.start(user.id);
      res.clearCookie(LOGIN_CSRF_COOKIE, { path: '/login' });
      res.cookie(cookieName, token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.cookieSecure,
        path: '/',
        maxAge: ctx.core.config.SESSION_TTL_HOURS * 3_600_000,
      });
      ctx.logger.info({ userId: user.id, role: user.role }, 'signed in');
      res.redirect(303, nextPath);
    } catch (err) {
      next(err);
    }
  });

  router.post('/logout', async (req, res, next) => {
    try {
      await ctx.sessions.end(parseCookies(req.headers.cookie).get(cookieName));
      res.clearCookie(cookieName, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: ctx.cookieSecure,
      });
      res.redirect(303, '/login?signed_out=1');
    } catch (err) {
      next(err);
    }
  });

  router.get('/', requireLogin, (req, res) => {
    const first = navFor(req)[0];
    if (first) {
      res.redirect(303, first.href);
      return;
    }
    render(req, res, {
      title: 'civicmod',
      body: html`<h1>Nothing to show</h1>
        <p>Your role has no dashboard pages yet.</p>`,
    });
  });

  return router;
}
