import { afterEach, describe, expect, it } from 'vitest';
import { authenticate, createAccount } from '../../src/accounts/accounts.js';
import { LoginThrottle, LOGIN_LIMITS } from '../../src/accounts/login-throttle.js';
import { hashPassword, verifyPassword } from '../../src/accounts/passwords.js';
import { SessionManager, tokenHash, tokensEqual } from '../../src/accounts/sessions.js';
import { parseCookies } from '../../src/web/auth.js';
import { localPath } from '../../src/web/forms.js';
import { FAST_SCRYPT, TEST_PASSWORD } from '../helpers/dashboard.js';
import { makeTestDb, type TestDb } from '../helpers/index.js';

let db: TestDb | undefined;
afterEach(() => db?.cleanup());

/** A clock the test moves by hand. */
function clock(start = '2026-11-24T09:00:00.000Z') {
  let t = Date.parse(start);
  return {
    now: () => new Date(t),
    advance(ms: number) {
      t += ms;
    },
  };
}

async function addUser(store: TestDb['store'], username = 'casey') {
  return createAccount(
    store,
    { username, displayName: 'Casey Morgan', role: 'content_manager', password: TEST_PASSWORD },
    { actor: 'system', via: 'cli' },
    FAST_SCRYPT,
  );
}

describe('passwords', () => {
  it('hashes with scrypt and a per-user salt, stores the parameters, and verifies', async () => {
    const a = await hashPassword('a long enough password', FAST_SCRYPT);
    const b = await hashPassword('a long enough password', FAST_SCRYPT);
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('a long enough password', a)).toBe(true);
    expect(await verifyPassword('a long enough passwore', a)).toBe(false);
    expect(await verifyPassword('a long enough password', 'scrypt$garbage')).toBe(false);
  });

  it('uses N=2^15 by default', async () => {
    expect(await hashPassword('a long enough password')).toMatch(/^scrypt\$32768\$8\$1\$/);
  });

  it('refuses short passwords when an account is created', async () => {
    db = makeTestDb();
    await expect(
      createAccount(
        db.store,
        { username: 'x1', displayName: 'X', role: 'admin', password: 'short' },
        { actor: 'system', via: 'cli' },
        FAST_SCRYPT,
      ),
    ).rejects.toThrow(/at least 12 characters/);
  });

  it('authenticates case-insensitively and refuses wrong, unknown and disabled accounts', async () => {
    db = makeTestDb();
    const user = await addUser(db.store);
    expect((await authenticate(db.store, 'CASEY', TEST_PASSWORD))?.id).toBe(user.id);
    expect(await authenticate(db.store, 'casey', 'wrong password here')).toBeNull();
    expect(await authenticate(db.store, 'nobody', TEST_PASSWORD)).toBeNull();
    await db.store.users.setDisabled(user.id, true);
    expect(await authenticate(db.store, 'casey', TEST_PASSWORD)).toBeNull();
  });

  it('writes account changes to the action log', async () => {
    db = makeTestDb();
    await addUser(db.store);
    const rows = db.store.db
      .prepare("SELECT kind, actor, reason, clause FROM action_log WHERE kind = 'account_change'")
      .all();
    expect(rows).toEqual([
      {
        kind: 'account_change',
        actor: 'system',
        reason: 'Account casey created as Content manager.',
        clause: 'I.2',
      },
    ]);
  });
});

describe('sessions', () => {
  it('stores only the SHA-256 of the token, with a CSRF token, and resolves it', async () => {
    db = makeTestDb();
    const user = await addUser(db.store);
    const sessions = new SessionManager(db.store, 12);
    const { token, session } = await sessions.start(user.id);
    expect(session.tokenSha256).toBe(tokenHash(token));
    const stored = db.store.db.prepare('SELECT * FROM sessions').all() as Record<string, unknown>[];
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await sessions.resolve(token))?.user.id).toBe(user.id);
    expect(await sessions.resolve('not-a-token')).toBeNull();
  });

  it('expires after SESSION_TTL_HOURS and deletes the row', async () => {
    db = makeTestDb();
    const user = await addUser(db.store);
    const c = clock();
    const sessions = new SessionManager(db.store, 12, c.now);
    const { token } = await sessions.start(user.id);
    c.advance(11.9 * 3_600_000);
    expect(await sessions.resolve(token)).not.toBeNull();
    c.advance(0.2 * 3_600_000);
    expect(await sessions.resolve(token)).toBeNull();
    expect(db.store.db.prepare('SELECT COUNT(*) AS n FROM sessions').get()).toEqual({ n: 0 });
  });

  it('ends at sign-out, when the account is disabled and when the password changes', async () => {
    db = makeTestDb();
    const user = await addUser(db.store);
    const sessions = new SessionManager(db.store, 12);
    const one = await sessions.start(user.id);
    await sessions.end(one.token);
    expect(await sessions.resolve(one.token)).toBeNull();
    const two = await sessions.start(user.id);
    await db.store.users.setDisabled(user.id, true);
    expect(await sessions.resolve(two.token)).toBeNull();
    await db.store.users.setDisabled(user.id, false);
    const three = await sessions.start(user.id);
    await db.store.users.setPasswordHash(
      user.id,
      await hashPassword('another long password', FAST_SCRYPT),
    );
    expect(await sessions.resolve(three.token)).toBeNull();
  });

  it('compares CSRF tokens in constant time, refusing different lengths', () => {
    expect(tokensEqual('abc', 'abc')).toBe(true);
    expect(tokensEqual('abc', 'abd')).toBe(false);
    expect(tokensEqual('abc', 'abcd')).toBe(false);
  });
});

