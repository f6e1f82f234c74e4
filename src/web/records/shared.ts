/**
 * What the records pages share: the search form's fields, the filter in a query string, the
 * results table, the forms' schemas, the navigation, and where export bundles live.
 */
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Request } from 'express';
import { z } from 'zod';
import { CATEGORIES } from '../../../moderation/index.js';
import { InputError, NotFoundError } from '../../errors.js';
import { recordsExport, type ExportManifest } from '../../records/export.js';
import { COMMENT_STATES, RECORDS_FILTER_FIELDS } from '../../records/search.js';
import {
  DEFAULT_AGENCY_ID,
  PLATFORMS,
  type Actor,
  type RecordsFilter,
  type RecordsHit,
  type RecordsRequestRow,
} from '../../store/types.js';
import { requireAuth, requireIn } from '../auth.js';
import { ROLE_LABELS } from '../../review/permissions.js';
import type { DashboardContext } from '../context.js';
import {
  actionSummary,
  actorName,
  actorUserIds,
  categoryLabel,
  formatDateTime,
  PLATFORM_LABELS,
  STATE_LABELS,
} from '../format.js';
import { html, joinHtml, type SafeHtml } from '../html.js';

export type FilterInput = Partial<Record<(typeof RECORDS_FILTER_FIELDS)[number], string>>;

/** The filter fields present in a query string or form body (other fields are the page's own). */
export function filterInput(source: unknown): FilterInput {
  const out: FilterInput = {};
  const record = (source ?? {}) as Record<string, unknown>;
  for (const key of RECORDS_FILTER_FIELDS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim() !== '') out[key] = value;
  }
  return out;
}

export function queryString(input: FilterInput, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...input, ...extra })) if (v) params.set(k, v);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

export function hiddenFilter(input: FilterInput): SafeHtml {
  return joinHtml(
    Object.entries(input).map(([k, v]) => html`<input type="hidden" name="${k}" value="${v}" />`),
  );
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Shows `user:12` as the person's name, as the rest of the dashboard does. */
export async function actorNames(
  ctx: DashboardContext,
  actors: readonly string[],
): Promise<(actor: string) => string> {
  const names = await ctx.store.users.displayNames(actorUserIds(actors.filter((a) => a !== '')));
  return (actor) => actorName(actor, names);
}

export const actorOf = (req: Request): Actor => `user:${requireAuth(req).user.id}`;

export function idParam(value: unknown, what: string): number {
  const id = Number(value);
  if (!Number.isSafeInteger(id) || id <= 0) throw new NotFoundError(`There is no such ${what}.`);
  return id;
}

export const dateOnly = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates are written 2026-03-31.')
  .refine(
    (v) => new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
    'That date does not exist.',
  );

export const requestSchema = z.object({
  requester: z.string().trim().min(1, 'Name the requester.').max(200),
  receivedOn: dateOnly,
  description: z.string().trim().min(1, 'Describe what was requested.').max(4000),
  dueOn: z.union([z.literal(''), dateOnly]).optional(),
});

/**
 * The request to attach to is `targetRequest`: `request` is a search filter of its own ("attached
 * to request N"), carried by the form's hidden filter fields, and the two must never be confused.
 */
export const attachSchema = z.object({
  targetRequest: z.coerce
    .number({ message: 'Choose a records request.' })
    .int()
    .positive('Choose a records request.'),
  all: z.literal('1').optional(),
});

export const redactionSchema = z.object({
  versionId: z.coerce.number().int().positive('Choose a version.'),
  text: z.string().min(1, 'Type or paste the exact words to withhold.').max(4000),
  exemption: z.string().trim().min(1, 'Name the exemption that allows withholding it.').max(200),
  everyVersion: z.literal('1').optional(),
});

export const holdSchema = z.object({
  name: z.string().trim().min(1, 'Name the hold (the case or claim).').max(200),
  matter: z.string().trim().min(1, 'Describe the matter (case number, claim, counsel).').max(2000),
  commentIds: z.string().max(20_000).optional(),
  byFilter: z.literal('1').optional(),
  agency: z.string().optional(),
});

export const releaseSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the hold is released (counsel’s instruction).')
    .max(2000),
});

