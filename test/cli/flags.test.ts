/**
 * Every command answers a mistyped flag the same way (issue 17): one line on stderr, exit 2, no
 * stack trace, nothing started or written. And the built entry point is executable, as `npx
 * civicmod` needs after `npm ci` as much as after `npm install`.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI, runCli } from '../helpers/cli.js';

const COMMANDS = ['start', 'classify', 'import', 'export', 'retention', 'audit', 'user'];

describe('command-line flags', () => {
  it.each(COMMANDS)('civicmod %s --bogus: one line, exit 2', async (command) => {
    const dir = mkdtempSync(join(tmpdir(), 'civicmod-flags-'));
    try {
      const result = await runCli([command, '--bogus'], {
        cwd: dir,
        env: { CIVICMOD_DB: join(dir, 'civicmod.db') },
      });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      const lines = result.stderr.trim().split('\n');
      expect(lines, result.stderr).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stderr).toMatch(/bogus|Usage/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('prints its version', async () => {
    const result = await runCli(['--version']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^civicmod \d+\.\d+\.\d+ \(classifier civicmod-\d+\.\d+\.\d+\)\n$/,
    );
  });

  it('ships an executable entry point', () => {
    expect(statSync(CLI).mode & 0o111).not.toBe(0);
  });
});