describe('sign-in rate limiting', () => {
  it(`locks an account from one address after ${LOGIN_LIMITS.perUsernameAndIp} failures in ${LOGIN_LIMITS.windowMinutes} minutes, across restarts`, async () => {
    db = makeTestDb();
    const c = clock();
    let throttle = new LoginThrottle(db.store, c.now);
    for (let i = 0; i < LOGIN_LIMITS.perUsernameAndIp; i++) {
      expect((await throttle.begin('casey', '10.0.0.1')).allowed).toBe(true);
      c.advance(1000);
    }
    // A new instance (a restart) reads the same attempts from the database.
    throttle = new LoginThrottle(db.store, c.now);
    const locked = await throttle.begin('Casey', '10.0.0.1');
    expect(locked.allowed).toBe(false);
    if (!locked.allowed) {
      expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
      expect(locked.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
    }
    // The owner, from their own desk, is not locked out by someone else's guesses.
    expect((await throttle.begin('casey', '10.9.9.9')).allowed).toBe(true);
    c.advance(15 * 60_000);
    expect((await throttle.begin('casey', '10.0.0.1')).allowed).toBe(true);
  });

  it('counts 60 simultaneous guesses before checking any password: at most 5 get through', async () => {
    db = makeTestDb();
    const throttle = new LoginThrottle(db.store);
    const verdicts = await Promise.all(
      Array.from({ length: 60 }, () => throttle.begin('casey', '10.0.0.1')),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(LOGIN_LIMITS.perUsernameAndIp);
  });

  it('has a slower limit for one account from many addresses', async () => {
    db = makeTestDb();
    const throttle = new LoginThrottle(db.store);
    for (let i = 0; i < LOGIN_LIMITS.perUsername; i++) {
      expect((await throttle.begin('casey', `10.1.${i >> 8}.${i & 255}`)).allowed).toBe(true);
    }
    expect((await throttle.begin('casey', '10.2.0.1')).allowed).toBe(false);
  });

  it('locks an address trying many usernames', async () => {
    db = makeTestDb();
    const throttle = new LoginThrottle(db.store);
    for (let i = 0; i < LOGIN_LIMITS.perIp; i++) await throttle.begin(`user${i}`, '10.0.0.1');
    expect((await throttle.begin('someone-new', '10.0.0.1')).allowed).toBe(false);
    expect((await throttle.begin('someone-new', '10.0.0.2')).allowed).toBe(true);
  });

  it("clears a username's failures when its owner signs in, or an administrator unlocks it", async () => {
    db = makeTestDb();
    const c = clock();
    const throttle = new LoginThrottle(db.store, c.now);
    for (let i = 0; i < LOGIN_LIMITS.perUsernameAndIp - 1; i++) {
      await throttle.begin('casey', '10.0.0.1');
      c.advance(1000);
    }
    const right = await throttle.begin('casey', '10.0.0.1');
    if (!right.allowed) throw new Error('expected the fifth attempt to be allowed');
    await throttle.succeeded(right.attemptId);
    c.advance(1000);
    for (let i = 0; i < LOGIN_LIMITS.perUsernameAndIp; i++)
      await throttle.begin('casey', '10.0.0.1');
    expect((await throttle.begin('casey', '10.0.0.1')).allowed).toBe(false);
    c.advance(1000);
    await throttle.unlock('Casey');
    c.advance(1000);
    expect((await throttle.begin('casey', '10.0.0.1')).allowed).toBe(true);
  });
});

describe('request helpers', () => {
  it('accepts only local paths to return to', () => {
    expect(localPath('/queue?page=2', '/')).toBe('/queue?page=2');
    expect(localPath('//evil.example/x', '/')).toBe('/');
    expect(localPath('https://evil.example', '/')).toBe('/');
    expect(localPath('/\\evil.example', '/')).toBe('/');
    expect(localPath('/a\nb', '/')).toBe('/');
    expect(localPath(undefined, '/queue')).toBe('/queue');
  });

  it('parses cookies, first one wins', () => {
    const cookies = parseCookies('a=1; civicmod_session=abc-_; a=2');
    expect(cookies.get('a')).toBe('1');
    expect(cookies.get('civicmod_session')).toBe('abc-_');
  });
});
