/**
 * Issue 2: an import of hostile and broken lines. Each bad line is reported with its line
 * number, every good line is stored (text exact, raw line kept with its SHA-256), and nothing
 * crashes. The built `civicmod import` in a child process, a real SQLite file.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importRecord } from '../../bench/corpus.js';
import {
  integrityProblems,
  NO_PROBLEMS,
  openReader,
  runCivicmod,
  tempDir,
  type TempDir,
} from './support.js';

let dir: TempDir | undefined;
afterEach(() => dir?.cleanup());

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

interface Line {
  /** The bytes of the line, as a platform export might contain them. */
  bytes: Buffer;
  /** For a good line: its comment id and the text civicmod must store. */
  good?: { commentId: string; text: string; raw?: string };
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8');
const good = (i: number, text: string): Line => ({
  bytes: json(importRecord(i, text)),
  good: { commentId: `c${i}`, text },
});

describe('an import of broken and hostile lines', () => {
  it('reports each bad line by number, stores every good line exactly, and does not crash', async () => {
    dir = tempDir('import-bad');
    const megabyte = 'The council meeting ran long again. '.repeat(30_000).slice(0, 1_048_576);
    const nul = 'before\u0000after, and another\u0000';
    const rtl = 'Transfer \u202Egnp.exe\u202C today \u2067שלום\u2069';
    const loneSurrogateLine = JSON.stringify(importRecord(5, 'PLACEHOLDER')).replace(
      'PLACEHOLDER',
      'half an emoji: \\ud800 and its partner alone \\udc00 end',
    );
    const lines: Line[] = [
      good(1, 'Thank you for the update on the road closure.'),
      // 2: cut off mid-object
      { bytes: Buffer.from('{"platform":"facebook","page_id":"page-1","comment_id":"c2","te') },
      // 3: a required field missing
      {
        bytes: json(
          Object.fromEntries(
            Object.entries(importRecord(3, 'no id')).filter(([k]) => k !== 'comment_id'),
          ),
        ),
      },
      // 4: a 1 MB comment
      good(4, megabyte),
      // 5: lone surrogates as JSON escapes: stored with U+FFFD, the raw line keeps the escapes
      {
        bytes: Buffer.from(loneSurrogateLine, 'utf8'),
        good: {
          commentId: 'c5',
          text: 'half an emoji: \uFFFD and its partner alone \uFFFD end',
          raw: loneSurrogateLine,
        },
      },
      // 6: NUL characters (escaped, as JSON allows)
      good(6, nul),
      // 7: right-to-left override and isolate characters
      good(7, rtl),
      // 8: a field of the wrong type
      { bytes: json({ ...importRecord(8, 'x'), page_id: true }) },
      // 9: an empty line (skipped, not an error)
      { bytes: Buffer.alloc(0) },
      // 10: a raw NUL byte inside a JSON string is not valid JSON
      { bytes: Buffer.concat([Buffer.from('{"text":"a'), Buffer.from([0]), Buffer.from('b"}')]) },
      // 11: a date that is not a date
      { bytes: json({ ...importRecord(11, 'x'), created_at: 'yesterday-ish' }) },
      // 12: a platform civicmod does not know
      { bytes: json({ ...importRecord(12, 'x'), platform: 'myspace' }) },
      // 13-15: JSON that is not an object
      { bytes: Buffer.from('[1,2,3]') },
      { bytes: Buffer.from('null') },
      { bytes: Buffer.from('"just a string"') },
      // 16: bytes that are not UTF-8 inside the text: decoded as U+FFFD, stored, not a crash
      {
        bytes: Buffer.concat([
          Buffer.from(JSON.stringify(importRecord(16, 'X')).split('"X"')[0] ?? '', 'utf8'),
          Buffer.from('"bad '),
          Buffer.from([0xff, 0xfe]),
          Buffer.from(' bytes"'),
          Buffer.from(JSON.stringify(importRecord(16, 'X')).split('"X"')[1] ?? '', 'utf8'),
        ]),
        good: { commentId: 'c16', text: 'bad \uFFFD\uFFFD bytes' },
      },
      // 17: a huge number where an id belongs, and an emoji text that must survive exactly
      good(17, 'Pothole on 5th 🚧🚗 still there 👀'),
      // 18: a trailing line without a newline at the end of the file
      good(18, 'Last line, no newline after it.'),
    ];
    const file = join(dir.dir, 'hostile.jsonl');
    writeFileSync(
      file,
      Buffer.concat(
        lines.flatMap((l, i) =>
          i === lines.length - 1 ? [l.bytes] : [l.bytes, Buffer.from('\n')],
        ),
      ),
    );

    const result = await runCivicmod(['import', file], {
      cwd: dir.dir,
      env: { CIVICMOD_DB: dir.db, LOG_LEVEL: 'warn' },
      timeoutMs: 60_000,
    });

    // Bad lines make the exit code 1, with one report each; no crash, no stack trace.
    expect(result.signal).toBeNull();
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    const reported = [...result.stderr.matchAll(/^line (\d+): (.+)$/gm)].map((m) => Number(m[1]));
    expect(reported).toEqual([2, 3, 8, 10, 11, 12, 13, 14, 15]);
    expect(result.stderr).toMatch(/^line 3: .*comment_id/m);
    // In words a clerk can act on, never a raw schema message.
    expect(result.stderr).toMatch(/^line 8: page_id must be text or a number, not boolean$/m);
    expect(result.stderr).toMatch(
      /^line 13: the line must be a JSON object with platform, page_id/m,
    );
    expect(result.stderr).not.toMatch(/Invalid input|expected string|received undefined/);
    expect(result.stderr).toMatch(/^line 12: .*platform/m);
    expect(result.stdout).toMatch(/18 lines; 8 new comments/);
    expect(result.stdout).toMatch(/9 bad lines/);

    const db = openReader(dir.db);
    try {
      const stored = db
        .prepare(
          `SELECT c.platform_comment_id AS id, v.text, v.raw_payload AS raw, v.raw_sha256 AS rawSha,
             v.text_sha256 AS textSha, (SELECT COUNT(*) FROM decisions d WHERE d.version_id = v.id) AS decisions
           FROM comments c JOIN comment_versions v ON v.comment_id = c.id ORDER BY c.id`,
        )
        .all() as {
        id: string;
        text: string;
        raw: string;
        rawSha: string;
        textSha: string;
        decisions: number;
      }[];
      const expected = lines.filter((l) => l.good);
      expect(stored.map((s) => s.id)).toEqual(expected.map((l) => l.good?.commentId));
      for (const line of expected) {
        const row = stored.find((s) => s.id === line.good?.commentId);
        expect(row, line.good?.commentId).toBeDefined();
        if (!row || !line.good) continue;
        // The text exactly (NUL, RTL and emoji included), once, decided once.
        expect(row.text === line.good.text, `${row.id} text`).toBe(true);
        expect(row.textSha).toBe(sha256(line.good.text));
        expect(row.decisions).toBe(1);
        // The raw line as read, with its hash.
        const raw = line.good.raw ?? line.bytes.toString('utf8');
        expect(row.raw === raw, `${row.id} raw`).toBe(true);
        expect(row.rawSha).toBe(sha256(raw));
      }
      const loneSurrogate = stored.find((s) => s.id === 'c5');
      expect(loneSurrogate?.raw).toContain('\\ud800');
      expect(stored.find((s) => s.id === 'c4')?.text.length).toBe(1_048_576);
      // Too long to classify whole: a person sees it (never allowed silently).
      const longDecision = db
        .prepare(
          "SELECT d.action FROM decisions d JOIN comments c ON c.id = d.comment_id WHERE c.platform_comment_id = 'c4'",
        )
        .pluck()
        .get();
      expect(longDecision).not.toBe('allow');
    } finally {
      db.close();
    }
    expect(integrityProblems(dir.db)).toEqual(NO_PROBLEMS);
  }, 90_000);
});
