/**
 * The records pages, for records clerks (J.4: everything posted is subject to public disclosure;
 * I.3: removed content is retained under the records-retention policy): search every comment
 * ever seen, records requests with their items and redactions, export bundles, legal holds.
 * Every route requires the `records` permission, checked on the server.
 *
 * Export bundles are written under `exports/` beside the database and downloaded file by file;
 * each file's SHA-256 is in the bundle's manifest.json (and the manifest's own hash in the action
 * log), so what was handed over can be proven later.
 */
import { ROLE_LABELS } from '../review/permissions.js';
import { createReadStream, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Router, type Request } from 'express';
import { z } from 'zod';
import { CATEGORIES } from '../../moderation/index.js';
import { InputError, NotFoundError } from '../errors.js';
import {
  EXPORT_FILES,
  MANIFEST_FILE,
  recordsExport,
  redactText,
  type ExportManifest,
} from '../records/export.js';
import {
  COMMENT_STATES,
  describeFilter,
  parseRecordsFilter,
  RECORDS_FILTER_FIELDS,
  SEARCH_PAGE_SIZE,
} from '../records/search.js';
import {
  PLATFORMS,
  type Actor,
  type RecordsFilter,
  type RecordsHit,
  type RecordsRequestRow,
} from '../store/types.js';
import { requireAuth, requirePermission } from './auth.js';
import type { DashboardContext } from './context.js';
import {
  actionSummary,
  actorName,
  actorUserIds,
  categoryLabel,
  formatDateTime,
  PLATFORM_LABELS,
  STATE_LABELS,
} from './format.js';
import { asList, parseForm } from './forms.js';
import { html, joinHtml, type SafeHtml } from './html.js';
import { csrfField, render } from './layout.js';
import { collapsible } from './queue-view.js';

type FilterInput = Partial<Record<(typeof RECORDS_FILTER_FIELDS)[number], string>>;

/** The filter fields present in a query string or form body (other fields are the page's own). */
function filterInput(source: unknown): FilterInput {
  const out: FilterInput = {};
  const record = (source ?? {}) as Record<string, unknown>;
  for (const key of RECORDS_FILTER_FIELDS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out;
}

function queryString(input: FilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...input, ...extra })) if (v) params.set(k, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

function hiddenFilter(input: FilterInput): SafeHtml {
  return joinHtml(
    Object.entries(input).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`),
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Shows `user:12` as the person's name, as the rest of the dashboard does. */
async function actorNames(
  ctx: DashboardContext,
  actors: readonly string[],
): Promise<(actor: string) => string> {
  const names = await ctx.store.users.displayNames(actorUserIds(actors.filter((a) => a !== '')));
  return (actor) => actorName(actor, names);
}

const actorOf = (req: Request): Actor => `user:${requireAuth(req).user.id}`;

function idParam(value: unknown, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no such ${what}.`);
  return id;
}

const dateOnly = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written 2026-03-31.')
  .refine(
    (v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'That date does not exist.',
  );

const requestSchema = z.object({
  requester: z.string().trim().min(1, 'Name the requester.').max(200),
  receivedOn: dateOnly,
  description: z.string().trim().min(1, 'Describe what was requested.').max(4000),
  dueOn: z.union([z.literal(''), dateOnly]).optional(),
});

/**
 * The request to attach to is `targetRequest`: `request` is a search filter of its own ("attached
 * to request N"), carried by the form's hidden filter fields, and the two must never be confused.
 */
const attachSchema = z.object({
  targetRequest: z.coerce
    .number({ message: 'Choose a records request.' })
    .int()
    .positive('Choose a records request.'),
  all: z.literal('1').optional(),
});

const redactionSchema = z.object({
  versionId: z.coerce.number().int().positive('Choose a version.'),
  text: z.string().min(1, 'Type or paste the exact words to withhold.').max(4000),
  exemption: z.string().trim().min(1, 'Name the exemption that allows withholding it.').max(200),
  everyVersion: z.literal('1').optional(),
});

const holdSchema = z.object({
  name: z.string().trim().min(1, 'Name the hold (the case or claim).').max(200),
  matter: z.string().trim().min(1, 'Describe the matter (case number, claim, counsel).').max(2000),
  commentIds: z.string().max(20_000).optional(),
  byFilter: z.literal('1').optional(),
});

const releaseSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the hold is released (counsel’s instruction).')
    .max(2000),
});

