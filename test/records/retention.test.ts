import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, expect, it } from 'vitest';
import { retentionDryRun, retentionPurge, retentionSchedule } from '../../src/records/retention.js';
import type { RetentionCandidate } from '../../src/store/types.js';
import { forEachBackend, openBackend, type BackendUnderTest } from '../helpers/backends.js';
import { incomingComment, makeTestConfig } from '../helpers/index.js';
import { makeClock, type Clock } from './fixtures.js';

const run = promisify(execFile);
const CLI = resolve('dist/src/cli/main.js');

let db: BackendUnderTest | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

const schedule = retentionSchedule(makeTestConfig().config);

async function add(db: BackendUnderTest, clock: Clock, at: string, id: string, text: string) {
  clock.set(at);
  const r = await db.store.comments.ingest(
    incomingComment({
      platformCommentId: id,
      createdAt: at,
      text,
      author: { id: `author-${id}`, name: `Author ${id}` },
    }),
  );
  await db.store.comments.recordDecision({
    commentId: r.commentId,
    versionId: r.versionId,
    classifierVersion: 'test-1',
    action: 'queue',
    flags: ['personal_attack'],
    scores: { personal_attack: 0.8 },
    reasons: [
      { category: 'personal_attack', evidence: [{ start: 0, end: 4, text: text.slice(0, 4) }] },
    ],
  });
  // A person decided it (a comment still waiting for review is never purged).
  await db.store.comments.setReviewState(r.commentId, 'closed');
  return r.commentId;
}

/** Comments from 2020 (expired by 2026 in every class) and one from 2026, with holds and requests. */
async function seedRetention(db: BackendUnderTest, clock: Clock) {
  const { store } = db;
  const old = '2020-01-10T12:00:00.000Z';
  const expiredPlain = await add(db, clock, old, 'old-plain', 'zebracorn old plain visible');
  const inClosedRequest = await add(db, clock, old, 'old-closed', 'zebracorn in a closed request');
  const held = await add(db, clock, old, 'old-held', 'zebracorn under a legal hold');
  const requested = await add(db, clock, old, 'old-requested', 'zebracorn in an open request');
  const filterHeld = await add(db, clock, old, 'old-filter', 'zebracorn matched by a filter hold');
  const hiddenOld = await add(db, clock, old, 'old-hidden', 'zebracorn hidden long ago');
  clock.set('2020-01-10T13:00:00.000Z');
  const hide = await store.actions.request({
    kind: 'hide',
    commentId: hiddenOld,
    platform: 'facebook',
    actor: 'system',
    reason: 'strong obscenity',
    clause: 'J.3 obscenity',
  });
  await store.actions.complete(hide.actionId, { success: true });
  const recentActivity = await add(db, clock, old, 'old-but-active', 'zebracorn restored lately');
  const recent = await add(db, clock, '2026-02-01T12:00:00.000Z', 'recent', 'zebracorn recent');
  const awaitingReview = await add(db, clock, old, 'old-queued', 'zebracorn still in the queue');
  await store.comments.setReviewState(awaitingReview, 'queued');

  clock.set('2026-03-01T12:00:00.000Z');
  await store.actions.record({
    kind: 'approve',
    commentId: recentActivity,
    actor: 'user:4',
    reason: 'reviewed again',
    clause: null,
  });
  const hold = await store.records.placeHold(
    { name: 'Doe v. City', matter: 'Case 26-CV-101', scope: { commentIds: [held] } },
    'user:9',
  );
  await store.records.placeHold(
    {
      name: 'Filter hold',
      matter: 'Notice of claim 12',
      scope: { filter: { author: 'author-old-filter' } },
    },
    'user:9',
  );
  const open = await store.records.createRequest(
    { requester: 'A. Reporter', receivedOn: '2026-02-20', description: 'old comments' },
    'user:9',
  );
  await store.records.attach(open.id, { commentIds: [requested] }, 'user:9');
  const closed = await store.records.createRequest(
    { requester: 'B. Citizen', receivedOn: '2025-01-02', description: 'done' },
    'user:9',
  );
  await store.records.attach(closed.id, { commentIds: [inClosedRequest] }, 'user:9');
  await store.records.closeRequest(closed.id, 'user:9');
  return {
    expiredPlain,
    inClosedRequest,
    held,
    requested,
    filterHeld,
    hiddenOld,
    recentActivity,
    recent,
    awaitingReview,
    holdId: hold.id,
  };
}

