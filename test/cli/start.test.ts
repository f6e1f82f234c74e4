import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, startCli } from '../helpers/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('civicmod start', () => {
  it('runs with no .env and no credentials, creates the default database and serves /healthz', async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicmod-start-'));
    const { child, url, output } = await startCli({ cwd: dir, env: { PORT: '0' } });
    try {
      const res = await fetch(`${url}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; comments: number };
      expect(body.status).toBe('ok');
      expect(body.comments).toBe(0);
      expect(existsSync(join(dir, 'data', 'civicmod.db'))).toBe(true);
      expect(output()).toMatch(/No platform is connected yet/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });

  it('stops with a message naming a bad variable', async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicmod-start-'));
    const { code, stderr } = await runCli(['start'], { cwd: dir, env: { PORT: 'abc' } });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/\.env\.example/);
  });

  it('answers an unknown command with the way to list commands', async () => {
    const { code, stderr } = await runCli(['frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/civicmod help/);
  });
});
