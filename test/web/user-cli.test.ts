import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runCli } from '../helpers/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function env(): Record<string, string> {
  dir = mkdtempSync(join(tmpdir(), 'civicmod-user-'));
  return { CIVICMOD_DB: join(dir, 'civicmod.db'), LOG_LEVEL: 'silent' };
}

const PASSWORD = 'a sufficiently long password';

describe('civicmod user', () => {
  it('adds the first admin with the password read from piped stdin, lists and disables accounts', async () => {
    const e = env();
    const add = await runCli(
      ['user', 'add', 'alice', '--role', 'admin', '--display-name', 'Alice Admin'],
      {
        env: e,
        input: `${PASSWORD}\n`,
      },
    );
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    expect(add.stdout).toMatch(/Created Administrator account "alice"/);
    expect(add.stdout).not.toContain(PASSWORD);

    await runCli(
      ['user', 'add', 'casey', '--role', 'content_manager', '--discord-id', '123456789012345678'],
      {
        env: e,
        input: `${PASSWORD}\r\n`,
      },
    );
    const list = await runCli(['user', 'list'], { env: e });
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^alice\s+admin\s+active\s+Alice Admin$/m);
    expect(list.stdout).toMatch(
      /^casey\s+content_manager\s+active\s+discord 123456789012345678\s+casey$/m,
    );

    const disable = await runCli(['user', 'disable', 'casey'], { env: e });
    expect(disable.code).toBe(0);
    expect(disable.stdout).toMatch(/Disabled "casey"/);

    const store = openSqliteStore(e.CIVICMOD_DB as string);
    try {
      const alice = await store.users.findByUsername('alice');
      expect(alice?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$/);
      expect((await store.users.findByUsername('casey'))?.disabledAt).not.toBeNull();
      const log = store.db
        .prepare("SELECT reason FROM action_log WHERE kind = 'account_change' ORDER BY id")
        .all() as { reason: string }[];
      expect(log.map((r) => r.reason)).toEqual([
        'Account alice created as Administrator.',
        'Account casey created as Content manager.',
        'Account casey disabled; its sessions ended.',
      ]);
    } finally {
      store.close();
    }
    expect(readFileSync(e.CIVICMOD_DB as string).includes(Buffer.from(PASSWORD))).toBe(false);
  });

  it('never takes a password as an argument', async () => {
    const result = await runCli(['user', 'add', 'bob', '--role', 'admin', '--password', PASSWORD], {
      env: env(),
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/never taken as arguments/);
  });

  it('refuses a short password, an unknown role and an empty stdin with a message', async () => {
    const e = env();
    const short = await runCli(['user', 'add', 'bob', '--role', 'admin'], {
      env: e,
      input: 'short\n',
    });
    expect(short.code).toBe(2);
    expect(short.stderr).toMatch(/at least 12 characters/);
    const role = await runCli(['user', 'add', 'bob', '--role', 'wizard'], {
      env: e,
      input: `${PASSWORD}\n`,
    });
    expect(role.code).toBe(2);
    expect(role.stderr).toMatch(/content_manager, chief, records_clerk, admin/);
    const empty = await runCli(['user', 'add', 'bob', '--role', 'admin'], { env: e, input: '' });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/No password on stdin/);
  });
});
