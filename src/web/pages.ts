/**
 * Connected pages: the list, each page's moderation settings (changed only by the Chief or
 * designee and the administrator, through ReviewService, each change an action-log entry) and
 * the page compliance checklist (src/web/compliance.ts).
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import type { PolicyDefaults } from '../../adapters/types.js';
import {
  CATEGORIES,
  DEFAULT_POLICY,
  parsePolicySettings,
  type PolicySettings,
} from '../../moderation/index.js';
import type { Permission } from '../review/permissions.js';
import type { PageNotice, PageRow } from '../store/types.js';
import {
  DEFAULT_NOTICE_TEMPLATE,
  DEFAULT_NOTICE_TEMPLATE_ES,
  NOTICE_PLACEHOLDERS,
  NOTICE_TEMPLATE_MAX,
} from '../pipeline/notices.js';
import { InputError } from '../errors.js';
import { requireAuth, requirePermission } from './auth.js';
import { pageFor } from './scope.js';
import { COMPLIANCE_ITEMS } from './compliance.js';
import type { DashboardContext } from './context.js';
import {
  actorName,
  actorUserIds,
  categoryLabel,
  formatDateTime,
  PLATFORM_LABELS,
} from './format.js';
import { parseForm } from './forms.js';
import { html } from './html.js';
import { csrfField, render } from './layout.js';

/** The page named in the URL, when the person holds one of the permissions in its agency. */
export async function findPage(
  ctx: DashboardContext,
  req: Request,
  idParam: unknown,
  ...permissions: [Permission, ...Permission[]]
): Promise<PageRow> {
  const id = typeof idParam === 'string' ? Number(idParam) : NaN;
  return pageFor(ctx.store, requireAuth(req), id, ...permissions);
}

export function pageName(page: PageRow): string {
  return page.name ?? page.platformPageId;
}

/** The settings the bot applies to this page now: the page's own over its platform's defaults. */
export function effectiveSettings(
  ctx: DashboardContext,
  page: PageRow,
): { settings: PolicySettings; invalid: boolean } {
  const own: PolicyDefaults | undefined = ctx.core.adapters.get(page.platform)?.defaultPolicy;
  const defaults: PolicySettings = own?.autoHide
    ? { ...DEFAULT_POLICY, autoHide: { ...DEFAULT_POLICY.autoHide, ...own.autoHide } }
    : DEFAULT_POLICY;
  try {
    return { settings: parsePolicySettings(page.settingsJson, defaults), invalid: false };
  } catch {
    // The pipeline falls back to the defaults too (and logs it); say so on the page.
    return { settings: defaults, invalid: true };
  }
}

const threshold = z.coerce
  .number({ message: 'Thresholds are numbers between 0 and 1.' })
  .min(0, 'Thresholds are between 0 and 1.')
  .max(1, 'Thresholds are between 0 and 1.');
const checkbox = z
  .unknown()
  .optional()
  .transform((v) => v === 'on' || v === 'true');

const settingsFormSchema = z.object({
  autoHide_obscenity: checkbox,
  autoHide_spam: checkbox,
  ...Object.fromEntries(CATEGORIES.map((c) => [`queue_${c}`, threshold])),
  hide_obscenity: threshold,
  hide_spam: threshold,
  otherLanguages: z.enum(['allow', 'queue']).default('allow'),
  note: z
    .string()
    .trim()
    .min(1, 'Say why the settings change (it is kept in the action log).')
    .max(2000),
});

function settingsFromForm(form: Record<string, unknown>): PolicySettings {
  return {
    autoHide: { obscenity: form.autoHide_obscenity === true, spam: form.autoHide_spam === true },
    queueThreshold: Object.fromEntries(
      CATEGORIES.map((c) => [c, form[`queue_${c}`]]),
    ) as PolicySettings['queueThreshold'],
    hideThreshold: { obscenity: form.hide_obscenity as number, spam: form.hide_spam as number },
    // 'allow' is the default: left out, so a first save shows only what changed.
    ...(form.otherLanguages === 'queue' ? { otherLanguages: 'queue' as const } : {}),
  };
}

