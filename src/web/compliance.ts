/**
 * The page compliance checklist: what the department's policy requires each official page to
 * state, with text ready to paste and the date each item was last confirmed, and by whom.
 *
 * The J.3 text deliberately leaves out the policy's "and any other content deemed
 * inappropriate": a catch-all like that is what Robinson v. Hunt County (5th Cir. 2019) held to
 * be viewpoint discrimination on a sheriff's page. The text names the viewpoint-neutral
 * categories and says criticism is not removed.
 */
import { Router } from 'express';
import { z } from 'zod';
import { ForbiddenError, NotFoundError } from '../errors.js';
import type { Permission } from '../review/permissions.js';
import type { PageRow } from '../store/types.js';
import { requireAuth, requirePermission } from './auth.js';
import type { DashboardContext } from './context.js';
import { formatDateTime, PLATFORM_LABELS } from './format.js';
import { parseForm } from './forms.js';
import { html } from './html.js';
import { csrfField, render } from './layout.js';
import { findPage, pageName } from './pages.js';

export interface ComplianceItem {
  key: string;
  clause: string;
  title: string;
  /** What the policy says, for the person checking. */
  requirement: string;
  /** Who may confirm it: the page settings permission, or the Chief's own authorisation. */
  permission: Permission;
  /** Ready-to-paste text, or null when the item is a fact to record rather than a statement. */
  text: ((page: PageRow) => string) | null;
}

/** Enough rows to show the whole text without scrolling (about 110 characters a line). */
function textRows(text: string): number {
  return text
    .split('\n')
    .reduce((rows, line) => rows + Math.max(1, Math.ceil(line.length / 110)), 0);
}

/** An item confirmed longer ago than this is shown as due for a re-check. */
const RECHECK_DAYS = 180;

function department(page: PageRow): string {
  return page.name ?? 'the Department';
}