export function subnav(active: 'search' | 'requests' | 'holds'): SafeHtml {
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

export function notice(req: Request): SafeHtml | '' {
  const done = typeof req.query.done === 'string' ? req.query.done.slice(0, 300) : '';
  return done ? html`<p class="alert" role="status">${done}</p>` : '';
}

export function field(label: string, control: SafeHtml): SafeHtml {
  return html`<label class="field compact"
    ><span class="field-label">${label}</span>${control}</label
  >`;
}

export function selectOf(
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

export const ACTION_KINDS = [
  'hide',
  'unhide',
  'remove',
  'queue',
  'approve',
  'escalate',
  'author_deleted',
  'platform_state',
];

export async function searchForm(
  ctx: DashboardContext,
  req: Request,
  input: FilterInput,
): Promise<SafeHtml> {
  const scope = recordsScope(req);
  const [pages, posts, allUsers] = await Promise.all([
    ctx.store.pages.list(scope),
    ctx.store.dashboard.recentPosts(300, scope),
    ctx.store.users.list(),
  ]);
  // The "done by" choices: the people of this clerk's agencies.
  const users =
    scope === undefined
      ? allUsers
      : allUsers.filter((u) => u.agencies.some((m) => scope.includes(m.agencyId)));
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
export function recordHref(hit: RecordsHit): string {
  return hit.purgedAt ? `/records/comments/${hit.commentId}` : `/comments/${hit.commentId}`;
}

export function hitRow(hit: RecordsHit, selectable: boolean): SafeHtml {
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

export function hitsTable(hits: readonly RecordsHit[], selectable: boolean): SafeHtml {
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
export function exportsDir(ctx: DashboardContext): string {
  return resolve(dirname(ctx.core.config.CIVICMOD_DB), 'exports');
}

export const BUNDLE_NAME = /^(request-\d+|search)-\d{8}T\d{6}Z$/;

export function bundleName(prefix: string, now: Date): string {
  return `${prefix}-${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
}

export function listBundles(ctx: DashboardContext, prefix: string): string[] {
  try {
    return readdirSync(exportsDir(ctx))
      .filter((n) => BUNDLE_NAME.test(n) && n.startsWith(`${prefix}-`))
      .sort()
      .reverse();
  } catch {
    return [];
  }
}

export function bundlePath(ctx: DashboardContext, name: string): string {
  if (!BUNDLE_NAME.test(name)) throw new NotFoundError('There is no such export.');
  return join(exportsDir(ctx), name);
}

export async function makeBundle(
  ctx: DashboardContext,
  req: Request,
  filter: RecordsFilter,
  prefix: string,
): Promise<string> {
  const name = bundleName(prefix, ctx.now());
  await recordsExport(ctx.store, {
    filter: { ...filter, agencyIds: filter.agencyIds ?? recordsScope(req) },
    outDir: bundlePath(ctx, name),
    actor: actorOf(req),
  });
  return name;
}

/** The records request named in the route (`:id`), or a 404 (none, or another agency's). */
export async function loadRequest(
  ctx: DashboardContext,
  req: Request,
  requestId: unknown = req.params.id,
): Promise<RecordsRequestRow> {
  const request = await ctx.store.records.getRequest(idParam(requestId, 'records request'));
  if (!request) throw new NotFoundError('There is no such records request.');
  requireIn(requireAuth(req), request.agencyId, 'records request', 'records');
  return request;
}

/** The agencies whose records this clerk reaches (undefined: every agency). */
export const recordsScope = (req: Request): readonly number[] | undefined =>
  requireAuth(req).scope('records');

/**
 * The agency a new request or hold belongs to: the clerk's only agency, or the one chosen in
 * the form's `agency` field among theirs.
 */
export function chosenAgency(req: Request, field: unknown): number {
  const mine = requireAuth(req).access.agenciesWith('records');
  const agencyId = mine.length === 1 ? mine[0] : Number(field);
  if (agencyId === undefined || !mine.includes(agencyId)) {
    throw new InputError('Choose the agency whose records this is.');
  }
  return agencyId;
}

/** The agency picker of a form, shown only to a clerk of several agencies. */
export async function agencyField(ctx: DashboardContext, req: Request): Promise<SafeHtml | ''> {
  const mine = requireAuth(req).access.agenciesWith('records');
  if (mine.length < 2) return '';
  const agencies = (await ctx.store.agencies.list()).filter((a) => mine.includes(a.id));
  return html`<label class="field"
    ><span class="field-label">Agency</span>
    <select name="agency" required>
      <option value="">Choose…</option>
      ${agencies.map((a) => html`<option value="${a.id}">${a.name}</option>`)}
    </select></label
  >`;
}

/**
 * Whether this clerk may open an export bundle: it was made from a request of an agency of
 * theirs, or from a search over agencies that are all theirs (a bundle made by a clerk of every
 * agency, with no agencies named, only by a clerk of every agency).
 */
export function bundleAllowed(req: Request, manifest: ExportManifest): boolean {
  const auth = requireAuth(req);
  const agencies =
    manifest.request?.agencyId !== undefined
      ? [manifest.request.agencyId]
      : (manifest.filters.agencyIds ?? (manifest.request ? [DEFAULT_AGENCY_ID] : undefined));
  if (agencies === undefined) return auth.scope('records') === undefined;
  return agencies.every((id) => auth.access.canIn(id, 'records'));
}
