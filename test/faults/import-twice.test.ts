/**
 * Issue 18: two `civicmod import` runs of the same file at once, in two processes on one SQLite
 * file (reported: 1,792 versions decided twice, 182 comments with two hide requests). Each
 * comment is stored once, each version decided once, each hide requested once; a file with an
 * exact duplicate line and a file starting with a byte-order mark are read as they should be.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
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
import { freshDatabase, testPgUrl } from '../helpers/postgres.js';

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

describe.skipIf(testPgUrl() === null)('two imports of one file at once, on PostgreSQL', () => {
  it('stores, decides and requests each hide once, and writes no SQLite file', async () => {
    dir = tempDir('import-twice-pg');
    const database = await freshDatabase();
    try {
      const texts = generatedTexts(2_000, 3, 5);
      const file = join(dir.dir, 'export.jsonl');
      writeFileSync(file, texts.map((t, i) => JSON.stringify(importRecord(i, t.text))).join('\n'));
      const env = {
        DATABASE_URL: database.url,
        CIVICMOD_CHAIN_KEY: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
      };
      const [a, b] = await Promise.all([
        runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 120_000 }),
        runCivicmod(['import', file], { cwd: dir.dir, env, timeoutMs: 120_000 }),
      ]);
      for (const run of [a, b]) expect(run.code, run.stderr).toBe(0);
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const count = async (sql: string) => Number((await client.query(sql)).rows[0]?.n);
      try {
        expect(await count('SELECT COUNT(*) AS n FROM comments')).toBe(2_000);
        expect(await count('SELECT COUNT(*) AS n FROM comment_versions')).toBe(2_000);
        expect(await count('SELECT COUNT(*) AS n FROM decisions')).toBe(2_000);
        const hides = await count("SELECT COUNT(*) AS n FROM decisions WHERE action = 'hide'");
        expect(hides).toBeGreaterThan(0);
        expect(
          await count(
            "SELECT COUNT(*) AS n FROM action_log WHERE kind = 'hide' AND phase = 'requested'",
          ),
        ).toBe(hides);
      } finally {
        await client.end();
      }
      // With DATABASE_URL, the default SQLite file (data/civicmod.db) is never created.
      expect(readdirSync(dir.dir).sort()).toEqual(['export.jsonl']);
      const audit = await runCivicmod(['audit', 'verify'], { cwd: dir.dir, env });
      expect(audit.code, audit.stdout + audit.stderr).toBe(0);
    } finally {
      await database.drop();
    }
  }, 300_000);
});