/** "the Department" opening a sentence: "The Department". */
function sentenceStart(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The checklist, in the order a page is set up. */
export const COMPLIANCE_ITEMS: readonly ComplianceItem[] = [
  {
    key: 'I.1',
    clause: 'I.1',
    title: 'Authorised by the Chief of Police, approved by the City Manager',
    requirement:
      'Social media accounts for official Department business are established only with the authorization of the Chief of Police and approval of the City Manager.',
    permission: 'page_authorise',
    text: null,
  },
  {
    key: 'I.4',
    clause: 'I.4',
    title: 'Maintained by the Department, with contact information prominently displayed',
    requirement:
      'Pages clearly indicate that they are maintained by the Department and have Department contact information prominently displayed.',
    permission: 'page_settings',
    text: (page) =>
      `This page is maintained by ${department(page)}.\nContact us: [street address] · non-emergency [phone number] · [email address].\nIn an emergency, call 911. This page is not monitored around the clock.`,
  },
  {
    key: 'J.2',
    clause: 'J.2',
    title: "Visitors' opinions are not the Department's",
    requirement:
      'Pages state that the opinions expressed by visitors to the page(s) do not necessarily reflect the opinions of the Department.',
    permission: 'page_settings',
    text: (page) =>
      `Opinions expressed by visitors to this page are their own and do not necessarily reflect the opinions of ${department(page)}.`,
  },
  {
    key: 'J.3',
    clause: 'J.3',
    title: 'Comments are monitored; what may be removed',
    requirement:
      'Pages clearly indicate that posted comments will be monitored and that the Department reserves the right to remove obscenities, off-topic comments and personal attacks.',
    permission: 'page_settings',
    text: (page) =>
      `Comments on this page are monitored. ${sentenceStart(department(page))} may hide or remove comments that contain obscenities, that are off-topic (including spam and commercial advertising), or that are personal attacks on other people. Comments are never removed because of the viewpoint they express, including criticism of the Department, its officers or the City. Hidden comments are kept as public records.`,
  },
  {
    key: 'J.4',
    clause: 'J.4',
    title: 'Content is subject to public disclosure',
    requirement:
      'Pages clearly indicate that any content posted or submitted for posting is subject to public disclosure.',
    permission: 'page_settings',
    text: () =>
      'Anything posted or submitted for posting on this page, including comments and replies, is a public record and may be disclosed under public records law.',
  },
  {
    key: 'J.6.b',
    clause: 'J.6.b',
    title: 'Introductory statement of purpose (mission, values, vision)',
    requirement:
      "If possible, each page includes an introductory statement of the purpose and scope of the agency's presence, including the Department Mission, Values, and Vision Statements.",
    permission: 'page_settings',
    text: (page) =>
      `Welcome to the official page of ${department(page)}. We use it to share public safety information, crime prevention tips, community events, recruiting news and timely notices such as road closures, weather emergencies and missing persons.\nOur mission: [mission statement]\nOur values: [values statement]\nOur vision: [vision statement]`,
  },
  {
    key: 'J.6.c',
    clause: 'J.6.c',
    title: "Link to the Department's official website",
    requirement:
      "As the platform permits, the page links or refers users to the Department's official website.",
    permission: 'page_settings',
    text: (page) =>
      `More information, and ways to reach ${department(page)}, are on our official website: [https://official website address]`,
  },
];

const confirmSchema = z.object({
  note: z.string().trim().max(500, 'Keep the note under 500 characters.').optional(),
});

export function complianceRouter(ctx: DashboardContext): Router {
  const router = Router();

  router.get(
    '/pages/:id/compliance',
    requirePermission('review', 'page_settings'),
    async (req, res, next) => {
      try {
        const auth = requireAuth(req);
        const page = await findPage(ctx, req, req.params.id, 'review', 'page_settings');
        const confirmed = new Map(
          (await ctx.store.compliance.latest(page.id)).map((c) => [c.item, c]),
        );
        const now = ctx.now().getTime();
        const done = COMPLIANCE_ITEMS.filter((i) => confirmed.has(i.key)).length;
        render(req, res, {
          title: `Compliance · ${pageName(page)}`,
          active: 'pages',
          body: html`<div class="page-head">
              <h1>
                Compliance checklist
                <span class="muted"
                  >· <bdi>${pageName(page)}</bdi> (${PLATFORM_LABELS[page.platform]})</span
                >
              </h1>
              <p class="summary">
                ${done} of ${COMPLIANCE_ITEMS.length} confirmed ·
                <a href="/pages/${page.id}/settings">Moderation settings</a>
              </p>
            </div>
            <p class="muted intro">
              What the department's policy requires this page to state. Paste the text into the page
              (Facebook: About → Additional information; Instagram and X: bio and a pinned post;
              YouTube: channel description), fill in the bracketed parts, then confirm. Re-check at
              least every ${RECHECK_DAYS} days: platforms change their layouts.
            </p>
            <ol class="checklist">
              ${COMPLIANCE_ITEMS.map((item) => {
                const c = confirmed.get(item.key);
                const stale =
                  c !== undefined && now - Date.parse(c.confirmedAt) > RECHECK_DAYS * 86_400_000;
                const textId = `text-${item.key.replace(/\./g, '-')}`;
                return html`<li
                  class="check-item card ${c ? (stale ? 'stale' : 'done') : 'todo'}"
                  id="item-${item.key}"
                >
                  <div class="check-head">
                    <h2><span class="clause">${item.clause}</span> ${item.title}</h2>
                    <p class="check-status">
                      ${
                        c
                          ? html`${stale ? html`<span class="badge warn">Re-check</span>` : html`<span class="badge ok">Confirmed</span>`}
                              <time datetime="${c.confirmedAt}"
                                >${formatDateTime(c.confirmedAt)}</time
                              >
                              by
                              <bdi>${c.confirmedByName}</bdi
                              >${c.note ? html` · <span dir="auto">${c.note}</span>` : ''}`
                          : html`<span class="badge todo">Not confirmed yet</span>`
                      }
                    </p>
                  </div>
                  <p class="requirement">${item.requirement}</p>
                  ${
                    item.text
                      ? html`<label class="field"
                            ><span class="field-label">Text to paste</span>
                            <textarea id="${textId}" readonly rows="${textRows(item.text(page))}">
${item.text(page)}</textarea>
                          </label>
                          <button type="button" class="button subtle" data-copy="${textId}">
                            Copy text
                          </button>`
                      : ''
                  }
                  ${
                    auth.access.canIn(page.agencyId, item.permission)
                      ? html`<form
                          method="post"
                          action="/pages/${page.id}/compliance/${item.key}"
                          class="confirm row"
                        >
                          ${csrfField(req)}
                          <label class="field grow"
                            ><span class="field-label">Where it is stated (optional)</span>
                            <input
                              type="text"
                              name="note"
                              maxlength="500"
                              autocomplete="off"
                              placeholder="e.g. About section, pinned post"
                          /></label>
                          <button type="submit" class="button">
                            ${c ? 'Confirm again' : 'Confirm'}
                          </button>
                        </form>`
                      : item.permission === 'page_authorise'
                        ? html`<p class="muted">Confirmed by the Chief of Police or designee.</p>`
                        : ''
                  }
                </li>`;
              })}
            </ol>`,
        });
      } catch (err) {
        next(err);
      }
    },
  );

  router.post(
    '/pages/:id/compliance/:item',
    requirePermission('page_settings', 'page_authorise'),
    async (req, res, next) => {
      try {
        const auth = requireAuth(req);
        const page = await findPage(ctx, req, req.params.id, 'page_settings', 'page_authorise');
        const item = COMPLIANCE_ITEMS.find((i) => i.key === req.params.item);
        if (!item) throw new NotFoundError('There is no such checklist item.');
        if (!auth.access.canIn(page.agencyId, item.permission)) {
          throw new ForbiddenError('Only the Chief of Police or designee confirms this item.');
        }
        const form = parseForm(confirmSchema, req.body);
        await ctx.store.compliance.confirm({
          pageId: page.id,
          item: item.key,
          userId: auth.user.id,
          note: form.note === '' ? null : (form.note ?? null),
        });
        res.redirect(303, `/pages/${page.id}/compliance#item-${item.key}`);
      } catch (err) {
        next(err);
      }
    },
  );

  return router;
}
