/**
 * `civicmod start` killed with SIGKILL while a burst of webhooks is in flight and hides are
 * being delivered. After a restart, every acknowledged comment is stored exactly once, the
 * webhooks the platform resends (the unacknowledged ones, and some duplicates as Meta's
 * at-least-once delivery sends) change nothing, and every hide completes exactly once. Real
 * child processes, a real SQLite file, the real Facebook adapter against a fake Graph API.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGraph } from '../helpers/fake-graph.js';
import {
  auditChainIntact,
  commentWebhook,
  deliver,
  fakeGraph,
  inPool,
  integrityProblems,
  NO_PROBLEMS,
  openReader,
  scalar,
  startCivicmod,
  stopChild,
  tempDir,
  waitFor,
  type Civicmod,
  type TempDir,
} from './support.js';

const BURST = 800;

let dir: TempDir | undefined;
let graph: FakeGraph | undefined;
let running: Civicmod | undefined;
afterEach(async () => {
  if (running) await stopChild(running.child, 'SIGKILL');
  await graph?.close();
  dir?.cleanup();
});

describe('civicmod start killed during a burst', () => {
  it('keeps every acknowledged comment, once, and completes every hide once after a restart', async () => {
    dir = tempDir('start-kill');
    graph = await fakeGraph();
    // Hides take a while on the platform, so that some are in flight when the process dies.
    const fake = graph;
    fake.script(
      (call) => {
        const hiding = call.method === 'POST' && call.form.is_hidden === 'true';
        if (hiding) fake.comments.set(call.path.slice(1), { can_hide: true, is_hidden: true });
        return hiding;
      },
      { status: 200, body: { success: true }, delayMs: 25 },
      Number.MAX_SAFE_INTEGER,
    );
    running = await startCivicmod(dir, graph);
    const webhooks = Array.from({ length: BURST }, (_, i) =>
      commentWebhook(
        `42_${500000 + i}`,
        i % 4 === 0 ? `fuck you, what is this ${i}` : `Thanks for the update on the closure, ${i}`,
      ),
    );
    const status = new Map<string, number>();
    const first = running;
    let killed = false;
    await inPool(webhooks, 40, async (webhook) => {
      // The platform's delivery stops when the server is gone.
      status.set(webhook.commentId, killed ? 0 : await deliver(first.url, webhook));
      if (!killed && status.size >= BURST / 2 && fake.hideCalls().length > 0) {
        killed = true;
        await stopChild(first.child, 'SIGKILL');
      }
    });
    // Still tracked until it is known to be dead: a failed expectation must not leave it running.
    expect(killed).toBe(true);
    running = undefined;
    const acknowledged = webhooks.filter((w) => status.get(w.commentId) === 200);
    const lost = webhooks.filter((w) => status.get(w.commentId) !== 200);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(lost.length).toBeGreaterThan(0);

    // Acknowledged means stored: every one is in the database, before anything is resent.
    const reader = openReader(dir.db);
    const storedIds = new Set(
      reader.prepare('SELECT platform_comment_id FROM comments').pluck().all() as string[],
    );
    reader.close();
    expect(acknowledged.filter((w) => !storedIds.has(w.commentId))).toEqual([]);
    expect(integrityProblems(dir.db)).toEqual(NO_PROBLEMS);
    // Every stored version is in the full-text index or in its backlog, which commits with the
    // version (migration 004): a search after the restart finds every stored comment.
    expect(
      scalar(
        dir.db,
        'SELECT (SELECT COUNT(*) FROM records_fts) + (SELECT COUNT(*) FROM records_fts_backlog)',
      ),
    ).toBe(scalar(dir.db, 'SELECT COUNT(*) FROM comment_versions'));
    const hidesBeforeRestart = fake.hideCalls().length;
    // Requested and not completed when the process died: the restart must finish them.
    const unfinished =
      scalar(
        dir.db,
        "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'requested'",
      ) -
      scalar(dir.db, "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'completed'");
    expect(unfinished).toBeGreaterThan(0);

    // Restart; the platform resends what was not acknowledged, and repeats some that were.
    running = await startCivicmod(dir, graph);
    const second = running;
    const resend = [...lost, ...acknowledged.filter((_, i) => i % 10 === 0)];
    const resent: number[] = [];
    await inPool(resend, 20, async (webhook) => {
      resent.push(await deliver(second.url, webhook));
    });
    expect(resent.every((s) => s === 200)).toBe(true);

    const obscene = webhooks.filter((w) => w.text.includes('fuck'));
    const db = dir.db;
    await waitFor(
      'every hide to complete',
      () =>
        scalar(
          db,
          "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'completed'",
        ) === obscene.length,
      30_000,
    );
    await stopChild(second.child, 'SIGTERM');
    running = undefined;

    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(BURST);
    expect(scalar(db, 'SELECT COUNT(*) FROM comment_versions')).toBe(BURST);
    expect(scalar(db, 'SELECT COUNT(*) FROM records_fts')).toBe(BURST);
    expect(scalar(db, 'SELECT COUNT(*) FROM decisions')).toBe(BURST);
    expect(
      scalar(db, "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'requested'"),
    ).toBe(obscene.length);
    expect(scalar(db, "SELECT COUNT(*) FROM comments WHERE state = 'hidden'")).toBe(obscene.length);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
    expect(await auditChainIntact(dir)).toBe(true);

    // On the platform: each obscene comment hidden; a second call for the same comment only
    // where the process died between the platform's answer and the completion being written
    // (hides are idempotent), so at most one per call that was in flight.
    const calls = new Map<string, number>();
    for (const call of fake.hideCalls())
      calls.set(call.path.slice(1), (calls.get(call.path.slice(1)) ?? 0) + 1);
    expect(obscene.filter((w) => fake.comments.get(w.commentId)?.is_hidden !== true)).toEqual([]);
    expect([...calls.keys()].sort()).toEqual(obscene.map((w) => w.commentId).sort());
    const repeated = [...calls.values()].filter((n) => n > 1);
    expect(repeated.every((n) => n === 2)).toBe(true);
    expect(repeated.length).toBeLessThanOrEqual(4);
    expect(hidesBeforeRestart).toBeGreaterThan(0);
  }, 90_000);
});
