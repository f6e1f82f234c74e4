import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { actionRowHash } from '../../src/store/sqlite/actions.js';
import { incomingComment, makeTestDb, type TestDb } from '../helpers/index.js';

const run = promisify(execFile);
const CLI = resolve('dist/src/cli/main.js');

let db: TestDb | undefined;
afterEach(() => {
  db?.cleanup();
  db = undefined;
});

/** A store with 12 action-log entries, closed so that an "attacker" can open the file. */
async function logWithEntries(): Promise<TestDb> {
  const t = makeTestDb();
  const { commentId } = await t.store.comments.ingest(incomingComment());
  for (let i = 1; i <= 12; i++) {
    await t.store.actions.record({
      kind: i % 2 === 0 ? 'approve' : 'note',
      commentId,
      actor: `user:${i}`,
      reason: `entry number ${i}`,
      clause: null,
    });
  }
  t.store.close();
  return t;
}

/** Opens the file as someone with access to it would, dropping the append-only triggers. */
function tamper(path: string, fn: (raw: BetterSqlite3.Database) => void): void {
  const raw = new BetterSqlite3(path);
  raw.exec('DROP TRIGGER action_log_no_update; DROP TRIGGER action_log_no_delete;');
  fn(raw);
  raw.close();
}

async function verify(path: string, cwd: string) {
  return run(process.execPath, [CLI, 'audit', 'verify'], {
    env: { ...process.env, CIVICMOD_DB: path, LOG_LEVEL: 'silent' },
    cwd,
  }).then(
    (r) => ({ code: 0, stdout: r.stdout }),
    (err: { code: number; stdout: string }) => ({ code: err.code, stdout: err.stdout }),
  );
}

describe('civicmod audit verify', () => {
  it('exits 0 with the count and the head hash when the chain is intact', async () => {
    db = await logWithEntries();
    const raw = new BetterSqlite3(db.path, { readonly: true });
    const head = raw.prepare('SELECT id, hash FROM action_log ORDER BY id DESC LIMIT 1').get() as {
      id: number;
      hash: string;
    };
    raw.close();
    const r = await verify(db.path, db.dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('12 entries verified');
    expect(r.stdout).toContain(`entry ${head.id}, SHA-256 ${head.hash}`);
  });

  it.each([2, 7, 12])('names entry %i when its contents are edited', async (id) => {
    db = await logWithEntries();
    tamper(db.path, (raw) =>
      raw.prepare("UPDATE action_log SET reason = 'nothing happened here' WHERE id = ?").run(id),
    );
    const r = await verify(db.path, db.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`FAILED at entry ${id} (changed)`);
  });

  it('names an entry rewritten together with a recomputed hash', async () => {
    db = await logWithEntries();
    tamper(db.path, (raw) => {
      const row = raw
        .prepare(
          `SELECT id, action_id AS actionId, phase, kind, comment_id AS commentId, page_id AS pageId,
             platform, actor, reason, clause, decision_id AS decisionId, details_json AS detailsJson,
             platform_result AS platformResult, at, prev_hash AS prevHash FROM action_log WHERE id = 5`,
        )
        .get() as Parameters<typeof actionRowHash>[0];
      const forged = { ...row, actor: 'system' as const };
      raw
        .prepare("UPDATE action_log SET actor = 'system', hash = ? WHERE id = 5")
        .run(actionRowHash(forged));
    });
    const r = await verify(db.path, db.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at entry 5 (changed)');
  });

  it('names a removed entry', async () => {
    db = await logWithEntries();
    tamper(db.path, (raw) => raw.prepare('DELETE FROM action_log WHERE id = 9').run());
    const r = await verify(db.path, db.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at entry 9 (removed)');
  });

  it('names two swapped entries as moved', async () => {
    db = await logWithEntries();
    tamper(db.path, (raw) => {
      // Swap everything but the id between entries 4 and 5, the only way to reorder rows that
      // are read in id order.
      raw.exec(`
        CREATE TEMP TABLE swap AS SELECT * FROM action_log WHERE id IN (4, 5);
        DELETE FROM action_log WHERE id IN (4, 5);
        INSERT INTO action_log SELECT CASE id WHEN 4 THEN 5 ELSE 4 END, action_id, phase, kind,
          comment_id, page_id, platform, actor, reason, clause, decision_id, details_json,
          platform_result, at, prev_hash, hash FROM swap;`);
    });
    const r = await verify(db.path, db.dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('FAILED at entry 4 (reordered)');
    expect(r.stdout).toContain('holds what was entry 5');
  });
});
