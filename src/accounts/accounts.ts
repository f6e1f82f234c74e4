/**
 * Creating and checking dashboard accounts, shared by `civicmod user` and the admin page so
 * both apply the same rules. Account changes are written to the action log: who may hide
 * comments is part of the record (I.2: content managers are designated by the Chief).
 */
import { z } from 'zod';
import { InputError } from '../errors.js';
import { ROLE_LABELS, ROLES, type Role } from '../review/permissions.js';
import type { Actor, Store, UserRow } from '../store/types.js';
import {
  checkPasswordStrength,
  DEFAULT_SCRYPT,
  hashPassword,
  verifyAgainstDummy,
  verifyPassword,
  type ScryptParams,
} from './passwords.js';

export const usernameSchema = z
  .string()
  .trim()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/,
    'Use 2 to 64 letters, digits, dots, dashes or underscores for the username, starting with a letter or digit.',
  );

export const newAccountSchema = z.object({
  username: usernameSchema,
  displayName: z
    .string()
    .trim()
    .min(1, 'Give a display name (shown in the action log).')
    .max(100, 'Keep the display name under 100 characters.')
    // Control and bidi-override characters in a name would garble the action log's display.
    .refine((s) => !/[\p{Cc}\u202A-\u202E\u2066-\u2069]/u.test(s), 'Use plain text for the name.'),
  role: z.enum(ROLES, { message: `The role must be one of: ${ROLES.join(', ')}.` }),
  discordUserId: z
    .string()
    .trim()
    .regex(/^\d{15,22}$/, 'A Discord user id is the 17 to 20 digit number from "Copy User ID".')
    .optional(),
});

export type NewAccount = z.input<typeof newAccountSchema> & {
  password: string;
  /** The agencies the account works for with its role; the default agency when not given. */
  agencyIds?: readonly number[] | undefined;
};

function inputError(error: z.ZodError): InputError {
  return new InputError(error.issues.map((i) => i.message).join(' '));
}

export async function createAccount(
  store: Store,
  input: NewAccount,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  scrypt: ScryptParams = DEFAULT_SCRYPT,
): Promise<UserRow> {
  const parsed = newAccountSchema.safeParse(input);
  if (!parsed.success) throw inputError(parsed.error);
  checkPasswordStrength(input.password);
  const user = await store.users.create({
    ...parsed.data,
    agencyIds: input.agencyIds,
    passwordHash: await hashPassword(input.password, scrypt),
  });
  await recordAccountChange(
    store,
    by,
    user,
    `Account ${user.username} created as ${ROLE_LABELS[user.role]}.`,
  );
  return user;
}

/** Writes an account change to the action log. */
export async function recordAccountChange(
  store: Store,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  user: UserRow,
  reason: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await store.actions.record({
    kind: 'account_change',
    actor: by.actor,
    reason,
    // I.2: the Chief designates content managers; I.3: the Chief or designee decides.
    clause: user.role === 'content_manager' ? 'I.2' : user.role === 'chief' ? 'I.3' : null,
    details: {
      userId: user.id,
      username: user.username,
      role: user.role,
      agencies: user.agencies,
      via: by.via,
      ...details,
    },
  });
}

export async function setAccountRole(
  store: Store,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  user: UserRow,
  role: Role,
): Promise<void> {
  if (user.role === role) return;
  await store.users.setRole(user.id, role);
  await recordAccountChange(
    store,
    by,
    { ...user, role },
    `Role of ${user.username} changed from ${ROLE_LABELS[user.role]} to ${ROLE_LABELS[role]}.`,
    { before: user.role },
  );
}

export async function setAccountDisabled(
  store: Store,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  user: UserRow,
  disabled: boolean,
): Promise<void> {
  await store.users.setDisabled(user.id, disabled);
  await recordAccountChange(
    store,
    by,
    user,
    disabled
      ? `Account ${user.username} disabled; its sessions ended.`
      : `Account ${user.username} enabled again.`,
  );
}

/** Lifts a sign-in lock-out (login-throttle.ts); the attempts stay on record. */
export async function unlockAccount(
  store: Store,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  user: UserRow,
  at: Date = new Date(),
): Promise<void> {
  await store.loginAttempts.unlock(user.username, at.toISOString());
  await recordAccountChange(
    store,
    by,
    user,
    `Sign-in lock-out of ${user.username} lifted; earlier failed attempts no longer count.`,
  );
}

export async function setAccountPassword(
  store: Store,
  by: { actor: Actor; via: 'cli' | 'dashboard' },
  user: UserRow,
  password: string,
  scrypt: ScryptParams = DEFAULT_SCRYPT,
): Promise<void> {
  checkPasswordStrength(password);
  await store.users.setPasswordHash(user.id, await hashPassword(password, scrypt));
  await recordAccountChange(
    store,
    by,
    user,
    `Password of ${user.username} changed; its sessions ended.`,
  );
}

/**
 * The account for a username and password, or null. Unknown usernames and disabled accounts
 * take as long as a wrong password, so the answer's timing says nothing about which exist.
 */
export async function authenticate(
  store: Store,
  username: string,
  password: string,
): Promise<UserRow | null> {
  const user = await store.users.findByUsername(username.trim());
  if (!user) return verifyAgainstDummy(password).then(() => null);
  const ok = await verifyPassword(password, user.passwordHash);
  return ok && user.disabledAt === null ? user : null;
}