function subnav(active: 'search' | 'requests' | 'holds'): SafeHtml {
  const link = (key: typeof active, href: string, label: string) =>
    html`<a
      class="button ${key === active ? '' : 'subtle'}"
      href="${href}"
      ${key === active ? html`aria-current="page"` : ''}
      >${label}</a
    >`;
  return html`<nav class="row wrap" aria-label="Records">
    ${link('search', '/records', 'Search')}
    ${link('requests', '/records/requests', 'Records requests')}
    ${link('holds', '/records/holds', 'Legal holds')}
  </nav>`;
}

function notice(req: Request): SafeHtml | '' {
  const done = typeof req.query.done === 'string' ? req.query.done.slice(0, 300) : '';
  return done ? html`<p class="alert" role="status">${done}</p>` : '';
}

function field(label: string, control: SafeHtml): SafeHtml {
  return html`<label class="field compact"
    ><span class="field-label">${label}</span>${control}</label
  >`;
}

function selectOf(
  name: string,
  current: string | undefined,
  options: readonly (readonly [string, string])[],
  anyLabel: string,
): SafeHtml {
  return html`<select name="${name}">
    <option value="">${anyLabel}</option>
    ${options.map(([value, text]) => html`<option value="${value}" ${current === value ? html`selected` : ''}>${text}</option>`)}
  </select>`;
}

const ACTION_KINDS = [
  'hide',
  'unhide',
  'remove',
  'queue',
  'approve',
  'escalate',
  'author_deleted',
  'platform_state',
];

async function searchForm(ctx: DashboardContext, input: FilterInput): Promise<SafeHtml> {
  const [pages, posts, users] = await Promise.all([
    ctx.store.pages.list(),
    ctx.store.dashboard.recentPosts(300),
    ctx.store.users.list(),
  ]);
  const text = (name: keyof FilterInput, placeholder = '') =>
    html`<input
      type="text"
      name="${name}"
      value="${input[name] ?? ''}"
      placeholder="${placeholder}"
    />`;
  const date = (name: 'from' | 'to') =>
    // A plain text input, as everywhere in the dashboard; the server validates the date.
    html`<input
      type="text"
      name="${name}"
      value="${input[name] ?? ''}"
      placeholder="YYYY-MM-DD"
      inputmode="numeric"
      maxlength="30"
    />`;
  return html`<form class="filters" method="get" action="/records" role="search">
    <label class="field grow"
      ><span class="field-label">Words or "a phrase"</span>
      <input
        type="text"
        name="query"
        value="${input.query ?? ''}"
        maxlength="500"
        title="Searched in every version of every comment, and in authors' names"
    /></label>
    ${field('Created from', date('from'))} ${field('to (UTC, day included)', date('to'))}
    ${field(
      'Platform',
      selectOf(
        'platform',
        input.platform,
        PLATFORMS.map((p) => [p, PLATFORM_LABELS[p]] as const),
        'All platforms',
      ),
    )}
    ${field(
      'Page',
      selectOf(
        'page',
        input.page,
        pages.map(
          (p) =>
            [
              p.platformPageId,
              `${p.name ?? p.platformPageId} (${PLATFORM_LABELS[p.platform]})`,
            ] as const,
        ),
        'All pages',
      ),
    )}
    ${field(
      'Post (type its words or date, pick it)',
      html`<input
          type="text"
          name="post"
          list="post-choices"
          value="${input.post ?? ''}"
          placeholder="e.g. road closure"
          autocomplete="off"
        />
        <datalist id="post-choices">
          ${posts.map(
            (p) =>
              html`<option value="${p.platformPostId}">
                ${p.createdAt.slice(0, 10)} · ${p.pageName ?? ''} ·
                ${(p.text ?? '(no text)').replace(/\s+/g, ' ')}
              </option>`,
          )}
        </datalist>`,
    )}
    ${field('Author (id or name)', text('author'))}
    ${field(
      'State',
      selectOf(
        'state',
        input.state,
        COMMENT_STATES.map((s) => [s, STATE_LABELS[s]] as const),
        'Any state',
      ),
    )}
    ${field(
      'Flagged as',
      selectOf(
        'category',
        input.category,
        CATEGORIES.map((c) => [c, categoryLabel(c)] as const),
        'Any category',
      ),
    )}
    ${field(
      'Language',
      selectOf(
        'language',
        input.language,
        [
          ['en', 'English'],
          ['es', 'Spanish'],
          ['mixed', 'English and Spanish'],
          ['und', 'Undetermined'],
        ] as const,
        'Any language',
      ),
    )}
    ${field(
      'Action',
      selectOf(
        'action',
        input.action,
        ACTION_KINDS.map((k) => [k, actionSummary(k, 'recorded')] as const),
        'Any action',
      ),
    )}
    ${field(
      'Done by',
      selectOf(
        'actor',
        input.actor,
        [
          ['system', 'civicmod (automatic)'] as const,
          ...users.map(
            (u) => [`user:${u.id}`, `${u.displayName} (${ROLE_LABELS[u.role]})`] as const,
          ),
        ],
        'Anyone',
      ),
    )}
    ${field('Request no.', text('request'))}
    <button type="submit" class="button">Search</button>
    <a class="button subtle" href="/records">Reset</a>
  </form>`;
}

