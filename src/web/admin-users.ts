/**
 * Accounts, for the administrator: add, change role, reset a password, disable. Accounts are
 * never deleted (the action log names them), and every change is itself in the action log.
 * An administrator cannot disable or demote their own account, so civicmod always keeps one.
 */
import { Router, type Request } from 'express';
import { z } from 'zod';
import {
  createAccount,
  setAccountDisabled,
  setAccountPassword,
  setAccountRole,
} from '../accounts/accounts.js';
import { ForbiddenError, InputError, NotFoundError } from '../errors.js';
import { ROLE_LABELS, ROLES } from '../review/permissions.js';
import type { UserRow } from '../store/types.js';
import { requireAuth, requirePermission, type Auth } from './auth.js';
import type { DashboardContext } from './context.js';
import { formatDateTime } from './format.js';
import { parseForm } from './forms.js';
import { html, joinHtml } from './html.js';
import { csrfField, render } from './layout.js';

const addSchema = z.object({
  username: z.string().max(64),
  displayName: z.string().max(100),
  role: z.string(),
  agency: z.string().optional(),
  discordUserId: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v)),
  password: z.string().max(1024),
  passwordAgain: z.string().max(1024),
});

const roleSchema = z.object({ role: z.enum(ROLES, { message: 'Choose a role.' }) });
const passwordSchema = z.object({
  password: z.string().max(1024),
  passwordAgain: z.string().max(1024),
});

function roleSelect(current: string | undefined, id?: string) {
  return html`<select name="role" required ${id ? html`id="${id}"` : ''}>
    ${current === undefined ? html`<option value="">Choose…</option>` : ''}
    ${ROLES.map((r) => html`<option value="${r}" ${r === current ? html`selected` : ''}>${ROLE_LABELS[r]}</option>`)}
  </select>`;
}

/** The agencies this administrator manages accounts of. */
const administered = (auth: Auth): number[] => auth.access.agenciesWith('users');

/**
 * The account named in the URL, when this administrator may change it: it works only for
 * agencies they administer. An account of other agencies only does not exist for them; one
 * that also works for another agency is changed by an administrator of all its agencies (a
 * password reset or a disabling would reach that agency too).
 */
async function target(ctx: DashboardContext, req: Request, auth: Auth): Promise<UserRow> {
  const id = Number(req.params.id);
  const user = Number.isSafeInteger(id) ? await ctx.store.users.get(id) : null;
  const mine = administered(auth);
  if (!user || !user.agencies.some((m) => mine.includes(m.agencyId))) {
    throw new NotFoundError('There is no such account.');
  }
  if (!user.agencies.every((m) => mine.includes(m.agencyId))) {
    throw new ForbiddenError(
      `${user.username} also works for an agency you do not administer; an administrator of all its agencies changes this account.`,
    );
  }
  return user;
}

function notSelf(auth: Auth, user: UserRow, what: string): void {
  if (auth.user.id === user.id) {
    throw new InputError(`You cannot ${what} your own account; ask another administrator.`);
  }
}

