/**
 * Appeals (issue 19): the public page where an author asks for a hidden comment to be restored
 * (`/appeal`, no sign-in), and the page where the Chief of Police or designee decides them
 * (`/appeals`, I.3).
 *
 * The public form has its own CSRF check (a random token in a short-lived cookie and in the
 * form, as sign-in), a per-address limit, size limits, and answers with a receipt once the
 * appeal is stored.
 */
import { Router, type Request, type Response } from 'express';
import { z } from 'zod';
import { newToken, tokensEqual } from '../accounts/sessions.js';
import { APPEAL_LIMITS } from '../appeals/service.js';
import { CivicmodError, NotFoundError, RateLimitError } from '../errors.js';
import type { AppealRow, CommentRow } from '../store/types.js';
import { csrfError, parseCookies, requireAuth, requirePermission } from './auth.js';
import type { DashboardContext } from './context.js';
import { actorName, actorUserIds, formatDateTime, PLATFORM_LABELS } from './format.js';
import { parseForm } from './forms.js';
import { html, type SafeHtml } from './html.js';
import { csrfField, render } from './layout.js';
import { collapsible } from './queue-view.js';

const APPEAL_CSRF_COOKIE = 'civicmod_appeal_csrf';

const appealSchema = z.object({
  lang: z.enum(['en', 'es']).optional(),
  comment: z
    .string()
    .max(APPEAL_LIMITS.ref * 2)
    .default(''),
  reason: z
    .string()
    .max(APPEAL_LIMITS.reason * 2)
    .default(''),
  contact: z
    .string()
    .max(APPEAL_LIMITS.contact * 2)
    .default(''),
});

const decideSchema = z.object({
  outcome: z.enum(['restored', 'upheld'], { message: 'Choose restore or uphold.' }),
  reason: z
    .string()
    .max(APPEAL_LIMITS.decision * 2)
    .default(''),
});

const STATE_WORDS: Record<CommentRow['state'], string> = {
  visible: 'visible',
  hidden: 'hidden',
  removed: 'removed from the platform',
  deleted_by_author: 'deleted by its author',
};

type PublicLanguage = 'en' | 'es';

/** The public pages' words, in English and Spanish (chosen by ?lang=es, or the form's field). */
const WORDS = {
  en: {
    title: 'Appeal a hidden comment',
    intro: (days: number) =>
      `If the department hid or removed your comment on one of its social media pages and you think it should not have, tell us here. The Chief of Police or a designee reviews every appeal and decides within ${days} business days.`,
    record:
      'What you write here is a public record and may be disclosed under public-records law. Your contact details are seen only by the people who decide the appeal.',
    comment: 'Link to your comment, or its id',
    reason: 'Why should it be restored?',
    contact: 'How to reach you (optional: e-mail or phone)',
    send: 'Send the appeal',
    other: { href: '/appeal?lang=es', label: 'En español', lang: 'es' },
    received: 'Appeal received',
    receivedTitle: 'Your appeal was received',
    receiptIs: 'Your receipt number is',
    keep: 'Keep it: quote it if you contact the department about this appeal. A decision is due by',
    unmatched:
      'We could not match the link to a comment we have on record; the person deciding will look for it.',
    statusTitle: 'Appeal status',
    statusAsk: 'Receipt number',
    statusLook: 'Look it up',
    statusLater: 'Come back to this page with your receipt number to see the decision:',
    statusNone:
      'There is no appeal with that receipt number. Check it, including the A- at the start.',
    statusOpen: (due: string) => `Your appeal is waiting for a decision, due by ${due}.`,
    statusRestored: 'Your appeal was granted: the comment is restored.',
    statusUpheld: 'Your appeal was denied: the decision stands.',
    statusReason: 'Reason given:',
  },
  es: {
    title: 'Apelar un comentario ocultado',
    intro: (days: number) =>
      `Si el departamento ocultó o eliminó su comentario en una de sus páginas de redes sociales y usted cree que no debió hacerlo, díganoslo aquí. El Jefe de Policía o una persona designada revisa cada apelación y decide en un plazo de ${days} días hábiles.`,
    record:
      'Lo que escriba aquí es un registro público y puede divulgarse conforme a la ley de registros públicos. Sus datos de contacto solo los ven las personas que deciden la apelación.',
    comment: 'Enlace a su comentario, o su identificador',
    reason: '¿Por qué debería restaurarse?',
    contact: 'Cómo comunicarnos con usted (opcional: correo electrónico o teléfono)',
    send: 'Enviar la apelación',
    other: { href: '/appeal', label: 'In English', lang: 'en' },
    received: 'Apelación recibida',
    receivedTitle: 'Recibimos su apelación',
    receiptIs: 'Su número de recibo es',
    keep: 'Guárdelo y menciónelo si se comunica con el departamento sobre esta apelación. La decisión se tomará a más tardar el',
    unmatched:
      'No encontramos el enlace entre los comentarios que tenemos registrados; la persona que decide lo buscará.',
    statusTitle: 'Estado de la apelación',
    statusAsk: 'Número de recibo',
    statusLook: 'Consultar',
    statusLater: 'Vuelva a esta página con su número de recibo para conocer la decisión:',
    statusNone:
      'No hay ninguna apelación con ese número de recibo. Revíselo, incluida la A- del inicio.',
    statusOpen: (due: string) => `Su apelación espera una decisión, a más tardar el ${due}.`,
    statusRestored: 'Su apelación fue aceptada: el comentario fue restaurado.',
    statusUpheld: 'Su apelación fue rechazada: la decisión se mantiene.',
    statusReason: 'Razón indicada:',
  },
} as const;

