/**
 * The page shell every dashboard page shares: the navigation (only what the person's role may
 * open), the CSRF token for the script, the stylesheet and script, and the page body. Records
 * pages use it too:
 *
 *   render(req, res, { title: 'Records', active: 'records', body: html`...` })
 */
import type { Request, Response } from 'express';
import type { Permission } from '../review/permissions.js';
import { ROLE_LABELS } from '../review/permissions.js';
import { assetUrl } from './assets.js';
import { authOf, csrfToken } from './auth.js';
import { html, type HtmlValue, type SafeHtml } from './html.js';

/** The navigation, in order; each entry shows only to roles holding one of its permissions. */
export const NAV = [
  { key: 'queue', href: '/queue', label: 'Queue', permissions: ['review'] },
  {
    key: 'escalations',
    href: '/escalations',
    label: 'Escalations',
    permissions: ['decide_escalation'],
  },
  { key: 'appeals', href: '/appeals', label: 'Appeals', permissions: ['decide_appeal'] },
  { key: 'pages', href: '/pages', label: 'Pages', permissions: ['review', 'page_settings'] },
  { key: 'reports', href: '/reports', label: 'Reports', permissions: ['review', 'page_settings'] },
  // The records pages (search, requests, holds) are mounted by src/web/records*.ts.
  { key: 'records', href: '/records', label: 'Records', permissions: ['records'] },
  { key: 'users', href: '/admin/users', label: 'Users', permissions: ['users'] },
] as const satisfies readonly {
  key: string;
  href: string;
  label: string;
  permissions: readonly Permission[];
}[];

export type NavKey = (typeof NAV)[number]['key'];

/** Counts shown beside navigation entries (set per request by the dashboard). */
const navCounts = new WeakMap<Request, Partial<Record<NavKey, number>>>();

export function setNavCounts(req: Request, counts: Partial<Record<NavKey, number>>): void {
  navCounts.set(req, counts);
}

/** Navigation entries this request's person may open. */
export function navFor(req: Request): (typeof NAV)[number][] {
  const auth = authOf(req);
  if (!auth) return [];
  return NAV.filter((entry) => entry.permissions.some((p: Permission) => auth.can(p)));
}

/** `<input type="hidden" name="_csrf">` for a form of this session. */
export function csrfField(req: Request): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${csrfToken(req)}" />`;
}

export interface PageOptions {
  title: string;
  body: HtmlValue;
  status?: number;
  /** Which navigation entry is current. */
  active?: NavKey;
  /** Extra class on <body> (pages whose script behaviour differs: "queue-page"). */
  bodyClass?: string;
}

export function page(req: Request, options: PageOptions): SafeHtml {
  const auth = authOf(req);
  const counts = navCounts.get(req) ?? {};
  const nav = navFor(req).map((entry) => {
    const count = counts[entry.key];
    return html`<li>
      <a href="${entry.href}" ${entry.key === options.active ? html`aria-current="page"` : ''}
        >${entry.label}${
          count !== undefined && count > 0
            ? html` <span class="count" data-count="${entry.key}">${count}</span>`
            : ''
        }</a
      >
    </li>`;
  });
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="csrf-token" content="${csrfToken(req)}" />
        <meta name="referrer" content="no-referrer" />
        <title>${options.title} · civicmod</title>
        <link rel="stylesheet" href="${assetUrl('dashboard.css')}" />
        <script src="${assetUrl('dashboard.js')}" defer></script>
      </head>
      <body class="${options.bodyClass ?? ''}">
        <a class="skip-link" href="#main">Skip to content</a>
        <header class="topbar">
          <a class="brand" href="/"
            ><span class="brand-mark" aria-hidden="true">◆</span> civicmod</a
          >
          ${
            auth
              ? html`<nav aria-label="Main">
                    <ul>
                      ${nav}
                    </ul>
                  </nav>
                  <div class="me">
                    <span class="me-name"><bdi>${auth.user.displayName}</bdi></span>
                    <span class="me-role"
                      >${ROLE_LABELS[auth.user.role]}${
                        auth.user.agencies.length > 1
                          ? ` · ${auth.user.agencies.length} agencies`
                          : ''
                      }</span
                    >
                    <form method="post" action="/logout" class="inline">
                      ${csrfField(req)}<button type="submit" class="link-button">Sign out</button>
                    </form>
                  </div>`
              : ''
          }
        </header>
        <main id="main" tabindex="-1">${options.body}</main>
        <div id="toast" class="toast" role="status" aria-live="polite" hidden></div>
      </body>
    </html>`;
}

/** Sends a full page. */
export function render(req: Request, res: Response, options: PageOptions): void {
  res
    .status(options.status ?? 200)
    .type('html')
    .send(page(req, options).toString());
}
