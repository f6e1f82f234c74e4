/**
 * The evidence chain (issue 18, "a record that proves itself"): every tamper an attacker with the
 * database file can make is found and named, and a copy of the database alone cannot be
 * re-sealed.
 */
import { createHash, createHmac } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite/index.js';
import { defaultKeyFile } from '../../src/store/chain-key.js';
import type { EvidenceVerification } from '../../src/store/evidence.js';
import { runCli } from '../helpers/cli.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { incomingComment, makeTestApp, type TestApp } from '../helpers/index.js';

let t: TestApp | undefined;
afterEach(async () => t?.cleanup());

/** A store with 6 comments (2 hidden by the bot, one edited) and one redaction. */
async function recordWithEvidence(): Promise<TestApp> {
  const fb = new FakeAdapter('facebook');
  const app = makeTestApp({ adapters: [fb] });
  for (let i = 0; i < 6; i++) {
    await app.app.pipeline.handle({
      type: 'comment',
      comment: incomingComment({
        platformCommentId: `e-${i}`,
        text: i % 3 === 0 ? `fuck you ${i}` : `when does the road open ${i}`,
      }),
    });
  }
  await app.app.pipeline.handle({
    type: 'comment',
    comment: incomingComment({ platformCommentId: 'e-1', text: 'when does the road open, edited' }),
  });
  await app.app.executor.idle();
  const store = app.db.store;
  const request = await store.records.createRequest(
    { requester: 'A reporter', receivedOn: '2026-12-01', description: 'road comments' },
    'user:1',
  );
  const commentId = store.db
    .prepare("SELECT id FROM comments WHERE platform_comment_id = 'e-2'")
    .pluck()
    .get() as number;
  await store.records.attach(request.id, { commentIds: [commentId] }, 'user:1');
  const versionId = store.db
    .prepare('SELECT current_version_id FROM comments WHERE id = ?')
    .pluck()
    .get(commentId) as number;
  await store.records.addRedaction(
    { requestId: request.id, versionId, start: 0, end: 4, exemption: 'personal information' },
    'user:1',
  );
  return app;
}

/** The attacker: the file, any SQL, the append-only triggers dropped; no chain key. */
function tamper(path: string, sql: string, ...params: unknown[]): void {
  const raw = new BetterSqlite3(path);
  raw.pragma('foreign_keys = OFF');
  for (const name of raw
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE '%_no_%' OR name LIKE '%_one_%')",
    )
    .pluck()
    .all() as string[]) {
    raw.exec(`DROP TRIGGER ${name}`);
  }
  raw.prepare(sql).run(...params);
  raw.close();
}

function problems(result: EvidenceVerification): string[] {
  return result.ok ? [] : result.findings.map((f) => `${f.problem}: ${f.detail}`);
}

