/**
 * Dashboard accounts, sessions and sign-in attempts (migration 002). Passwords arrive here
 * already hashed and sessions only as the SHA-256 of their token: nothing in these tables lets
 * someone with a copy of the database sign in.
 */
import { InputError } from '../../errors.js';
import type {
  LoginAttemptStore,
  NewUser,
  SessionRow,
  SessionStore,
  UserRow,
  UserStore,
} from '../types.js';
import type { Membership, Role } from '../../review/permissions.js';
import { DEFAULT_AGENCY_ID } from '../types.js';
import type { Database, GroupCommitWriter } from './database.js';
import type { Clock } from './util.js';

const USER_COLUMNS = `id, username, display_name AS displayName, role, password_hash AS passwordHash,
  discord_user_id AS discordUserId, created_at AS createdAt, disabled_at AS disabledAt,
  (SELECT json_group_array(json_array(agency_id, role)) FROM user_agencies
    WHERE user_id = users.id) AS agenciesJson`;

/** A user row as selected with its agencies as JSON `[[agencyId, role], ...]` (both backends). */
export type UserDbRow = Omit<UserRow, 'agencies'> & { agenciesJson: string | null };

export function mapUser(row: UserDbRow): UserRow;
export function mapUser(row: UserDbRow | undefined): UserRow | null;
export function mapUser(row: UserDbRow | undefined): UserRow | null {
  if (row === undefined) return null;
  const { agenciesJson, ...rest } = row;
  const pairs = JSON.parse(agenciesJson ?? '[]') as [number, Role][];
  const agencies = pairs
    .map(([agencyId, role]) => ({ agencyId: Number(agencyId), role }))
    .sort((a, b) => a.agencyId - b.agencyId);
  return { ...rest, agencies };
}

/**
 * Refuses a list of agencies an account cannot have: none, or one agency twice. Whether each
 * agency exists is checked by the store, inside its write.
 */
export function checkMemberships(memberships: readonly Membership[]): void {
  if (memberships.length === 0) {
    throw new InputError('An account must work for at least one agency.');
  }
  const seen = new Set<number>();
  for (const m of memberships) {
    if (seen.has(m.agencyId)) {
      throw new InputError(`Agency ${m.agencyId} is named twice; give each agency one role.`);
    }
    seen.add(m.agencyId);
  }
}

/** The role shown where one role is shown: the role in the account's first agency. */
export function primaryRole(memberships: readonly Membership[]): Role {
  return [...memberships].sort((a, b) => a.agencyId - b.agencyId)[0]!.role;
}

const SESSION_COLUMNS = `token_sha256 AS tokenSha256, user_id AS userId, csrf_token AS csrfToken,
  created_at AS createdAt, expires_at AS expiresAt, last_seen_at AS lastSeenAt`;

