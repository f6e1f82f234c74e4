/**
 * Dashboard accounts, sessions, sign-in attempts and the compliance checklist on PostgreSQL
 * (src/store/sqlite/users.ts, compliance.ts). A sign-in attempt is counted and recorded under
 * the login lock, so parallel attempts from several processes cannot get past a lock-out.
 */
import { InputError } from '../../errors.js';
import type { Membership, Role } from '../../review/permissions.js';
import { checkMemberships, mapUser, primaryRole, type UserDbRow } from '../sqlite/users.js';
import {
  DEFAULT_AGENCY_ID,
  type ComplianceConfirmation,
  type ComplianceStore,
  type LoginAttemptStore,
  type NewUser,
  type SessionRow,
  type SessionStore,
  type UserRow,
  type UserStore,
} from '../types.js';
import type { Clock } from '../sqlite/util.js';
import { LOCKS, type Client } from './database.js';
import { all, one, type PgDb, exec } from './util.js';

const USER_COLUMNS = `id, username, display_name AS "displayName", role, password_hash AS "passwordHash",
  discord_user_id AS "discordUserId", created_at AS "createdAt", disabled_at AS "disabledAt",
  (SELECT json_agg(json_build_array(agency_id, role) ORDER BY agency_id)::text FROM user_agencies
    WHERE user_id = users.id) AS "agenciesJson"`;

const SESSION_COLUMNS = `token_sha256 AS "tokenSha256", user_id AS "userId", csrf_token AS "csrfToken",
  created_at AS "createdAt", expires_at AS "expiresAt", last_seen_at AS "lastSeenAt"`;

/** Inside a write: replaces the account's agencies (checked) and its displayed role. */
async function writeAgencies(
  c: Client,
  userId: number,
  memberships: readonly Membership[],
): Promise<void> {
  checkMemberships(memberships);
  for (const m of memberships) {
    if ((await one(c, 'SELECT 1 AS x FROM agencies WHERE id = $1', [m.agencyId])) === undefined) {
      throw new InputError(`There is no agency ${m.agencyId}.`);
    }
  }
  await exec(c, 'DELETE FROM user_agencies WHERE user_id = $1', [userId]);
  for (const m of memberships) {
    await exec(c, 'INSERT INTO user_agencies (user_id, agency_id, role) VALUES ($1, $2, $3)', [
      userId,
      m.agencyId,
      m.role,
    ]);
  }
  await exec(c, 'UPDATE users SET role = $1 WHERE id = $2', [primaryRole(memberships), userId]);
}

