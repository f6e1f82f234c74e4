/**
 * Issue 2: an import killed with SIGKILL mid-run, then run again, stores every comment exactly
 * once and requests no action twice. Real child processes, a real SQLite file.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createModerator } from '../../moderation/index.js';
import { generatedTexts, importRecord } from '../../bench/corpus.js';
import {
  auditChainIntact,
  CLI,
  integrityProblems,
  NO_PROBLEMS,
  runCivicmod,
  scalar,
  stopChild,
  tempDir,
  waitFor,
  type TempDir,
} from './support.js';

const COMMENTS = 100_000;
/** One comment in ten carries strong obscenity, which the policy hides automatically. */
const OBSCENE_EVERY = 10;

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

describe('an import killed mid-run', () => {
  it('stores every comment exactly once and requests each hide once after it is run again', async () => {
    dir = tempDir('import-kill');
    const texts = generatedTexts(COMMENTS, 2, OBSCENE_EVERY);
    const file = join(dir.dir, 'export.jsonl');
    writeFileSync(
      file,
      texts.map((t, i) => JSON.stringify(importRecord(i, t.text))).join('\n') + '\n',
    );
    const env = { CIVICMOD_DB: dir.db, LOG_LEVEL: 'warn' };

    const first = spawn(process.execPath, [CLI, 'import', file], {
      cwd: dir.dir,
      env: { PATH: process.env.PATH ?? '', ...env },
      stdio: 'ignore',
    });
    const db = dir.db;
    const stored = () => {
      try {
        return scalar(db, 'SELECT COUNT(*) FROM comments');
      } catch {
        return 0; // not created yet
      }
    };
    // Killed once a few thousand comments are in, with many more still in flight.
    await waitFor('the first comments to be stored', () => stored() >= 3000, 60_000, 20);
    await stopChild(first, 'SIGKILL');
    const before = stored();
    expect(first.signalCode).toBe('SIGKILL');
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(COMMENTS);
    // Whatever the kill interrupted, nothing is half-written.
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);

    const second = await runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 230_000 });
    expect(second.stderr).not.toMatch(/^line \d+/m);
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(`${COMMENTS} lines`);
    expect(second.stdout).toMatch(/0 bad lines/);

    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(COMMENTS);
    expect(scalar(db, 'SELECT COUNT(DISTINCT platform_comment_id) FROM comments')).toBe(COMMENTS);
    expect(scalar(db, 'SELECT COUNT(*) FROM comment_versions')).toBe(COMMENTS);
    expect(scalar(db, 'SELECT COUNT(*) FROM decisions')).toBe(COMMENTS);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);

    // Every obscene comment was decided 'hide' with exactly one hide requested, and every
    // requested hide belongs to a 'hide' decision.
    const moderator = createModerator();
    const shouldHide = texts.filter(
      (t, i) =>
        i % OBSCENE_EVERY === OBSCENE_EVERY - 1 &&
        moderator.classify({ text: t.text }).action === 'hide',
    ).length;
    // Which words the lexicon hides is the classifier's business; enough must be to matter.
    expect(shouldHide).toBeGreaterThan(1_000);
    const hideDecisions = scalar(db, "SELECT COUNT(*) FROM decisions WHERE action = 'hide'");
    expect(hideDecisions).toBeGreaterThanOrEqual(shouldHide);
    expect(
      scalar(db, "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'requested'"),
    ).toBe(hideDecisions);
    expect(
      scalar(
        db,
        `SELECT COUNT(*) FROM decisions d WHERE d.action = 'hide' AND (SELECT COUNT(*) FROM action_log a
             WHERE a.decision_id = d.id AND a.kind = 'hide' AND a.phase = 'requested') <> 1`,
      ),
    ).toBe(0);
    // No platform is connected to an import: the hides wait, requested, for `civicmod start`.
    expect(scalar(db, "SELECT COUNT(*) FROM action_log WHERE phase = 'completed'")).toBe(0);
    expect(await auditChainIntact(dir)).toBe(true);
  }, 300_000);
});
