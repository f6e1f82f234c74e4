/**
 * Who may do what. Enforced on the server for every route and every Discord button, never
 * only by hiding a button. The roles are the ones the policy names: content managers
 * designated by the Chief (I.2), the Chief of Police or designee (I.3), records clerks (J.4
 * public disclosure, I.3 retention), and the administrator who runs civicmod.
 */
import { ForbiddenError } from '../errors.js';

export const ROLES = ['content_manager', 'chief', 'records_clerk', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export const ROLE_LABELS: Record<Role, string> = {
  content_manager: 'Content manager',
  chief: 'Chief of Police or designee',
  records_clerk: 'Records clerk',
  admin: 'Administrator',
};

export type Permission =
  /** See the review queue and comment pages. */
  | 'review'
  /** Approve, hide, restore, escalate (I.2). */
  | 'moderate'
  /** Decide escalated comments (I.3: the Chief or designee has the final say). */
  | 'decide_escalation'
  /** Decide appeals from the public against a hidden comment (I.3). */
  | 'decide_appeal'
  /** Change a page's moderation settings and authorisations. */
  | 'page_settings'
  /** Record that the Chief authorised an official account (I.1). */
  | 'page_authorise'
  /** Search, export, redact, legal holds, retention (J.4, I.3). */
  | 'records'
  /** Add and disable accounts. */
  | 'users';

const GRANTS: Record<Role, readonly Permission[]> = {
  content_manager: ['review', 'moderate'],
  chief: [
    'review',
    'moderate',
    'decide_escalation',
    'decide_appeal',
    'page_settings',
    'page_authorise',
  ],
  records_clerk: ['records'],
  admin: ['users', 'page_settings'],
};

export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}

/** Throws ForbiddenError unless the role holds the permission. */
export function requirePermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) {
    throw new ForbiddenError(
      `${ROLE_LABELS[role]}s cannot do this (needs the "${permission}" permission).`,
    );
  }
}

/** An agency an account works for, and its role there (migration 012). */
export interface Membership {
  agencyId: number;
  role: Role;
}

/**
 * What an account may do, agency by agency. Every check of the dashboard and the review
 * channel goes through here: a permission is held in some agencies, and only their pages,
 * comments, requests, holds and exports are reachable with it.
 */
export class Access {
  private readonly roles: ReadonlyMap<number, Role>;

  constructor(memberships: readonly Membership[]) {
    this.roles = new Map(memberships.map((m) => [m.agencyId, m.role]));
  }

  /** The role in this agency, or null when the account does not work for it. */
  roleIn(agencyId: number): Role | null {
    return this.roles.get(agencyId) ?? null;
  }

  /** A member of this agency, whatever the role. */
  isMember(agencyId: number): boolean {
    return this.roles.has(agencyId);
  }

  /** The permission in this agency. */
  canIn(agencyId: number, permission: Permission): boolean {
    const role = this.roles.get(agencyId);
    return role !== undefined && can(role, permission);
  }

  /** The permission in at least one agency. */
  can(permission: Permission): boolean {
    return this.agenciesWith(permission).length > 0;
  }

  /** The agencies where any of the permissions is held, in id order. */
  agenciesWith(...permissions: readonly Permission[]): number[] {
    return [...this.roles]
      .filter(([, role]) => permissions.some((p) => can(role, p)))
      .map(([id]) => id)
      .sort((a, b) => a - b);
  }

  /** Every agency the account works for, in id order. */
  agencies(): number[] {
    return [...this.roles.keys()].sort((a, b) => a - b);
  }
}