/** "queueThreshold.threat: 0.5 → 0.7" lines for a settings change. */
function settingsDiff(before: unknown, after: unknown): string[] {
  const flat = (value: unknown, prefix = ''): Map<string, string> => {
    const out = new Map<string, string>();
    if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        for (const [kk, vv] of flat(v, prefix ? `${prefix}.${k}` : k)) out.set(kk, vv);
      }
    } else if (prefix) out.set(prefix, JSON.stringify(value));
    return out;
  };
  const a = flat(before);
  const b = flat(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  return keys
    .filter((k) => a.get(k) !== b.get(k))
    .map((k) => `${k}: ${a.get(k) ?? '(default)'} → ${b.get(k) ?? '(default)'}`);
}

const noticeFormSchema = z.object({
  enabled: z.literal('on').optional(),
  template: z
    .string()
    .max(NOTICE_TEMPLATE_MAX * 2)
    .default(''),
  template_es: z
    .string()
    .max(NOTICE_TEMPLATE_MAX * 2)
    .default(''),
});

/** The removal-notice section of a page's settings (issue 19). */
function noticeSection(
  req: Request,
  ctx: DashboardContext,
  page: PageRow,
  notice: PageNotice | null,
  canEdit: boolean,
) {
  const channel = ctx.capabilities(page.platform)?.privateNotice;
  const platform = PLATFORM_LABELS[page.platform];
  if (channel === undefined) {
    return html`<section class="card" aria-labelledby="notice-title">
      <h2 id="notice-title">Removal notice to the author</h2>
      <p>
        ${`${platform} offers no private channel to a commenter. civicmod never replies publicly (that would broadcast the removal), so no notice is sent on this page; the author can still appeal at /appeal.`}
      </p>
    </section>`;
  }
  const disabled = canEdit ? '' : html`disabled`;
  return html`<section class="card" aria-labelledby="notice-title">
    <h2 id="notice-title">Removal notice to the author</h2>
    <p>
      When a comment on this page is hidden (by the bot or a person), civicmod can tell its author
      privately by ${channel.channel}: ${channel.limits}. Off unless turned on here; every change is
      recorded. A failed notice never stops or undoes the hide.
    </p>
    <form method="post" action="/pages/${page.id}/notice" class="stack">
      ${csrfField(req)}
      <label class="check"
        ><input
          type="checkbox"
          name="enabled"
          ${notice?.enabled ? html`checked` : ''}
          ${disabled}
        />
        Send a removal notice on this page</label
      >
      <label class="field"
        ><span class="field-label">Text</span>
        <textarea name="template" rows="5" maxlength="${NOTICE_TEMPLATE_MAX}" ${disabled}>
${notice?.template ?? DEFAULT_NOTICE_TEMPLATE}</textarea>
      </label>
      <label class="field"
        ><span class="field-label">Text for comments in Spanish</span>
        <textarea
          name="template_es"
          rows="5"
          maxlength="${NOTICE_TEMPLATE_MAX}"
          lang="es"
          ${disabled}
        >
${notice?.templateEs ?? DEFAULT_NOTICE_TEMPLATE_ES}</textarea>
      </label>
      <p class="muted">
        Placeholders:
        ${Object.entries(NOTICE_PLACEHOLDERS).map(([k, v]) => html`<code>${k}</code> ${v}; `)} a
        reviewer's note is never sent.
      </p>
      ${canEdit ? html`<button type="submit" class="button primary">Save the notice</button>` : ''}
    </form>
  </section>`;
}

