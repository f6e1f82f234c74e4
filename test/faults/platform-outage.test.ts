/**
 * The platform fails for a while, first answering 5xx to everything, then not answering hide
 * calls at all (longer than the client's 15 s time-out). Comments are stored and decided at
 * once all the while; hides queue, are retried with back-off and drain once it recovers, each
 * exactly once; nothing is dropped. `civicmod start` in a child process, the real Facebook
 * adapter, a fake Graph API on loopback.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeGraph } from '../helpers/fake-graph.js';
import {
  commentWebhook,
  deliver,
  fakeGraph,
  integrityProblems,
  NO_PROBLEMS,
  scalar,
  startCivicmod,
  stopChild,
  tempDir,
  waitFor,
  type Civicmod,
  type TempDir,
  type Webhook,
} from './support.js';

let dir: TempDir | undefined;
let graph: FakeGraph | undefined;
let running: Civicmod | undefined;
afterEach(async () => {
  if (running) await stopChild(running.child, 'SIGKILL');
  await graph?.close();
  dir?.cleanup();
});

describe('a platform outage', () => {
  it('stores and decides at once, queues the hides, and delivers each once when it recovers', async () => {
    dir = tempDir('outage');
    graph = await fakeGraph();
    const fake = graph;
    let phase: 'down' | 'hanging' | 'up' = 'down';
    // 5xx to every call while down, as Graph answers during an incident.
    fake.script(
      () => phase === 'down',
      {
        status: 503,
        body: {
          error: { message: 'Service temporarily unavailable', code: 2, is_transient: true },
        },
      },
      Number.MAX_SAFE_INTEGER,
    );
    // Then hide calls that never get an answer in time (the action client gives up after 15 s).
    fake.script(
      (call) => phase === 'hanging' && call.method === 'POST',
      { status: 200, body: { success: true }, delayMs: 16_000 },
      Number.MAX_SAFE_INTEGER,
    );
    running = await startCivicmod(dir, graph);
    const url = running.url;
    const db = dir.db;

    const sendAll = async (webhooks: Webhook[]) => {
      for (const webhook of webhooks) {
        const started = Date.now();
        expect(await deliver(url, webhook)).toBe(200);
        // Stored and decided before the answer, however the platform is doing.
        expect(Date.now() - started).toBeLessThan(5_000);
        expect(
          scalar(
            db,
            `SELECT COUNT(*) FROM decisions d JOIN comments c ON c.id = d.comment_id
             WHERE c.platform_comment_id = ?`,
            webhook.commentId,
          ),
        ).toBe(1);
      }
    };
    const batch = (from: number) =>
      Array.from({ length: 12 }, (_, i) =>
        commentWebhook(
          `42_${700000 + from + i}`,
          i % 3 === 0 ? `fuck you ${from + i}` : `When does the road reopen? ${from + i}`,
        ),
      );
    const down = batch(0);
    await sendAll(down);
    await waitFor(
      'failed hide attempts to be recorded',
      () => scalar(db, "SELECT COUNT(*) FROM action_log WHERE phase = 'failed'") >= 4,
    );
    expect(scalar(db, "SELECT COUNT(*) FROM action_log WHERE phase = 'completed'")).toBe(0);

    phase = 'hanging';
    const hanging = batch(100);
    await sendAll(hanging);
    await waitFor('hide calls to hang', () =>
      fake.calls.some((c) => c.method === 'POST' && c.form.is_hidden === 'true'),
    );
    expect(scalar(db, "SELECT COUNT(*) FROM action_log WHERE phase = 'completed'")).toBe(0);

    phase = 'up';
    const obscene = [...down, ...hanging].filter((w) => w.text.includes('fuck'));
    await waitFor(
      'every queued hide to be delivered',
      () =>
        scalar(
          db,
          "SELECT COUNT(*) FROM action_log WHERE kind = 'hide' AND phase = 'completed'",
        ) === obscene.length,
      45_000,
      200,
    );
    await stopChild(running.child, 'SIGTERM');
    running = undefined;

    expect(scalar(db, 'SELECT COUNT(*) FROM comments')).toBe(down.length + hanging.length);
    expect(obscene.filter((w) => fake.comments.get(w.commentId)?.is_hidden !== true)).toEqual([]);
    expect(scalar(db, "SELECT COUNT(*) FROM comments WHERE state = 'hidden'")).toBe(obscene.length);
    // Retried, never given up: every failure recorded as retryable.
    expect(
      scalar(
        db,
        "SELECT COUNT(*) FROM action_log WHERE phase = 'failed' AND json_extract(details_json, '$.retryable') = 0",
      ),
    ).toBe(0);
    expect(
      scalar(db, "SELECT COUNT(*) FROM action_log WHERE phase = 'failed'"),
    ).toBeGreaterThanOrEqual(obscene.length / 2);
    expect(integrityProblems(db)).toEqual(NO_PROBLEMS);
  }, 90_000);
});
