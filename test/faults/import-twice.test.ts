/**
 * Issue 18: two `civicmod import` runs of the same file at once, in two processes on one SQLite
 * file (reported: 1,792 versions decided twice, 182 comments with two hide requests). Each
 * comment is stored once, each version decided once, each hide requested once; a file with an
 * exact duplicate line and a file starting with a byte-order mark are read as they should be.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generatedTexts, importRecord } from '../../bench/corpus.js';
import {
  auditChainIntact,
  integrityProblems,
  NO_PROBLEMS,
  runCivicmod,
  scalar,
  tempDir,
  type TempDir,
} from './support.js';

const COMMENTS = 5_000;

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

describe('two imports of one file at once', () => {
  it('stores, decides and requests each hide once', async () => {
    dir = tempDir('import-twice');
    const texts = generatedTexts(COMMENTS, 3, 5);
    const lines = texts.map((t, i) => JSON.stringify(importRecord(i, t.text)));
    // An exact duplicate line, and a byte-order mark before the first line.
    lines.push(lines[0] ?? '');
    const file = join(dir.dir, 'export.jsonl');
    writeFileSync(file, '\ufeff' + lines.join('\n') + '\n');
    const env = { CIVICMOD_DB: dir.dir + '/civicmod.db', LOG_LEVEL: 'warn' };
    const [a, b] = await Promise.all([
      runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 120_000 }),
      runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 120_000 }),
    ]);
    for (const run of [a, b]) {
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/0 bad lines/);
    }
    const db = env.CIVICMOD_DB;
    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(COMMENTS);
    expect(scalar(db, 'SELECT COUNT(*) FROM comment_versions')).toBe(COMMENTS);
    expect(scalar(db, 'SELECT COUNT(*) FROM decisions')).toBe(COMMENTS);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
    const hides = scalar(db, "SELECT COUNT(*) FROM decisions WHERE action = 'hide'");
    expect(hides).toBeGreaterThan(0);
    expect(
      scalar(db, "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'requested'"),
    ).toBe(hides);
    // A third run changes nothing.
    const again = await runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 120_000 });
    expect(again.stdout).toMatch(/0 new comments/);
    expect(scalar(db, 'SELECT COUNT(*) FROM decisions')).toBe(COMMENTS);
    expect(await auditChainIntact(dir)).toBe(true);
  }, 300_000);
});