/** The service's messages, in Spanish for the Spanish page (matched by how they begin). */
const SPANISH_ERRORS: readonly [RegExp, string][] = [
  [/^Give the link/, 'Indique el enlace a su comentario, o su identificador.'],
  [/^Keep the link under/, 'El enlace es demasiado largo.'],
  [/^Say in a sentence or two/, 'Explique en una o dos oraciones por qué debería restaurarse.'],
  [/^Keep the reason under/, 'La explicación es demasiado larga (máximo 4.000 caracteres).'],
  [/^Keep the contact details under/, 'Los datos de contacto son demasiado largos.'],
  [
    /^Too many appeals/,
    'Demasiadas apelaciones desde esta dirección en la última hora. Inténtelo más tarde.',
  ],
];

function languageOf(req: Request): PublicLanguage {
  const asked = req.query.lang ?? (req.body as { lang?: unknown } | undefined)?.lang;
  return asked === 'es' ? 'es' : 'en';
}

function inLanguage(message: string, lang: PublicLanguage): string {
  if (lang === 'en') return message;
  return SPANISH_ERRORS.find(([re]) => re.test(message))?.[1] ?? message;
}

function publicForm(
  req: Request,
  res: Response,
  ctx: DashboardContext,
  options: { status?: number; error?: string; values?: z.infer<typeof appealSchema> },
): void {
  const token = newToken();
  res.cookie(APPEAL_CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: ctx.cookieSecure,
    path: '/appeal',
    maxAge: 2 * 60 * 60 * 1000,
  });
  const lang = languageOf(req);
  const w = WORDS[lang];
  const v = options.values;
  const days = ctx.core.config.APPEAL_DUE_BUSINESS_DAYS;
  render(req, res, {
    title: w.title,
    status: options.status,
    bodyClass: 'narrow',
    body: html`<section class="card signin" aria-labelledby="appeal-title" lang="${lang}">
      <p class="muted"><a href="${w.other.href}" lang="${w.other.lang}">${w.other.label}</a></p>
      <h1 id="appeal-title">${w.title}</h1>
      <p>${w.intro(days)}</p>
      <p class="muted">${w.record}</p>
      ${options.error ? html`<p class="alert error" role="alert">${options.error}</p>` : ''}
      <form method="post" action="/appeal" class="stack">
        <input type="hidden" name="_csrf" value="${token}" />
        <input type="hidden" name="lang" value="${lang}" />
        <label class="field"
          ><span class="field-label">${w.comment}</span>
          <input
            name="comment"
            required
            maxlength="${APPEAL_LIMITS.ref}"
            value="${v?.comment ?? ''}"
            spellcheck="false"
            autocapitalize="none"
        /></label>
        <label class="field"
          ><span class="field-label">${w.reason}</span>
          <textarea
            name="reason"
            required
            minlength="${APPEAL_LIMITS.reasonMin}"
            maxlength="${APPEAL_LIMITS.reason}"
            rows="6"
          >
${v?.reason ?? ''}</textarea>
        </label>
        <label class="field"
          ><span class="field-label">${w.contact}</span>
          <input name="contact" maxlength="${APPEAL_LIMITS.contact}" value="${v?.contact ?? ''}"
        /></label>
        <button type="submit" class="button primary">${w.send}</button>
      </form>
    </section>`,
  });
}

