/**
 * `civicmod agency` and the agency options of `civicmod user`, as child processes on a real
 * SQLite file: agencies added, a page moved (recorded in the action log), accounts made for an
 * agency and given a role in several; each bad input refused with a clear message and nothing
 * written.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { runCli } from '../helpers/cli.js';
import { incomingComment } from '../helpers/index.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

const PASSWORD = 'a sufficiently long password';

describe('civicmod agency', () => {
  it('adds agencies, moves a page to one, and gives accounts a role in each agency', async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicmod-agency-'));
    const env = { CIVICMOD_DB: join(dir, 'civicmod.db'), LOG_LEVEL: 'silent' };
    const seed = openSqliteStore(env.CIVICMOD_DB);
    await seed.comments.ingest(
      incomingComment({ page: { platformPageId: 'pg-9', name: 'North' } }),
    );
    seed.close();

    const add = await runCli(['agency', 'add', 'north-pd', '--name', 'North Police Department'], {
      env,
    });
    expect(add.stderr).toBe('');
    expect(add.code).toBe(0);
    const again = await runCli(['agency', 'add', 'NORTH-PD', '--name', 'Again'], { env });
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/already an agency "NORTH-PD"/);
    const badSlug = await runCli(['agency', 'add', 'north pd!', '--name', 'x'], { env });
    expect(badSlug.stderr).toMatch(/letters, digits and hyphens/);

    const unseen = await runCli(['agency', 'assign-page', 'facebook:nope', 'north-pd'], { env });
    expect(unseen.stderr).toMatch(/has not seen the page facebook:nope/);
    const unknown = await runCli(['agency', 'assign-page', 'facebook:pg-9', 'south'], { env });
    expect(unknown.stderr).toMatch(/no agency "south" \(there are: default, north-pd\)/);
    const moved = await runCli(['agency', 'assign-page', 'facebook:pg-9', 'north-pd'], { env });
    expect(moved.code).toBe(0);
    expect(moved.stdout).toMatch(/facebook:pg-9 now belongs to "north-pd"/);

    // An export for one agency takes its pages' comments only.
    const north = await runCli(['export', '--agency', 'north-pd', '--out', join(dir, 'n')], {
      env,
    });
    expect(north.stdout).toMatch(/^Exported 1 comments/m);
    const none = await runCli(['export', '--agency', 'default', '--out', join(dir, 'd')], { env });
    expect(none.stdout).toMatch(/^Exported 0 comments/m);
    const nowhere = await runCli(['export', '--agency', 'west', '--out', join(dir, 'w')], { env });
    expect(nowhere.stderr).toMatch(/no agency "west"/);

    const list = await runCli(['agency', 'list'], { env });
    expect(list.stdout).toMatch(/^default\s+Default agency\s+\(0 pages\)$/m);
    expect(list.stdout).toMatch(/^north-pd\s+North Police Department\s+\(1 page\)$/m);
    expect(list.stdout).toMatch(/^\s+facebook:pg-9\s+North$/m);

    const casey = await runCli(
      ['user', 'add', 'casey', '--role', 'content_manager', '--agency', 'north-pd'],
      { env, input: `${PASSWORD}\n` },
    );
    expect(casey.code).toBe(0);
    const roles = await runCli(
      ['user', 'agencies', 'casey', 'north-pd=content_manager,default=records_clerk'],
      { env },
    );
    expect(roles.code).toBe(0);
    const badRole = await runCli(['user', 'agencies', 'casey', 'north-pd=sheriff'], { env });
    expect(badRole.stderr).toMatch(/give SLUG=ROLE/);
    const users = await runCli(['user', 'list'], { env });
    expect(users.stdout).toMatch(
      /^casey\s+default=records_clerk,north-pd=content_manager\s+active/m,
    );

    const store = openSqliteStore(env.CIVICMOD_DB);
    try {
      const north = await store.agencies.findBySlug('north-pd');
      expect((await store.pages.find('facebook', 'pg-9'))?.agencyId).toBe(north?.id);
      expect((await store.users.findByUsername('casey'))?.agencies).toEqual([
        { agencyId: 1, role: 'records_clerk' },
        { agencyId: north?.id, role: 'content_manager' },
      ]);
      const log = store.db
        .prepare("SELECT kind, reason FROM action_log WHERE kind <> 'queue' ORDER BY id")
        .all() as { kind: string; reason: string }[];
      expect(log).toEqual(
        expect.arrayContaining([
          { kind: 'agency_change', reason: 'Agency north-pd added: North Police Department' },
          { kind: 'settings_change', reason: 'Page assigned to agency north-pd' },
          {
            kind: 'account_change',
            reason: 'Agencies of casey set: north-pd=content_manager,default=records_clerk',
          },
        ]),
      );
      expect((await store.records.verifyActionLog()).ok).toBe(true);
    } finally {
      store.close();
    }
  });
});