export function adminUsersRouter(ctx: DashboardContext): Router {
  const router = Router();
  const by = (auth: Auth) => ({
    actor: `user:${auth.user.id}` as const,
    via: 'dashboard' as const,
  });

  router.get('/admin/users', requirePermission('users'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const mine = administered(auth);
      const users = (await ctx.store.users.list()).filter((u) =>
        u.agencies.some((m) => mine.includes(m.agencyId)),
      );
      const agencies = await ctx.store.agencies.list();
      const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
      const several = agencies.length > 1;
      const choices = agencies.filter((a) => mine.includes(a.id));
      const notice = typeof req.query.done === 'string' ? req.query.done : '';
      render(req, res, {
        title: 'Users',
        active: 'users',
        body: html`<div class="page-head"><h1>Users</h1></div>
          ${notice ? html`<p class="alert" role="status">${notice}</p>` : ''}
          <div class="table-wrap">
            <table class="users">
              <thead>
                <tr>
                  <th scope="col">Account</th>
                  <th scope="col">Role</th>
                  <th scope="col">Discord</th>
                  <th scope="col">Status</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                ${users.map((u) => {
                  const self = u.id === auth.user.id;
                  return html`<tr class="${u.disabledAt ? 'disabled' : ''}">
                    <th scope="row">
                      <bdi>${u.displayName}</bdi><br /><code>${u.username}</code
                      >${self ? html` <span class="badge">you</span>` : ''}
                    </th>
                    <td>
                      ${
                        several
                          ? joinHtml(
                              u.agencies.map(
                                (m) =>
                                  html`${ROLE_LABELS[m.role]}
                                    <span class="muted"
                                      >(${agencyName.get(m.agencyId) ?? ''})</span
                                    >`,
                              ),
                              html`<br />`,
                            )
                          : ROLE_LABELS[u.role]
                      }
                    </td>
                    <td>${u.discordUserId ? html`<code>${u.discordUserId}</code>` : '—'}</td>
                    <td>
                      ${u.disabledAt ? html`Disabled ${formatDateTime(u.disabledAt)}` : html`Active since ${formatDateTime(u.createdAt)}`}
                    </td>
                    <td class="user-actions">
                      ${
                        self
                          ? html`<span class="muted"
                              >Another administrator changes your account.</span
                            >`
                          : html`<form method="post" action="/admin/users/${u.id}/role" class="row">
                                ${csrfField(req)}
                                <label class="sr-only" for="role-${u.id}"
                                  >Role of ${u.username}</label
                                >
                                ${roleSelect(u.role, `role-${u.id}`)}
                                <button type="submit" class="button subtle">Set role</button>
                              </form>
                              <form
                                method="post"
                                action="/admin/users/${u.id}/password"
                                class="row"
                              >
                                ${csrfField(req)}
                                <input
                                  type="password"
                                  name="password"
                                  autocomplete="new-password"
                                  required
                                  minlength="12"
                                  placeholder="New password"
                                  aria-label="New password for ${u.username}"
                                />
                                <input
                                  type="password"
                                  name="passwordAgain"
                                  autocomplete="new-password"
                                  required
                                  minlength="12"
                                  placeholder="Again"
                                  aria-label="New password again"
                                />
                                <button type="submit" class="button subtle">Reset password</button>
                              </form>
                              <form
                                method="post"
                                action="/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}"
                                class="row"
                              >
                                ${csrfField(req)}
                                <button
                                  type="submit"
                                  class="button ${u.disabledAt ? 'subtle' : 'danger'}"
                                >
                                  ${u.disabledAt ? 'Enable' : 'Disable'}
                                </button>
                              </form>`
                      }
                    </td>
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>
          <section class="card" aria-labelledby="add-title">
            <h2 id="add-title">Add an account</h2>
            <p class="muted">
              Content managers are designated by the Chief of Police (I.2). Passwords: at least 12
              characters; give it to the person in person, not by email.
            </p>
            <form method="post" action="/admin/users" class="grid-form">
              ${csrfField(req)}
              <label class="field"
                ><span class="field-label">Username</span
                ><input name="username" required autocomplete="off" spellcheck="false"
              /></label>
              <label class="field"
                ><span class="field-label">Display name (shown in the action log)</span
                ><input name="displayName" required autocomplete="off"
              /></label>
              <label class="field"
                ><span class="field-label">Role</span>${roleSelect(undefined)}</label
              >
              ${
                choices.length > 1
                  ? html`<label class="field"
                      ><span class="field-label">Agency</span>
                      <select name="agency" required>
                        <option value="">Choose…</option>
                        ${choices.map((a) => html`<option value="${a.id}">${a.name}</option>`)}
                      </select></label
                    >`
                  : ''
              }
              <label class="field"
                ><span class="field-label">Discord user id (optional, for the review channel)</span
                ><input name="discordUserId" inputmode="numeric" autocomplete="off"
              /></label>
              <label class="field"
                ><span class="field-label">Password</span
                ><input
                  type="password"
                  name="password"
                  required
                  minlength="12"
                  autocomplete="new-password"
              /></label>
              <label class="field"
                ><span class="field-label">Password again</span
                ><input
                  type="password"
                  name="passwordAgain"
                  required
                  minlength="12"
                  autocomplete="new-password"
              /></label>
              <div><button type="submit" class="button primary">Add account</button></div>
            </form>
          </section>`,
      });
    } catch (err) {
      next(err);
    }
  });

  const done = (message: string) => `/admin/users?done=${encodeURIComponent(message)}`;

  router.post('/admin/users', requirePermission('users'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const form = parseForm(addSchema, req.body);
      if (form.password !== form.passwordAgain) throw new InputError('The two passwords differ.');
      const role = z.enum(ROLES, { message: 'Choose a role.' }).parse(form.role);
      const mine = administered(auth);
      // One agency administered: that one; several: the one chosen, which must be one of them.
      const agencyId = mine.length === 1 ? mine[0] : Number(form.agency);
      if (agencyId === undefined || !mine.includes(agencyId)) {
        throw new InputError('Choose the agency the account works for.');
      }
      const user = await createAccount(
        ctx.store,
        {
          username: form.username,
          displayName: form.displayName,
          role,
          discordUserId: form.discordUserId,
          password: form.password,
          agencyIds: [agencyId],
        },
        by(auth),
        ctx.scrypt,
      );
      res.redirect(303, done(`Account ${user.username} added as ${ROLE_LABELS[user.role]}.`));
    } catch (err) {
      next(err);
    }
  });

  router.post('/admin/users/:id/role', requirePermission('users'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const user = await target(ctx, req, auth);
      notSelf(auth, user, 'change the role of');
      const { role } = parseForm(roleSchema, req.body);
      await setAccountRole(ctx.store, by(auth), user, role);
      res.redirect(303, done(`${user.username} is now ${ROLE_LABELS[role]}.`));
    } catch (err) {
      next(err);
    }
  });

  router.post('/admin/users/:id/password', requirePermission('users'), async (req, res, next) => {
    try {
      const auth = requireAuth(req);
      const user = await target(ctx, req, auth);
      notSelf(auth, user, 'reset the password of');
      const form = parseForm(passwordSchema, req.body);
      if (form.password !== form.passwordAgain) throw new InputError('The two passwords differ.');
      await setAccountPassword(ctx.store, by(auth), user, form.password, ctx.scrypt);
      res.redirect(303, done(`Password of ${user.username} changed; their sessions ended.`));
    } catch (err) {
      next(err);
    }
  });

  for (const action of ['disable', 'enable'] as const) {
    router.post(
      `/admin/users/:id/${action}`,
      requirePermission('users'),
      async (req, res, next) => {
        try {
          const auth = requireAuth(req);
          const user = await target(ctx, req, auth);
          notSelf(auth, user, action);
          await setAccountDisabled(ctx.store, by(auth), user, action === 'disable');
          res.redirect(
            303,
            done(
              action === 'disable'
                ? `${user.username} disabled; their sessions ended.`
                : `${user.username} enabled.`,
            ),
          );
        } catch (err) {
          next(err);
        }
      },
    );
  }

  return router;
}
