/**
 * Exactly once under concurrency (issue 18): copies of the same comment arriving at the same
 * moment (Meta delivers webhooks at least once, sometimes in parallel; two imports of one file)
 * are decided once, and the platform is asked to act once.
 */
import { afterEach, expect, it } from 'vitest';
import { FakeAdapter } from '../helpers/fake-adapter.js';
import {
  forEachBackend,
  openBackend,
  openTestApp,
  type BackendUnderTest,
} from '../helpers/backends.js';
import { incomingComment, type TestApp } from '../helpers/index.js';

let t: TestApp<BackendUnderTest> | undefined;
afterEach(async () => t?.cleanup());

forEachBackend('exactly once', (backend) => {
  it('decides 200 comments sent 5 times each at once one time per version, and hides each once', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const comments = Array.from({ length: 200 }, (_, i) =>
      incomingComment({
        platformCommentId: `c-${i}`,
        text: i % 2 === 0 ? `fuck you number ${i}` : `thanks for the update ${i}`,
      }),
    );
    const app = t.app;
    await Promise.all(
      comments.flatMap((comment) =>
        Array.from({ length: 5 }, () => app.pipeline.handle({ type: 'comment', comment })),
      ),
    );
    await app.executor.idle();
    const db = t.db;
    const perVersion = await db.sql(
      'SELECT version_id, COUNT(*) AS n FROM decisions GROUP BY version_id HAVING COUNT(*) > 1',
    );
    expect(perVersion).toEqual([]);
    expect(await db.sql('SELECT COUNT(*) AS n FROM decisions')).toEqual([{ n: 200 }]);
    expect(await db.sql('SELECT COUNT(*) AS n FROM comment_versions')).toEqual([{ n: 200 }]);
    const hides = (await db.sql(
      "SELECT comment_id, COUNT(*) AS n FROM action_log WHERE kind = 'hide' AND phase = 'requested' GROUP BY comment_id",
    )) as { n: number }[];
    expect(hides).toHaveLength(100);
    expect(hides.every((h) => h.n === 1)).toBe(true);
    expect(fb.calls.filter((c) => c.kind === 'hide')).toHaveLength(100);
  });

  it('stores nothing new when a file listing one comment with two texts is imported again', async () => {
    const fb = new FakeAdapter('facebook');
    t = await openTestApp(backend, { adapters: [fb] });
    await t.app.start();
    const first = incomingComment({
      platformCommentId: 'same',
      text: 'first text',
      raw: '{"a":1}',
    });
    const second = incomingComment({
      platformCommentId: 'same',
      text: 'second text',
      raw: '{"a":2}',
    });
    for (let run = 0; run < 3; run++) {
      await t.app.pipeline.handle({ type: 'comment', comment: first });
      await t.app.pipeline.handle({ type: 'comment', comment: second });
    }
    expect(await t.db.sql('SELECT COUNT(*) AS n FROM comment_versions')).toEqual([{ n: 2 }]);
    expect(await t.db.sql('SELECT COUNT(*) AS n FROM decisions')).toEqual([{ n: 2 }]);
  });

  it('refuses a second decision for a version and a second platform action for a decision in the schema', async () => {
    const db = await openBackend(backend);
    try {
      for (const sql of [
        "INSERT INTO pages (id, platform, platform_page_id, name, created_at) VALUES (1, 'facebook', 'p', 'Page', 'now')",
        `INSERT INTO comments (id, platform, platform_comment_id, page_id, created_at, first_seen_at, state, updated_at)
          VALUES (1, 'facebook', 'c', 1, 'now', 'now', 'visible', 'now')`,
        `INSERT INTO comment_versions (id, comment_id, seq, text, text_sha256, raw_payload, raw_sha256, source, observed_at)
          VALUES (1, 1, 1, 't', 'x', '{}', 'y', 'webhook', 'now')`,
        `INSERT INTO decisions (id, comment_id, version_id, classifier_version, action, flags_json, scores_json, reasons_json, decided_at)
          VALUES (1, 1, 1, 'v', 'hide', '[]', '{}', '[]', 'now')`,
      ]) {
        await db.sql(sql);
      }
      // SQLite's trigger says why; PostgreSQL's unique index names itself.
      await expect(
        db.sql(`INSERT INTO decisions (id, comment_id, version_id, classifier_version, action, flags_json, scores_json, reasons_json, decided_at)
          VALUES (2, 1, 1, 'v', 'hide', '[]', '{}', '[]', 'now')`),
      ).rejects.toThrow(/already decided|decisions_one_per_version/);
      const request = (id: number) =>
        db.sql(`INSERT INTO action_log (id, action_id, phase, kind, comment_id, actor, reason, decision_id, at, prev_hash, hash)
          VALUES (${id}, ${id}, 'requested', 'hide', 1, 'system', 'r', 1, 'now', 'a', 'b')`);
      await request(1);
      await expect(request(2)).rejects.toThrow(
        /already has its platform action|action_log_one_request_per_decision/,
      );
    } finally {
      await db.cleanup();
    }
  });
});