function receiptPage(req: Request, res: Response, appeal: AppealRow): void {
  const lang = languageOf(req);
  const w = WORDS[lang];
  render(req, res, {
    title: w.received,
    bodyClass: 'narrow',
    body: html`<section class="card signin" aria-labelledby="receipt-title" lang="${lang}">
      <h1 id="receipt-title">${w.receivedTitle}</h1>
      <p>${w.receiptIs}</p>
      <p class="receipt"><strong id="receipt">${appeal.receipt}</strong></p>
      <p>${w.keep} <strong>${appeal.dueOn}</strong>.</p>
      ${appeal.commentId === null ? html`<p class="muted">${w.unmatched}</p>` : ''}
      <p>
        ${w.statusLater}
        <a href="/appeal/status?receipt=${appeal.receipt}${lang === 'es' ? '&lang=es' : ''}"
          >/appeal/status</a
        >
      </p>
    </section>`,
  });
}

export function appealsRouter(ctx: DashboardContext): Router {
  const router = Router();

  // The decision, for whoever holds the receipt: the way to tell the author on every platform
  // (a receipt is unguessable; what it shows is the outcome and the reason, both public record).
  router.get('/appeal/status', async (req, res, next) => {
    try {
      const lang = languageOf(req);
      const w = WORDS[lang];
      const asked = typeof req.query.receipt === 'string' ? req.query.receipt.trim() : '';
      const appeal = /^A-[A-Z0-9]{10}$/i.test(asked)
        ? await ctx.store.appeals.byReceipt(asked.toUpperCase())
        : null;
      render(req, res, {
        title: w.statusTitle,
        status: asked !== '' && appeal === null ? 404 : 200,
        bodyClass: 'narrow',
        body: html`<section class="card signin" aria-labelledby="status-title" lang="${lang}">
          <h1 id="status-title">${w.statusTitle}</h1>
          <form method="get" action="/appeal/status" class="stack">
            <input type="hidden" name="lang" value="${lang}" />
            <label class="field"
              ><span class="field-label">${w.statusAsk}</span>
              <input name="receipt" required maxlength="20" value="${asked}" spellcheck="false"
            /></label>
            <button type="submit" class="button">${w.statusLook}</button>
          </form>
          ${
            asked === ''
              ? ''
              : appeal === null
                ? html`<p class="alert error" role="alert">${w.statusNone}</p>`
                : html`<p class="alert" role="status" id="appeal-status">
                      ${
                        appeal.status === 'open'
                          ? w.statusOpen(appeal.dueOn)
                          : appeal.status === 'restored'
                            ? w.statusRestored
                            : w.statusUpheld
                      }
                    </p>
                    ${
                      appeal.decisionReason
                        ? html`<p><strong>${w.statusReason}</strong> ${appeal.decisionReason}</p>`
                        : ''
                    }`
          }
        </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.get('/appeal', (req, res) => {
    publicForm(req, res, ctx, {});
  });

  router.post('/appeal', async (req, res, next) => {
    try {
      const sent = (req.body as { _csrf?: unknown } | undefined)?._csrf;
      const expected = parseCookies(req.headers.cookie).get(APPEAL_CSRF_COOKIE);
      if (typeof sent !== 'string' || !expected || !tokensEqual(sent, expected)) {
        throw csrfError();
      }
      const form = parseForm(appealSchema, req.body);
      try {
        const appeal = await ctx.appeals.submit({
          commentRef: form.comment,
          reason: form.reason,
          contact: form.contact,
          address: req.ip ?? 'unknown',
        });
        res.clearCookie(APPEAL_CSRF_COOKIE, { path: '/appeal' });
        receiptPage(req, res, appeal);
      } catch (err) {
        if (!(err instanceof CivicmodError) || err.status >= 500) throw err;
        if (err instanceof RateLimitError) res.set('Retry-After', String(err.retryAfterSeconds));
        publicForm(req, res, ctx, {
          status: err.status,
          error: inLanguage(err.publicMessage, languageOf(req)),
          values: form,
        });
      }
    } catch (err) {
      next(err);
    }
  });

  router.get('/appeals', requirePermission('decide_appeal'), async (req, res, next) => {
    try {
      const agencyIds = requireAuth(req).scope('decide_appeal');
      const today = ctx.now().toISOString().slice(0, 10);
      const [open, decided, counts] = await Promise.all([
        ctx.store.appeals.list('open', 200, agencyIds),
        ctx.store.appeals.list('decided', 50, agencyIds),
        ctx.store.appeals.counts(today, agencyIds),
      ]);
      const comments = new Map<number, { row: CommentRow; text: string }>();
      for (const a of [...open, ...decided]) {
        if (a.commentId === null || comments.has(a.commentId)) continue;
        const [row, versions] = await Promise.all([
          ctx.store.comments.get(a.commentId),
          ctx.store.comments.versions(a.commentId),
        ]);
        if (row) comments.set(a.commentId, { row, text: versions.at(-1)?.text ?? '' });
      }
      const names = new Map<number, string>();
      for (const id of actorUserIds(decided.map((a) => a.decidedBy ?? ''))) {
        const user = await ctx.store.users.get(id);
        if (user) names.set(id, user.displayName);
      }
      const card = (a: AppealRow): SafeHtml => {
        const c = a.commentId === null ? undefined : comments.get(a.commentId);
        const overdue = a.status === 'open' && a.dueOn < today;
        return html`<li class="card appeal ${overdue ? 'overdue' : ''}" id="appeal-${a.id}">
          <p class="meta">
            <strong>${a.receipt}</strong> · received ${formatDateTime(a.receivedAt)} ·
            ${
              a.status === 'open'
                ? html`due <strong>${a.dueOn}</strong>${
                      overdue ? html` <span class="badge overdue">Overdue</span>` : ''
                    }`
                : html`<span class="badge">${a.status === 'restored' ? 'Restored' : 'Upheld'}</span>
                    by ${actorName(a.decidedBy ?? '', names)} ${formatDateTime(a.decidedAt ?? '')}`
            }
          </p>
          ${
            c
              ? html`<p>
                    Comment
                    <a href="/comments/${c.row.id}">#${c.row.id}</a> on
                    ${PLATFORM_LABELS[c.row.platform]} by
                    ${c.row.authorName ?? 'an unnamed author'}, now ${STATE_WORDS[c.row.state]}:
                  </p>
                  <blockquote>${collapsible(c.text, c.text)}</blockquote>`
              : html`<p class="alert">
                  No comment on record matches “${a.commentRef}”. Look it up on the platform.
                </p>`
          }
          <p><strong>Why the author asks to restore it:</strong></p>
          <blockquote>${collapsible(a.reason, a.reason)}</blockquote>
          ${a.contact ? html`<p class="muted">Contact: ${a.contact}</p>` : ''}
          ${
            a.status === 'open'
              ? html`<form method="post" action="/appeals/${a.id}/decide" class="stack">
                  ${csrfField(req)}
                  <fieldset class="choices">
                    <legend>Decision</legend>
                    <label
                      ><input type="radio" name="outcome" value="restored" required /> Restore the
                      comment${c?.row.state === 'hidden' ? ' (shown again on the platform)' : ''}</label
                    >
                    <label
                      ><input type="radio" name="outcome" value="upheld" /> Uphold the
                      decision</label
                    >
                  </fieldset>
                  <label class="field"
                    ><span class="field-label">Reason (recorded, and told to the author)</span>
                    <textarea
                      name="reason"
                      required
                      rows="3"
                      maxlength="${APPEAL_LIMITS.decision}"
                    ></textarea>
                  </label>
                  <button type="submit" class="button primary">Record the decision</button>
                </form>`
              : html`<p><strong>Reason:</strong> ${a.decisionReason ?? ''}</p>`
          }
        </li>`;
      };
      render(req, res, {
        title: 'Appeals',
        active: 'appeals',
        body: html`<div class="page-head">
            <h1>Appeals</h1>
            <p class="summary">
              <strong id="appeals-open">${counts.open}</strong> open${
                counts.overdue > 0
                  ? html`, <strong class="overdue-count">${counts.overdue} overdue</strong>`
                  : ''
              }
              · ${counts.received} received, ${counts.restored} restored, ${counts.upheld} upheld ·
              the public form is at <a href="/appeal">/appeal</a>
            </p>
          </div>
          ${
            open.length === 0
              ? html`<p class="empty">No appeal is waiting for a decision.</p>`
              : html`<ol class="appeals">
                  ${open.map(card)}
                </ol>`
          }
          ${
            decided.length > 0
              ? html`<h2>Decided</h2>
                  <ol class="appeals decided">
                    ${decided.map(card)}
                  </ol>`
              : ''
          }`,
      });
    } catch (err) {
      next(err);
    }
  });

  router.post('/appeals/:id/decide', requirePermission('decide_appeal'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const form = parseForm(decideSchema, req.body);
      const id = Number(req.params.id);
      if (!Number.isInteger(id) || id <= 0) throw new NotFoundError('There is no such appeal.');
      await ctx.appeals.decide(auth.reviewer, id, form.outcome, form.reason);
      res.redirect(303, `/appeals#appeal-${id}`);
    } catch (err) {
      next(err);
    }
  });

  return router;
}