export class PgUserStore implements UserStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
  ) {}

  create(user: NewUser): Promise<UserRow> {
    return this.db.write(async (c) => {
      // The unique indexes are the guarantee; these checks say which value is taken.
      if (await one(c, 'SELECT 1 FROM users WHERE lower(username) = lower($1)', [user.username])) {
        throw new InputError(`There is already an account named "${user.username}".`);
      }
      const discord = user.discordUserId ?? null;
      if (
        discord !== null &&
        (await one(c, 'SELECT 1 FROM users WHERE discord_user_id = $1', [discord]))
      ) {
        throw new InputError(`Discord user ${discord} is already linked to another account.`);
      }
      const memberships = (user.agencyIds ?? [DEFAULT_AGENCY_ID]).map((agencyId) => ({
        agencyId,
        role: user.role,
      }));
      checkMemberships(memberships);
      const { id } = (await one<{ id: number }>(
        c,
        `INSERT INTO users (username, display_name, role, password_hash, discord_user_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
        [
          user.username,
          user.displayName,
          user.role,
          user.passwordHash,
          discord,
          this.now().toISOString(),
        ],
      ))!;
      await writeAgencies(c, id, memberships);
      return mapUser(
        (await one<UserDbRow>(c, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [id]))!,
      );
    });
  }

  setAgencies(userId: number, memberships: readonly Membership[]): Promise<void> {
    return this.db.write(async (c) => {
      await writeAgencies(c, userId, memberships);
    });
  }

  async get(userId: number): Promise<UserRow | null> {
    return mapUser(
      await one<UserDbRow>(this.db.pool, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [
        userId,
      ]),
    );
  }

  async findByUsername(username: string): Promise<UserRow | null> {
    return mapUser(
      await one<UserDbRow>(
        this.db.pool,
        `SELECT ${USER_COLUMNS} FROM users WHERE lower(username) = lower($1)`,
        [username],
      ),
    );
  }

  async findByDiscordId(discordUserId: string): Promise<UserRow | null> {
    return mapUser(
      await one<UserDbRow>(
        this.db.pool,
        `SELECT ${USER_COLUMNS} FROM users WHERE discord_user_id = $1`,
        [discordUserId],
      ),
    );
  }

  async list(): Promise<UserRow[]> {
    // SQLite's NOCASE order of names.
    const rows = await all<UserDbRow>(
      this.db.pool,
      `SELECT ${USER_COLUMNS} FROM users ORDER BY disabled_at IS NOT NULL, lower(username), username`,
    );
    return rows.map((r) => mapUser(r));
  }

  async countActive(): Promise<number> {
    return (
      (
        await one<{ n: number }>(
          this.db.pool,
          'SELECT COUNT(*) AS n FROM users WHERE disabled_at IS NULL',
        )
      )?.n ?? 0
    );
  }

  setDisabled(userId: number, disabled: boolean): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE users SET disabled_at = $1 WHERE id = $2', [
        disabled ? this.now().toISOString() : null,
        userId,
      ]);
      if (disabled) await exec(c, 'DELETE FROM sessions WHERE user_id = $1', [userId]);
    });
  }

  setRole(userId: number, role: Role): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE users SET role = $1 WHERE id = $2', [role, userId]);
      await exec(c, 'UPDATE user_agencies SET role = $1 WHERE user_id = $2', [role, userId]);
    });
  }

  setPasswordHash(userId: number, passwordHash: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE users SET password_hash = $1 WHERE id = $2', [passwordHash, userId]);
      await exec(c, 'DELETE FROM sessions WHERE user_id = $1', [userId]);
    });
  }

  async displayNames(userIds: readonly number[]): Promise<Map<number, string>> {
    const names = new Map<number, string>();
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return names;
    const rows = await all<{ id: number; displayName: string }>(
      this.db.pool,
      'SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::bigint[])',
      [unique],
    );
    for (const row of rows) names.set(row.id, row.displayName);
    return names;
  }
}

export class PgSessionStore implements SessionStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
  ) {}

  create(session: {
    tokenSha256: string;
    userId: number;
    csrfToken: string;
    expiresAt: string;
  }): Promise<SessionRow> {
    return this.db.write(async (c) => {
      const at = this.now().toISOString();
      return (await one<SessionRow>(
        c,
        `INSERT INTO sessions (token_sha256, user_id, csrf_token, created_at, expires_at, last_seen_at)
         VALUES ($1, $2, $3, $4, $5, $4) RETURNING ${SESSION_COLUMNS}`,
        [session.tokenSha256, session.userId, session.csrfToken, at, session.expiresAt],
      ))!;
    });
  }

  async find(tokenSha256: string): Promise<{ session: SessionRow; user: UserRow } | null> {
    const session = await one<SessionRow>(
      this.db.pool,
      `SELECT ${SESSION_COLUMNS} FROM sessions WHERE token_sha256 = $1`,
      [tokenSha256],
    );
    if (!session) return null;
    const user = mapUser(
      await one<UserDbRow>(this.db.pool, `SELECT ${USER_COLUMNS} FROM users WHERE id = $1`, [
        session.userId,
      ]),
    );
    return user ? { session, user } : null;
  }

  touch(tokenSha256: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE sessions SET last_seen_at = $1 WHERE token_sha256 = $2', [
        this.now().toISOString(),
        tokenSha256,
      ]);
    });
  }

  delete(tokenSha256: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'DELETE FROM sessions WHERE token_sha256 = $1', [tokenSha256]);
    });
  }

  deleteExpired(nowIso: string): Promise<number> {
    return this.db.write(
      async (c) =>
        (await exec(c, 'DELETE FROM sessions WHERE expires_at <= $1', [nowIso])).rowCount ?? 0,
    );
  }
}

export class PgLoginAttemptStore implements LoginAttemptStore {
  constructor(private readonly db: PgDb) {}

  claim(input: Parameters<LoginAttemptStore['claim']>[0]) {
    type Row = { count: number; oldest: string | null };
    const username = input.username.toLowerCase();
    // A username's failures count from its last success (a sign-in, or an administrator's
    // unlock), never before.
    const sinceSuccess = `AND at > COALESCE((SELECT MAX(at) FROM login_attempts
                            WHERE username = $1 AND succeeded), '')`;
    return this.db.write(
      async (c) => {
        const count = async (where: string, values: unknown[]): Promise<Row> =>
          (await one<Row>(
            c,
            `SELECT COUNT(*) AS count, MIN(at) AS oldest FROM login_attempts WHERE NOT succeeded AND ${where}`,
            values,
          ))!;
        const checks: [Row, number][] = [
          [
            await count(`username = $1 AND ip = $2 AND at >= $3 ${sinceSuccess}`, [
              username,
              input.ip,
              input.since,
            ]),
            input.limits.perUsernameAndIp,
          ],
          [
            await count(`username = $1 AND at >= $2 ${sinceSuccess}`, [username, input.since]),
            input.limits.perUsername,
          ],
          [await count('ip = $1 AND at >= $2', [input.ip, input.since]), input.limits.perIp],
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
        const row = await one<{ id: number }>(
          c,
          'INSERT INTO login_attempts (username, ip, succeeded, at) VALUES ($1, $2, false, $3) RETURNING id',
          [username, input.ip, input.at],
        );
        return { attemptId: row!.id, oldest: null };
      },
      [LOCKS.login],
    );
  }

  markSucceeded(attemptId: number): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'UPDATE login_attempts SET succeeded = true WHERE id = $1', [attemptId]);
    });
  }

  unlock(username: string, at: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(
        c,
        "INSERT INTO login_attempts (username, ip, succeeded, at) VALUES ($1, 'admin-unlock', true, $2)",
        [username.toLowerCase(), at],
      );
    });
  }

  prune(beforeIso: string): Promise<void> {
    return this.db.write(async (c) => {
      await exec(c, 'DELETE FROM login_attempts WHERE at < $1', [beforeIso]);
    });
  }
}

export class PgComplianceStore implements ComplianceStore {
  constructor(
    private readonly db: PgDb,
    private readonly now: Clock,
  ) {}

  confirm(entry: {
    pageId: number;
    item: string;
    userId: number;
    note?: string | null;
  }): Promise<void> {
    return this.db.write(async (c) => {
      await exec(
        c,
        'INSERT INTO page_compliance (page_id, item, confirmed_at, confirmed_by, note) VALUES ($1, $2, $3, $4, $5)',
        [entry.pageId, entry.item, this.now().toISOString(), entry.userId, entry.note ?? null],
      );
    });
  }

  latest(pageId: number): Promise<ComplianceConfirmation[]> {
    return all<ComplianceConfirmation>(
      this.db.pool,
      `SELECT DISTINCT ON (pc.item) pc.page_id AS "pageId", pc.item, pc.confirmed_at AS "confirmedAt",
         pc.confirmed_by AS "confirmedBy", u.display_name AS "confirmedByName", pc.note
       FROM page_compliance pc JOIN users u ON u.id = pc.confirmed_by
       WHERE pc.page_id = $1
       ORDER BY pc.item, pc.confirmed_at DESC, pc.id DESC`,
      [pageId],
    );
  }
}