function settingsForm(req: Request, page: PageRow, settings: PolicySettings, canEdit: boolean) {
  const disabled = canEdit ? '' : html`disabled`;
  const number = (name: string, value: number, label: string) =>
    html`<label class="field compact"
      ><span class="field-label">${label}</span>
      <input
        type="number"
        name="${name}"
        min="0"
        max="1"
        step="0.05"
        value="${value}"
        required
        ${disabled}
    /></label>`;
  return html`<form method="post" action="/pages/${page.id}/settings" class="settings stack">
    ${csrfField(req)}
    <fieldset class="card">
      <legend>Automatic hiding</legend>
      <p class="muted">
        Only strong obscenity and unmistakable spam can ever be hidden without a person: they are
        the viewpoint-neutral categories of J.3. Personal attacks, threats, personal information and
        other off-topic comments always go to a person, however this page is set up.
      </p>
      <label class="check"
        ><input
          type="checkbox"
          name="autoHide_obscenity"
          ${settings.autoHide.obscenity ? html`checked` : ''}
          ${disabled}
        />
        Hide strong obscenity automatically (J.3 obscenity)</label
      >
      <label class="check"
        ><input
          type="checkbox"
          name="autoHide_spam"
          ${settings.autoHide.spam ? html`checked` : ''}
          ${disabled}
        />
        Hide unmistakable spam automatically (J.3 off-topic)</label
      >
      <div class="row">
        ${number('hide_obscenity', settings.hideThreshold.obscenity, 'Hide obscenity at score')}
        ${number('hide_spam', settings.hideThreshold.spam, 'Hide spam at score')}
      </div>
    </fieldset>
    <fieldset class="card">
      <legend>Send to the queue</legend>
      <p class="muted">
        A comment scoring at or above a threshold is flagged and waits for a person.
      </p>
      <div class="row wrap">
        ${CATEGORIES.map((c) => number(`queue_${c}`, settings.queueThreshold[c], categoryLabel(c)))}
      </div>
      <label class="field compact"
        ><span class="field-label"
          >Comments in a language civicmod does not judge (not English or Spanish)</span
        >
        <select name="otherLanguages" ${disabled}>
          <option value="allow" ${settings.otherLanguages !== 'queue' ? html`selected` : ''}>
            Leave them up (marked with their language)
          </option>
          <option value="queue" ${settings.otherLanguages === 'queue' ? html`selected` : ''}>
            Send them to a person
          </option>
        </select></label
      >
      <p class="muted">
        Either way, the bot never hides a comment in a language it does not judge.
      </p>
    </fieldset>
    ${
      canEdit
        ? html`<label class="field"
              ><span class="field-label">Why this change (kept in the action log)</span>
              <input type="text" name="note" required maxlength="2000" autocomplete="off"
            /></label>
            <div><button type="submit" class="button primary">Save settings</button></div>`
        : html`<p class="muted">
            Only the Chief of Police or designee and the administrator change these settings.
          </p>`
    }
  </form>`;
}

