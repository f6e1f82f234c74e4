/**
 * Issue 20: two `civicmod start` processes on one PostgreSQL database behind one page's webhooks,
 * one killed with SIGKILL midway through a burst of 2,000 comments. Every comment is stored once
 * (whichever process received it, and however often), every obscene one is hidden exactly once
 * on the platform but where a call was in flight when its process died, and the dead process's
 * claimed hides are delivered by the other. Real child processes, a real PostgreSQL cluster, the
 * real Facebook adapter against a fake Graph API.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGraph } from '../helpers/fake-graph.js';
import { freshDatabase, testPgUrl } from '../helpers/postgres.js';
import {
  commentWebhook,
  deliver,
  facebookEnv,
  fakeGraph,
  inPool,
  runCivicmod,
  startCivicmod,
  stopChild,
  tempDir,
  waitFor,
  type Civicmod,
  type TempDir,
} from './support.js';

const BURST = 2000;

let dir: TempDir | undefined;
let graph: FakeGraph | undefined;
let workers: Civicmod[] = [];
let dropDatabase: (() => Promise<void>) | undefined;
afterEach(async () => {
  for (const w of workers) await stopChild(w.child, 'SIGKILL');
  workers = [];
  await graph?.close();
  dir?.cleanup();
  await dropDatabase?.();
});

describe.skipIf(testPgUrl() === null)('two civicmod processes on one PostgreSQL database', () => {
  it('stores each comment once and delivers each hide once when one process is killed midway', async () => {
    dir = tempDir('pg-workers');
    graph = await fakeGraph();
    const database = await freshDatabase();
    dropDatabase = database.drop;
    const fake = graph;
    fake.script(
      (call) => {
        const hiding = call.method === 'POST' && call.form.is_hidden === 'true';
        if (hiding) fake.comments.set(call.path.slice(1), { can_hide: true, is_hidden: true });
        return hiding;
      },
      // Hides take a while on the platform: a backlog builds up in each process, which the other
      // process also finds in the action log, and some are in flight when a process dies.
      { status: 200, body: { success: true }, delayMs: 100 },
      Number.MAX_SAFE_INTEGER,
    );
    const env = {
      DATABASE_URL: database.url,
      CIVICMOD_CHAIN_KEY: randomBytes(32).toString('hex'),
      // A dead process's claims run out after 2 s: the survivor takes its hides over then.
      ACTION_CLAIM_SECONDS: '2',
    };
    const [a, b] = await Promise.all([
      startCivicmod(dir, graph, env),
      startCivicmod(dir, graph, env),
    ]);
    if (a === undefined || b === undefined) throw new Error('a worker did not start');
    workers = [a, b];

    const webhooks = Array.from({ length: BURST }, (_, i) =>
      commentWebhook(
        `42_${700000 + i}`,
        i % 5 === 0 ? `fuck you, what is this ${i}` : `Thanks for the update on the closure, ${i}`,
      ),
    );
    // The platform's load balancer spreads the webhooks over both; Meta's at-least-once delivery
    // sends one in ten to both at once.
    let killed = false;
    const unacknowledged: typeof webhooks = [];
    let sent = 0;
    await inPool(webhooks, 40, async (webhook, i) => {
      const targets = i % 10 === 0 ? [a, b] : [i % 2 === 0 ? a : b];
      const statuses = await Promise.all(
        targets.map((w) => (w === a && killed ? Promise.resolve(0) : deliver(w.url, webhook))),
      );
      if (!statuses.includes(200)) unacknowledged.push(webhook);
      sent++;
      if (!killed && sent >= BURST / 2 && fake.hideCalls().length > 0) {
        killed = true;
        await stopChild(a.child, 'SIGKILL');
      }
    });
    expect(killed).toBe(true);
    workers = [b];
    // The platform resends what was not acknowledged, to the process that is left.
    const resent = await Promise.all(unacknowledged.map((w) => deliver(b.url, w)));
    expect(resent.every((s) => s === 200)).toBe(true);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const count = async (sql: string) => Number((await client.query(sql)).rows[0]?.n ?? 0);
    try {
      const obscene = webhooks.filter((w) => w.text.includes('fuck'));
      await waitFor(
        'every hide to complete',
        async () =>
          (await count(
            "SELECT COUNT(*) AS n FROM action_log WHERE kind = 'hide' AND phase = 'completed'",
          )) === obscene.length,
        60_000,
        100,
      );
      expect(await count('SELECT COUNT(*) AS n FROM comments')).toBe(BURST);
      expect(await count('SELECT COUNT(*) AS n FROM comment_versions')).toBe(BURST);
      expect(await count('SELECT COUNT(*) AS n FROM decisions')).toBe(BURST);
      expect(
        await count(
          "SELECT COUNT(*) AS n FROM action_log WHERE kind = 'hide' AND phase = 'requested'",
        ),
      ).toBe(obscene.length);
      expect(await count("SELECT COUNT(*) AS n FROM comments WHERE state = 'hidden'")).toBe(
        obscene.length,
      );

      // On the platform: every obscene comment hidden; a second call only for a hide that was
      // in flight in the killed process (hides are idempotent).
      const calls = new Map<string, number>();
      for (const call of fake.hideCalls()) {
        calls.set(call.path.slice(1), (calls.get(call.path.slice(1)) ?? 0) + 1);
      }
      expect([...calls.keys()].sort()).toEqual(obscene.map((w) => w.commentId).sort());
      const repeated = [...calls.values()].filter((n) => n > 1);
      expect(repeated.every((n) => n === 2)).toBe(true);
      expect(repeated.length).toBeLessThanOrEqual(8);
    } finally {
      await client.end();
    }
    await stopChild(b.child, 'SIGTERM');
    workers = [];

    // Both chains verify, through the real command on the same database.
    const audit = await runCivicmod(['audit', 'verify'], {
      cwd: dir.dir,
      env: { ...facebookEnv(graph, dir.db), ...env, LOG_LEVEL: 'warn' },
    });
    expect(audit.stdout).toMatch(/Action log intact/);
    expect(audit.code).toBe(0);
  }, 150_000);

  it('refuses to start on PostgreSQL without the shared chain key, saying how to make one', async () => {
    dir = tempDir('pg-no-key');
    const database = await freshDatabase();
    dropDatabase = database.drop;
    const run = await runCivicmod(['start'], {
      cwd: dir.dir,
      env: { DATABASE_URL: database.url, LOG_LEVEL: 'warn', PORT: '0' },
      timeoutMs: 30_000,
    });
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(
      /CIVICMOD_CHAIN_KEY: with DATABASE_URL, give every civicmod process the same/,
    );
    expect(run.stderr).toContain('randomBytes(32)');
    // The URL, a secret, is not printed.
    expect(run.stderr + run.stdout).not.toContain(database.url);
  });
});
