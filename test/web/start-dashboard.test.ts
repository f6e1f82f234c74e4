import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCli } from '../helpers/cli.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('civicmod start serves the dashboard', () => {
  it('with no credentials and an empty database: a first-run page saying how to make the first admin', async () => {
    dir = mkdtempSync(join(tmpdir(), 'civicmod-dashboard-'));
    const { child, url, output } = await startCli({ cwd: dir, env: { PORT: '0' } });
    try {
      const login = await fetch(`${url}/login`);
      expect(login.status).toBe(200);
      const page = await login.text();
      expect(page).toContain('npx civicmod user add NAME --role admin');
      // The stylesheet and script are served from the source tree when running from dist/.
      const script = /<script src="([^"]+)"/.exec(page)?.[1] ?? '';
      expect((await fetch(url + script)).status).toBe(200);
      const queue = await fetch(`${url}/queue`, { redirect: 'manual' });
      expect(queue.status).toBe(303);
      expect(queue.headers.get('location')).toBe('/login?next=%2Fqueue');
      expect(output()).toMatch(/No dashboard account yet/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
  });
});