forEachBackend('retention', (backend) => {
  it('lists expired records and what keeps them, changing nothing, in a dry run', async () => {
    const clock = makeClock();
    db = await openBackend(backend, { now: () => clock.now });
    const s = await seedRetention(db, clock);
    const actionsBefore = await db.store.actions.count();
    const seen: RetentionCandidate[] = [];
    const summary = await retentionDryRun(db.store, schedule, (c) => seen.push(c));
    expect(summary).toMatchObject({ expired: 6, purgeable: 3, blocked: 3 });
    const blocked = Object.fromEntries(
      seen.map((c) => [c.commentId, c.blockedBy.map((b) => `${b.kind}:${b.id}`)]),
    );
    expect(blocked[s.held]).toEqual([`legal_hold:${s.holdId}`]);
    expect(blocked[s.requested]?.[0]).toMatch(/^records_request:/);
    expect(blocked[s.filterHeld]?.[0]).toMatch(/^legal_hold:/);
    expect(blocked[s.expiredPlain]).toEqual([]);
    expect(seen.map((c) => c.commentId)).not.toContain(s.recent);
    expect(seen.map((c) => c.commentId)).not.toContain(s.recentActivity);
    expect(seen.map((c) => c.commentId)).not.toContain(s.awaitingReview);
    expect(await db.store.actions.count()).toBe(actionsBefore);
    expect(await db.store.comments.versions(s.expiredPlain)).toHaveLength(1);
  });

  it('purges expired unheld records to tombstones, never a held or requested one, and logs counts only', async () => {
    const clock = makeClock();
    db = await openBackend(backend, { now: () => clock.now });
    const { store } = db;
    const s = await seedRetention(db, clock);
    const actionsOfHidden = await store.actions.forComment(s.hiddenOld);
    const purged = [s.expiredPlain, s.inClosedRequest, s.hiddenOld];
    const kept = [s.held, s.requested, s.filterHeld, s.recentActivity, s.recent, s.awaitingReview];

    const summary = await retentionPurge(store, schedule, { batchSize: 2 });
    expect(summary.comments).toBe(3);
    expect(summary.byState).toEqual({ visible: 2, hidden: 1, removed: 0, deleted_by_author: 0 });
    expect(summary.versions).toBe(3);
    expect(summary.decisions).toBe(3);
    expect(summary.actionLogIds).toHaveLength(2);

    for (const id of purged) {
      const c = await store.comments.get(id);
      expect(c).toMatchObject({ authorId: null, authorName: null, currentVersionId: null });
      expect(c?.platformCommentId).toBeTruthy();
      expect(await store.comments.versions(id)).toEqual([]);
      expect(await store.comments.decisions(id)).toEqual([]);
      const record = await store.records.record(id);
      expect(record?.comment.purgedAt).toBe(clock.now.toISOString());
    }
    expect((await store.comments.get(s.hiddenOld))?.state).toBe('hidden');
    // Action-log entries about purged comments are never deleted.
    expect(await store.actions.forComment(s.hiddenOld)).toEqual(actionsOfHidden);
    for (const id of kept) expect(await store.comments.versions(id)).toHaveLength(1);

    // The FTS index follows: purged text is no longer found, kept text is.
    const found = (await store.records.search({ query: 'zebracorn' }, { limit: 50 })).hits.map(
      (h) => h.commentId,
    );
    expect(found.sort()).toEqual([...kept].sort());
    expect(await store.records.count({ category: 'personal_attack' })).toBe(kept.length);

    // The purge events carry counts and the purged comments' ids, never content.
    const events = (await db.sql(
      `SELECT actor, clause, comment_id AS "commentId", details_json AS d FROM action_log WHERE kind = 'retention_purge'`,
    )) as { actor: string; clause: string; commentId: number | null; d: string }[];
    expect(events).toHaveLength(2);
    for (const e of events) {
      expect(e).toMatchObject({ actor: 'system', clause: 'I.3 retention', commentId: null });
      expect(e.d).not.toMatch(/zebracorn|Author|old-/);
      const details = JSON.parse(e.d) as Record<string, unknown>;
      expect(Object.keys(details).sort()).toEqual(
        [
          'byState',
          'commentIds',
          'comments',
          'decisions',
          'redactions',
          'retentionDays',
          'versions',
        ].sort(),
      );
      expect((details.commentIds as unknown[]).length).toBe(details.comments);
      const numbers = JSON.stringify(details).replace(/"[a-z_A-Z]+":/g, '');
      expect(numbers).toMatch(/^[\d{},[\]]+$/);
    }
    // The purged rows' evidence entries stay, and the chain still verifies: the purge named them.
    const evidence = await store.evidence.verify();
    expect(evidence).toMatchObject({ ok: true });
    expect(evidence.ok && evidence.purged).toBeGreaterThan(0);

    // The guard is down again, foreign keys are back on, and versions are append-only again.
    expect(await db.sql('SELECT COUNT(*) AS n FROM retention_purge_guard')).toEqual([{ n: 0 }]);
    if (backend === 'sqlite') {
      expect(await db.sql('SELECT * FROM pragma_foreign_keys')).toEqual([{ foreign_keys: 1 }]);
    }
    await expect(db.sql('DELETE FROM comment_versions')).rejects.toThrow(/retention purge/);

    // Nothing left to do; a released hold frees its record for the next run.
    expect((await retentionPurge(store, schedule)).comments).toBe(0);
    await store.records.releaseHold(s.holdId, 'case settled', 'user:9');
    expect((await retentionPurge(store, schedule)).comments).toBe(1);
    expect(await store.comments.versions(s.held)).toEqual([]);

    // The chain still verifies, through the real command.
    if (backend === 'sqlite') store.close();
    const { stdout } = await run(process.execPath, [CLI, 'audit', 'verify'], {
      env: { ...process.env, ...db.cliEnv, LOG_LEVEL: 'silent' },
      cwd: db.dir,
    });
    expect(stdout).toMatch(/Action log intact: \d+ entries verified/);
  });

  it('runs as `civicmod retention --dry-run` and `civicmod retention`', async () => {
    const clock = makeClock();
    db = await openBackend(backend, { now: () => clock.now });
    const s = await seedRetention(db, clock);
    if (backend === 'sqlite') db.store.close();
    const env = { ...process.env, ...db.cliEnv, LOG_LEVEL: 'silent' };
    const dry = await run(process.execPath, [CLI, 'retention', '--dry-run'], { env, cwd: db.dir });
    expect(dry.stdout).toContain(`comment ${s.held} `);
    expect(dry.stdout).toMatch(/kept by legal hold \d+ \(Doe v\. City\)/);
    expect(dry.stdout).toMatch(/Dry run: 6 expired; 3 would be purged/);
    const real = await run(process.execPath, [CLI, 'retention'], { env, cwd: db.dir });
    expect(real.stdout).toMatch(/Purged 3 comments/);
    const again = await run(process.execPath, [CLI, 'retention'], { env, cwd: db.dir });
    expect(again.stdout).toMatch(/Purged 0 comments[^]*Nothing was due/);
    const bad = await run(process.execPath, [CLI, 'retention', '--force'], {
      env,
      cwd: db.dir,
    }).then(
      () => null,
      (err: { code: number; stderr: string }) => err,
    );
    expect(bad?.code).toBe(2);
    expect(bad?.stderr).toMatch(/Unknown option '--force'/);
  });
});