describe('the evidence chain', () => {
  it('seals every version, decision, action and redaction, and verifies with the key', async () => {
    t = await recordWithEvidence();
    const result = await t.db.store.evidence.verify();
    expect(problems(result)).toEqual([]);
    expect(result.ok && result.byKind).toMatchObject({
      version: 7,
      decision: 7,
      redaction: 1,
    });
    const actions = t.db.store.db.prepare('SELECT COUNT(*) FROM action_log').pluck().get();
    expect(result.ok && result.byKind.action).toBe(actions);
  });

  it.each([
    [
      'a version’s text',
      "UPDATE comment_versions SET text = 'I love the police' WHERE id = 1",
      /version 1 of comment 1 was changed/,
    ],
    [
      'a version’s text with its stored hash',
      `UPDATE comment_versions SET text = 'nice', text_sha256 = '${createHash('sha256').update('nice').digest('hex')}' WHERE id = 2`,
      /version 2 of comment 2 was changed/,
    ],
    [
      'the raw platform payload',
      "UPDATE comment_versions SET raw_payload = '{}' WHERE id = 3",
      /version 3 of comment 3 was changed/,
    ],
    [
      'a decision',
      "UPDATE decisions SET action = 'allow', flags_json = '[]' WHERE id = 1",
      /decision 1 of comment 1 was changed/,
    ],
    [
      'a redaction',
      "UPDATE redactions SET exemption = 'none' WHERE id = 1",
      /redaction 1 was changed/,
    ],
    [
      'an action-log entry',
      "UPDATE action_log SET actor = 'user:7' WHERE id = 1",
      /action-log entry 1 was changed/,
    ],
    [
      'a comment’s versions deleted',
      'DELETE FROM comment_versions WHERE comment_id = 2',
      /version \d+ of comment 2 was deleted/,
    ],
    [
      'a decision deleted',
      'DELETE FROM decisions WHERE id = 4',
      /decision 4 of comment 4 was deleted/,
    ],
    [
      'a decision added behind civicmod’s back',
      `INSERT INTO decisions (comment_id, version_id, classifier_version, action, flags_json, scores_json, reasons_json, decided_at)
       VALUES (1, 1, 'forged', 'allow', '[]', '{}', '[]', '2026-01-01T00:00:00Z')`,
      /decision \d+ has no evidence entry: it was added outside civicmod/,
    ],
  ])('finds %s and names it', async (_what, sql, expected) => {
    t = await recordWithEvidence();
    tamper(t.db.path, sql);
    const result = await t.db.store.evidence.verify();
    expect(result.ok).toBe(false);
    expect(problems(result).join('\n')).toMatch(expected);
  });

  it('finds an edit re-sealed by someone without the key', async () => {
    t = await recordWithEvidence();
    // The attacker edits a decision, recomputes its digest, and re-seals the chain from there
    // with a key of their own (the real one is not in the database).
    const raw = new BetterSqlite3(t.db.path);
    raw.exec('DROP TRIGGER evidence_chain_no_update; DROP TRIGGER decisions_one_per_version;');
    raw.prepare("UPDATE decisions SET action = 'allow' WHERE id = 1").run();
    const cols = raw
      .prepare(
        `SELECT id, comment_id, version_id, classifier_version, action, flags_json, scores_json,
           reasons_json, decided_at, language FROM decisions WHERE id = 1`,
      )
      .raw()
      .get() as unknown[];
    const digest = createHash('sha256').update(JSON.stringify(cols)).digest('hex');
    const forgedKey = Buffer.alloc(32, 7);
    const entries = raw.prepare('SELECT * FROM evidence_chain ORDER BY seq').all() as Record<
      string,
      string | number | null
    >[];
    let prev = '0'.repeat(64);
    for (const e of entries) {
      const d = e.kind === 'decision' && e.ref_id === 1 ? digest : e.digest;
      const mac = createHmac('sha256', forgedKey)
        .update(JSON.stringify([prev, e.seq, e.kind, e.ref_id, e.comment_id, d, e.at]))
        .digest('hex');
      raw
        .prepare('UPDATE evidence_chain SET digest = ?, prev_mac = ?, mac = ? WHERE seq = ?')
        .run(d, prev, mac, e.seq);
      prev = mac;
    }
    raw.close();
    const result = await t.db.store.evidence.verify();
    expect(result.ok).toBe(false);
    expect(problems(result)[0]).toMatch(/^wrong_key: the first evidence entry does not verify/);
  });

  it('finds an evidence entry removed from the middle', async () => {
    t = await recordWithEvidence();
    tamper(t.db.path, 'DELETE FROM evidence_chain WHERE seq = 5');
    const result = await t.db.store.evidence.verify();
    expect(problems(result).join('\n')).toMatch(/entry_removed: evidence entry 5 is missing/);
  });

  it('refuses a sealed store without its key, naming where it looked, and writes nothing', async () => {
    t = await recordWithEvidence();
    t.db.store.close();
    const keyFile = defaultKeyFile(t.db.path);
    const saved = join(t.db.dir, 'saved.key');
    writeFileSync(saved, (await import('node:fs')).readFileSync(keyFile));
    rmSync(keyFile);
    const cli = await runCli(['audit', 'verify'], { env: { CIVICMOD_DB: t.db.path } });
    expect(cli.code).not.toBe(0);
    expect(cli.stderr).toMatch(/sealed with a key that is not here .*CIVICMOD_CHAIN_KEY_FILE/);
    // With the key named, it verifies; a wrong key is named as such.
    const ok = await runCli(['audit', 'verify'], {
      env: { CIVICMOD_DB: t.db.path, CIVICMOD_CHAIN_KEY_FILE: saved },
    });
    expect(ok.stdout).toMatch(/Evidence chain intact: \d+ entries/);
    expect(ok.code).toBe(0);
    const wrong = await runCli(['audit', 'verify'], {
      env: { CIVICMOD_DB: t.db.path, CIVICMOD_CHAIN_KEY: 'ab'.repeat(32) },
    });
    expect(wrong.code).toBe(1);
    expect(wrong.stdout).toMatch(/key is not the one the store was sealed with/);
    // A key too short to be a key is refused with how to make one.
    const short = await runCli(['audit', 'verify'], {
      env: { CIVICMOD_DB: t.db.path, CIVICMOD_CHAIN_KEY: 'abc' },
    });
    expect(short.stderr).toMatch(/not a usable chain key: it must be 32 bytes or more/);
  });

  it('seals the rows of a store written before the chain existed, once, on first open', async () => {
    t = await recordWithEvidence();
    t.db.store.close();
    // As a 0.6.0 store: no evidence entries yet, the pending marker set by migration 008.
    const raw = new BetterSqlite3(t.db.path);
    raw.exec(
      'DROP TRIGGER evidence_chain_no_delete; DELETE FROM evidence_chain; INSERT INTO evidence_backfill VALUES (1);',
    );
    raw.close();
    const store = openSqliteStore(t.db.path);
    try {
      const result = await store.evidence.verify();
      expect(problems(result)).toEqual([]);
      expect(result.head.count).toBeGreaterThan(15);
    } finally {
      store.close();
    }
  });

  it('prints both chains through audit verify, and exits 1 naming the tamper', async () => {
    t = await recordWithEvidence();
    const ok = await runCli(['audit', 'verify'], { env: { CIVICMOD_DB: t.db.path } });
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Action log intact/);
    expect(ok.stdout).toMatch(
      /Evidence chain intact: \d+ entries \(7 versions, 7 decisions, \d+ action-log entries, 1 redactions, 0 appeals\)/,
    );
    tamper(t.db.path, "UPDATE comment_versions SET text = 'edited' WHERE id = 1");
    const bad = await runCli(['audit', 'verify'], { env: { CIVICMOD_DB: t.db.path } });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/Action log intact/);
    expect(bad.stdout).toMatch(
      /Evidence chain check FAILED: 1 problem found\.\n {2}- version 1 of comment 1 was changed/,
    );
  });
});
