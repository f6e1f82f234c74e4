/**
 * Backups while the bot works, and a record that proves itself against a head kept outside the
 * database (issue 18).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupStore, restoreStore, scheduledBackup } from '../../src/store/backup.js';
import { auditVerify, compareWithHead, recordedHead } from '../../src/records/audit.js';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { defaultKeyFile } from '../../src/store/chain-key.js';
import { runCli } from '../helpers/cli.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, makeTestApp, type TestApp } from '../helpers/index.js';

let t: TestApp | undefined;
/** The chain key of the store at `path` (the default key file beside it). */
const keyOf = (path: string) => ({ file: defaultKeyFile(path) });
afterEach(async () => t?.cleanup());

describe('backup and restore', () => {
  it('takes a consistent backup during a 2,000-comment burst; it restores with the same counts and a verifying chain', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.start();
    const app = t.app;
    const burst = Array.from({ length: 2000 }, (_, i) =>
      app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({
          platformCommentId: `burst-${i}`,
          text: i % 5 === 0 ? `fuck you ${i}` : `road closure question ${i}`,
        }),
      }),
    );
    // Half-way through the burst (by the event loop's turns), back up.
    await new Promise((r) => setTimeout(r, 20));
    const out = join(t.db.dir, 'backup.db');
    const result = await backupStore(t.db.path, out, keyOf(t.db.path));
    await Promise.all(burst);
    await app.executor.idle();

    expect(existsSync(`${out}.sha256`)).toBe(true);
    const head = JSON.parse(readFileSync(`${out}.head.json`, 'utf8')) as {
      comments: number;
      actionLog: { id: number | null; hash: string };
      evidence: { seq: number | null; mac: string };
    };
    expect(head.comments).toBe(result.comments);
    expect(head.actionLog.hash).toBe(result.head.hash);
    expect(head.evidence.mac).toBe(result.evidence.mac);

    const target = join(t.db.dir, 'restored', 'civicmod.db');
    // The key is not in the backup: restoring without it is refused with the reason.
    await expect(restoreStore(out, target, false, keyOf(target))).rejects.toThrow(
      /sealed with a key that is not here/,
    );
    const restored = await restoreStore(out, target, false, keyOf(t.db.path));
    expect(restored.comments).toBe(head.comments);
    expect(restored.head.id).toBe(head.actionLog.id);
    const store = openSqliteStore(target, { chainKey: keyOf(t.db.path) });
    try {
      expect((await store.health()).comments).toBe(head.comments);
      const chain = await auditVerify(store);
      expect(chain.ok).toBe(true);
      // Every stored comment of the backup has its decision and, when hidden, its request.
      const undecided = store.db
        .prepare(
          'SELECT COUNT(*) AS n FROM comment_versions v WHERE NOT EXISTS (SELECT 1 FROM decisions d WHERE d.version_id = v.id)',
        )
        .get() as { n: number };
      expect(undecided.n).toBeLessThanOrEqual(head.comments); // stored-before-decided is allowed
    } finally {
      store.close();
    }
    // Restoring over an existing store needs --force, and keeps the old one.
    await expect(restoreStore(out, target, false, keyOf(t.db.path))).rejects.toThrow(/--force/);
    const again = await restoreStore(out, target, true, keyOf(t.db.path));
    expect(again.keptAs).not.toBeNull();
    expect(existsSync(again.keptAs ?? '')).toBe(true);
    // A changed backup is refused.
    const bytes = readFileSync(out);
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    writeFileSync(out, bytes);
    await expect(
      restoreStore(out, join(t.db.dir, 'other.db'), false, keyOf(t.db.path)),
    ).rejects.toThrow(/does not match/);
  });

  it('finds entries deleted from the end of the action log, and an emptied log, against a recorded head', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.start();
    for (let i = 0; i < 5; i++) {
      await t.app.pipeline.handle({
        type: 'comment',
        comment: incomingComment({ platformCommentId: `h-${i}`, text: `fuck you ${i}` }),
      });
    }
    await t.app.executor.idle();
    const out = join(t.db.dir, 'b.db');
    await backupStore(t.db.path, out, keyOf(t.db.path));
    const recorded = recordedHead(`${out}.head.json`);
    expect(recorded.evidence?.seq).toBeGreaterThan(0);
    const store = t.db.store;
    const lookups = {
      hashOf: (id: number) =>
        store.db.prepare('SELECT hash FROM action_log WHERE id = ?').pluck().get(id) as
          string | undefined,
      macOf: (seq: number) => store.chain.macOf(seq),
    };
    expect(await compareWithHead(await auditVerify(store), recorded, lookups)).toBeNull();

    // The newest entries deleted, with the evidence entries that sealed them: both chains
    // alone still verify; the recorded heads do not.
    const raw = new BetterSqlite3(t.db.path);
    // Whoever has the file can drop the append-only triggers first.
    raw.exec('DROP TRIGGER action_log_no_delete; DROP TRIGGER evidence_chain_no_delete;');
    raw.prepare('DELETE FROM action_log WHERE id >= ?').run(recorded.actionLog.id - 1);
    raw
      .prepare(
        "DELETE FROM evidence_chain WHERE seq >= (SELECT MIN(seq) FROM evidence_chain WHERE kind = 'action' AND ref_id >= ?)",
      )
      .run(recorded.actionLog.id - 1);
    raw.close();
    const cut = await auditVerify(store);
    expect(cut.actionLog.ok).toBe(true);
    expect(cut.evidence.ok).toBe(true);
    expect(await compareWithHead(cut, recorded, lookups)).toMatch(
      /no longer in the log.*deleted.*evidence entry \d+ was recorded as the head/,
    );

    // Through the command line, with the same words and exit 1.
    const cli = await runCli(['audit', 'verify', '--against', `${out}.head.json`], {
      env: { CIVICMOD_DB: t.db.path },
    });
    expect(cli.code).toBe(1);
    expect(cli.stdout).toMatch(/FAILED against .*entries were deleted/);
  });

  it('keeps the newest BACKUP_KEEP scheduled backups, each with its checksum and head', async () => {
    t = makeTestApp();
    await t.app.pipeline.handle({ type: 'comment', comment: incomingComment({ text: 'hello' }) });
    const dir = join(t.db.dir, 'backups');
    const files: string[] = [];
    for (let i = 0; i < 3; i++) {
      files.push(await scheduledBackup(t.db.path, dir, 2, keyOf(t.db.path)));
      await new Promise((r) => setTimeout(r, 5)); // distinct time stamps
    }
    const kept = readdirSync(dir).sort();
    expect(kept.filter((f) => f.endsWith('.db'))).toHaveLength(2);
    expect(kept.filter((f) => f.endsWith('.sha256'))).toHaveLength(2);
    expect(kept.filter((f) => f.endsWith('.head.json'))).toHaveLength(2);
    expect(existsSync(files[0] ?? '')).toBe(false);
    expect(existsSync(files[2] ?? '')).toBe(true);
  });

  it('writes the action log head to the log at start, usable later with --against', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({ platformCommentId: 'h', text: 'fuck you' }),
    });
    await t.app.executor.idle();
    await t.app.start();
    const waitForHead = async () => {
      for (let i = 0; i < 100 && !t?.logs.some((l) => l.msg === 'action log head'); i++) {
        await new Promise((r) => setTimeout(r, 10));
      }
      return t?.logs.find((l) => l.msg === 'action log head');
    };
    const line = await waitForHead();
    expect(line?.actionLogHead).toMatchObject({ id: expect.any(Number), hash: expect.any(String) });
    const file = join(t.db.dir, 'head-line.json');
    writeFileSync(file, JSON.stringify(line));
    expect(line?.evidenceHead).toMatchObject({ seq: expect.any(Number), mac: expect.any(String) });
    const { seq, mac } = line?.evidenceHead as { seq: number; mac: string };
    const { id, hash } = line?.actionLogHead as { id: number; hash: string };
    expect(recordedHead(file)).toEqual({ actionLog: { id, hash }, evidence: { seq, mac } });
  });

  it('refuses to read a store that is not there instead of reporting on an empty one', async () => {
    for (const args of [
      ['audit', 'verify'],
      ['export', '--out', 'x'],
      ['retention', '--dry-run'],
    ]) {
      const result = await runCli(args, { env: { CIVICMOD_DB: '/nonexistent/civicmod.db' } });
      expect(result.code, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/There is no civicmod database at/);
    }
  });
});