export class SqliteUserStore implements UserStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
  ) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO users (username, display_name, role, password_hash, discord_user_id, created_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
      ),
      get: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
      byUsername: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE username = ?`),
      byDiscordId: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE discord_user_id = ?`),
      list: db.prepare(
        `SELECT ${USER_COLUMNS} FROM users ORDER BY disabled_at IS NOT NULL, username`,
      ),
      countActive: db.prepare('SELECT COUNT(*) AS n FROM users WHERE disabled_at IS NULL'),
      setDisabled: db.prepare('UPDATE users SET disabled_at = ? WHERE id = ?'),
      setRole: db.prepare('UPDATE users SET role = ? WHERE id = ?'),
      setAgencyRoles: db.prepare('UPDATE user_agencies SET role = ? WHERE user_id = ?'),
      clearAgencies: db.prepare('DELETE FROM user_agencies WHERE user_id = ?'),
      addAgency: db.prepare(
        'INSERT INTO user_agencies (user_id, agency_id, role) VALUES (?, ?, ?)',
      ),
      agencyExists: db.prepare('SELECT 1 FROM agencies WHERE id = ?'),
      setPasswordHash: db.prepare('UPDATE users SET password_hash = ? WHERE id = ?'),
      endSessions: db.prepare('DELETE FROM sessions WHERE user_id = ?'),
      // A JSON array parameter keeps this one prepared statement whatever the number of ids.
      displayNames: db.prepare(
        'SELECT id, display_name AS displayName FROM users WHERE id IN (SELECT value FROM json_each(?))',
      ),
    };
  }

  create(user: NewUser): Promise<UserRow> {
    return this.writer.write(() => {
      // Checked inside the write transaction so the message can say which value is taken.
      if (this.s.byUsername.get(user.username)) {
        throw new InputError(`There is already an account named "${user.username}".`);
      }
      const discord = user.discordUserId ?? null;
      if (discord !== null && this.s.byDiscordId.get(discord)) {
        throw new InputError(`Discord user ${discord} is already linked to another account.`);
      }
      const memberships = (user.agencyIds ?? [DEFAULT_AGENCY_ID]).map((agencyId) => ({
        agencyId,
        role: user.role,
      }));
      checkMemberships(memberships);
      const { id } = this.s.insert.get(
        user.username,
        user.displayName,
        user.role,
        user.passwordHash,
        discord,
        this.now().toISOString(),
      ) as { id: number };
      this.writeAgencies(id, memberships);
      return mapUser(this.s.get.get(id) as UserDbRow);
    });
  }

  /** Inside a write: replaces the account's agencies (checked) and its displayed role. */
  private writeAgencies(userId: number, memberships: readonly Membership[]): void {
    checkMemberships(memberships);
    for (const m of memberships) {
      if (!this.s.agencyExists.get(m.agencyId)) {
        throw new InputError(`There is no agency ${m.agencyId}.`);
      }
    }
    this.s.clearAgencies.run(userId);
    for (const m of memberships) this.s.addAgency.run(userId, m.agencyId, m.role);
    this.s.setRole.run(primaryRole(memberships), userId);
  }

  setAgencies(userId: number, memberships: readonly Membership[]): Promise<void> {
    return this.writer.write(() => {
      this.writeAgencies(userId, memberships);
    });
  }

  async get(userId: number): Promise<UserRow | null> {
    return mapUser(this.s.get.get(userId) as UserDbRow | undefined);
  }

  async findByUsername(username: string): Promise<UserRow | null> {
    return mapUser(this.s.byUsername.get(username) as UserDbRow | undefined);
  }

  async findByDiscordId(discordUserId: string): Promise<UserRow | null> {
    return mapUser(this.s.byDiscordId.get(discordUserId) as UserDbRow | undefined);
  }

  async list(): Promise<UserRow[]> {
    return (this.s.list.all() as UserDbRow[]).map((r) => mapUser(r));
  }

  async countActive(): Promise<number> {
    return (this.s.countActive.get() as { n: number }).n;
  }

  setDisabled(userId: number, disabled: boolean): Promise<void> {
    return this.writer.write(() => {
      this.s.setDisabled.run(disabled ? this.now().toISOString() : null, userId);
      if (disabled) this.s.endSessions.run(userId);
    });
  }

  setRole(userId: number, role: Role): Promise<void> {
    return this.writer.write(() => {
      this.s.setRole.run(role, userId);
      this.s.setAgencyRoles.run(role, userId);
    });
  }

  setPasswordHash(userId: number, passwordHash: string): Promise<void> {
    return this.writer.write(() => {
      this.s.setPasswordHash.run(passwordHash, userId);
      this.s.endSessions.run(userId);
    });
  }

  async displayNames(userIds: readonly number[]): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return names;
    const rows = this.s.displayNames.all(JSON.stringify(unique)) as {
      id: number;
      displayName: string;
    }[];
    for (const row of rows) names.set(row.id, row.displayName);
    return names;
  }
}