/** The comment's full record; a purged tombstone has its own page (it has no text to show). */
function recordHref(hit: RecordsHit): string {
  return hit.purgedAt ? `/records/comments/${hit.commentId}` : `/comments/${hit.commentId}`;
}

function hitRow(hit: RecordsHit, selectable: boolean): SafeHtml {
  const text =
    hit.text === null ? '' : hit.text.length > 280 ? `${hit.text.slice(0, 280)}…` : hit.text;
  return html`<tr>
    ${selectable ? html`<td><input type="checkbox" name="commentIds" value="${hit.commentId}" form="attach-form" aria-label="Select comment ${hit.commentId}" /></td>` : ''}
    <td><a href="${recordHref(hit)}">${hit.commentId}</a></td>
    <td><time datetime="${hit.createdAt}">${formatDateTime(hit.createdAt)}</time></td>
    <td>
      ${PLATFORM_LABELS[hit.platform]}<br /><span class="muted"
        >${hit.pageName ?? hit.platformPageId}</span
      >
    </td>
    <td>
      <bdi>${hit.authorName ?? ''}</bdi><br /><code class="muted">${hit.authorId ?? ''}</code>
    </td>
    <td>
      ${STATE_LABELS[hit.state]}${hit.purgedAt ? html`<br /><span class="badge">purged ${formatDateTime(hit.purgedAt)}</span>` : ''}
    </td>
    <td dir="auto">
      ${hit.purgedAt ? html`<span class="muted">Text deleted under the retention schedule (I.3).</span>` : html`<span class="ws">${text}</span>`}
      ${hit.versions > 1 ? html`<br /><span class="badge">${hit.versions} versions</span>` : ''}
    </td>
  </tr>`;
}

function hitsTable(hits: readonly RecordsHit[], selectable: boolean): SafeHtml {
  return html`<div class="table-wrap">
    <table class="records">
      <thead>
        <tr>
          ${selectable ? html`<th scope="col"><span class="sr-only">Select</span></th>` : ''}
          <th scope="col">Comment</th>
          <th scope="col">Created</th>
          <th scope="col">Where</th>
          <th scope="col">Author</th>
          <th scope="col">State</th>
          <th scope="col">Text (current version)</th>
        </tr>
      </thead>
      <tbody>
        ${hits.map((h) => hitRow(h, selectable))}
      </tbody>
    </table>
  </div>`;
}

