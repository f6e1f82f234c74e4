/**
 * Issue 18: hides requested by `civicmod import` (another process) while the bot runs on the
 * same store are delivered by the running bot within seconds, not at its next restart: it looks
 * for actions requested by other processes every 2 s.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importRecord } from '../../bench/corpus.js';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import { makeTestApp, type TestApp } from '../helpers/index.js';
import { runCivicmod, waitFor } from './support.js';

let t: TestApp | undefined;
afterEach(async () => t?.cleanup());

describe('an import while the bot runs', () => {
  it('has its hides delivered by the running bot within seconds', async () => {
    const fb = new FakeAdapter('facebook');
    t = makeTestApp({ adapters: [fb] });
    await t.app.start();
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify(importRecord(i, i % 4 === 0 ? `fuck you ${i}` : `road question ${i}`)),
    );
    const file = join(t.db.dir, 'export.jsonl');
    writeFileSync(file, lines.join('\n') + '\n');
    const imported = await runCivicmod(['import', file], {
      cwd: t.db.dir,
      env: { CIVICMOD_DB: t.db.path, LOG_LEVEL: 'warn' },
      timeoutMs: 60_000,
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/10 hides requested/);
    const started = Date.now();
    await waitFor(
      'the running bot to deliver the imported hides',
      () => fb.calls.length >= 10,
      10_000,
      50,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    await t.app.executor.idle();
    expect(fb.calls.filter((c) => c.kind === 'hide')).toHaveLength(10);
  }, 60_000);
});