export class SqliteSessionStore implements SessionStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
    private readonly now: Clock,
  ) {
    this.s = {
      insert: db.prepare(
        `INSERT INTO sessions (token_sha256, user_id, csrf_token, created_at, expires_at, last_seen_at)
         VALUES (?, ?, ?, ?, ?, ?) RETURNING ${SESSION_COLUMNS}`,
      ),
      find: db.prepare(`SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_sha256 = ?`),
      user: db.prepare(`SELECT ${USER_COLUMNS} FROM users WHERE id = ?`),
      touch: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_sha256 = ?'),
      delete: db.prepare('DELETE FROM sessions WHERE token_sha256 = ?'),
      deleteExpired: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
    };
  }

  create(session: {
    tokenSha256: string;
    userId: number;
    csrfToken: string;
    expiresAt: string;
  }): Promise<SessionRow> {
    return this.writer.write(() => {
      const at = this.now().toISOString();
      return this.s.insert.get(
        session.tokenSha256,
        session.userId,
        session.csrfToken,
        at,
        session.expiresAt,
        at,
      ) as SessionRow;
    });
  }

  async find(tokenSha256: string): Promise<{ session: SessionRow; user: UserRow } | null> {
    const session = this.s.find.get(tokenSha256) as SessionRow | undefined;
    if (!session) return null;
    const user = mapUser(this.s.user.get(session.userId) as UserDbRow | undefined);
    return user ? { session, user } : null;
  }

  touch(tokenSha256: string): Promise<void> {
    return this.writer.write(() => {
      this.s.touch.run(this.now().toISOString(), tokenSha256);
    });
  }

  delete(tokenSha256: string): Promise<void> {
    return this.writer.write(() => {
      this.s.delete.run(tokenSha256);
    });
  }

  deleteExpired(nowIso: string): Promise<number> {
    return this.writer.write(() => this.s.deleteExpired.run(nowIso).changes);
  }
}

export class SqliteLoginAttemptStore implements LoginAttemptStore {
  private readonly s;

  constructor(
    db: Database,
    private readonly writer: GroupCommitWriter,
  ) {
    // A username's failures count from its last success (a sign-in, or an administrator's
    // unlock), never before.
    const sinceSuccess = `AND at > COALESCE((SELECT MAX(at) FROM login_attempts
                              WHERE username = @username AND succeeded = 1), '')`;
    this.s = {
      insert: db.prepare(
        'INSERT INTO login_attempts (username, ip, succeeded, at) VALUES (?, ?, ?, ?) RETURNING id',
      ),
      byPair: db.prepare(
        `SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts
         WHERE username = @username AND ip = @ip AND succeeded = 0 AND at >= @since ${sinceSuccess}`,
      ),
      byUsername: db.prepare(
        `SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts
         WHERE username = @username AND succeeded = 0 AND at >= @since ${sinceSuccess}`,
      ),
      byIp: db.prepare(
        `SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts
         WHERE ip = @ip AND succeeded = 0 AND at >= @since`,
      ),
      succeed: db.prepare('UPDATE login_attempts SET succeeded = 1 WHERE id = ?'),
      prune: db.prepare('DELETE FROM login_attempts WHERE at < ?'),
    };
  }

  claim(input: Parameters<LoginAttemptStore['claim']>[0]) {
    type Row = { count: number; oldest: string | null };
    const username = input.username.toLowerCase();
    return this.writer.write(() => {
      const args = { username, ip: input.ip, since: input.since };
      const checks: [Row, number][] = [
        [this.s.byPair.get(args) as Row, input.limits.perUsernameAndIp],
        [this.s.byUsername.get(args) as Row, input.limits.perUsername],
        [this.s.byIp.get(args) as Row, input.limits.perIp],
      ];
      const reached = checks.filter(([row, limit]) => row.count >= limit && row.oldest !== null);
      if (reached.length > 0) {
        // Locked until the latest of the reached limits' oldest failures leaves the window.
        const oldest =
          reached
            .map(([row]) => row.oldest ?? '')
            .sort()
            .at(-1) ?? null;
        return { attemptId: null, oldest };
      }
      const { id } = this.s.insert.get(username, input.ip, 0, input.at) as { id: number };
      return { attemptId: id, oldest: null };
    });
  }

  markSucceeded(attemptId: number): Promise<void> {
    return this.writer.write(() => {
      this.s.succeed.run(attemptId);
    });
  }

  unlock(username: string, at: string): Promise<void> {
    return this.writer.write(() => {
      this.s.insert.get(username.toLowerCase(), 'admin-unlock', 1, at);
    });
  }

  prune(beforeIso: string): Promise<void> {
    return this.writer.write(() => {
      this.s.prune.run(beforeIso);
    });
  }
}