/** The folder for export bundles, beside the database. */
function exportsDir(ctx: DashboardContext): string {
  return resolve(dirname(ctx.core.config.CIVICMOD_DB), 'exports');
}

const BUNDLE_NAME = /^(request-\d+|search)-\d{8}T\d{6}Z$/;

function bundleName(prefix: string, now: Date): string {
  return `${prefix}-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

function listBundles(ctx: DashboardContext, prefix: string): string[] {
  try {
    return readdirSync(exportsDir(ctx))
      .filter((n) => BUNDLE_NAME.test(n) && n.startsWith(`${prefix}-`))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

function bundlePath(ctx: DashboardContext, name: string): string {
  if (!BUNDLE_NAME.test(name)) throw new NotFoundError('There is no such export.');
  return join(exportsDir(ctx), name);
}

async function makeBundle(
  ctx: DashboardContext,
  req: Request,
  filter: RecordsFilter,
  prefix: string,
): Promise<string> {
  const name = bundleName(prefix, ctx.now());
  await recordsExport(ctx.store, { filter, outDir: bundlePath(ctx, name), actor: actorOf(req) });
  return name;
}

export function recordsRouter(ctx: DashboardContext): Router {
  const router = Router();
  const clerk = requirePermission('records');

  // --- Search --------------------------------------------------------------------------------

  router.get('/records', clerk, async (req, res, next) => {
    try {
      const input = filterInput(req.query);
      const searched = Object.keys(input).length > 0;
      const filter = parseRecordsFilter(input);
      const cursor = typeof req.query.cursor === 'string' ? req.query.cursor : undefined;
      const [page, open] = await Promise.all([
        searched ? ctx.store.records.search(filter, { limit: SEARCH_PAGE_SIZE, cursor }) : null,
        ctx.store.records.listRequests('open'),
      ]);
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
                        ${csrfField(req)} ${hiddenFilter(input)}
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
          ${subnav('search')} ${notice(req)} ${await searchForm(ctx, input)} ${results}`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/attach', clerk, async (req, res, next) => {
    try {
      const form = parseForm(attachSchema, req.body);
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
      const record = await ctx.store.records.record(idParam(req.params.id, 'comment'));
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

  // --- Records requests ----------------------------------------------------------------------

  router.get('/records/requests', clerk, async (req, res, next) => {
    try {
      const requests = await ctx.store.records.listRequests();
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
              ${csrfField(req)}
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

  const loadRequest = async (req: Request): Promise<RecordsRequestRow> => {
    const request = await ctx.store.records.getRequest(idParam(req.params.id, 'records request'));
    if (!request) throw new NotFoundError('There is no such records request.');
    return request;
  };

  router.get('/records/requests/:id', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(req);
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
      const request = await loadRequest(req);
      const commentId = idParam(req.params.commentId, 'comment');
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
        const request = await loadRequest(req);
        const commentId = idParam(req.params.commentId, 'comment');
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
      const row = await ctx.store.records.withdrawRedaction(
        idParam(req.params.id, 'redaction'),
        actorOf(req),
      );
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
      const request = await loadRequest(req);
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
      const request = await loadRequest(req);
      await ctx.store.records.closeRequest(request.id, actorOf(req));
      res.redirect(
        303,
        `/records/requests/${request.id}?done=${encodeURIComponent('Records request closed.')}`,
      );
    } catch (err) {
      next(err);
    }
  });

  // --- Export bundles ------------------------------------------------------------------------

  router.post('/records/requests/:id/export', clerk, async (req, res, next) => {
    try {
      const request = await loadRequest(req);
      const name = await makeBundle(ctx, req, { requestId: request.id }, `request-${request.id}`);
      res.redirect(303, `/records/exports/${name}`);
    } catch (err) {
      next(err);
    }
  });

  router.post('/records/exports', clerk, async (req, res, next) => {
    try {
      const filter = parseRecordsFilter(filterInput(req.body));
      const name = await makeBundle(ctx, req, filter, 'search');
      res.redirect(303, `/records/exports/${name}`);
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/exports/:name', clerk, async (req, res, next) => {
    try {
      const dir = bundlePath(ctx, String(req.params.name));
      let manifest: ExportManifest;
      try {
        manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as ExportManifest;
      } catch {
        throw new NotFoundError('There is no such export.');
      }
      const name = String(req.params.name);
      const who = await actorNames(ctx, [manifest.generatedBy]);
      render(req, res, {
        title: `Export ${name}`,
        active: 'records',
        body: html`<div class="page-head"><h1>Export bundle</h1></div>
          ${subnav(manifest.request ? 'requests' : 'search')}
          <section class="card">
            <dl class="facts">
              <div>
                <dt>Selection</dt>
                <dd>${manifest.filterDescription}</dd>
              </div>
              <div>
                <dt>Made</dt>
                <dd>${formatDateTime(manifest.generatedAt)} by ${who(manifest.generatedBy)}</dd>
              </div>
              <div>
                <dt>Contents</dt>
                <dd>
                  ${manifest.counts.comments} comments, ${manifest.counts.versions} versions,
                  ${manifest.counts.decisions} decisions, ${manifest.counts.actions} actions,
                  ${manifest.counts.redactions} redactions
                </dd>
              </div>
              <div>
                <dt>As of action-log entry</dt>
                <dd>
                  ${manifest.actionLog.id ?? '—'}
                  <code class="breakable">${manifest.actionLog.hash}</code>
                </dd>
              </div>
            </dl>
            ${manifest.request ? html`<p><a href="/records/requests/${manifest.request.id}">Records request ${manifest.request.id}</a></p>` : ''}
          </section>
          <div class="table-wrap">
            <table>
              <thead>
                <tr>
                  <th scope="col">File</th>
                  <th scope="col">Bytes</th>
                  <th scope="col">SHA-256</th>
                </tr>
              </thead>
              <tbody>
                ${[
                  ...manifest.files,
                  {
                    name: MANIFEST_FILE,
                    bytes: statSync(join(dir, MANIFEST_FILE)).size,
                    sha256: '',
                  },
                ].map(
                  (f) =>
                    html`<tr>
                      <td><a href="/records/exports/${name}/${f.name}" download>${f.name}</a></td>
                      <td>${f.bytes}</td>
                      <td>
                        <code class="breakable">${f.sha256 || 'listed in the action log'}</code>
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>
          </div>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/records/exports/:name/:file', clerk, (req, res, next) => {
    try {
      const file = String(req.params.file);
      if (!(EXPORT_FILES as readonly string[]).includes(file) && file !== MANIFEST_FILE) {
        throw new NotFoundError('There is no such file in an export.');
      }
      const path = join(bundlePath(ctx, String(req.params.name)), file);
      try {
        statSync(path);
      } catch {
        throw new NotFoundError('There is no such export.');
      }
      const types: Record<string, string> = {
        'records.csv': 'text/csv; charset=utf-8',
        'records.jsonl': 'application/x-ndjson; charset=utf-8',
        'records.html': 'text/html; charset=utf-8',
        'manifest.json': 'application/json; charset=utf-8',
      };
      // Downloaded, never rendered here: the HTML holds the public's words.
      res.set('Content-Type', types[file] ?? 'application/octet-stream');
      res.set('Content-Disposition', `attachment; filename="${String(req.params.name)}-${file}"`);
      res.set('X-Content-Type-Options', 'nosniff');
      createReadStream(path).on('error', next).pipe(res);
    } catch (err) {
      next(err);
    }
  });

  // --- Legal holds ----------------------------------------------------------------------------

  router.get('/records/holds', clerk, async (req, res, next) => {
    try {
      const holds = await ctx.store.records.listHolds();
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
              ${csrfField(req)}
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
        { name: form.name, matter: form.matter, scope: { commentIds: ids } },
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
        { name: form.name, matter: form.matter, scope: { filter } },
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
      await ctx.store.records.releaseHold(
        idParam(req.params.id, 'legal hold'),
        form.reason,
        actorOf(req),
      );
      res.redirect(303, `/records/holds?done=${encodeURIComponent('Legal hold released.')}`);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