export function pagesRouter(ctx: DashboardContext): Router {
  const router = Router();

  router.get('/pages', requirePermission('review', 'page_settings'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const pages = await ctx.store.pages.list(auth.scope('review', 'page_settings'));
      // An administrator manages pages but does not review comments: no link that answers 403.
      const canReview = (page: PageRow) => auth.access.canIn(page.agencyId, 'review');
      // With several agencies in the deployment, each page says whose it is.
      const agencies = await ctx.store.agencies.list();
      const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
      const several = agencies.length > 1;
      const rows = [];
      for (const page of pages) {
        const confirmed = await ctx.store.compliance.latest(page.id);
        rows.push(
          html`<tr>
            <td><bdi>${pageName(page)}</bdi></td>
            ${several ? html`<td>${agencyName.get(page.agencyId) ?? ''}</td>` : ''}
            <td>${PLATFORM_LABELS[page.platform]}</td>
            <td>
              ${
                page.pausedReason
                  ? html`<span class="badge warn">Paused</span> ${page.pausedReason}`
                  : ctx.core.adapters.has(page.platform)
                    ? 'Running'
                    : html`<span class="badge warn">Not connected</span>
                        ${PLATFORM_LABELS[page.platform]} is not configured: comments are only
                        imported, and hides wait until it is`
              }
            </td>
            <td>${confirmed.length} of ${COMPLIANCE_ITEMS.length} confirmed</td>
            <td class="actions">
              <a href="/pages/${page.id}/settings">Settings</a> ·
              <a href="/pages/${page.id}/compliance">Compliance checklist</a>
              ${canReview(page) ? html` · <a href="/queue?page=${page.id}">Queue</a>` : ''}
            </td>
          </tr>`,
        );
      }
      render(req, res, {
        title: 'Pages',
        active: 'pages',
        body: html`<div class="page-head"><h1>Pages</h1></div>
          ${
            pages.length === 0
              ? html`<p class="empty">
                  No page yet. A page appears here once its platform is connected (see the README)
                  or comments are imported with <code>civicmod import</code>.
                </p>`
              : html`<div class="table-wrap">
                  <table>
                    <thead>
                      <tr>
                        <th scope="col">Page</th>
                        ${several ? html`<th scope="col">Agency</th>` : ''}
                        <th scope="col">Platform</th>
                        <th scope="col">Status</th>
                        <th scope="col">Compliance</th>
                        <th scope="col"><span class="sr-only">Links</span></th>
                      </tr>
                    </thead>
                    <tbody>
                      ${rows}
                    </tbody>
                  </table>
                </div>`
          }`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.get(
    '/pages/:id/settings',
    requirePermission('review', 'page_settings'),
    async (req, res, next) => {
      try {
        const auth = requireAuth(req);
        const page = await findPage(ctx, req, req.params.id, 'review', 'page_settings');
        const { settings, invalid } = effectiveSettings(ctx, page);
        const history = await ctx.store.dashboard.pageActions(page.id, ['settings_change'], 50);
        const notice = await ctx.store.pages.notice(page.id);
        const names = await ctx.store.users.displayNames(actorUserIds(history.map((h) => h.actor)));
        render(req, res, {
          title: `Settings · ${pageName(page)}`,
          active: 'pages',
          body: html`<div class="page-head">
              <h1>
                Moderation settings
                <span class="muted"
                  >· <bdi>${pageName(page)}</bdi> (${PLATFORM_LABELS[page.platform]})</span
                >
              </h1>
              <p class="summary"><a href="/pages/${page.id}/compliance">Compliance checklist</a></p>
            </div>
            ${req.query.saved === '1' ? html`<p class="alert" role="status">Settings saved and recorded in the action log.</p>` : ''}
            ${
              invalid
                ? html`<p class="alert error">
                    The stored settings of this page are invalid; the bot uses the defaults shown
                    here until they are saved again.
                  </p>`
                : ''
            }
            ${settingsForm(req, page, settings, auth.access.canIn(page.agencyId, 'page_settings'))}
            ${noticeSection(req, ctx, page, notice, auth.access.canIn(page.agencyId, 'page_settings'))}
            <section aria-labelledby="history-title">
              <h2 id="history-title">Changes</h2>
              ${
                history.length === 0
                  ? html`<p class="muted">Never changed: the defaults apply.</p>`
                  : html`<ol class="history-list">
                      ${history.map(
                        (h) =>
                          html`<li>
                            <time datetime="${h.at}">${formatDateTime(h.at)}</time> by
                            <bdi>${actorName(h.actor, names)}</bdi>:
                            <span dir="auto">${h.reason}</span>
                            <ul class="diff">
                              ${settingsDiff(h.details?.before ?? null, h.details?.after ?? null).map((line) => html`<li><code>${line}</code></li>`)}
                            </ul>
                          </li>`,
                      )}
                    </ol>`
              }
            </section>`,
        });
      } catch (err) {
        next(err);
      }
    },
  );

  router.post('/pages/:id/notice', requirePermission('page_settings'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const page = await findPage(ctx, req, req.params.id, 'page_settings');
      const form = parseForm(noticeFormSchema, req.body);
      const template = form.template.trim();
      const templateEs = form.template_es.trim();
      const enabled = form.enabled === 'on';
      if (template.length > NOTICE_TEMPLATE_MAX || templateEs.length > NOTICE_TEMPLATE_MAX)
        throw new InputError(`Keep the notice under ${NOTICE_TEMPLATE_MAX} characters.`);
      if (enabled && template === '')
        throw new InputError('Write the notice text before turning notices on.');
      const before = await ctx.store.pages.notice(page.id);
      const after = {
        enabled,
        template: template === '' ? DEFAULT_NOTICE_TEMPLATE : template,
        templateEs:
          templateEs === '' || templateEs === DEFAULT_NOTICE_TEMPLATE_ES ? null : templateEs,
      };
      await ctx.store.pages.setNotice(page.id, after, `user:${auth.reviewer.userId}`);
      await ctx.store.actions.record({
        kind: 'settings_change',
        pageId: page.id,
        platform: page.platform,
        actor: `user:${auth.reviewer.userId}`,
        reason: `Removal notice ${enabled ? 'on' : 'off'}${before?.template !== after.template ? ', text changed' : ''}`,
        clause: 'I.3',
        details: {
          before: {
            notice: before
              ? {
                  enabled: before.enabled,
                  template: before.template,
                  templateEs: before.templateEs,
                }
              : null,
          },
          after: { notice: after },
        },
      });
      res.redirect(303, `/pages/${page.id}/settings?saved=1`);
    } catch (err) {
      next(err);
    }
  });

  router.post('/pages/:id/settings', requirePermission('page_settings'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const page = await findPage(ctx, req, req.params.id, 'page_settings');
      const form = parseForm(settingsFormSchema, req.body) as Record<string, unknown> & {
        note: string;
      };
      await ctx.review.updatePageSettings(
        auth.reviewer,
        page.id,
        settingsFromForm(form),
        form.note,
        effectiveSettings(ctx, page).settings,
      );
      res.redirect(303, `/pages/${page.id}/settings?saved=1`);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
